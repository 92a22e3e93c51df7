import { describe, expect, it } from "vitest";
import { keepAsText } from "../../src/workbook/text-cells";

describe("text written to Sheets stays text", () => {
  it("prefixes what Sheets would read as a formula, number, date or boolean", () => {
    for (const s of [
      "=SUM(A1)",
      "+84 912",
      "-abc",
      "@x",
      "2023-06",
      "06/2023",
      "12",
      "24,39%",
      "1.250",
      "TRUE",
      "false",
      "'quoted",
    ]) {
      expect(keepAsText(s), s).toBe(`'${s}`);
    }
  });

  it("leaves words, empty cells, numbers, booleans and dates alone", () => {
    const d = new Date(0);
    for (const v of ["Sở Tư pháp", "Số liệu tạm tính", "KY_SO", "2023-Q2", "", 0.2439, true, d])
      expect(keepAsText(v)).toBe(v);
  });
});
