// Xếp hạng đơn vị on a reviewed month, through the built bundle (design §10): the office's
// adjustment of Sở Nội vụ's June 2023 plan (KH_CDS có → không), written straight into the fake
// `Thẩm định`, moves it from 82,9 % (rank 4) to 71,79 % (rank 11); the sheet shows both scores,
// the pending count, the counts in the title rows and the adjusted cell in violet — in the same
// one value write and one colour write as any ranking.
import { describe, expect, it } from "vitest";
import { loadBundle, loadSample, VALUE_CALLS } from "./harness";
import { countsOf, splitAtOverview } from "./overview-calls";

const ADJUSTMENT = [
  "2023-06",
  "SNV",
  "KH_CDS",
  "",
  "không",
  "điều chỉnh",
  "Không tìm thấy kế hoạch chuyển đổi số năm 2023 của Sở trên hệ thống quản lý văn bản.",
  "cds@binhphuoc.example",
  "2023-07-10 09:30",
  "có",
];

function ranked(adjust: boolean) {
  const { fakes, call } = loadBundle();
  loadSample(fakes, (s) => {
    if (adjust) s.review!.push(ADJUSTMENT);
  });
  const message = call<string>("rankUnits", "2023-06");
  const sheet = fakes.ss.snapshot()["Xếp hạng"];
  const header = sheet.values.findIndex((r) => r[0] === "Hạng");
  const row = (id: string) => sheet.values.findIndex((r) => r[1] === id);
  return { fakes, message, sheet, header, row };
}

describe("rankUnits on a reviewed month", () => {
  const { fakes, message, sheet, header, row } = ranked(true);
  const v = sheet.values;

  it("ranks Sở Nội vụ on the office's value, its self-assessed % and pending count beside", () => {
    expect(message).toMatch(/^Đã xếp hạng tháng 06\/2023: 33 đơn vị;/);
    expect(v[header].slice(0, 10)).toEqual([
      "Hạng",
      "Mã đơn vị",
      "Tên đơn vị",
      "Điểm",
      "%",
      "% tự đánh giá",
      "Chờ thẩm định",
      "Xếp loại",
      "Hạng kỳ trước",
      "Thay đổi",
    ]);
    expect(v[row("SNV")].slice(0, 8)).toEqual([11, "SNV", "Sở Nội vụ", "64,61/90", 0.7179, 0.829, 7, "Nâng cao"]);
    expect(sheet.numberFormats[row("SNV")][5]).toBe("0.00%");
    expect(v[row("SKHCN")].slice(4, 7)).toEqual([0.8992, 0.8992, 8]);
  });

  it("says the counts and what violet means in the title rows, and marks the adjusted cell", () => {
    const titles = v.slice(0, header).map((r) => r[0]);
    expect(titles.find((t) => String(t).startsWith("Thẩm định:"))).toMatch(
      /^Thẩm định: 0 đạt, 1 điều chỉnh, 0 cần bổ sung, \d+ chờ thẩm định\.$/,
    );
    expect(titles).toContain("Ô tô tím: giá trị đã được Văn phòng điều chỉnh khi thẩm định.");
    const plan = v[header].findIndex((h) => String(h).startsWith("Ban hành Kế hoạch chuyển đổi số"));
    expect(sheet.backgrounds[row("SNV")][plan]).toBe("#d9d2e9");
    expect(sheet.backgrounds[row("SNNPTNT")][plan]).toBe("#f4c7c3");
    // The office's value in the cell (không, no points); the note counts the laggard cell.
    expect(v[row("SNV")][plan]).toBe("không · 0");
    expect(v[row("SNV")].at(-1)).toBe("1 chỉ tiêu yếu kém");
  });

  it("writes the sheet in one setValues and one setBackgrounds, reading each input sheet once", () => {
    // The ranking's calls; Tổng quan, written after it, has as many writes of its own.
    const { ranking, overview } = splitAtOverview(fakes.calls);
    expect(countsOf(ranking)["Range.setValues"]).toBe(1);
    expect(countsOf(ranking)["Range.setBackgrounds"]).toBe(1);
    expect(countsOf(overview)["Range.setValues"]).toBe(1);
    expect(fakes.calls.count("Range.getValues")).toBe(5);
    expect(ranking.filter((e) => VALUE_CALLS.test(e.name)).length).toBeLessThanOrEqual(12);
  });
});

describe("rankUnits on a month nobody reviews", () => {
  it("writes the sheet as before: no review column, no review line", () => {
    const { sheet, header, row } = ranked(false);
    expect(sheet.values[header].slice(0, 8)).toEqual([
      "Hạng",
      "Mã đơn vị",
      "Tên đơn vị",
      "Điểm",
      "%",
      "Xếp loại",
      "Hạng kỳ trước",
      "Thay đổi",
    ]);
    expect(sheet.values[row("SNV")].slice(0, 6)).toEqual([4, "SNV", "Sở Nội vụ", "74,61/90", 0.829, "Dẫn dắt"]);
    expect(sheet.values.slice(0, header).some((r) => /Thẩm định|tím/.test(String(r[0])))).toBe(false);
  });
});
