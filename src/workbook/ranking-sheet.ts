// The layout of the `Xếp hạng` sheet as plain arrays — values, colours, formats, chart ranges —
// painted the same way by the CLI (ExcelJS) and the add-on (one setValues/setBackgrounds each).
import { formatThreshold, formatValue, periodLabel } from "../core/labels";
import { t } from "../core/messages";
import { roundTo } from "../core/numbers";
import type { Report, ReportUnit } from "../core/report";
import type { Language } from "../core/schemas";
import type { Cell } from "./contract";

export const COLORS = {
  title: "#1f4e79",
  header: "#d9e2f3",
  groupHeading: "#b4c6e7",
  top3: "#d9ead3",
  laggardRow: "#fce8e6",
  laggardCell: "#f4c7c3",
  notReported: "#e0e0e0",
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

export interface SheetPaint {
  values: Cell[][];
  backgrounds: (string | null)[][];
  numberFormats: string[][];
  bold: boolean[][];
  frozenRows: number;
  columnWidths: number[];
  charts: ChartSpec[];
}

export interface RankingSheetOptions {
  lang: Language;
  /** Already formatted in the spreadsheet's time zone, e.g. `2026-11-22 08:00`. */
  rankedAt: string;
  missing: "zero" | "skip";
}

const FIXED = 8; // Hạng … Thay đổi

export function layoutRankingSheet(report: Report, opts: RankingSheetOptions): SheetPaint {
  const { lang } = opts;
  const scored = report.indicators.filter((i) => i.maxPoints > 0);
  const headers = [
    t(lang, "colRank"),
    t(lang, "colUnitId"),
    t(lang, "colUnitName"),
    t(lang, "colPoints"),
    t(lang, "colPercent"),
    t(lang, "colBand"),
    t(lang, "colPreviousRank"),
    t(lang, "colChange"),
    ...report.pillars.map((p) => `${p} (%)`),
    ...scored.map((i) => `${i.name} (${i.maxPoints})`),
    t(lang, "colNote"),
  ];
  const width = headers.length;
  const pctFormat = report.decimals > 0 ? `0.${"0".repeat(report.decimals)}%` : "0%";
  const values: Cell[][] = [];
  const backgrounds: (string | null)[][] = [];
  const numberFormats: string[][] = [];
  const bold: boolean[][] = [];
  const charts: ChartSpec[] = [];
  const push = (row: Cell[], bg: string | null = null, fmt: string[] = [], isBold = false) => {
    const padded = [...row, ...Array(width - row.length).fill("")];
    values.push(padded);
    backgrounds.push(Array(width).fill(bg));
    numberFormats.push(padded.map((_, j) => fmt[j] ?? "@"));
    bold.push(Array(width).fill(isBold));
  };

  push([t(lang, "rankingTitle")], null, [], true);
  push([t(lang, "rankingPeriod", { period: periodLabel(report.period, lang) })]);
  push([t(lang, "rankingTime", { time: opts.rankedAt })]);
  push([
    t(lang, "rankingMethod", {
      decimals: report.decimals,
      missing: t(lang, opts.missing === "zero" ? "missingZero" : "missingSkip"),
    }),
  ]);
  push([t(lang, "legend")]);
  let frozenRows = 0;
  const rowFormats = [
    "0",
    "@",
    "@",
    "0.00",
    pctFormat,
    "@",
    "0",
    '"▲"0;"▼"0;"="',
    ...report.pillars.map(() => pctFormat),
    ...scored.map(() => "0.00"),
    "@",
  ];
  for (const g of report.groups) {
    push([]);
    push([t(lang, "groupHeading", { group: g.group, count: g.ranking.length })], COLORS.groupHeading, [], true);
    push(headers, COLORS.header, [], true);
    if (frozenRows === 0) frozenRows = values.length;
    const firstRow = values.length + 1;
    for (const u of g.ranking) {
      const { row, bgs } = unitRow(u, report, scored, opts);
      values.push(row);
      backgrounds.push(bgs);
      numberFormats.push(rowFormats);
      bold.push(Array(width).fill(false));
    }
    charts.push({
      group: g.group,
      title: t(lang, "chartTitle", { group: g.group }),
      firstRow,
      numRows: g.ranking.length,
      labelColumn: 3,
      valueColumn: 5,
      anchorRow: firstRow - 2,
      anchorColumn: width + 2,
    });
  }
  const columnWidths = headers.map((_, j) => (j === 2 ? 300 : j === width - 1 ? 420 : j >= FIXED ? 110 : 80));
  return { values, backgrounds, numberFormats, bold, frozenRows, columnWidths, charts };
}

function unitRow(
  u: ReportUnit,
  report: Report,
  scored: Report["indicators"],
  opts: RankingSheetOptions,
): { row: Cell[]; bgs: (string | null)[] } {
  const { lang } = opts;
  const reasons = u.laggardIn.map((id) => {
    const ind = report.indicators.find((i) => i.id === id)!;
    return t(lang, "laggardReason", {
      indicator: ind.name,
      value: formatValue(ind, u.values[id], lang),
      threshold: formatThreshold(ind, lang),
    });
  });
  const note = u.reported ? reasons.join("; ") : t(lang, "notReported");
  const row: Cell[] = [
    u.rank ?? "—",
    u.unit.id,
    u.unit.name,
    u.score === null ? "" : Math.round(u.earned * 100) / 100,
    u.roundedScore === null ? "" : roundTo(u.roundedScore / 100, report.decimals + 2),
    u.band ?? "",
    u.previousRank ?? "",
    u.change ?? "",
    ...report.pillars.map((p) => {
      const s = u.pillarScores[p];
      return s === null || s === undefined ? "" : roundTo(s / 100, report.decimals + 2);
    }),
    ...scored.map((i) => {
      const p = u.points[i.id];
      return p === null ? "" : Math.round(p * 100) / 100;
    }),
    note,
  ];
  let rowBg: string | null = null;
  if (!u.reported) rowBg = COLORS.notReported;
  else if (u.rank !== null && u.rank <= 3) rowBg = COLORS.top3;
  else if (u.laggardIn.length > 0) rowBg = COLORS.laggardRow;
  const bgs = row.map(() => rowBg);
  const indicatorStart = FIXED + report.pillars.length;
  scored.forEach((ind, k) => {
    if (u.laggardIn.includes(ind.id)) bgs[indicatorStart + k] = COLORS.laggardCell;
  });
  if (u.laggardIn.length > 0) bgs[row.length - 1] = COLORS.laggardCell;
  return { row, bgs };
}
