// Following up (design §13): every unit × indicator named a laggard in the previous period of the
// same kind, and what became of it — fixed, improved, not fixed, or not reported.
import { appliesToGroup, resolveFor } from "./indicators";
import { isWorseThanThreshold, type LaggardList, merit } from "./laggards";
import { formatPeriod, type Period } from "./periods";
import type { Indicator } from "./schemas";
import type { UnitScore } from "./unit-scores";

/**
 * `fixed` (đã khắc phục): now meets the threshold · `improved` (có tiến bộ): better, not yet meeting
 * it · `notFixed` (chưa khắc phục): the same or worse · `notReported` (chưa báo cáo): no figure.
 */
export type FollowUpStatus = "fixed" | "improved" | "notFixed" | "notReported";

export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ["fixed", "improved", "notFixed", "notReported"];

export interface FollowUpEntry {
  unitId: string;
  unitName: string;
  group: string;
  /** The indicator as the current period has it, resolved for the unit's group (its threshold). */
  indicator: Indicator;
  /** The value for which the unit was named (yes/no as 1/0, a choice as the index of its level). */
  previousValue: number;
  /** The value of the current period; null when the unit gave none. */
  value: number | null;
  /** The threshold the unit was named against in the previous period. */
  previousThreshold: number;
  /** The threshold it is judged against now: the current one (the previous one if the indicator lost its own). */
  threshold: number;
  status: FollowUpStatus;
}

export interface FollowUp {
  previousPeriod: Period;
  previousKey: string;
  /** In the order of the previous period's lists: by indicator, worst first. */
  entries: FollowUpEntry[];
  counts: Record<FollowUpStatus, number>;
  /**
   * Cases no longer followed: the unit was made inactive, or the indicator was removed or no longer
   * applies to the unit's group. They are counted, not judged.
   */
  dropped: number;
}

/** Whether `value` is better than `before` for the indicator (higher or lower, a choice by its level's share). */
function isBetter(indicator: Indicator, value: number, before: number): boolean {
  const [now, then] = [merit(indicator, value), merit(indicator, before)];
  return indicator.direction === "lower" ? now < then : now > then;
}

/**
 * Judges each of the previous period's laggard entries on the current period's scores. A case is
 * judged against the current threshold of the unit's group: when the office changed a threshold
 * between the two periods, the question is whether the unit meets the one in force now.
 * `indicators` are the current period's (see `inPeriodKind`); `current` its unit scores.
 */
export function followUp(
  previousPeriod: Period,
  previousLaggards: LaggardList[],
  indicators: Indicator[],
  current: UnitScore[],
): FollowUp {
  const byUnit = new Map(current.map((s) => [s.unit.id, s]));
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const counts: Record<FollowUpStatus, number> = { fixed: 0, improved: 0, notFixed: 0, notReported: 0 };
  const entries: FollowUpEntry[] = [];
  let dropped = 0;
  // Each indicator resolved once per group, not once per case.
  const resolvedFor = new Map<string, Indicator>();
  const resolve = (ind: Indicator, group: string) => {
    const key = `${ind.id}\u0000${group}`;
    let r = resolvedFor.get(key);
    if (!r) {
      r = resolveFor(ind, group);
      resolvedFor.set(key, r);
    }
    return r;
  };
  for (const list of previousLaggards) {
    for (const e of list.units) {
      const s = byUnit.get(e.unitId);
      const ind = byId.get(list.indicator.id);
      if (!s || !ind || !appliesToGroup(ind, s.unit.group)) {
        dropped++;
        continue;
      }
      const resolved = resolve(ind, s.unit.group);
      const judged = resolved.threshold === null ? { ...resolved, threshold: e.threshold } : resolved;
      const value = s.reported ? (s.values[ind.id] ?? null) : null;
      const status: FollowUpStatus =
        value === null
          ? "notReported"
          : !isWorseThanThreshold(judged, value)
            ? "fixed"
            : isBetter(judged, value, e.value)
              ? "improved"
              : "notFixed";
      counts[status]++;
      entries.push({
        unitId: s.unit.id,
        unitName: s.unit.name,
        group: s.unit.group,
        indicator: judged,
        previousValue: e.value,
        value,
        previousThreshold: e.threshold,
        threshold: judged.threshold as number,
        status,
      });
    }
  }
  return { previousPeriod, previousKey: formatPeriod(previousPeriod), entries, counts, dropped };
}

/** The cases still failing: named in both periods for the same indicator (improved or not fixed). */
export function stillFailing(f: FollowUp): FollowUpEntry[] {
  return f.entries.filter((e) => e.status === "improved" || e.status === "notFixed");
}
