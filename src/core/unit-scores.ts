// Each active unit's period values, points per indicator and pillar, and % score (design §4).
import { periodValue, recordsOfPeriod } from "./aggregation";
import type { Period } from "./periods";
import type { Indicator, Model, Unit } from "./schemas";
import { groupStats, normalisedScore } from "./scoring";

export interface UnitScore {
  unit: Unit;
  /** The unit has at least one row in `Số liệu` for a month of the period. */
  reported: boolean;
  /** Period values by indicator ID; yes/no as 1/0; null when missing. */
  values: Record<string, number | null>;
  /** Points by scored indicator ID; null when the indicator is left out (bỏ qua and missing). */
  points: Record<string, number | null>;
  earned: number;
  possible: number;
  /** Unrounded % score, or null when nothing could be scored. */
  score: number | null;
  /** Unrounded % sub-score per pillar. */
  pillarScores: Record<string, number | null>;
}

export function pillarsOf(indicators: Indicator[]): string[] {
  const seen: string[] = [];
  for (const i of indicators) if (i.pillar && i.maxPoints > 0 && !seen.includes(i.pillar)) seen.push(i.pillar);
  return seen;
}

export function scoreUnits(model: Model, period: Period): UnitScore[] {
  const { byUnit } = recordsOfPeriod(model.records, period);
  const units = model.units.filter((u) => u.active);
  const skip = model.settings.missing === "skip";
  const scored = model.indicators.filter((i) => i.maxPoints > 0);
  const pillars = pillarsOf(model.indicators);

  const rows = units.map((unit) => {
    const recs = byUnit.get(unit.id) ?? [];
    const values: Record<string, number | null> = {};
    for (const ind of model.indicators) values[ind.id] = recs.length ? periodValue(recs, ind) : null;
    return { unit, reported: recs.length > 0, values };
  });

  // Relative and min-max scores compare a unit with the reporting units of its own group.
  const statsByGroup = new Map<string, Map<string, ReturnType<typeof groupStats>>>();
  for (const ind of scored) {
    if (ind.scoring !== "relative" && ind.scoring !== "minmax") continue;
    const byGroup = new Map<string, (number | null)[]>();
    for (const r of rows) {
      if (!r.reported) continue;
      const list = byGroup.get(r.unit.group) ?? [];
      list.push(r.values[ind.id]);
      byGroup.set(r.unit.group, list);
    }
    for (const [group, vals] of byGroup) {
      const m = statsByGroup.get(group) ?? new Map();
      m.set(ind.id, groupStats(vals));
      statsByGroup.set(group, m);
    }
  }

  return rows.map((r) => {
    const points: Record<string, number | null> = {};
    let earned = 0;
    let possible = 0;
    const pillarEarned: Record<string, number> = {};
    const pillarPossible: Record<string, number> = {};
    for (const ind of scored) {
      const v = r.values[ind.id];
      let p: number | null;
      if (v === null) p = skip ? null : 0;
      else p = normalisedScore(ind, v, statsByGroup.get(r.unit.group)?.get(ind.id) ?? null) * ind.maxPoints;
      // A unit that did not report scores 0 under `tính 0` and nothing under `bỏ qua`.
      if (!r.reported) p = skip ? null : 0;
      points[ind.id] = p;
      if (p === null) continue;
      earned += p;
      possible += ind.maxPoints;
      if (ind.pillar) {
        pillarEarned[ind.pillar] = (pillarEarned[ind.pillar] ?? 0) + p;
        pillarPossible[ind.pillar] = (pillarPossible[ind.pillar] ?? 0) + ind.maxPoints;
      }
    }
    const pillarScores: Record<string, number | null> = {};
    for (const pillar of pillars) {
      const pp = pillarPossible[pillar] ?? 0;
      pillarScores[pillar] = pp > 0 ? ((pillarEarned[pillar] ?? 0) / pp) * 100 : null;
    }
    return { ...r, points, earned, possible, score: possible > 0 ? (earned / possible) * 100 : null, pillarScores };
  });
}
