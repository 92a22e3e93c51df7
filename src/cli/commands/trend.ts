// `trend <file.xlsx> --unit ID [--from P --to P] [--json]` (design §13): one unit's months, for the
// office's phone call with it — each indicator's figure, the % score, the rank in its group, whether
// the figures came on time, the on-time rate, and what became of last month's laggard figures.
import { periodValue } from "../../core/aggregation";
import type { FollowUpEntry } from "../../core/follow-up";
import { indicatorsFor } from "../../core/indicators";
import { periodLabel } from "../../core/labels";
import { isWorseThanThreshold } from "../../core/laggards";
import { t } from "../../core/messages";
import { formatPeriod, type MonthKey, monthKey, type Period, parsePeriod } from "../../core/periods";
import { UserError } from "../../core/problems";
import { buildPunctuality, type PunctualityCell, type UnitPunctuality } from "../../core/punctuality";
import { buildReport, followUpToJson, rawValue } from "../../core/report";
import { reviewedModel } from "../../core/review";
import type { Indicator, Language, Model, MonthlyRecord, Unit } from "../../core/schemas";
import { percentText, valueText } from "../../core/summary/figures";
import { buildTrends, TREND_MONTHS } from "../../core/trends";
import { SHEETS } from "../../workbook/contract";
import { dateParts } from "../../workbook/dates";
import type { Io } from "../io";
import { type Loaded, loadModel, requireValid, warningLines, XLSX_TIME_ZONE } from "../load";
import type { Progress } from "../progress";
import { REPORT_TIME_ZONE } from "./rank";

export interface TrendOptions {
  /** The unit's ID as typed (matched without regard to case). */
  unit: string;
  /** Months only: `main` refuses a quarter or a year, and from after to. */
  from?: Period;
  to?: Period;
  json: boolean;
  now?: Date;
}

export interface TrendMonth {
  period: MonthKey;
  /** One per indicator of `UnitTrendView.indicators`; null when the unit gave none. */
  values: (number | null)[];
  /** Per indicator: the figure is below its laggard threshold. */
  below: boolean[];
  score: number | null;
  rank: number | null;
  reported: boolean;
  punctuality: PunctualityCell;
}

export interface UnitTrendView {
  unit: Unit;
  /** Active units of its group: the rank is out of them. */
  groupSize: number;
  /** The monthly indicators that apply to the unit's group, resolved for it. */
  indicators: Indicator[];
  from: MonthKey;
  to: MonthKey;
  dueDay: number;
  decimals: number;
  /** The months of the window that have figures (of any unit), oldest first; `from` and `to` are the first and last. */
  months: TrendMonth[];
  punctuality: UnitPunctuality;
  /** The follow-up of the last month, the unit's cases only; null when the month before has no figures. */
  followUp: { period: Period; previousPeriod: Period; entries: FollowUpEntry[] } | null;
}

/** Terminal width the table is laid out for: months as rows when the indicators fit, else as columns. */
export const TREND_WIDTH = 120;

const monthPeriod = (key: MonthKey) => parsePeriod(key) as Extract<Period, { kind: "month" }>;
const monthIndex = (p: Period) => (p.kind === "month" ? p.year * 12 + p.month - 1 : 0);
const monthOfIndex = (i: number) => monthKey(Math.floor(i / 12), (i % 12) + 1);

/** The latest month with a figure in `Số liệu` (yearly rows aside), or null. */
export function lastMonthWithFigures(model: Model): MonthKey | null {
  let last: MonthKey | null = null;
  for (const r of model.records) {
    if (r.period.length === 7 && r.period[4] === "-" && (last === null || r.period > last)) last = r.period;
  }
  return last;
}

/** Up to five units whose ID or name is close to what was typed: `BUDOP (UBND huyện Bù Đốp)`. */
function closeUnits(units: Unit[], typed: string): string {
  const fold = (s: string) =>
    s
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/[đĐ]/g, "d")
      .toLowerCase();
  const want = fold(typed.trim());
  const scored = units
    .map((u) => {
      const id = fold(u.id);
      const distance = want.length >= 2 && id.includes(want) ? 0 : editDistance(want, id);
      const byName = want.length >= 3 && fold(u.name).includes(want);
      return { u, distance: byName ? Math.min(distance, 1) : distance };
    })
    // One slip in a short ID, two in a longer one.
    .filter((x) => x.distance <= (want.length <= 4 ? 1 : 2))
    .sort((a, b) => a.distance - b.distance);
  return scored
    .slice(0, 5)
    .map((x) => `${x.u.id} (${x.u.name})`)
    .join(", ");
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

/** The unit the ID names (exact, else the one that differs only in case); a user error otherwise. */
export function findUnit(loaded: Loaded, typed: string): Unit {
  const model = loaded.read.model;
  const lang = model.settings.language;
  const sheet = loaded.read.sheetNames.units ?? SHEETS.units.name;
  const wanted = typed.trim();
  const caseless = model.units.filter((u) => u.id.toLowerCase() === wanted.toLowerCase());
  const unit = model.units.find((u) => u.id === wanted) ?? (caseless.length === 1 ? caseless[0] : undefined);
  if (!unit) {
    const close = closeUnits(
      model.units.filter((u) => u.active),
      wanted,
    );
    throw new UserError([{ key: "trendUnknownUnit", params: { value: typed, sheet, close } }], 1, lang);
  }
  if (!unit.active)
    throw new UserError([{ key: "trendUnitInactive", params: { unit: unit.name, id: unit.id, sheet } }], 1, lang);
  return unit;
}

/**
 * The months asked for: `--from`/`--to`, by default the 12 ending with the last month that has
 * figures; `--from` alone runs to that month, `--to` alone starts 11 months before it.
 */
function windowOf(model: Model, opts: Pick<TrendOptions, "from" | "to">): { from: MonthKey; to: MonthKey } {
  const lang = model.settings.language;
  const last = lastMonthWithFigures(model);
  if (last === null) throw new UserError([{ key: "trendNoMonths", params: {} }], 1, lang);
  const lastIndex = monthIndex(monthPeriod(last));
  const toIndex = opts.to ? monthIndex(opts.to) : Math.max(lastIndex, opts.from ? monthIndex(opts.from) : 0);
  const fromIndex = opts.from ? monthIndex(opts.from) : toIndex - (TREND_MONTHS - 1);
  return { from: monthOfIndex(fromIndex), to: monthOfIndex(toIndex) };
}

/** Everything the table shows, from the reviewed figures (as the ranking has them). */
export function unitTrendView(
  model: Model,
  unit: Unit,
  opts: Pick<TrendOptions, "from" | "to">,
  now: Date,
): UnitTrendView {
  const lang = model.settings.language;
  const { from, to } = windowOf(model, opts);
  // Trends come 12 months at a time, ending with `to`; a longer window takes a call per 12 months.
  const points = new Map<MonthKey, { score: number | null; rank: number | null; reported: boolean }>();
  let groupSize = 0;
  for (let end = monthIndex(monthPeriod(to)); end >= monthIndex(monthPeriod(from)); end -= TREND_MONTHS) {
    const trends = buildTrends(model, monthPeriod(monthOfIndex(end)));
    groupSize = trends.units.filter((u) => u.group === unit.group).length;
    const own = trends.units.find((u) => u.unitId === unit.id);
    for (const p of own?.points ?? []) if (p.period >= from && p.period <= to) points.set(p.period, p);
  }
  const months = [...points.keys()].sort();
  if (months.length === 0) {
    const label = (k: MonthKey) => periodLabel(monthPeriod(k), lang);
    throw new UserError([{ key: "trendNoData", params: { from: label(from), to: label(to) } }], 1, lang);
  }

  const { year, month, day } = dateParts(now, REPORT_TIME_ZONE);
  const punctuality = buildPunctuality(model, months, {
    timeZone: XLSX_TIME_ZONE,
    today: { year, month, day },
  }).units.find((u) => u.unitId === unit.id) as UnitPunctuality;

  const indicators = indicatorsFor(model.indicators, unit.group, "month");
  const records = new Map<MonthKey, MonthlyRecord[]>();
  for (const r of reviewedModel(model).model.records) {
    if (r.unitId !== unit.id || !points.has(r.period)) continue;
    records.set(r.period, [...(records.get(r.period) ?? []), r]);
  }
  const rows = months.map((m, i): TrendMonth => {
    const recs = records.get(m) ?? [];
    const values = indicators.map((ind) => (recs.length ? periodValue(recs, ind) : null));
    const p = points.get(m)!;
    return {
      period: m,
      values,
      below: indicators.map((ind, j) => values[j] !== null && isWorseThanThreshold(ind, values[j] as number)),
      score: p.score,
      rank: p.rank,
      reported: p.reported,
      punctuality: punctuality.cells[i],
    };
  });

  // The follow-up of the last month shown: which of the month before's laggard figures it fixed.
  const lastPeriod = monthPeriod(months[months.length - 1]);
  const report = buildReport(model, lastPeriod);
  const followUp = report.followUp
    ? {
        period: lastPeriod,
        previousPeriod: report.followUp.previousPeriod,
        entries: report.followUp.entries.filter((e) => e.unitId === unit.id),
      }
    : null;
  return {
    unit,
    groupSize,
    indicators,
    from: months[0],
    to: months[months.length - 1],
    dueDay: model.settings.dueDay,
    decimals: model.settings.decimals,
    months: rows,
    punctuality,
    followUp,
  };
}

// --- text ---------------------------------------------------------------------------------------

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

function punctualityText(cell: PunctualityCell, lang: Language): string {
  switch (cell.status) {
    case "onTime":
      return t(lang, "trendOnTime");
    case "late":
      return t(lang, "trendLate", { days: cell.days });
    case "missing":
      return t(lang, "trendMissing");
    case "notDue":
      return t(lang, "trendNotDue");
    case "unknown":
      return t(lang, "trendUnknown");
  }
}

function monthCell(key: MonthKey, lang: Language): string {
  const p = monthPeriod(key);
  return t(lang, "trendMonthCell", { month: p.month, year: p.year });
}

/** A figure as the ranking writes it, `*` after one below its threshold, a space after the others (so they line up). */
function figureCell(view: UnitTrendView, row: TrendMonth, j: number, lang: Language): string {
  const v = row.values[j];
  const text = v === null ? "—" : valueText(view.indicators[j], v, lang, view.decimals);
  return `${text}${row.below[j] ? "*" : " "}`;
}

const scoreCell = (view: UnitTrendView, row: TrendMonth, lang: Language) =>
  row.score === null ? "—" : percentText(row.score, lang, view.decimals).replace(/%$/, "");
const rankCell = (view: UnitTrendView, row: TrendMonth) => (row.rank === null ? "—" : `${row.rank}/${view.groupSize}`);

/** One column (or row) of the table: its heading and its cells, right-aligned to the widest. */
interface Line {
  label: string;
  cells: string[];
  left?: boolean;
}

/** The lines of the table, one per indicator, then score, rank and punctuality; one cell per month. */
function tableLines(view: UnitTrendView, lang: Language): Line[] {
  return [
    ...view.indicators.map((ind, j) => ({
      label: ind.id,
      cells: view.months.map((row) => figureCell(view, row, j, lang)),
    })),
    { label: t(lang, "colPercent"), cells: view.months.map((row) => scoreCell(view, row, lang)) },
    { label: t(lang, "colRank"), cells: view.months.map((row) => rankCell(view, row)) },
    {
      label: t(lang, "trendColSubmitted"),
      cells: view.months.map((row) => punctualityText(row.punctuality, lang)),
      left: true,
    },
  ];
}

const widthOf = (l: Line) => Math.max(l.label.length, ...l.cells.map((c) => c.length));

/** Months as rows, one column per indicator: how a short set of indicators reads best. */
function monthsAsRows(view: UnitTrendView, lines: Line[], lang: Language): string[] {
  const monthWidth = Math.max(
    t(lang, "trendColMonth").length,
    ...view.months.map((m) => monthCell(m.period, lang).length),
  );
  const widths = lines.map(widthOf);
  const cell = (l: Line, text: string, w: number) => (l.left ? pad(text, w) : padStart(text, w));
  const out = [
    `${pad(t(lang, "trendColMonth"), monthWidth)}${lines.map((l, i) => `  ${cell(l, l.label, widths[i])}`).join("")}`.trimEnd(),
  ];
  view.months.forEach((m, r) => {
    out.push(
      `${pad(monthCell(m.period, lang), monthWidth)}${lines.map((l, i) => `  ${cell(l, l.cells[r], widths[i])}`).join("")}`.trimEnd(),
    );
  });
  return out;
}

/** Months as columns, one row per indicator, in as many blocks of months as the width needs. */
function monthsAsColumns(view: UnitTrendView, lines: Line[], lang: Language): string[] {
  const labelWidth = Math.max(t(lang, "trendColMonth").length, ...lines.map((l) => l.label.length));
  const heads = view.months.map((m) => monthCell(m.period, lang));
  const widths = view.months.map((_, c) => Math.max(heads[c].length, ...lines.map((l) => l.cells[c].length)));
  const out: string[] = [];
  let start = 0;
  while (start < view.months.length) {
    let end = start;
    let used = labelWidth;
    while (end < view.months.length && (end === start || used + 2 + widths[end] <= TREND_WIDTH))
      used += 2 + widths[end++];
    if (start > 0) out.push("");
    const span = widths.slice(start, end);
    out.push(
      `${pad(t(lang, "trendColMonth"), labelWidth)}${span.map((w, k) => `  ${padStart(heads[start + k], w)}`).join("")}`,
    );
    for (const l of lines) {
      const cells = span.map((w, k) => `  ${padStart(l.cells[start + k], w)}`).join("");
      out.push(`${pad(l.label, labelWidth)}${cells}`.trimEnd());
    }
    start = end;
  }
  return out;
}

/** How wide the table is with months as rows. */
export function rowsWidth(view: UnitTrendView, lang: Language): number {
  const lines = tableLines(view, lang);
  const monthWidth = Math.max(
    t(lang, "trendColMonth").length,
    ...view.months.map((m) => monthCell(m.period, lang).length),
  );
  return monthWidth + lines.reduce((s, l) => s + 2 + widthOf(l), 0);
}

export function renderTrendText(view: UnitTrendView, lang: Language): string {
  const label = (k: MonthKey) => periodLabel(monthPeriod(k), lang);
  const lines = [
    t(lang, "trendHeading", { unit: view.unit.name, id: view.unit.id, group: view.unit.group, count: view.groupSize }),
    t(lang, "trendWindow", { from: label(view.from), to: label(view.to), dueDay: view.dueDay }),
    "",
  ];
  const table = tableLines(view, lang);
  lines.push(
    ...(rowsWidth(view, lang) <= TREND_WIDTH ? monthsAsRows(view, table, lang) : monthsAsColumns(view, table, lang)),
  );
  lines.push(t(lang, "trendLegend"), "");

  const pu = view.punctuality;
  const due = pu.onTime + pu.late + pu.missing;
  lines.push(
    due === 0
      ? t(lang, "trendRateNone")
      : t(lang, "trendRateLine", {
          onTime: pu.onTime,
          due,
          rate: percentText((pu.rate ?? 0) * 100, lang, view.decimals),
          late: pu.late,
          missing: pu.missing,
        }),
  );

  lines.push("", `${t(lang, "trendIndicatorsHeading")}:`);
  const idWidth = Math.max(...view.indicators.map((i) => i.id.length));
  for (const ind of view.indicators) {
    const threshold =
      ind.threshold === null
        ? ""
        : ` (${t(lang, "trendThreshold", { value: valueText(ind, ind.threshold, lang, view.decimals) })})`;
    lines.push(`  ${pad(ind.id, idWidth)}  ${ind.name}${threshold}`);
  }

  lines.push("", ...followUpLines(view, lang));
  return `${lines.join("\n")}\n`;
}

function followUpLines(view: UnitTrendView, lang: Language): string[] {
  const last = view.months[view.months.length - 1].period;
  const f = view.followUp;
  if (!f) {
    const previous = periodLabel(monthPeriod(monthOfIndex(monthIndex(monthPeriod(last)) - 1)), lang);
    return [capital(t(lang, "trendFollowUpNoPrevious", { previous }))];
  }
  const previous = periodLabel(f.previousPeriod, lang);
  if (f.entries.length === 0) return [capital(t(lang, "trendFollowUpNone", { previous }))];
  const out = [capital(t(lang, "trendFollowUpHeading", { period: periodLabel(f.period, lang), previous }))];
  for (const e of f.entries) {
    const before = valueText(e.indicator, e.previousValue, lang, view.decimals);
    const now = e.value === null ? t(lang, "missingValue") : valueText(e.indicator, e.value, lang, view.decimals);
    out.push(`- ${e.indicator.id} ${e.indicator.name}: ${before} → ${now}: ${t(lang, `trendStatus_${e.status}`)}`);
  }
  return out;
}

const capital = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);

// --- JSON ---------------------------------------------------------------------------------------

function punctualityJson(cell: PunctualityCell) {
  const day = (d: { year: number; month: number; day: number }) =>
    `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  switch (cell.status) {
    case "onTime":
      return { status: cell.status, days: 0, submitted: day(cell.submitted) };
    case "late":
      return { status: cell.status, days: cell.days, submitted: day(cell.submitted) };
    default:
      return { status: cell.status, days: null, submitted: null };
  }
}

/** `trend --json`: the same as the text, values as `rank --json` prints them. */
export function trendToJsonView(view: UnitTrendView) {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  const pu = view.punctuality;
  const follow = view.followUp;
  return {
    unitId: view.unit.id,
    unitName: view.unit.name,
    group: view.unit.group,
    groupSize: view.groupSize,
    from: view.from,
    to: view.to,
    dueDay: view.dueDay,
    indicators: view.indicators.map((ind) => ({
      indicatorId: ind.id,
      indicatorName: ind.name,
      threshold: ind.threshold === null ? null : rawValue(ind, round(ind.threshold)),
    })),
    months: view.months.map((m) => ({
      period: m.period,
      values: Object.fromEntries(
        view.indicators.map((ind, j) => [ind.id, m.values[j] === null ? null : rawValue(ind, round(m.values[j]))]),
      ),
      belowThreshold: view.indicators.filter((_, j) => m.below[j]).map((ind) => ind.id),
      score: m.score,
      rank: m.rank,
      reported: m.reported,
      punctuality: punctualityJson(m.punctuality),
    })),
    onTime: pu.onTime,
    late: pu.late,
    missing: pu.missing,
    onTimeRate: pu.rate === null ? null : round(pu.rate),
    followUp: follow
      ? {
          period: formatPeriod(follow.period),
          ...followUpToJson({ previousKey: formatPeriod(follow.previousPeriod), entries: follow.entries }),
        }
      : null,
  };
}

// --- command ------------------------------------------------------------------------------------

export async function trendCommand(file: string, opts: TrendOptions, io: Io, p: Progress): Promise<void> {
  const loaded = await loadModel(file, p);
  requireValid(loaded.read);
  for (const line of warningLines(loaded.read, file)) io.err(line);
  const model = loaded.read.model;
  const unit = findUnit(loaded, opts.unit);
  const view = unitTrendView(model, unit, opts, opts.now ?? new Date());
  if (opts.json) io.out(`${JSON.stringify(trendToJsonView(view), null, 2)}\n`);
  else io.out(renderTrendText(view, model.settings.language));
}
