// Reporting periods: a month `2023-06`, a quarter `2023-Q2`, a year `2023` (design §4).

export type Period =
  | { kind: "month"; year: number; month: number }
  | { kind: "quarter"; year: number; quarter: number }
  | { kind: "year"; year: number };

export type PeriodKind = Period["kind"];

/** A month key, the canonical text form of a month: `2023-06`. */
export type MonthKey = string;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

function validYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

export function monthKey(year: number, month: number): MonthKey {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Parses the period forms users type: `2023-06`, `06/2023`, `6/2023`, `2023-Q2`, `Q2/2023`,
 * `quý 2/2023`, `2023`. Returns null for anything else, never a guess.
 */
export function parsePeriod(text: string): Period | null {
  const s = String(text).normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
  let m = /^(\d{4})-(\d{1,2})$/.exec(s) ?? /^(?:tháng |month )?(\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [year, month] = m[1].length === 4 ? [a, b] : [b, a];
    return validYear(year) && month >= 1 && month <= 12 ? { kind: "month", year, month } : null;
  }
  m = /^(\d{4})-?q([1-4])$/.exec(s) ?? /^(?:q|quý |quy |quarter )([1-4])[/ -](\d{4})$/.exec(s);
  if (m) {
    const year = Number(m[1].length === 4 ? m[1] : m[2]);
    const quarter = Number(m[1].length === 4 ? m[2] : m[1]);
    return validYear(year) ? { kind: "quarter", year, quarter } : null;
  }
  m = /^(?:năm |year )?(\d{4})$/.exec(s);
  if (m) {
    const year = Number(m[1]);
    return validYear(year) ? { kind: "year", year } : null;
  }
  return null;
}

export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case "month":
      return monthKey(p.year, p.month);
    case "quarter":
      return `${p.year}-Q${p.quarter}`;
    case "year":
      return String(p.year);
  }
}

/** The previous period of the same kind: 2023-01 → 2022-12, 2023-Q1 → 2022-Q4, 2023 → 2022. */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case "month":
      return p.month === 1 ? { kind: "month", year: p.year - 1, month: 12 } : { ...p, month: p.month - 1 };
    case "quarter":
      return p.quarter === 1 ? { kind: "quarter", year: p.year - 1, quarter: 4 } : { ...p, quarter: p.quarter - 1 };
    case "year":
      return { kind: "year", year: p.year - 1 };
  }
}

/** The next period of the same kind: 2023-12 → 2024-01, 2023-Q4 → 2024-Q1, 2023 → 2024. */
export function nextPeriod(p: Period): Period {
  switch (p.kind) {
    case "month":
      return p.month === 12 ? { kind: "month", year: p.year + 1, month: 1 } : { ...p, month: p.month + 1 };
    case "quarter":
      return p.quarter === 4 ? { kind: "quarter", year: p.year + 1, quarter: 1 } : { ...p, quarter: p.quarter + 1 };
    case "year":
      return { kind: "year", year: p.year + 1 };
  }
}

/** The month keys inside a period, in calendar order. */
export function monthsIn(p: Period): MonthKey[] {
  const [first, count] = p.kind === "month" ? [p.month, 1] : p.kind === "quarter" ? [p.quarter * 3 - 2, 3] : [1, 12];
  return Array.from({ length: count }, (_, i) => monthKey(p.year, first + i));
}

/** The month before a given year/month, e.g. the last complete month when today is in `month`. */
export function monthBefore(year: number, month: number): Period {
  return previousPeriod({ kind: "month", year, month });
}

/** The last month of a period, e.g. to tell whether a period lies in the future. */
export function lastMonthOf(p: Period): MonthKey {
  const months = monthsIn(p);
  return months[months.length - 1];
}

/** The quarter that ended with the given month, or null if the month does not end a quarter. */
export function quarterEndingIn(p: Period): Period | null {
  return p.kind === "month" && p.month % 3 === 0 ? { kind: "quarter", year: p.year, quarter: p.month / 3 } : null;
}
