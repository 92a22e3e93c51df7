// Normalised scores in [0, 1] for the scoring methods of design §4 and `theo mức` (§9).
import { levelShare } from "./indicators";
import type { Indicator } from "./schemas";

/** Statistics of an indicator's values within one group, for the relative and min-max methods. */
export interface GroupStats {
  min: number;
  max: number;
}

export function groupStats(values: (number | null)[]): GroupStats | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min === Number.POSITIVE_INFINITY ? null : { min, max };
}

const clamp01 = (x: number) => (x < 0 ? 0 : Math.min(x, 1));

/**
 * The normalised score of a value. `stats` is needed by `relative` and `min-max` only.
 * Lower-is-better relative scoring: best / v, where v = 0 is itself the best and scores 1.
 */
export function normalisedScore(indicator: Indicator, value: number, stats: GroupStats | null): number {
  const lower = indicator.direction === "lower";
  switch (indicator.scoring) {
    case "target": {
      const target = indicator.target ?? 0;
      if (!lower) return target <= 0 ? 1 : clamp01(value / target);
      if (value <= target) return 1;
      return value <= 0 ? 1 : clamp01(target / value);
    }
    case "boolean": {
      const yes = clamp01(value);
      return lower ? 1 - yes : yes;
    }
    case "relative": {
      if (!stats) return 1;
      if (!lower) return stats.max <= 0 ? 1 : clamp01(value / stats.max);
      if (value <= 0) return 1;
      return clamp01(Math.max(stats.min, 0) / value);
    }
    case "levels":
      return levelShare(indicator.levels ?? [], indicator.type, value);
    case "minmax": {
      if (!stats || stats.max === stats.min) return 1;
      const s = (value - stats.min) / (stats.max - stats.min);
      return clamp01(lower ? 1 - s : s);
    }
  }
}
