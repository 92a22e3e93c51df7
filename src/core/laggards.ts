// Laggards: per indicator with a threshold, the units whose value is worse, worst first (design §4).
import type { Indicator } from "./schemas";
import type { UnitScore } from "./unit-scores";

export interface LaggardEntry {
  unitId: string;
  unitName: string;
  /** The period value (yes/no as 1/0). */
  value: number;
}

export interface LaggardList {
  indicator: Indicator;
  units: LaggardEntry[];
}

export function isWorseThanThreshold(indicator: Indicator, value: number): boolean {
  if (indicator.threshold === null) return false;
  return indicator.direction === "lower" ? value > indicator.threshold : value < indicator.threshold;
}

/**
 * One list per indicator that has a threshold. `scores` must be in `Đơn vị` order, which breaks
 * ties. Units that did not report and missing values are never listed: nothing is known of them.
 */
export function findLaggards(indicators: Indicator[], scores: UnitScore[]): LaggardList[] {
  return indicators
    .filter((i) => i.threshold !== null)
    .map((indicator) => {
      const entries = scores.flatMap((s, order) => {
        const value = s.values[indicator.id];
        if (!s.reported || value === null || !isWorseThanThreshold(indicator, value)) return [];
        return [{ order, entry: { unitId: s.unit.id, unitName: s.unit.name, value } }];
      });
      const sign = indicator.direction === "lower" ? -1 : 1;
      entries.sort((a, b) => sign * (a.entry.value - b.entry.value) || a.order - b.order);
      return { indicator, units: entries.map((e) => e.entry) };
    });
}
