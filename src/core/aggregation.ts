// Period values: how a unit's monthly figures combine into a month, quarter or year value.
import { denKey, numKey } from "./indicators";
import { monthsIn, type Period } from "./periods";
import type { Figure, Indicator, MonthlyRecord } from "./schemas";

/** Yes/no figures count as 1 and 0 so that every aggregation works on numbers. */
function numeric(f: Figure): number | null {
  if (f === null) return null;
  return typeof f === "boolean" ? (f ? 1 : 0) : f;
}

/** The `Kỳ` keys of a period's rows: its months, and for a year the year's own row (yearly indicators). */
export function rowKeysOf(period: Period): string[] {
  const months = monthsIn(period);
  return period.kind === "year" ? [String(period.year), ...months] : months;
}

/** Records of one period, indexed by unit; each unit's rows in calendar order (a year row first). */
export interface PeriodRecords {
  byUnit: Map<string, MonthlyRecord[]>;
  months: string[];
}

export function recordsOfPeriod(records: MonthlyRecord[], period: Period): PeriodRecords {
  const months = monthsIn(period);
  const wanted = new Set(rowKeysOf(period));
  const byUnit = new Map<string, MonthlyRecord[]>();
  for (const r of records) {
    if (!wanted.has(r.period)) continue;
    const list = byUnit.get(r.unitId);
    if (list) list.push(r);
    else byUnit.set(r.unitId, [r]);
  }
  for (const list of byUnit.values()) {
    if (list.length > 1) list.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  }
  return { byUnit, months };
}

/**
 * The unit's value of an indicator over the period, or null when no row has it. A ratio pools its
 * rows: Σ tử ÷ Σ mẫu (April 90/100, May 10/10, June 0/890 → 10 %); a mẫu of 0 is a missing value.
 */
export function periodValue(unitRecords: MonthlyRecord[], indicator: Indicator): number | null {
  if (indicator.type === "ratio") return pooledRatio(unitRecords, indicator.id);
  // Mean, sum, max and last in one pass, with no array per unit and indicator: for a year of 5,000
  // units × 40 indicators those arrays were much of the garbage collector's work.
  const id = indicator.id;
  let count = 0;
  let sum = 0;
  let max = Number.NEGATIVE_INFINITY;
  let last = 0;
  for (const r of unitRecords) {
    const v = numeric(r.values[id] ?? null);
    if (v === null) continue;
    count++;
    sum += v;
    if (v > max) max = v;
    last = v;
  }
  if (count === 0) return null;
  switch (indicator.aggregation) {
    case "mean":
      return sum / count;
    case "sum":
      return sum;
    case "max":
      return max;
    case "last":
      return last;
  }
}

function pooledRatio(unitRecords: MonthlyRecord[], id: string): number | null {
  let num = 0;
  let den = 0;
  // The keys once, not per row: 5,000 units × 10 ratios × 13 rows add up (bench/index-province.ts).
  const [nk, dk] = [numKey(id), denKey(id)];
  for (const r of unitRecords) {
    const n = numeric(r.values[nk] ?? null);
    const d = numeric(r.values[dk] ?? null);
    if (n === null || d === null) continue;
    num += n;
    den += d;
  }
  return den > 0 ? num / den : null;
}
