// Each unit's % score and rank month by month over the last 12 months (design §13): the records
// are bucketed by month in one pass, then each month is scored and ranked on its own bucket.

import { lastMonthOf, type MonthKey, monthKey, type Period, parsePeriod } from "./periods";
import { rankGroups } from "./ranking";
import { reviewedModel } from "./review";
import type { Model, MonthlyRecord } from "./schemas";
import { scoreUnits } from "./unit-scores";

/** How many months a trend looks back, the month of the period included. */
export const TREND_MONTHS = 12;

export interface TrendPoint {
  period: MonthKey;
  /** The % score rounded like the ranking's; null when the unit has none (not reported under `bỏ qua`). */
  score: number | null;
  rank: number | null;
  reported: boolean;
}

export interface UnitTrend {
  unitId: string;
  unitName: string;
  group: string;
  /** One point per month of `Trends.months`, in calendar order. */
  points: TrendPoint[];
}

export interface Trends {
  /** The months shown: those of the last 12 (ending with the period's last) that have figures. */
  months: MonthKey[];
  /** Active units, in `Đơn vị` order. */
  units: UnitTrend[];
}

/** The 12 months ending with `last`, oldest first. */
export function monthsEndingWith(last: MonthKey, count = TREND_MONTHS): MonthKey[] {
  const p = parsePeriod(last);
  if (p?.kind !== "month") return [];
  const index = p.year * 12 + (p.month - 1);
  return Array.from({ length: count }, (_, i) => {
    const k = index - (count - 1) + i;
    return monthKey(Math.floor(k / 12), (k % 12) + 1);
  });
}

/** The records of the wanted months, by month then by unit; one pass over the records. */
export function recordsByMonth(
  records: MonthlyRecord[],
  months: MonthKey[],
): Map<MonthKey, Map<string, MonthlyRecord[]>> {
  const out = new Map<MonthKey, Map<string, MonthlyRecord[]>>(months.map((m) => [m, new Map()]));
  for (const r of records) {
    const month = out.get(r.period);
    if (!month) continue;
    const list = month.get(r.unitId);
    if (list) list.push(r);
    else month.set(r.unitId, [r]);
  }
  return out;
}

/**
 * Trends for the 12 months ending with the period's last month, on the reviewed figures (as the
 * ranking is). Months without a single figure are left out: the province had not started then.
 */
export function buildTrends(selfModel: Model, period: Period): Trends {
  const { model } = reviewedModel(selfModel);
  const window = monthsEndingWith(lastMonthOf(period));
  const buckets = recordsByMonth(model.records, window);
  const months = window.filter((m) => (buckets.get(m)?.size ?? 0) > 0);
  const { decimals, bands } = model.settings;
  const units = model.units.filter((u) => u.active);
  const points = new Map<string, TrendPoint[]>(units.map((u) => [u.id, []]));
  for (const month of months) {
    const p = parsePeriod(month)!;
    for (const g of rankGroups(
      scoreUnits(model, p, { byUnit: buckets.get(month), scoreOnly: true }),
      decimals,
      bands,
    )) {
      for (const u of g.ranking) {
        points.get(u.unit.id)?.push({ period: month, score: u.roundedScore, rank: u.rank, reported: u.reported });
      }
    }
  }
  return {
    months,
    units: units.map((u) => ({ unitId: u.id, unitName: u.name, group: u.group, points: points.get(u.id) ?? [] })),
  };
}
