// Each active unit's period values, points per indicator, pillar and main index, and % score
// (design §4, §9). A unit is judged only on the indicators that apply to its group and period.
import { periodValue, recordsOfPeriod } from "./aggregation";
import { indicatorsFor, inPeriodKind } from "./indicators";
import type { Period } from "./periods";
import type { Indicator, Model, MonthlyRecord, Unit } from "./schemas";
import { type GroupStats, groupStats, normalisedScore } from "./scoring";

export interface UnitScore {
  unit: Unit;
  /** The unit has at least one row in `Số liệu` for the period. */
  reported: boolean;
  /** Period values by indicator ID, for the indicators that apply to the unit; null when missing. */
  values: Record<string, number | null>;
  /** Points by scored indicator ID; null when the indicator is left out (bỏ qua and missing). */
  points: Record<string, number | null>;
  earned: number;
  /** The maximum the score is taken over: `maxPoints` less what `bỏ qua` leaves out. */
  possible: number;
  /** The unit's own total: the points of every scored indicator that applies to it ("183,5/220"). */
  maxPoints: number;
  /** Unrounded % score, or null when nothing could be scored. */
  score: number | null;
  /** Unrounded % sub-score per pillar. */
  pillarScores: Record<string, number | null>;
  /** Unrounded % sub-score per main index (`Chỉ số chính`). */
  mainIndexScores: Record<string, number | null>;
}

/** Distinct non-empty values of one level of the hierarchy among scored indicators, in sheet order. */
function namesOf(indicators: Indicator[], level: "pillar" | "mainIndex"): string[] {
  const seen = new Set<string>();
  for (const i of indicators) {
    const name = i[level];
    if (name && i.maxPoints > 0) seen.add(name);
  }
  return [...seen];
}

export const pillarsOf = (indicators: Indicator[]) => namesOf(indicators, "pillar");
export const mainIndexesOf = (indicators: Indicator[]) => namesOf(indicators, "mainIndex");

/** Earned and possible points per name, turned into % sub-scores (null where nothing was possible). */
class SubScores {
  private readonly earned = new Map<string, number>();
  private readonly possible = new Map<string, number>();
  add(name: string | null, points: number, max: number) {
    if (!name) return;
    this.earned.set(name, (this.earned.get(name) ?? 0) + points);
    this.possible.set(name, (this.possible.get(name) ?? 0) + max);
  }
  percents(names: string[]): Record<string, number | null> {
    const out: Record<string, number | null> = {};
    for (const n of names) {
      const p = this.possible.get(n) ?? 0;
      out[n] = p > 0 ? ((this.earned.get(n) ?? 0) / p) * 100 : null;
    }
    return out;
  }
}

/**
 * `byUnit`, when given, is the period's records by unit as `recordsOfPeriod` gives them: a caller
 * scoring many months buckets the records once (see trends.ts).
 */
export function scoreUnits(
  model: Model,
  period: Period,
  byUnit: Map<string, MonthlyRecord[]> = recordsOfPeriod(model.records, period).byUnit,
): UnitScore[] {
  const units = model.units.filter((u) => u.active);
  const skip = model.settings.missing === "skip";
  const inPeriod = model.indicators.filter((i) => inPeriodKind(i, period.kind));
  const pillars = pillarsOf(inPeriod);
  const mainIndexes = mainIndexesOf(inPeriod);
  // Each group's indicators, resolved once: its own points, targets and thresholds.
  const byGroup = new Map<string, Indicator[]>();
  const indicatorsOf = (group: string) => {
    let list = byGroup.get(group);
    if (!list) {
      list = indicatorsFor(model.indicators, group, period.kind);
      byGroup.set(group, list);
    }
    return list;
  };

  const rows = units.map((unit) => {
    const recs = byUnit.get(unit.id) ?? [];
    const values: Record<string, number | null> = {};
    for (const ind of indicatorsOf(unit.group)) values[ind.id] = recs.length ? periodValue(recs, ind) : null;
    return { unit, reported: recs.length > 0, values };
  });

  // Relative and min-max scores compare a unit with the reporting units of its own group.
  const stats = new Map<string, GroupStats | null>();
  const statsKey = (group: string, id: string) => `${group}\u0000${id}`;
  const groupValues = new Map<string, (number | null)[]>();
  for (const r of rows) {
    if (!r.reported) continue;
    for (const ind of indicatorsOf(r.unit.group)) {
      if (ind.scoring !== "relative" && ind.scoring !== "minmax") continue;
      const key = statsKey(r.unit.group, ind.id);
      const list = groupValues.get(key);
      if (list) list.push(r.values[ind.id]);
      else groupValues.set(key, [r.values[ind.id]]);
    }
  }
  for (const [key, vals] of groupValues) stats.set(key, groupStats(vals));

  return rows.map((r) => {
    const points: Record<string, number | null> = {};
    let earned = 0;
    let possible = 0;
    let maxPoints = 0;
    const pillarSub = new SubScores();
    const mainSub = new SubScores();
    for (const ind of indicatorsOf(r.unit.group)) {
      if (ind.maxPoints <= 0) continue;
      maxPoints += ind.maxPoints;
      const v = r.values[ind.id];
      let p: number | null;
      // A unit that did not report scores 0 under `tính 0` and nothing under `bỏ qua`.
      if (v === null || !r.reported) p = skip ? null : 0;
      else p = normalisedScore(ind, v, stats.get(statsKey(r.unit.group, ind.id)) ?? null) * ind.maxPoints;
      points[ind.id] = p;
      if (p === null) continue;
      earned += p;
      possible += ind.maxPoints;
      pillarSub.add(ind.pillar, p, ind.maxPoints);
      mainSub.add(ind.mainIndex, p, ind.maxPoints);
    }
    return {
      ...r,
      points,
      earned,
      possible,
      maxPoints,
      score: possible > 0 ? (earned / possible) * 100 : null,
      pillarScores: pillarSub.percents(pillars),
      mainIndexScores: mainSub.percents(mainIndexes),
    };
  });
}
