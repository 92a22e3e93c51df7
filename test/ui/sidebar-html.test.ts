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
    // Only the messages the sidebar uses are shipped (build.mjs prunes the catalogues). Evidence and
    // review (design §10) added ~7 KB (its messages in two languages, the badge and evidence
    // styles); zod alone would add far more than the margin left.
    expect(Buffer.byteLength(html)).toBeLessThan(36 * 1024);
    expect(html).toContain("Ô này nhận phần trăm");
    expect(html).not.toContain("Kiểm tra số liệu");
    expect(html).not.toMatch(/\$ZodType|_zod/);
  });

  it("keeps the messages of years, choices and ratios through the catalogue pruning, in both languages", () => {
    for (const text of [
      "(chỉ tiêu năm)",
      "Năm trước: ",
      "% điểm)",
      "Tử số",
      "Mẫu số",
      "tử số không được vượt mẫu số",
      "hoặc để trống cả hai",
      "vui lòng nhập số nguyên không âm",
      "không phải một lựa chọn",
      "(yearly indicators)",
      "Numerator",
      "it cannot exceed the denominator",
    ])
      expect(html, text).toContain(text);
    // Server-only refusals stay out.
    expect(html).not.toContain("không có chỉ tiêu năm nào");
  });

  it("opens in Vietnamese before the server answers", () => {
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain("Đang tải…");
  });
});
