import { describe, expect, it } from "vitest";
import { sidebarHtml } from "./stand-in";

describe("dist/Import.html", () => {
  const html = sidebarHtml("Import");

  it("is one self-contained file: script and styles inlined, nothing fetched", () => {
    expect(html).not.toContain("/*INLINE_CSS*/");
    expect(html).not.toContain("/*INLINE_JS*/");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it("stays small and safe: no zod (only the contract's types), no innerHTML anywhere (names are only ever text)", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(64 * 1024);
    expect(html).not.toMatch(/\$ZodType|_zod/);
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
  });

  it("ships its texts in both languages, and not the sidebars' or the server's", () => {
    for (const text of [
      "— bỏ qua dòng này —",
      "— skip this row —",
      "Thay số liệu đang có (ghi đè)",
      "Replace figures already there (overwrite)",
      "Máy chủ báo lỗi hoặc không phản hồi",
    ])
      expect(html, text).toContain(text);
    // The entry sidebar's, the review sidebar's and the command line's import sentences stay out.
    expect(html).not.toContain("Ô này nhận phần trăm");
    expect(html).not.toContain("Đạt tất cả mục chờ của đơn vị này");
    expect(html).not.toContain("--name-column");
  });
});
