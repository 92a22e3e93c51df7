// The layout of the `Tổng quan` sheet (design §13) as plain arrays, painted like `Xếp hạng` by the
// CLI (ExcelJS) and the add-on (one setValues/setBackgrounds): a row per active unit under its
// group's heading, with its score and rank month by month, a trend, its on-time rate and, month by
// month, whether its figures came on time, late or not at all, coloured so that a year reads at a
// glance. The trend is the one formula the product writes, in Google Sheets only: a SPARKLINE of the
// row's own score cells. A file gets a text chart instead (LibreOffice and Excel have no SPARKLINE).
import type { History } from "../core/history";
import { periodLabel } from "../core/labels";
import { t } from "../core/messages";
import { roundTo } from "../core/numbers";
import type { MonthKey, Period } from "../core/periods";
import type { PunctualityCell, UnitPunctuality } from "../core/punctuality";
import type { Language } from "../core/schemas";
import type { TrendPoint, UnitTrend } from "../core/trends";
import { columnLetter } from "./a1";
import type { Cell } from "./contract";
import { type CellBlock, COLORS, FONT, LINE_PX, linesIn, PAD_PX, type SheetPaint, TITLE } from "./ranking-sheet";
import { textWidthPx } from "./text-width";

/** The punctuality matrix's colours; a month a unit did not report is grey under its score and rank too. */
export const OVERVIEW_COLORS = {
  onTime: COLORS.top3,
  late: "#ffe599",
  missing: COLORS.laggardCell,
  /** Not yet due, or a row whose time of submission nobody knows. */
  other: COLORS.notReported,
  notReported: COLORS.notReported,
} as const;

export interface OverviewOptions {
  lang: Language;
  /** The period ranked: the months shown are the 12 ending with its last. */
  period: Period;
  /** Already formatted in the spreadsheet's time zone, e.g. `01/08/2023 08:00`. */
  writtenAt: string;
  /** Decimals of the % score (`Làm tròn`): the trend's scores are rounded to them. */
  decimals: number;
  /** Google Sheets draws the trend with SPARKLINE; a file (LibreOffice, Excel) gets a text chart. */
  trend: "sparkline" | "text";
}

const SPARKLINE_OPTIONS = '{"charttype","line";"ymin",0;"ymax",1}';
const SPARKLINE =
  /^=SPARKLINE\(([A-Z]{1,3})([1-9]\d{0,6}):([A-Z]{1,3})([1-9]\d{0,6}),\{"charttype","line";"ymin",0;"ymax",1\}\)$/;

/**
 * The trend of the scores in one row, columns `first` to `last` (1-based), on a 0–100 % scale:
 * `=SPARKLINE(C9:I9,{"charttype","line";"ymin",0;"ymax",1})`. Built from numbers alone; written in
 * the formula syntax Apps Script takes whatever the spreadsheet's locale.
 */
export function sparklineFormula(row: number, first: number, last: number): string {
  return `=SPARKLINE(${columnLetter(first)}${row}:${columnLetter(last)}${row},${SPARKLINE_OPTIONS})`;
}

/**
 * Whether `value`, in 1-based `row`, is a formula this module builds: a SPARKLINE of cells of that
 * same row. The painter writes nothing else unneutralised, whatever a layout marks as a formula.
 */
export function isOverviewFormula(value: Cell, row: number): boolean {
  if (typeof value !== "string") return false;
  const m = SPARKLINE.exec(value);
  return m !== null && Number(m[2]) === row && Number(m[4]) === row;
}

/**
 * Whether a sheet's first row (its first three cells) holds the overview's title, in either
 * language: then the sheet is one this module laid out, and may be replaced. A sheet of the same
 * name that does not is someone's own, and is left alone.
 */
export function isOverviewTitleRow(row: Cell[]): boolean {
  const titles = [t("vi", "overviewTitle"), t("en", "overviewTitle")];
  return row.slice(0, 3).some((v) => typeof v === "string" && titles.includes(v.trim()));
}

const BLOCKS = "▁▂▃▄▅▆▇█";
/** Between two months, a thin space: the bars read as bars, not as one black shape. */
const BAR_GAP = "\u2009";
/** A month without a score in the text chart. */
const NO_SCORE = "·";

/** The scores (in %, 0–100) as a text chart, a character a month: ▁ below 12.5 %, █ from 87.5 %. */
export function textChart(scores: (number | null)[]): string {
  return scores
    .map((s) => (s === null ? NO_SCORE : BLOCKS[Math.min(7, Math.max(0, Math.floor(s / 12.5)))]))
    .join(BAR_GAP);
}

/** A punctuality cell as the matrix shows it: "✓", "Trễ 3 ngày", "Thiếu", "Chưa đến hạn", "?". */
export function punctualityText(cell: PunctualityCell, lang: Language): string {
  switch (cell.status) {
    case "onTime":
      return t(lang, "submittedOnTime");
    case "late":
      return t(lang, "submittedLate", { days: cell.days });
    case "missing":
      return t(lang, "submissionMissing");
    case "notDue":
      return t(lang, "submissionNotDue");
    case "unknown":
      return t(lang, "submissionUnknown");
  }
}

export function punctualityColor(cell: PunctualityCell): string {
  switch (cell.status) {
    case "onTime":
      return OVERVIEW_COLORS.onTime;
    case "late":
      return OVERVIEW_COLORS.late;
    case "missing":
      return OVERVIEW_COLORS.missing;
    default:
      return OVERVIEW_COLORS.other;
  }
}

/** `T1/2023`: a month's column label. */
function monthColumn(month: MonthKey, lang: Language): string {
  const [year, m] = month.split("-").map(Number);
  return t(lang, "monthColumn", { month: m, year });
}

/** `01/2023`: a month in the title line. */
const monthText = (month: MonthKey) => `${month.slice(5)}/${month.slice(0, 4)}`;

/** The narrowest column; the name column's width beyond which a name wraps; a column label's most lines. */
const MIN_PX = 32;
const NAME_MAX_PX = 220;
const LABEL_MAX_LINES = 3;
/** Google Sheets' sparkline fills its cell: wide enough to see twelve months. */
const SPARKLINE_PX = 110;
/** A block character of the text chart and its gap: not in Arial; LibreOffice draws them from DejaVu Sans. */
const BLOCK_PX = 11;

interface Column {
  label: string;
  format: string;
  /** Widest content, in pixels, filled in as the rows are built. */
  content: number;
  name?: boolean;
  fixedPx?: number;
}

/** A cell as it shows, for its width: a fraction under `0.0%` reads "100,0%". */
function shownText(v: Cell, format: string): string {
  if (typeof v !== "number") return String(v ?? "");
  if (format.includes("%")) return `${(v * 100).toFixed(format.split(".")[1]?.indexOf("%") ?? 0)}%`;
  return String(v);
}

/** A column's width: its widest cell and its label's longest word, then widened until the label takes a few lines. */
function fittedWidth(c: Column): number {
  if (c.fixedPx !== undefined) return c.fixedPx;
  const word = Math.max(...c.label.split(/\s+/).map((w) => textWidthPx(w, FONT.size, true)));
  let px = Math.max(MIN_PX, word + PAD_PX, c.name ? Math.min(c.content + PAD_PX, NAME_MAX_PX) : c.content + PAD_PX);
  while (linesIn(c.label, px, true) > LABEL_MAX_LINES) px += 4;
  return Math.ceil(px);
}

/** A4 landscape's printable width in pixels, within the file's margins (0.5 and 0.3 inch). */
const PAGE_PX = (11.69 - 0.8) * 96;
/** The smallest scale a page is printed at before the table is spread over two pages. */
const MIN_SCALE = 0.55;

/**
 * One page wide when the table prints there at 55 % or more (seven months of the sample do);
 * twelve months do not: then two pages wide, `Mã đơn vị` and `Tên đơn vị` repeated on the second.
 */
function printWidth(widths: number[]): Pick<SheetPaint["print"], "pagesWide" | "repeatColumns"> {
  const total = widths.reduce((s, w) => s + w, 0);
  return total * MIN_SCALE <= PAGE_PX ? { pagesWide: 1 } : { pagesWide: 2, repeatColumns: { first: 1, last: 2 } };
}

/** The groups in the order their first unit comes in `Đơn vị`, each with its units in that order. */
function groupsOf(units: UnitTrend[]): { group: string; units: UnitTrend[] }[] {
  const groups = new Map<string, UnitTrend[]>();
  for (const u of units) {
    const list = groups.get(u.group);
    if (list) list.push(u);
    else groups.set(u.group, [u]);
  }
  return [...groups].map(([group, list]) => ({ group, units: list }));
}

/**
 * The `Tổng quan` sheet: title rows (what it is, the months, when it was written, what the colours
 * mean), two header rows, then each group's heading and its units. Columns: `Mã đơn vị`,
 * `Tên đơn vị`, the score of each month, `Xu hướng`, the rank in the group of each month, the
 * on-time rate and its count ("5/7"), then each month's reporting.
 */
export function layoutOverviewSheet(history: History, opts: OverviewOptions): SheetPaint {
  const { lang } = opts;
  const { months } = history.trends;
  const n = months.length;
  const dueDay = history.punctuality.dueDay;
  const punctuality = new Map<string, UnitPunctuality>(history.punctuality.units.map((u) => [u.unitId, u]));
  const punctualityColumn = months.map((m) => history.punctuality.months.indexOf(m));

  // 0-based columns.
  const SCORE = 2;
  const TREND = SCORE + n;
  const RANK = TREND + 1;
  const RATE = RANK + n;
  const COUNT = RATE + 1;
  const SUBMISSION = COUNT + 1;
  const width = SUBMISSION + n;

  const scoreFormat = opts.decimals > 0 ? "0.0%" : "0%";
  const monthLabels = months.map((m) => monthColumn(m, lang));
  const col = (label: string, format: string, extra: Partial<Column> = {}): Column => ({
    label,
    format,
    content: 0,
    ...extra,
  });
  const columns: Column[] = [
    col(t(lang, "colUnitId"), "@"),
    col(t(lang, "colUnitName"), "@", { name: true }),
    ...monthLabels.map((l) => col(l, scoreFormat)),
    col(t(lang, "colTrend"), opts.trend === "sparkline" ? "0" : "@", {
      fixedPx: opts.trend === "sparkline" ? SPARKLINE_PX : undefined,
    }),
    ...monthLabels.map((l) => col(l, "0")),
    col(t(lang, "colOnTimeRate"), "0%"),
    col(t(lang, "colOnTimeCount"), "@"),
    ...monthLabels.map((l) => col(l, "@")),
  ];
  const formats = columns.map((c) => c.format);

  const values: Cell[][] = [];
  const backgrounds: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const bold: boolean[][] = [];
  const rowHeights: Record<number, number> = {};
  /** A row padded to the sheet's width. */
  const push = (row: Cell[], bg: (string | null)[] | string | null, fmt: string[] | null, isBold: boolean) => {
    values.push([...row, ...Array(width - row.length).fill("")]);
    backgrounds.push(Array.isArray(bg) ? bg : Array(width).fill(bg));
    numberFormats.push(fmt ?? Array(width).fill("@"));
    bold.push(Array(width).fill(isBold));
  };

  // Title rows, their text placed once the widths are known (see below).
  const period = periodLabel(opts.period, lang);
  const titles = [
    t(lang, "overviewTitle"),
    n > 0
      ? t(lang, "overviewMonths", { from: monthText(months[0]), to: monthText(months[n - 1]), period })
      : t(lang, "overviewNoMonths", { period }),
    t(lang, "overviewTime", { time: opts.writtenAt }),
    t(lang, "overviewLegend", { day: dueDay }),
    t(lang, opts.trend === "sparkline" ? "overviewTrendSparkline" : "overviewTrendText"),
  ];
  for (const [i] of titles.entries()) push([], null, null, i === 0);
  rowHeights[1] = TITLE.heightPx;
  push([], null, null, false);

  // Two header rows: bands over the months, each month's label under them.
  const h1 = values.length + 1;
  const top: Cell[] = Array(width).fill("");
  const bottom: Cell[] = Array(width).fill("");
  const merges: CellBlock[] = [];
  for (const j of [0, 1, TREND]) {
    top[j] = columns[j].label;
    merges.push({ row: h1, column: j + 1, numRows: 2, numColumns: 1 });
  }
  const bands: { start: number; span: number; label: string }[] = [
    { start: SCORE, span: n, label: t(lang, "colScoresByMonth") },
    { start: RANK, span: n, label: t(lang, "colRanksByMonth") },
    { start: RATE, span: n + 2, label: t(lang, "colSubmissions", { day: dueDay }) },
  ].filter((b) => b.span > 0);
  for (const b of bands) {
    top[b.start] = b.label;
    if (b.span > 1) merges.push({ row: h1, column: b.start + 1, numRows: 1, numColumns: b.span });
  }
  columns.forEach((c, j) => {
    if (j >= SCORE && j !== TREND) bottom[j] = c.label;
  });
  push(top, COLORS.header, null, true);
  push(bottom, COLORS.header, null, true);
  const h2 = h1 + 1;

  // Each group's heading, then its units.
  const body = values.length + 1;
  const nameRows: number[] = [];
  for (const g of groupsOf(history.trends.units)) {
    push([t(lang, "groupHeading", { group: g.group, count: g.units.length })], COLORS.groupHeading, null, true);
    for (const u of g.units) {
      const row = values.length + 1;
      const byMonth = new Map<MonthKey, TrendPoint>(u.points.map((p) => [p.period, p]));
      const points = months.map((m) => byMonth.get(m) ?? null);
      const p = punctuality.get(u.unitId);
      const cells = punctualityColumn.map((k) => (p && k >= 0 ? p.cells[k] : null));
      const due = p ? p.onTime + p.late + p.missing : 0;
      const grey = (x: TrendPoint | null) => (x && !x.reported ? OVERVIEW_COLORS.notReported : null);
      const trend =
        n === 0
          ? ""
          : opts.trend === "sparkline"
            ? sparklineFormula(row, SCORE + 1, SCORE + n)
            : textChart(points.map((x) => x?.score ?? null));
      const cellsOfRow: Cell[] = [
        u.unitId,
        u.unitName,
        ...points.map((x) => (x === null || x.score === null ? "" : roundTo(x.score / 100, opts.decimals + 2))),
        trend,
        ...points.map((x) => x?.rank ?? ""),
        p === undefined || p.rate === null ? "" : roundTo(p.rate, 4),
        due > 0 && p ? `${p.onTime}/${due}` : "",
        ...cells.map((c) => (c ? punctualityText(c, lang) : "")),
      ];
      const bgs: (string | null)[] = [
        null,
        null,
        ...points.map(grey),
        null,
        ...points.map(grey),
        null,
        null,
        ...cells.map((c) => (c ? punctualityColor(c) : null)),
      ];
      push(cellsOfRow, bgs, formats, false);
      nameRows.push(row);
      cellsOfRow.forEach((v, j) => {
        if (j === TREND && opts.trend === "sparkline") return;
        const w = j === TREND ? n * BLOCK_PX : textWidthPx(shownText(v, formats[j]), FONT.size);
        columns[j].content = Math.max(columns[j].content, w);
      });
    }
  }

  const columnWidths = columns.map(fittedWidth);
  const spanWidth = (start: number, span: number) =>
    columnWidths.slice(start, start + span).reduce((sum, w) => sum + w, 0);
  // Header heights: each band's label over its span, each month's or column's label in its own width.
  const topLines = Math.max(1, ...bands.map((b) => linesIn(b.label, spanWidth(b.start, b.span), true)));
  const bottomLines = Math.max(1, ...bottom.map((l, j) => (l === "" ? 1 : linesIn(String(l), columnWidths[j], true))));
  const mergedLines = Math.max(...[0, 1, TREND].map((j) => linesIn(columns[j].label, columnWidths[j], true)));
  const extra = Math.max(0, mergedLines - topLines - bottomLines);
  rowHeights[h1] = topLines * LINE_PX + PAD_PX;
  rowHeights[h2] = (bottomLines + extra) * LINE_PX + PAD_PX;
  for (const row of nameRows) {
    const lines = linesIn(String(values[row - 1][1]), columnWidths[1], false);
    if (lines > 1) rowHeights[row] = lines * LINE_PX + PAD_PX / 2;
  }

  // Printed two pages wide, `Mã đơn vị` and `Tên đơn vị` are repeated on the second page: the
  // title rows start after them, or the second page would begin with their first words, cut.
  const print = printWidth(columnWidths);
  const titleColumn = print.repeatColumns ? SCORE : 0;
  titles.forEach((text, i) => {
    values[i][titleColumn] = text;
  });

  const last = values.length;
  const bodyRows = last - body + 1;
  const inBody = (column: number, numColumns: number): CellBlock[] =>
    bodyRows > 0 && numColumns > 0 ? [{ row: body, column: column + 1, numRows: bodyRows, numColumns }] : [];
  return {
    values,
    backgrounds,
    numberFormats,
    bold,
    frozenRows: h2,
    frozenColumns: 0,
    columnWidths,
    charts: [],
    merges,
    headerBlocks: [{ row: h1, column: 1, numRows: 2, numColumns: width }],
    rightAligned: [],
    centred: [...inBody(TREND, 1 + n), ...inBody(COUNT, 1 + n)],
    wrapped: inBody(1, 1),
    bordered: [{ row: h1, column: 1, numRows: last - h1 + 1, numColumns: width }],
    formulas: opts.trend === "sparkline" && n > 0 ? inBody(TREND, 1) : [],
    fontColors: opts.trend === "text" ? inBody(TREND, 1).map((block) => ({ block, color: COLORS.title })) : [],
    font: { ...FONT },
    title: { row: 1, size: TITLE.size },
    rowHeights,
    print: { repeatRows: { first: h1, last: h2 }, breaksBefore: [], ...print },
  };
}
