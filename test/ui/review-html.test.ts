import { describe, expect, it } from "vitest";
import { sidebarHtml } from "./stand-in";

describe("dist/Review.html", () => {
  const html = sidebarHtml("Review");

  it("is one self-contained file: script and styles inlined, nothing fetched", () => {
    expect(html).not.toContain("/*INLINE_CSS*/");
    expect(html).not.toContain("/*INLINE_JS*/");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it("stays small and safe: no zod, no innerHTML anywhere (evidence is only ever text)", () => {
    expect(Buffer.byteLength(html)).toBeLessThan(40 * 1024);
    expect(html).not.toMatch(/\$ZodType|_zod/);
    expect(html).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    expect(html).toContain("noopener noreferrer");
  });

  it("ships its texts in both languages, and not the entry sidebar's or the server's", () => {
    for (const text of [
      "Đạt tất cả mục chờ của đơn vị này",
      "Accept all pending items of this unit",
      "Cần bổ sung",
      "More evidence needed",
      "cần cả giá trị thẩm định và lý do",
      "tử số không được vượt mẫu số",
    ])
      expect(html, text).toContain(text);
    expect(html).not.toContain("Ô này nhận phần trăm");
    expect(html).not.toContain("sau khi bạn mở danh sách");
  });
});
