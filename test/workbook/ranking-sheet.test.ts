// The `Xếp hạng` sheet's layout (workbook/ranking-sheet.ts), as both painters receive it: each
// indicator cell shows the unit's figure and its points, a legend line says so, the title has its
// size and a row tall enough for Vietnamese capitals, every cell a named font, columns as wide as
// what they hold, and what the printed page needs: the header repeated when the groups share it,
// each group from a new page, the charts below the table.
import { describe, expect, it } from "vitest";
import { periodLabel } from "../../src/core/labels";
import { formatNumber } from "../../src/core/numbers";
import { parsePeriod } from "../../src/core/periods";
import { buildReport, type Report, type ReportUnit } from "../../src/core/report";
import { indicatorCell, layoutRankingSheet, type SheetPaint } from "../../src/workbook/ranking-sheet";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";
import { textWidthPx } from "../../src/workbook/text-width";
import { indexProvince } from "../bundle/index-province";
import { indicator, model, unit } from "../core/builders";

function sampleReport(period: string, edit?: (m: ReturnType<typeof readWorkbook>["model"]) => void): Report {
  const s = sampleProvince();
  const read = readWorkbook({
    sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data, "Cài đặt": s.settings },
    timeZone: "Asia/Ho_Chi_Minh",
  });
  if (read.problems.length > 0) throw new Error("the sample has problems");
  edit?.(read.model);
  return buildReport(read.model, parsePeriod(period)!);
}

function indexReport(): Report {
  const p = indexProvince();
  const read = readWorkbook({
    sheets: { "Đơn vị": p.units, "Chỉ tiêu": p.indicators, "Số liệu": p.data, "Cài đặt": p.settings },
    timeZone: "Asia/Ho_Chi_Minh",
  });
  return buildReport(read.model, parsePeriod("2023")!);
}

const layout = (report: Report, lang: "vi" | "en" = "vi") =>
  layoutRankingSheet(report, { lang, rankedAt: "01/07/2023 08:00", missing: "zero" });

const labelRows = (p: SheetPaint) => p.values.flatMap((r, i) => (r[0] === "Hạng" || r[0] === "Rank" ? [i + 1] : []));
const headingRows = (p: SheetPaint) =>
  p.values.flatMap((r, i) => (/^(Nhóm|Group): /.test(String(r[0])) ? [i + 1] : []));
const rowOf = (p: SheetPaint, unitId: string) => p.values.findIndex((r) => r[1] === unitId);

describe("the June 2023 ranking's layout", () => {
  const report = sampleReport("2023-06");
  const paint = layout(report);
  const [label] = labelRows(paint);
  const header = paint.values[label - 1].map(String);
  const col = (name: string) => header.indexOf(name);
  const kySo = col("Tỷ lệ văn bản điện tử được ký số (15; ngưỡng 50%)");

  it("shows each unit's figure with its points in an indicator's cell, the figure as the letter writes it", () => {
    expect(kySo).toBeGreaterThan(0);
    const points = (id: string) => report.groups.flatMap((g) => g.ranking).find((u) => u.unit.id === id)!.points.KY_SO!;
    // The points as everywhere in the product: at most two decimals, the decimal comma.
    expect(paint.values[rowOf(paint, "DONGPHU")][kySo]).toBe(`24,39% · ${formatNumber(points("DONGPHU"), "vi")}`);
    expect(paint.values[rowOf(paint, "BUDOP")][kySo]).toMatch(/^0,33% · /);
    expect(paint.values[rowOf(paint, "SKHCN")][col("Triển khai họp không giấy (10; ngưỡng có)")]).toBe("có · 10");
    expect(paint.values[rowOf(paint, "SGTVT")][col("Triển khai họp không giấy (10; ngưỡng có)")]).toBe("không · 0");
    // A count: the figure, then its points; the format is text, aligned right like a number.
    expect(paint.values[rowOf(paint, "SKHCN")][col("Số tin bài tuyên truyền chuyển đổi số (5)")]).toMatch(
      /^\d+ · \d+(,\d{1,2})?$/,
    );
    expect(paint.numberFormats[rowOf(paint, "SKHCN")][kySo]).toBe("@");
    expect(
      paint.rightAligned.some(
        (b) => b.column <= kySo + 1 && kySo + 1 < b.column + b.numColumns && b.row <= rowOf(paint, "SKHCN") + 1,
      ),
    ).toBe(true);
    // A unit that did not report: blank cells, a grey row, "Chưa báo cáo".
    const bdt = paint.values[rowOf(paint, "BDT")];
    expect(bdt[kySo]).toBe("");
    expect(bdt.at(-1)).toBe("Chưa báo cáo");
  });

  it("keeps the colours: the laggard's cells red, the note counting them", () => {
    const r = rowOf(paint, "SGTVT");
    expect(paint.backgrounds[r][kySo]).toBe("#f4c7c3");
    expect(paint.values[r][header.length - 1]).toBe("2 chỉ tiêu yếu kém");
    expect(paint.backgrounds[r][header.length - 1]).toBe("#f4c7c3");
  });

  it("explains the cells in a legend line", () => {
    expect(paint.values.slice(0, label).map((r) => r[0])).toContain(
      "Ô chỉ tiêu ghi số liệu của đơn vị và điểm đạt, cách nhau bởi dấu ·: “24,39% · 2,44” là 24,39%, được 2,44 điểm. Trong ngoặc ở tên chỉ tiêu: điểm tối đa và ngưỡng yếu kém.",
    );
  });

  it("names the font and gives the 14-pt title a row of 24 pt at least", () => {
    expect(paint.font).toEqual({ family: "Arial", size: 10 });
    expect(paint.title).toEqual({ row: 1, size: 14 });
    expect(paint.values[0][0]).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
    expect(paint.bold[0][0]).toBe(true);
    // Pixels at 96 per inch: 24 pt is 32 px.
    expect(paint.rowHeights[1] * 0.75).toBeGreaterThanOrEqual(24);
  });

  it("gives the groups, which share their columns, one header: frozen, repeated on paper, a heading row per group", () => {
    expect(labelRows(paint)).toEqual([label]);
    const [first, second] = headingRows(paint);
    expect(paint.values[first - 1][0]).toBe("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(first).toBe(label + 1);
    expect(second).toBe(first + 23);
    expect(paint.frozenRows).toBe(label);
    expect(paint.print.repeatRows).toEqual({ first: label - 2, last: label });
    expect(paint.print.breaksBefore).toEqual([second]);
    expect(paint.headerBlocks).toEqual([{ row: label - 2, column: 1, numRows: 3, numColumns: header.length }]);
    // One ruled table from the header to the last unit.
    expect(paint.bordered).toEqual([
      { row: label - 2, column: 1, numRows: paint.values.length - label + 3, numColumns: header.length },
    ]);
  });

  it("sizes each column to what it holds: every cell's text fits, a long name wraps in a taller row", () => {
    const pad = 8;
    paint.values.forEach((row, i) => {
      if (i < label || /^Nhóm: /.test(String(row[0]))) return;
      row.forEach((v, j) => {
        if (j === 2 || typeof v !== "string" || v === "") return;
        expect(textWidthPx(v, 10) + pad, `${v} in column ${j + 1}`).toBeLessThanOrEqual(paint.columnWidths[j]);
      });
    });
    expect(paint.columnWidths[2]).toBeLessThanOrEqual(220);
    const long = rowOf(paint, "TTXTDT");
    expect(textWidthPx(String(paint.values[long][2]), 10)).toBeGreaterThan(paint.columnWidths[2]);
    expect(paint.rowHeights[long + 1]).toBeGreaterThanOrEqual(2 * 17);
    expect(paint.wrapped).toEqual([
      { row: label + 2, column: 3, numRows: paint.values.length - label - 1, numColumns: 1 },
    ]);
    // The whole table, at most this wide in pixels: its print scale on an A4 landscape page.
    expect(paint.columnWidths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1800);
  });

  it("places the charts below the table, side by side, so that they do not widen the printed page", () => {
    const [a, b] = paint.charts;
    expect(a.anchorRow).toBeGreaterThan(paint.values.length);
    expect(b.anchorRow).toBe(a.anchorRow);
    expect(a.anchorColumn).toBe(1);
    const left = paint.columnWidths.slice(0, b.anchorColumn - 1).reduce((s, w) => s + w, 0);
    expect(left).toBeGreaterThanOrEqual(560);
    expect(b.anchorColumn).toBeLessThanOrEqual(header.length);
    // Still drawn from each group's names and % scores.
    expect(paint.values[a.firstRow - 1][0]).toBe(1);
    expect(a.numRows).toBe(22);
    expect(b.numRows).toBe(11);
  });

  it("writes the same in English, with the decimal point", () => {
    const en = layout(report, "en");
    const [enLabel] = labelRows(en);
    const enHeader = en.values[enLabel - 1].map(String);
    const c = enHeader.indexOf("Tỷ lệ văn bản điện tử được ký số (15; threshold 50%)");
    expect(c).toBeGreaterThan(0);
    expect(en.values[rowOf(en, "DONGPHU")][c]).toMatch(/^24\.39% · \d+(\.\d{1,2})?$/);
    expect(en.values[rowOf(en, "SKHCN")][enHeader.indexOf("Triển khai họp không giấy (10; threshold yes)")]).toBe(
      "yes · 10",
    );
    expect(en.values[rowOf(en, "SGTVT")].at(-1)).toBe("2 laggard indicators");
    expect(en.values.slice(0, enLabel).map((r) => r[0])).toContain(
      "Indicator cells show the unit's figure and the points earned, separated by ·: “24.39% · 2.44” is 24.39%, earning 2.44 points. In brackets after an indicator's name: its maximum points and laggard threshold.",
    );
    expect(String(en.values[1][0])).toContain(periodLabel(report.period, "en"));
  });
});

describe("a year whose groups have indicators of their own", () => {
  const paint = layout(indexReport());

  it("gives each group its own header, repeats none on paper and starts each group on a new page", () => {
    const labels = labelRows(paint);
    const headings = headingRows(paint);
    expect(labels).toHaveLength(2);
    expect(headings).toHaveLength(2);
    expect(headings[0]).toBeLessThan(labels[0]);
    expect(headings[1]).toBeLessThan(labels[1]);
    expect(paint.print.repeatRows).toBeNull();
    expect(paint.print.breaksBefore).toEqual([headings[1]]);
    expect(paint.frozenRows).toBe(labels[0]);
    expect(paint.bordered).toHaveLength(2);
  });
});

describe("an indicator's cell", () => {
  const ratio = indicator("R", { name: "Tỷ lệ", maxPoints: 10, target: 0.9 });
  const yes = indicator("B", { name: "Có kế hoạch", type: "boolean", scoring: "boolean", maxPoints: 10, target: 1 });
  const u = (over: Partial<ReportUnit>): ReportUnit =>
    ({ unit: unit("X", "Đơn vị X"), reported: true, values: {}, points: {}, ...over }) as ReportUnit;

  it("is the figure and the points, both with the decimal comma", () => {
    expect(indicatorCell(u({ values: { R: 0.2439 }, points: { R: 2.71 } }), ratio, "vi")).toBe("24,39% · 2,71");
    expect(indicatorCell(u({ values: { B: 1 }, points: { B: 10 } }), yes, "vi")).toBe("có · 10");
  });

  it("says a missing figure scored 0 (tính 0), and shows it alone when left out (bỏ qua)", () => {
    expect(indicatorCell(u({ values: { R: null }, points: { R: 0 } }), ratio, "vi")).toBe("chưa nhập · 0");
    expect(indicatorCell(u({ values: { R: null }, points: { R: null } }), ratio, "vi")).toBe("chưa nhập");
  });

  it("is blank for a unit that did not report", () => {
    expect(indicatorCell(u({ reported: false, values: { R: null }, points: { R: 0 } }), ratio, "vi")).toBe("");
  });
});

describe("a ranking of one group and no scored hierarchy", () => {
  it("still shares its header, frozen and repeated", () => {
    const m = model(
      [unit("A", "Sở A"), unit("B", "Sở B")],
      [indicator("R", { name: "Tỷ lệ", maxPoints: 10, target: 1, threshold: 0.5 })],
      [
        ["2023-06", "A", { R: 0.8 }],
        ["2023-06", "B", { R: 0.3 }],
      ],
    );
    const paint = layout(buildReport(m, parsePeriod("2023-06")!));
    const [label] = labelRows(paint);
    expect(paint.values[label - 1]).toContain("Tỷ lệ (10; ngưỡng 50%)");
    expect(paint.print).toEqual({ repeatRows: { first: label, last: label }, breaksBefore: [] });
    expect(paint.values[label + 2][8]).toBe("30% · 3");
  });
});
