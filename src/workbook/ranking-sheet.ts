// The layout of the `Xếp hạng` sheet as plain arrays — values, colours, formats, merges, fonts, chart
// ranges, print settings — painted the same way by the CLI (ExcelJS) and the add-on (one
// setValues/setBackgrounds each). Each group's units come under header rows for the hierarchy
// (pillar → main index → indicator, design §9), with the unit's points out of its own total, its
// sub-scores, and in each indicator's cell the unit's figure with the points it earned
// ("24,39% · 2,44"). Columns are as wide as what they hold, so that the sheet prints on as few
// A4 landscape pages, at as large a scale, as its content allows.
import { hierarchyOf } from "../core/indicators";
import { formatThreshold, formatValue, periodLabel, pointsText, reviewCountsText } from "../core/labels";
import { t } from "../core/messages";
import { formatNumber, roundTo } from "../core/numbers";
import type { Report, ReportUnit } from "../core/report";
import type { Indicator, Language } from "../core/schemas";
import type { Cell } from "./contract";
import { textWidthPx } from "./text-width";

export const COLORS = {
  title: "#1f4e79",
  header: "#d9e2f3",
  groupHeading: "#b4c6e7",
  top3: "#d9ead3",
  laggardRow: "#fce8e6",
  laggardCell: "#f4c7c3",
  notReported: "#e0e0e0",
  /** A figure the office adjusted on review (design §10). */
  adjusted: "#d9d2e9",
} as const;

export interface ChartSpec {
  group: string;
  title: string;
  /** 1-based first row and the number of rows of the unit names and % scores. */
  firstRow: number;
  numRows: number;
  labelColumn: number;
  valueColumn: number;
  /** Where the chart is anchored (1-based). */
  anchorRow: number;
  anchorColumn: number;
}

/** A rectangle of cells, 1-based. */
export interface CellBlock {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface SheetPaint {
  values: Cell[][];
  backgrounds: (string | null)[][];
  numberFormats: string[][];
  bold: boolean[][];
  frozenRows: number;
  columnWidths: number[];
  charts: ChartSpec[];
  /** Header cells spanning several columns: a pillar or main index over its indicators. */
  merges: CellBlock[];
  /** Each table's header rows: wrapped, centred. */
  headerBlocks: CellBlock[];
  /** Cells aligned right: the points ("183,5/220") and the indicator cells ("24,39% · 2,44"). */
  rightAligned: CellBlock[];
  /** Cells wrapped: the unit names, a long one on two lines rather than a wider column. */
  wrapped: CellBlock[];
  /** The tables (header rows and unit rows), ruled with thin lines: printed, a table needs them. */
  bordered: CellBlock[];
  /** Every cell's font; the title is larger. */
  font: { family: string; size: number };
  /** The title's 1-based row and size in points; its row is `rowHeights[row]` tall. */
  title: { row: number; size: number };
  /**
   * Heights in pixels by 1-based row: the title's, tall enough for the marks of Vietnamese
   * capitals, then the header rows and unit rows with wrapped text, estimated for a file, where
   * rows keep the height written (Sheets fits a row to wrapped text itself).
   */
  rowHeights: Record<number, number>;
  /**
   * How the sheet prints where the format allows it (a file: A4 landscape, one page wide; Sheets'
   * print settings have no API): the 1-based header rows repeated at the top of every page, when
   * every group shares them, and the rows that start a new page (each group after the first);
   * for a table too wide for one page at a readable scale, how many pages wide it prints and the
   * 1-based columns repeated on each (one page wide when absent).
   */
  print: {
    repeatRows: { first: number; last: number } | null;
    breaksBefore: number[];
    pagesWide?: number;
    repeatColumns?: { first: number; last: number };
  };
  /** Cells centred: short marks and numbers under a month (the overview's ranks and punctuality). */
  centred?: CellBlock[];
  /**
   * Cells whose text is a formula the layout built from cell references alone (the overview's
   * SPARKLINE, in Google Sheets only): written as a formula, not neutralised. No text a user typed
   * is ever in one of these blocks.
   */
  formulas?: CellBlock[];
  /** Text colours other than black: the overview's text chart, in a file. */
  fontColors?: { block: CellBlock; color: string }[];
  /** Columns kept in view in a file (the ranking's rank, unit ID and name); 3 when absent. */
  frozenColumns?: number;
}

export interface RankingSheetOptions {
  lang: Language;
  /** Already formatted in the spreadsheet's time zone, e.g. `2026-11-22 08:00`. */
  rankedAt: string;
  missing: "zero" | "skip";
}

/** Every cell in Arial 10 (LibreOffice: Liberation Sans, same widths; both carry Vietnamese). */
export const FONT = { family: "Arial", size: 10 } as const;
/** The title, 14 pt bold, in a 24-pt row: room above the capitals for their marks ("Ể", "Ố"). */
export const TITLE = { size: 14, heightPx: 32 } as const;
/** A line of 10-pt text, and the inner margins a cell keeps around its text, in pixels. */
export const LINE_PX = 17;
export const PAD_PX = 8;
/** The narrowest column, and the name column's width beyond which a name wraps to a second line. */
const MIN_PX = 36;
const NAME_MAX_PX = 220;
/** A column is widened until its label wraps to at most this many lines. */
const HEADER_MAX_LINES = 9;
/** The add-on's bar charts: their width, and the gap between them, below the table. */
const CHART_PX = 560;
const CHART_GAP_PX = 20;
/** Sheets' width of a column the sheet does not size. */
const DEFAULT_COLUMN_PX = 100;

type ColumnKind = "fixed" | "name" | "subScore" | "indicator" | "note";
/** 0-based column of `Điểm` in every block. */
const POINTS = 3;

interface Column {
  kind: ColumnKind;
  /** The label in the last header row. */
  label: string;
  format: string;
  value: (u: ReportUnit) => Cell;
  indicatorId?: string;
}

/** A label over several columns of one header row (0-based row within the header, 0-based columns). */
interface Band {
  level: number;
  start: number;
  span: number;
  label: string;
}

interface Block {
  columns: Column[];
  bands: Band[];
  units: ReportUnit[];
  /** Each unit's row of cells, computed once for the widths and the sheet. */
  cells: Cell[][];
}

/** Which header rows the sheet has: one per hierarchy level in use, then the column labels. */
interface Levels {
  rows: number;
  pillar: number | null;
  mainIndex: number | null;
}

const scoredOf = (indicators: Indicator[]) => indicators.filter((i) => i.maxPoints > 0);

function levelsOf(report: Report): Levels {
  const scored = report.groups.flatMap((g) => scoredOf(g.indicators));
  const hasPillar = scored.some((i) => i.pillar);
  const hasMain = scored.some((i) => i.mainIndex);
  return {
    rows: 1 + (hasPillar ? 1 : 0) + (hasMain ? 1 : 0),
    pillar: hasPillar ? 0 : null,
    mainIndex: hasMain ? (hasPillar ? 1 : 0) : null,
  };
}

const pct = (s: number | null | undefined, decimals: number): Cell =>
  s === null || s === undefined ? "" : roundTo(s / 100, decimals + 2);

/**
 * An indicator's cell: the unit's figure as the product writes it everywhere, then `·` and the
 * points it earned ("24,39% · 2,44", "có · 10", "chưa nhập · 0"); the figure alone when the
 * missing value is left out (bỏ qua); blank for a unit that did not report.
 */
export function indicatorCell(u: ReportUnit, ind: Indicator, lang: Language): string {
  if (!u.reported) return "";
  const figure = formatValue(ind, u.values[ind.id] ?? null, lang);
  const pts = u.points[ind.id];
  return pts === null || pts === undefined ? figure : `${figure} · ${formatNumber(pts, lang)}`;
}

/** The column label of an indicator: its name, then its points and the group's laggard threshold. */
function indicatorLabel(ind: Indicator, lang: Language): string {
  const points = formatNumber(ind.maxPoints, lang);
  if (ind.threshold === null) return `${ind.name} (${points})`;
  return `${ind.name} (${points}; ${t(lang, "rankingThreshold", { threshold: formatThreshold(ind, lang) })})`;
}

/** The columns and header bands of one group's block. */
function blockOf(report: Report, group: Report["groups"][number], levels: Levels, opts: RankingSheetOptions): Block {
  const { lang } = opts;
  const d = report.decimals;
  const pctFormat = d > 0 ? `0.${"0".repeat(d)}%` : "0%";
  // Sub-scores to one decimal on the sheet (the cell keeps the value to the score's precision):
  // seven columns of "100,00%" would cost the printed page a tenth of its width.
  const subFormat = d > 0 ? "0.0%" : "0%";
  const fixed = (label: string, format: string, value: Column["value"], kind: ColumnKind = "fixed"): Column => ({
    kind,
    label,
    format,
    value,
  });
  const columns: Column[] = [
    fixed(t(lang, "colRank"), "0", (u) => u.rank ?? "—"),
    fixed(t(lang, "colUnitId"), "@", (u) => u.unit.id),
    fixed(t(lang, "colUnitName"), "@", (u) => u.unit.name, "name"),
    // Points out of the unit's own total, "183,5/220": units of different groups have different totals.
    fixed(t(lang, "colPoints"), "@", (u) => pointsText(u, lang)?.join("/") ?? ""),
    fixed(t(lang, "colPercent"), pctFormat, (u) => (u.roundedScore === null ? "" : pct(u.roundedScore, d))),
    // A reviewed period (design §10): the unit's own score beside the reviewed one, and what is still pending.
    ...(report.review === null
      ? []
      : [
          fixed(t(lang, "colSelfPercent"), pctFormat, (u) => (u.reported ? pct(u.selfScore, d) : "")),
          fixed(t(lang, "colPendingReview"), "0", (u) => u.pendingReviews),
        ]),
    fixed(t(lang, "colBand"), "@", (u) => u.band ?? ""),
    fixed(t(lang, "colPreviousRank"), "0", (u) => u.previousRank ?? ""),
    fixed(t(lang, "colChange"), '"▲"0;"▼"0;"="', (u) => u.change ?? ""),
  ];
  const bands: Band[] = [];
  const tree = hierarchyOf(scoredOf(group.indicators));

  // Sub-scores: each pillar, then its main indexes; under one banner, grouped by pillar when both levels exist.
  const subStart = columns.length;
  for (const p of tree) {
    const pillarStart = columns.length;
    const pillar = p.pillar;
    if (pillar) {
      columns.push({
        kind: "subScore",
        label: `${pillar} (%)`,
        format: subFormat,
        value: (u) => pct(u.pillarScores[pillar], d),
      });
    }
    for (const m of p.mainIndexes) {
      const main = m.mainIndex;
      if (!main) continue;
      columns.push({
        kind: "subScore",
        label: `${main} (%)`,
        format: subFormat,
        value: (u) => pct(u.mainIndexScores[main], d),
      });
    }
    if (pillar && levels.pillar !== null && levels.mainIndex !== null)
      bands.push({ level: levels.mainIndex, start: pillarStart, span: columns.length - pillarStart, label: pillar });
  }
  if (columns.length > subStart && levels.rows > 1)
    bands.push({ level: 0, start: subStart, span: columns.length - subStart, label: t(lang, "colSubScores") });

  // Indicators, in the order of the hierarchy, under their pillar and main index.
  for (const p of tree) {
    const pillarStart = columns.length;
    for (const m of p.mainIndexes) {
      const mainStart = columns.length;
      for (const ind of m.indicators) {
        columns.push({
          kind: "indicator",
          label: indicatorLabel(ind, lang),
          format: "@",
          indicatorId: ind.id,
          value: (u) => indicatorCell(u, ind, lang),
        });
      }
      if (m.mainIndex && levels.mainIndex !== null)
        bands.push({ level: levels.mainIndex, start: mainStart, span: columns.length - mainStart, label: m.mainIndex });
    }
    if (p.pillar && levels.pillar !== null)
      bands.push({ level: levels.pillar, start: pillarStart, span: columns.length - pillarStart, label: p.pillar });
  }

  columns.push({ kind: "note", label: t(lang, "colNote"), format: "@", value: (u) => noteOf(u, lang) });
  return { columns, bands, units: group.ranking, cells: group.ranking.map((u) => columns.map((c) => c.value(u))) };
}

/**
 * "Chưa báo cáo" for a unit that did not report; for a laggard, how many of its indicators are
 * below their threshold: the cells themselves are red, with the figure, and the threshold is in
 * the column's label.
 */
function noteOf(u: ReportUnit, lang: Language): string {
  if (!u.reported) return t(lang, "notReported");
  return u.laggardIn.length > 0 ? t(lang, "laggardCount", { count: u.laggardIn.length }) : "";
}

/** A cell as it shows, for its width: a fraction under the format `0.00%` reads "100,00%". */
function shownText(v: Cell, format: string): string {
  if (typeof v !== "number") return String(v);
  if (format.includes("%")) return `${(v * 100).toFixed(format.split(".")[1]?.indexOf("%") ?? 0)}%`;
  if (format.includes("▲")) return `▲${Math.abs(v)}`;
  return String(v);
}

/** The lines a text takes wrapped in a cell `px` wide: words filled greedily, a long word on a line of its own. */
export function linesIn(text: string, px: number, bold: boolean): number {
  const room = px - PAD_PX;
  const space = textWidthPx(" ", FONT.size, bold);
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let used = -1;
    lines++;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      const w = textWidthPx(word, FONT.size, bold);
      if (used >= 0 && used + space + w > room) {
        lines++;
        used = w;
      } else used = used < 0 ? w : used + space + w;
    }
  }
  return lines;
}

/**
 * A column's width: its widest cell, and at least its label's longest word; then widened until the
 * label wraps to a few lines. A name column stops at NAME_MAX_PX and wraps the longer names.
 */
function fittedWidth(c: Column, cells: Cell[]): number {
  const content = Math.max(0, ...cells.map((v) => textWidthPx(shownText(v, c.format), FONT.size)));
  const word = Math.max(...c.label.split(/\s+/).map((w) => textWidthPx(w, FONT.size, true)));
  let px = Math.max(
    MIN_PX,
    word + PAD_PX,
    c.kind === "name" ? Math.min(content + PAD_PX, NAME_MAX_PX) : content + PAD_PX,
  );
  while (linesIn(c.label, px, true) > HEADER_MAX_LINES) px += 4;
  return Math.ceil(px);
}

/** Column widths of the sheet, whose blocks may differ: at each column, the widest of the blocks' columns there. */
function widthsOf(blocks: Block[], width: number): number[] {
  const fitted = blocks.map((b) =>
    b.columns.map((c, j) =>
      fittedWidth(
        c,
        b.cells.map((row) => row[j]),
      ),
    ),
  );
  return Array.from({ length: width }, (_, j) =>
    Math.max(MIN_PX, ...fitted.flatMap((f) => (j < f.length ? [f[j]] : []))),
  );
}

/** The same header: the same labels under the same bands, so one header (frozen, repeated) serves both. */
function sameHeader(a: Block, b: Block): boolean {
  return (
    a.columns.length === b.columns.length &&
    a.columns.every((c, j) => c.label === b.columns[j].label) &&
    JSON.stringify(a.bands) === JSON.stringify(b.bands)
  );
}

/**
 * The `Xếp hạng` sheet. When every group has the same columns (a month, a quarter), one header
 * serves the whole table, with a heading row before each group; it is frozen on screen and
 * repeated on every printed page. When the groups' columns differ (a year with indicators of one
 * group), each group has its own header under its heading. Each group after the first starts a
 * new printed page.
 */
export function layoutRankingSheet(report: Report, opts: RankingSheetOptions): SheetPaint {
  const { lang } = opts;
  const levels = levelsOf(report);
  const blocks = report.groups.map((g) => blockOf(report, g, levels, opts));
  const width = Math.max(1, ...blocks.map((b) => b.columns.length));
  const shared = blocks.every((b) => sameHeader(b, blocks[0]));
  const values: Cell[][] = [];
  const backgrounds: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const bold: boolean[][] = [];
  const charts: ChartSpec[] = [];
  const merges: CellBlock[] = [];
  const headerBlocks: CellBlock[] = [];
  const rightAligned: CellBlock[] = [];
  const bordered: CellBlock[] = [];
  const rowHeights: Record<number, number> = {};
  const breaksBefore: number[] = [];
  let repeatRows: SheetPaint["print"]["repeatRows"] = null;
  const columnWidths = widthsOf(blocks, width);
  const spanWidth = (start: number, span: number) =>
    columnWidths.slice(start, start + span).reduce((sum, w) => sum + w, 0);
  /** A row padded to the sheet's width; colour, format and weight only over `span` columns. */
  const push = (row: Cell[], span: number, bg: string | null, fmt: string[], isBold: boolean) => {
    values.push([...row, ...Array(width - row.length).fill("")]);
    backgrounds.push(Array.from({ length: width }, (_, j) => (j < span ? bg : null)));
    numberFormats.push(Array.from({ length: width }, (_, j) => (j < span ? (fmt[j] ?? "@") : "@")));
    bold.push(Array.from({ length: width }, (_, j) => j < span && isBold));
  };
  const line = (text: string) => push([text], width, null, [], false);

  push([t(lang, "rankingTitle")], width, null, [], true);
  rowHeights[1] = TITLE.heightPx;
  line(t(lang, "rankingPeriod", { period: periodLabel(report.period, lang) }));
  line(t(lang, "rankingTime", { time: opts.rankedAt }));
  line(
    t(lang, "rankingMethod", {
      decimals: report.decimals,
      missing: t(lang, opts.missing === "zero" ? "missingZero" : "missingSkip"),
    }),
  );
  if (report.review) line(reviewCountsText(report.review, lang));
  line(t(lang, "legend"));
  line(t(lang, "legendCells"));
  if (report.groups.some((g) => g.ranking.some((u) => u.adjustedIn.length > 0))) line(t(lang, "legendAdjusted"));

  /** The header rows of a block, with their merges, heights and wrap; returns their 1-based rows. */
  const header = ({ columns, bands }: Block): { first: number; last: number } => {
    const span = columns.length;
    const first = values.length + 1;
    const rows: Cell[][] = Array.from({ length: levels.rows }, () => Array(span).fill(""));
    columns.forEach((c, j) => {
      rows[levels.rows - 1][j] = c.label;
    });
    const lines = Array(levels.rows).fill(1);
    lines[levels.rows - 1] = Math.max(...columns.map((c, j) => linesIn(c.label, columnWidths[j], true)));
    for (const b of bands) {
      rows[b.level][b.start] = b.label;
      if (b.span > 1) merges.push({ row: first + b.level, column: b.start + 1, numRows: 1, numColumns: b.span });
      lines[b.level] = Math.max(lines[b.level], linesIn(b.label, spanWidth(b.start, b.span), true));
    }
    for (const row of rows) push(row, span, COLORS.header, [], true);
    headerBlocks.push({ row: first, column: 1, numRows: levels.rows, numColumns: span });
    lines.forEach((n, i) => {
      rowHeights[first + i] = n * LINE_PX + PAD_PX;
    });
    return { first, last: values.length };
  };
  const heading = (g: Report["groups"][number], span: number, k: number) => {
    if (k > 0) breaksBefore.push(values.length + 1);
    push([t(lang, "groupHeading", { group: g.group, count: g.ranking.length })], span, COLORS.groupHeading, [], true);
  };
  /** The block's unit rows; returns the 1-based row of the first. */
  const unitRows = ({ columns, units, cells }: Block): number => {
    const span = columns.length;
    const firstRow = values.length + 1;
    const formats = columns.map((c) => c.format);
    units.forEach((u, i) => {
      const row = cells[i];
      const bgs = backgroundsOf(u, columns);
      push(row, span, null, formats, false);
      backgrounds[backgrounds.length - 1] = [...bgs, ...Array(width - span).fill(null)];
      const nameLines = linesIn(u.unit.name, columnWidths[2], false);
      if (nameLines > 1) rowHeights[values.length] = nameLines * LINE_PX + PAD_PX / 2;
    });
    if (units.length > 0) {
      rightAligned.push({ row: firstRow, column: POINTS + 1, numRows: units.length, numColumns: 1 });
      const inds = columns.flatMap((c, j) => (c.kind === "indicator" ? [j] : []));
      if (inds.length > 0)
        rightAligned.push({ row: firstRow, column: inds[0] + 1, numRows: units.length, numColumns: inds.length });
    }
    return firstRow;
  };

  let frozenRows = 0;
  const firstRows: number[] = [];
  if (shared && blocks.length > 0) {
    push([], 0, null, [], false);
    const rows = header(blocks[0]);
    frozenRows = rows.last;
    repeatRows = rows;
    report.groups.forEach((g, k) => {
      heading(g, blocks[k].columns.length, k);
      firstRows.push(unitRows(blocks[k]));
    });
    bordered.push({
      row: rows.first,
      column: 1,
      numRows: values.length - rows.first + 1,
      numColumns: blocks[0].columns.length,
    });
  } else {
    report.groups.forEach((g, k) => {
      const span = blocks[k].columns.length;
      push([], 0, null, [], false);
      heading(g, span, k);
      const rows = header(blocks[k]);
      if (frozenRows === 0) frozenRows = rows.last;
      firstRows.push(unitRows(blocks[k]));
      bordered.push({ row: rows.first, column: 1, numRows: values.length - rows.first + 1, numColumns: span });
    });
  }

  // The unit names of every group, in one block: the rows between hold no name.
  const wrapped: CellBlock[] = [];
  const withUnits = firstRows.filter((_, k) => blocks[k].units.length > 0);
  if (withUnits.length > 0)
    wrapped.push({ row: withUnits[0], column: 3, numRows: values.length - withUnits[0] + 1, numColumns: 1 });

  // The add-on's charts, side by side below the table: a chart to the right would widen the printed page.
  const left = (column: number) => spanWidth(0, column - 1) + Math.max(0, column - 1 - width) * DEFAULT_COLUMN_PX;
  let column = 1;
  report.groups.forEach((g, k) => {
    charts.push({
      group: g.group,
      title: t(lang, "chartTitle", { group: g.group }),
      firstRow: firstRows[k],
      numRows: g.ranking.length,
      labelColumn: 3,
      valueColumn: 5,
      anchorRow: values.length + 2,
      anchorColumn: column,
    });
    if (g.ranking.length === 0) return;
    const next = left(column) + CHART_PX + CHART_GAP_PX;
    while (left(column) < next) column++;
  });
  return {
    values,
    backgrounds,
    numberFormats,
    bold,
    frozenRows,
    columnWidths,
    charts,
    merges,
    headerBlocks,
    rightAligned,
    wrapped,
    bordered,
    font: { ...FONT },
    title: { row: 1, size: TITLE.size },
    rowHeights,
    print: { repeatRows, breaksBefore },
  };
}

/** A unit's row colours: grey, green or pale red, and its laggard and adjusted indicator cells. */
function backgroundsOf(u: ReportUnit, columns: Column[]): (string | null)[] {
  let rowBg: string | null = null;
  if (!u.reported) rowBg = COLORS.notReported;
  else if (u.rank !== null && u.rank <= 3) rowBg = COLORS.top3;
  else if (u.laggardIn.length > 0) rowBg = COLORS.laggardRow;
  return columns.map((c) => {
    // Adjusted before laggard: the note still counts the laggard, the colour says whose value it is.
    if (c.kind === "indicator" && c.indicatorId && u.adjustedIn.includes(c.indicatorId)) return COLORS.adjusted;
    if (c.kind === "indicator" && c.indicatorId && u.laggardIn.includes(c.indicatorId)) return COLORS.laggardCell;
    if (c.kind === "note" && u.laggardIn.length > 0) return COLORS.laggardCell;
    return rowBg;
  });
}
