import { describe, expect, it } from "vitest";
import { sidebarHtml } from "./stand-in";

describe("dist/Sidebar.html", () => {
  const html = sidebarHtml();

  it("is one self-contained file: script and styles inlined, nothing fetched", () => {
    expect(html).not.toContain("/*INLINE_CSS*/");
    expect(html).not.toContain("/*INLINE_JS*/");
    expect(html).not.toMatch(/<script[^>]*\ssrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//i);
    expect(html).not.toMatch(/fonts\.googleapis|fonts\.gstatic|cdn\./i);
    expect(html.match(/<script>/g)).toHaveLength(1);
  });

  it("stays small: the field parsing is bundled, zod is not", () => {
    // Only the messages the sidebar uses are shipped (build.mjs prunes the catalogues).
    expect(Buffer.byteLength(html)).toBeLessThan(30 * 1024);
    expect(html).toContain("Ô này nhận phần trăm");
    expect(html).not.toContain("Kiểm tra số liệu");
    expect(html).not.toMatch(/\$ZodType|_zod/);
  });

  it("opens in Vietnamese before the server answers", () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("Đang tải…");
  });
});
