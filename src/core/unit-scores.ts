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

/**
 * One group's indicators for the period, resolved once (its own points, targets and thresholds),
 * with each scored one's place among the group's indicators, the pillars and the main indexes: a
 * unit is then scored with array slots, no string keys or maps per unit × indicator.
 */
interface GroupPlan {
  indicators: Indicator[];
  scored: { ind: Indicator; at: number; pillar: number; mainIndex: number; stats: GroupStats | null }[];
}

/** Earned and possible points per slot, turned into % sub-scores by name (null where nothing was possible). */
function percents(names: string[], earned: number[], possible: number[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  names.forEach((n, k) => {
    out[n] = possible[k] > 0 ? (earned[k] / possible[k]) * 100 : null;
  });
  return out;
}

export interface ScoreOptions {
  /**
   * `byUnit`: the period's records by unit as `recordsOfPeriod` gives them; a caller scoring many
   * months buckets the records once (see trends.ts).
   */
  byUnit?: Map<string, MonthlyRecord[]>;
  /**
   * Only the % score: `values`, `points` and the sub-scores are left empty. Trends score 12 months
   * of every unit and read nothing else; at 5,000 units those records were most of the cost.
   */
  scoreOnly?: boolean;
}

export function scoreUnits(model: Model, period: Period, options: ScoreOptions = {}): UnitScore[] {
  const byUnit = options.byUnit ?? recordsOfPeriod(model.records, period).byUnit;
  const full = !options.scoreOnly;
  const units = model.units.filter((u) => u.active);
  const skip = model.settings.missing === "skip";
  const inPeriod = model.indicators.filter((i) => inPeriodKind(i, period.kind));
  const pillars = full ? pillarsOf(inPeriod) : [];
  const mainIndexes = full ? mainIndexesOf(inPeriod) : [];
  const plans = new Map<string, GroupPlan>();
  for (const u of units) {
    if (!plans.has(u.group))
      plans.set(u.group, { indicators: indicatorsFor(model.indicators, u.group, period.kind), scored: [] });
  }

  // Period values in the order of the unit's group's indicators.
  const rows = units.map((unit) => {
    const recs = byUnit.get(unit.id) ?? [];
    const values = plans.get(unit.group)!.indicators.map((ind) => (recs.length ? periodValue(recs, ind) : null));
    return { unit, reported: recs.length > 0, values };
  });

  // Relative and min-max scores compare a unit with the reporting units of its own group.
  const reporting = new Map<string, (typeof rows)[number][]>();
  for (const r of rows) {
    if (!r.reported) continue;
    const list = reporting.get(r.unit.group);
    if (list) list.push(r);
    else reporting.set(r.unit.group, [r]);
  }
  for (const [group, plan] of plans) {
    plan.indicators.forEach((ind, at) => {
      if (ind.maxPoints <= 0) return;
      const compared = ind.scoring === "relative" || ind.scoring === "minmax";
      const stats = compared ? groupStats((reporting.get(group) ?? []).map((r) => r.values[at])) : null;
      plan.scored.push({
        ind,
        at,
        pillar: ind.pillar ? pillars.indexOf(ind.pillar) : -1,
        mainIndex: ind.mainIndex ? mainIndexes.indexOf(ind.mainIndex) : -1,
        stats,
      });
    });
  }

  return rows.map((r): UnitScore => {
    const plan = plans.get(r.unit.group)!;
    const values: Record<string, number | null> = {};
    if (full)
      plan.indicators.forEach((ind, at) => {
        values[ind.id] = r.values[at];
      });
    const points: Record<string, number | null> = {};
    let earned = 0;
    let possible = 0;
    let maxPoints = 0;
    const pillarEarned = new Array<number>(pillars.length).fill(0);
    const pillarPossible = new Array<number>(pillars.length).fill(0);
    const mainEarned = new Array<number>(mainIndexes.length).fill(0);
    const mainPossible = new Array<number>(mainIndexes.length).fill(0);
    for (const { ind, at, pillar, mainIndex, stats } of plan.scored) {
      maxPoints += ind.maxPoints;
      const v = r.values[at];
      let p: number | null;
      // A unit that did not report scores 0 under `tính 0` and nothing under `bỏ qua`.
      if (v === null || !r.reported) p = skip ? null : 0;
      else p = normalisedScore(ind, v, stats) * ind.maxPoints;
      if (full) points[ind.id] = p;
      if (p === null) continue;
      earned += p;
      possible += ind.maxPoints;
      if (pillar >= 0) {
        pillarEarned[pillar] += p;
        pillarPossible[pillar] += ind.maxPoints;
      }
      if (mainIndex >= 0) {
        mainEarned[mainIndex] += p;
        mainPossible[mainIndex] += ind.maxPoints;
      }
    }
    return {
      unit: r.unit,
      reported: r.reported,
      values,
      points,
      earned,
      possible,
      maxPoints,
      score: possible > 0 ? (earned / possible) * 100 : null,
      pillarScores: percents(pillars, pillarEarned, pillarPossible),
      mainIndexScores: percents(mainIndexes, mainEarned, mainPossible),
    };
  });
}
