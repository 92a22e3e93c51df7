// The layout of the `Xếp hạng` sheet as plain arrays — values, colours, formats, merges, chart ranges —
// painted the same way by the CLI (ExcelJS) and the add-on (one setValues/setBackgrounds each).
// Each group's block shows its own indicators under header rows for the hierarchy (pillar → main
// index → indicator, design §9), after the unit's points out of its own total and its sub-scores.
import { hierarchyOf } from "../core/indicators";
import { formatThreshold, formatValue, periodLabel, pointsText, reviewCountsText } from "../core/labels";
import { t } from "../core/messages";
import { formatNumber, roundTo } from "../core/numbers";
import type { Report, ReportUnit } from "../core/report";
import type { Indicator, Language } from "../core/schemas";
import type { Cell } from "./contract";

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
  /** Each group's header rows: wrapped, centred. */
  headerBlocks: CellBlock[];
  /** Cells aligned right: the points ("183,5/220"), text among numbers. */
  rightAligned: CellBlock[];
  /**
   * Heights in pixels of the header rows, by 1-based row, estimated from their wrapped labels for
   * a file, where the rows keep the height written. Sheets fits a row to wrapped text itself.
   */
  rowHeights: Record<number, number>;
}

export interface RankingSheetOptions {
  lang: Language;
  /** Already formatted in the spreadsheet's time zone, e.g. `2026-11-22 08:00`. */
  rankedAt: string;
  missing: "zero" | "skip";
}

/** Widths in pixels. */
const WIDTH = { narrow: 80, name: 300, detail: 110, note: 420 } as const;
/** A bold header character and line, in pixels (about 11 pt), and a cell's inner margins. */
const CHAR_PX = 7;
const LINE_PX = 20;
const MARGIN_PX = 8;

type ColumnKind = "fixed" | "subScore" | "indicator" | "note";
/** 0-based column of `Điểm` in every block. */
const POINTS = 3;

interface Column {
  kind: ColumnKind;
  /** The label in the last header row. */
  label: string;
  format: string;
  width: number;
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

/** The columns and header bands of one group's block. */
function blockOf(report: Report, group: Report["groups"][number], levels: Levels, opts: RankingSheetOptions): Block {
  const { lang } = opts;
  const d = report.decimals;
  const pctFormat = d > 0 ? `0.${"0".repeat(d)}%` : "0%";
  const fixed = (label: string, format: string, value: Column["value"], width: number = WIDTH.narrow): Column => ({
    kind: "fixed",
    label,
    format,
    width,
    value,
  });
  const columns: Column[] = [
    fixed(t(lang, "colRank"), "0", (u) => u.rank ?? "—"),
    fixed(t(lang, "colUnitId"), "@", (u) => u.unit.id),
    fixed(t(lang, "colUnitName"), "@", (u) => u.unit.name, WIDTH.name),
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
        format: pctFormat,
        width: WIDTH.detail,
        value: (u) => pct(u.pillarScores[pillar], d),
      });
    }
    for (const m of p.mainIndexes) {
      const main = m.mainIndex;
      if (!main) continue;
      columns.push({
        kind: "subScore",
        label: `${main} (%)`,
        format: pctFormat,
        width: WIDTH.detail,
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
          label: `${ind.name} (${formatNumber(ind.maxPoints, lang)})`,
          format: "0.00",
          width: WIDTH.detail,
          indicatorId: ind.id,
          value: (u) => {
            const pts = u.points[ind.id];
            return pts === null || pts === undefined ? "" : Math.round(pts * 100) / 100;
          },
        });
      }
      if (m.mainIndex && levels.mainIndex !== null)
        bands.push({ level: levels.mainIndex, start: mainStart, span: columns.length - mainStart, label: m.mainIndex });
    }
    if (p.pillar && levels.pillar !== null)
      bands.push({ level: levels.pillar, start: pillarStart, span: columns.length - pillarStart, label: p.pillar });
  }

  columns.push({
    kind: "note",
    label: t(lang, "colNote"),
    format: "@",
    width: WIDTH.note,
    value: (u) => noteOf(u, group.indicators, lang),
  });
  return { columns, bands };
}

/** Laggard reasons, with the group's own threshold; "Chưa báo cáo" for a unit that did not report. */
function noteOf(u: ReportUnit, indicators: Indicator[], lang: Language): string {
  if (!u.reported) return t(lang, "notReported");
  return u.laggardIn
    .flatMap((id) => {
      const ind = indicators.find((i) => i.id === id);
      return ind
        ? [
            t(lang, "laggardReason", {
              indicator: ind.name,
              value: formatValue(ind, u.values[id] ?? null, lang),
              threshold: formatThreshold(ind, lang),
            }),
          ]
        : [];
    })
    .join("; ");
}

/**
 * Column widths of the sheet, whose blocks differ: where every block that reaches a column has
 * its note there, the note's width; otherwise the widest detail (a shorter block's note then runs
 * over the empty cells to its right).
 */
function widthsOf(blocks: Block[], width: number): number[] {
  return Array.from({ length: width }, (_, j) => {
    const here = blocks.flatMap((b) => (j < b.columns.length ? [b.columns[j]] : []));
    const other = here.filter((c) => c.kind !== "note");
    if (other.length === 0) return WIDTH.note;
    return Math.max(...other.map((c) => c.width));
  });
}

export function layoutRankingSheet(report: Report, opts: RankingSheetOptions): SheetPaint {
  const { lang } = opts;
  const levels = levelsOf(report);
  const blocks = report.groups.map((g) => blockOf(report, g, levels, opts));
  const width = Math.max(1, ...blocks.map((b) => b.columns.length));
  const values: Cell[][] = [];
  const backgrounds: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const bold: boolean[][] = [];
  const charts: ChartSpec[] = [];
  const merges: CellBlock[] = [];
  const headerBlocks: CellBlock[] = [];
  const rightAligned: CellBlock[] = [];
  const rowHeights: Record<number, number> = {};
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

  push([t(lang, "rankingTitle")], width, null, [], true);
  push([t(lang, "rankingPeriod", { period: periodLabel(report.period, lang) })], width, null, [], false);
  push([t(lang, "rankingTime", { time: opts.rankedAt })], width, null, [], false);
  push(
    [
      t(lang, "rankingMethod", {
        decimals: report.decimals,
        missing: t(lang, opts.missing === "zero" ? "missingZero" : "missingSkip"),
      }),
    ],
    width,
    null,
    [],
    false,
  );
  if (report.review) push([reviewCountsText(report.review, lang)], width, null, [], false);
  push([t(lang, "legend")], width, null, [], false);
  if (report.groups.some((g) => g.ranking.some((u) => u.adjustedIn.length > 0)))
    push([t(lang, "legendAdjusted")], width, null, [], false);
  let frozenRows = 0;
  report.groups.forEach((g, k) => {
    const { columns, bands } = blocks[k];
    const span = columns.length;
    push([], 0, null, [], false);
    push([t(lang, "groupHeading", { group: g.group, count: g.ranking.length })], span, COLORS.groupHeading, [], true);
    const headerStart = values.length;
    const header: Cell[][] = Array.from({ length: levels.rows }, () => Array(span).fill(""));
    columns.forEach((c, j) => {
      header[levels.rows - 1][j] = c.label;
    });
    const lines = Array(levels.rows).fill(1);
    lines[levels.rows - 1] = Math.max(...columns.map((c, j) => linesIn(c.label, columnWidths[j])));
    for (const b of bands) {
      header[b.level][b.start] = b.label;
      if (b.span > 1)
        merges.push({ row: headerStart + b.level + 1, column: b.start + 1, numRows: 1, numColumns: b.span });
      lines[b.level] = Math.max(lines[b.level], linesIn(b.label, spanWidth(b.start, b.span)));
    }
    for (const row of header) push(row, span, COLORS.header, [], true);
    headerBlocks.push({ row: headerStart + 1, column: 1, numRows: levels.rows, numColumns: span });
    lines.forEach((n, i) => {
      rowHeights[headerStart + i + 1] = n * LINE_PX + MARGIN_PX;
    });
    if (frozenRows === 0) frozenRows = values.length;
    const firstRow = values.length + 1;
    if (g.ranking.length > 0)
      rightAligned.push({ row: firstRow, column: POINTS + 1, numRows: g.ranking.length, numColumns: 1 });
    const formats = columns.map((c) => c.format);
    for (const u of g.ranking) {
      const { row, bgs } = unitRow(u, columns);
      push(row, span, null, formats, false);
      backgrounds[backgrounds.length - 1] = [...bgs, ...Array(width - span).fill(null)];
    }
    charts.push({
      group: g.group,
      title: t(lang, "chartTitle", { group: g.group }),
      firstRow,
      numRows: g.ranking.length,
      labelColumn: 3,
      valueColumn: 5,
      anchorRow: headerStart,
      anchorColumn: width + 2,
    });
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
    rowHeights,
  };
}

/** The lines a label takes wrapped in a cell `px` wide: words filled greedily, a long word broken. */
function linesIn(text: string, px: number): number {
  const perLine = Math.max(1, Math.floor((px - MARGIN_PX) / CHAR_PX));
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/).filter((w) => w !== "")) {
    if (used > 0 && used + 1 + word.length > perLine) {
      lines++;
      used = 0;
    }
    used += (used > 0 ? 1 : 0) + word.length;
    for (; used > perLine; used -= perLine) lines++;
  }
  return lines;
}

function unitRow(u: ReportUnit, columns: Column[]): { row: Cell[]; bgs: (string | null)[] } {
  const row = columns.map((c) => c.value(u));
  let rowBg: string | null = null;
  if (!u.reported) rowBg = COLORS.notReported;
  else if (u.rank !== null && u.rank <= 3) rowBg = COLORS.top3;
  else if (u.laggardIn.length > 0) rowBg = COLORS.laggardRow;
  const bgs = columns.map((c) => {
    // Adjusted before laggard: the note still names the laggard, the colour says whose value it is.
    if (c.kind === "indicator" && c.indicatorId && u.adjustedIn.includes(c.indicatorId)) return COLORS.adjusted;
    if (c.kind === "indicator" && c.indicatorId && u.laggardIn.includes(c.indicatorId)) return COLORS.laggardCell;
    if (c.kind === "note" && u.laggardIn.length > 0) return COLORS.laggardCell;
    return rowBg;
  });
  return { row, bgs };
}
