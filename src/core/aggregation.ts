// Period values: how a unit's monthly figures combine into a month, quarter or year value.
import { monthsIn, type Period } from "./periods";
import type { Aggregation, Figure, Indicator, MonthlyRecord } from "./schemas";

/** Yes/no figures count as 1 and 0 so that every aggregation works on numbers. */
function numeric(f: Figure): number | null {
  if (f === null) return null;
  return typeof f === "boolean" ? (f ? 1 : 0) : f;
}

export function aggregate(values: number[], how: Aggregation): number | null {
  if (values.length === 0) return null;
  switch (how) {
    case "mean":
      return values.reduce((a, b) => a + b, 0) / values.length;
    case "sum":
      return values.reduce((a, b) => a + b, 0);
    case "max":
      return Math.max(...values);
    case "last":
      return values[values.length - 1];
  }
}

/** Records of one period, indexed by unit; each unit's months in calendar order. */
export interface PeriodRecords {
  byUnit: Map<string, MonthlyRecord[]>;
  months: string[];
}

export function recordsOfPeriod(records: MonthlyRecord[], period: Period): PeriodRecords {
  const months = monthsIn(period);
  const wanted = new Set(months);
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

/** The unit's value of an indicator over the period, or null when no month has it. */
export function periodValue(unitRecords: MonthlyRecord[], indicator: Indicator): number | null {
  const values: number[] = [];
  for (const r of unitRecords) {
    const v = numeric(r.values[indicator.id] ?? null);
    if (v !== null) values.push(v);
  }
  return aggregate(values, indicator.aggregation);
}
