// Laggards: per indicator with a threshold, the units whose value is worse, worst first (design §4).
// Each unit is judged against its own group's threshold, on the indicators that apply to it (§9).
import { appliesToGroup, levelShare, resolveFor } from "./indicators";
import type { Indicator } from "./schemas";
import type { UnitScore } from "./unit-scores";

export interface LaggardEntry {
  unitId: string;
  unitName: string;
  group: string;
  /** The period value (yes/no as 1/0, a choice as the index of its level). */
  value: number;
  /** The threshold the unit was judged against: its group's. */
  threshold: number;
}

export interface LaggardList {
  indicator: Indicator;
  units: LaggardEntry[];
}

/** How good a value is, so that "worse" is one comparison: a choice by the share of its level. */
export function merit(indicator: Indicator, value: number): number {
  return indicator.type === "choice" ? levelShare(indicator.levels ?? [], "choice", value) : value;
}

/** `indicator` must be resolved for the unit's group (see `resolveFor`). */
export function isWorseThanThreshold(indicator: Indicator, value: number): boolean {
  if (indicator.threshold === null) return false;
  const v = merit(indicator, value);
  const th = merit(indicator, indicator.threshold);
  return indicator.direction === "lower" ? v > th : v < th;
}

function hasThreshold(ind: Indicator): boolean {
  if (ind.threshold !== null) return true;
  return ind.byGroup !== null && Object.values(ind.byGroup).some((g) => g.threshold != null);
}

/**
 * One list per indicator that has a threshold for some group. `scores` must be in `Đơn vị` order,
 * which breaks ties. Units that did not report and missing values are never listed: nothing is
 * known of them. `indicators` must be those of the period (see `inPeriodKind`).
 */
export function findLaggards(indicators: Indicator[], scores: UnitScore[]): LaggardList[] {
  const lists = indicators.filter(hasThreshold).map((indicator) => ({
    indicator,
    /** The indicator resolved for each group met (its own threshold). */
    resolved: new Map<string, Indicator>(),
    entries: [] as { order: number; merit: number; entry: LaggardEntry }[],
  }));
  // Unit by unit, each unit's indicators together: one pass over the units, not one per indicator,
  // which at 5,000 units is memory-bound.
  scores.forEach((s, order) => {
    if (!s.reported) return;
    const group = s.unit.group;
    for (const l of lists) {
      if (!appliesToGroup(l.indicator, group)) continue;
      let ind = l.resolved.get(group);
      if (!ind) {
        ind = resolveFor(l.indicator, group);
        l.resolved.set(group, ind);
      }
      const value = s.values[l.indicator.id] ?? null;
      if (value === null || ind.threshold === null || !isWorseThanThreshold(ind, value)) continue;
      const entry = { unitId: s.unit.id, unitName: s.unit.name, group, value, threshold: ind.threshold };
      l.entries.push({ order, merit: merit(ind, value), entry });
    }
  });
  return lists.map(({ indicator, entries }) => {
    const sign = indicator.direction === "lower" ? -1 : 1;
    entries.sort((a, b) => sign * (a.merit - b.merit) || a.order - b.order);
    return { indicator, units: entries.map((e) => e.entry) };
  });
}
