// Reporting punctuality (design §13): for each unit and month, whether its `Số liệu` row came by the
// due day (`Hạn nộp (ngày)` of the next month), late by how many days, or not at all. The day a row
// came is its `Cập nhật lúc` read in the spreadsheet's time zone, never the machine's.
import type { MonthKey } from "./periods";
import type { Model } from "./schemas";
import type { CalendarDate } from "./summary/mail";

export type PunctualityCell =
  | { status: "onTime"; submitted: CalendarDate }
  | { status: "late"; days: number; submitted: CalendarDate }
  /** No row, and the due day has passed. */
  | { status: "missing" }
  /** No row yet, and the due day has not passed. */
  | { status: "notDue" }
  /** A row whose `Cập nhật lúc` is blank or unreadable: it came, nobody knows when. */
  | { status: "unknown" };

export interface UnitPunctuality {
  unitId: string;
  unitName: string;
  group: string;
  /** One cell per month of `Punctuality.months`. */
  cells: PunctualityCell[];
  onTime: number;
  late: number;
  missing: number;
  /** On time ÷ (on time + late + missing), in [0, 1]; null when no month was due. Unknown rows count in neither. */
  rate: number | null;
}

export interface Punctuality {
  months: MonthKey[];
  dueDay: number;
  units: UnitPunctuality[];
}

const DAY_MS = 24 * 3600 * 1000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant in a time zone. */
export function dayIn(instant: Date, timeZone: string): CalendarDate {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric" });
    formatters.set(timeZone, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(instant)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return { year: parts.year, month: parts.month, day: parts.day };
}

/** Quarter hours: no zone's offset today is finer, so a day seldom starts inside one. */
const SLOT_MS = 15 * 60 * 1000;

/**
 * Days already looked up in one zone, by quarter hour: the day of both ends of the quarter hour,
 * or null when a day starts inside it (then each instant is looked up). `Intl` is slow enough that
 * 60,000 rows (5,000 units × 12 months) took a third of a second; they fall in a few thousand slots.
 */
export type DayMemo = Map<number, CalendarDate | null>;

function memoDayIn(instant: Date, timeZone: string, memo: DayMemo): CalendarDate {
  const slot = Math.floor(instant.getTime() / SLOT_MS);
  let day = memo.get(slot);
  if (day === undefined) {
    const [first, last] = [
      dayIn(new Date(slot * SLOT_MS), timeZone),
      dayIn(new Date((slot + 1) * SLOT_MS - 1), timeZone),
    ];
    day = daysBetween(first, last) === 0 ? first : null;
    memo.set(slot, day);
  }
  return day ? { ...day } : dayIn(instant, timeZone);
}

function validDay(year: number, month: number, day: number): CalendarDate | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
    ? { year, month, day }
    : null;
}

/**
 * The day a `Cập nhật lúc` names, in `timeZone`. A date cell reaches the core as an ISO instant
 * (`2023-07-05T16:59:59.000Z`), placed in the zone; a time typed as text (`05/07/2023 09:15`,
 * `2023-07-05 09:15`) is already the zone's wall time. Anything else is null.
 */
export function submittedDay(updatedAt: string, timeZone: string, memo?: DayMemo): CalendarDate | null {
  const text = updatedAt.trim();
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    const at = new Date(text);
    if (Number.isNaN(at.getTime())) return null;
    return memo ? memoDayIn(at, timeZone, memo) : dayIn(at, timeZone);
  }
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  if (m) return validDay(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

/** The due day of a month's figures: day `dueDay` of the next month. */
export function dueDate(month: MonthKey, dueDay: number): CalendarDate {
  const [y, m] = month.split("-").map(Number);
  return m === 12 ? { year: y + 1, month: 1, day: dueDay } : { year: y, month: m + 1, day: dueDay };
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / DAY_MS);
}

export interface PunctualityOptions {
  /** The spreadsheet's time zone (the CLI's is its workbook's reading zone). */
  timeZone: string;
  /** Today in that zone: a month whose due day has not passed is not yet missing. Absent = every month is due. */
  today?: CalendarDate;
}

/** Each active unit's punctuality over `months` (calendar order), in `Đơn vị` order. */
export function buildPunctuality(model: Model, months: MonthKey[], options: PunctualityOptions): Punctuality {
  const dueDay = model.settings.dueDay;
  const column = new Map(months.map((m, i) => [m, i]));
  const stamps = new Map<string, (string | undefined)[]>();
  for (const r of model.records) {
    const i = column.get(r.period);
    if (i === undefined) continue;
    let row = stamps.get(r.unitId);
    if (!row) {
      row = new Array(months.length);
      stamps.set(r.unitId, row);
    }
    row[i] = r.updatedAt;
  }
  const dues = months.map((m) => dueDate(m, dueDay));
  const memo: DayMemo = new Map();
  const passed = dues.map((d) => options.today === undefined || daysBetween(d, options.today) > 0);
  const units = model.units
    .filter((u) => u.active)
    .map((u): UnitPunctuality => {
      const row = stamps.get(u.id);
      const counts = { onTime: 0, late: 0, missing: 0 };
      const cells = months.map((_, i): PunctualityCell => {
        const stamp = row?.[i];
        if (stamp === undefined) {
          if (!passed[i]) return { status: "notDue" };
          counts.missing++;
          return { status: "missing" };
        }
        const submitted = submittedDay(stamp, options.timeZone, memo);
        if (!submitted) return { status: "unknown" };
        const days = daysBetween(dues[i], submitted);
        if (days <= 0) {
          counts.onTime++;
          return { status: "onTime", submitted };
        }
        counts.late++;
        return { status: "late", days, submitted };
      });
      const due = counts.onTime + counts.late + counts.missing;
      return {
        unitId: u.id,
        unitName: u.name,
        group: u.group,
        cells,
        ...counts,
        rate: due > 0 ? counts.onTime / due : null,
      };
    });
  return { months, dueDay, units };
}
