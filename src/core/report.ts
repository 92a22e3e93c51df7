// The ranking report of one period: groups ranked, previous ranks, laggard lists, non-reporters.
import { periodValue, recordsOfPeriod, rowKeysOf } from "./aggregation";
import { type FollowUp, type FollowUpStatus, followUp } from "./follow-up";
import type { History } from "./history";
import { indicatorsFor, inPeriodKind } from "./indicators";
import { findLaggards, isWorseThanThreshold, type LaggardList } from "./laggards";
import { roundTo } from "./numbers";
import { formatPeriod, type Period, previousPeriod } from "./periods";
import { type GroupRanking, type RankedUnit, rankGroups } from "./ranking";
import { countReviews, type ReviewCounts, reviewedModel, reviewInPeriod, reviewItems, reviewKey } from "./review";
import type { Indicator, Model, Unit } from "./schemas";
import { mainIndexesOf, pillarsOf, scoreUnits } from "./unit-scores";

export interface ReportUnit extends RankedUnit {
  previousRank: number | null;
  /** Places gained since the previous period (positive = moved up); null when unknown. */
  change: number | null;
  /** IDs of the indicators in which the unit is a laggard. */
  laggardIn: string[];
  /**
   * The % score on the unit's own figures (tự đánh giá), rounded like the score; equal to it
   * unless the office adjusted one of its figures of the period.
   */
  selfScore: number | null;
  /** IDs of the indicators with a figure of the period adjusted by the office (điều chỉnh). */
  adjustedIn: string[];
  /** The unit's review items of the period still waiting for the office. */
  pendingReviews: number;
  /**
   * How many periods of this kind in a row, this one included, the unit has been named a laggard
   * (0 when it is not one now; 2 = named last period too, the second notice). Counted up to 12.
   */
  laggardStreak: number;
}

export interface Report {
  period: Period;
  periodKey: string;
  /** The indicators of the period (yearly ones only in a year), as written in `Chỉ tiêu`. */
  indicators: Indicator[];
  pillars: string[];
  mainIndexes: string[];
  /** Each group with its own indicators, resolved for it (its points, targets, thresholds). */
  groups: { group: string; indicators: Indicator[]; ranking: ReportUnit[] }[];
  laggards: LaggardList[];
  notReported: { unitId: string; unitName: string }[];
  /** Units named in at least one laggard list. */
  laggardUnitCount: number;
  decimals: number;
  /** The review's state for the period's figures; null when the office does not review it (no `Thẩm định` row in it). */
  review: ReviewCounts | null;
  /** What became of the previous period's laggards (design §13); null when that period has no figures. */
  followUp: FollowUp | null;
}

/** How far back a laggard's run of periods is counted. */
export const MAX_STREAK = 12;

export function hasDataFor(model: Model, period: Period): boolean {
  const keys = new Set(rowKeysOf(period));
  return model.records.some((r) => keys.has(r.period));
}

function rankPeriod(model: Model, period: Period): { groups: GroupRanking[]; scores: ReturnType<typeof scoreUnits> } {
  const scores = scoreUnits(model, period);
  return { scores, groups: rankGroups(scores, model.settings.decimals, model.settings.bands) };
}

/**
 * The period's ranking, on the reviewed figures: where the office adjusted a figure (design §10)
 * its value is used, and each unit's score on its own figures is kept beside as `selfScore`.
 */
export function buildReport(selfModel: Model, period: Period): Report {
  const { model, adjusted } = reviewedModel(selfModel);
  const { scores, groups } = rankPeriod(model, period);
  const items = reviewInPeriod(selfModel, period) ? reviewItems(selfModel, period) : [];
  const adjustedIn = new Map<string, string[]>();
  const pending = new Map<string, number>();
  for (const item of items) {
    if (adjusted.has(reviewKey(item.period, item.unitId, item.indicatorId)))
      adjustedIn.set(item.unitId, [...new Set([...(adjustedIn.get(item.unitId) ?? []), item.indicatorId])]);
    if (item.status === "pending") pending.set(item.unitId, (pending.get(item.unitId) ?? 0) + 1);
  }
  // The self-assessed scores differ only where an adjusted figure lies in the period.
  const selfScores = new Map<string, number | null>();
  if (adjustedIn.size > 0) {
    for (const s of scoreUnits(selfModel, period))
      selfScores.set(s.unit.id, s.score === null ? null : roundTo(s.score, model.settings.decimals));
  }

  const indicators = model.indicators.filter((i) => inPeriodKind(i, period.kind));
  const laggards = findLaggards(indicators, scores);
  const laggardIn = new Map<string, string[]>();
  for (const list of laggards) {
    for (const e of list.units) laggardIn.set(e.unitId, [...(laggardIn.get(e.unitId) ?? []), list.indicator.id]);
  }

  // Previous rank: the rank in the previous period of the same kind, for units that reported then;
  // and what became of that period's laggards.
  const prev = previousPeriod(period);
  const previousRanks = new Map<string, number>();
  let follow: FollowUp | null = null;
  const streaks = new Map<string, number>([...laggardIn.keys()].map((id) => [id, 1]));
  if (hasDataFor(model, prev)) {
    const previous = rankPeriod(model, prev);
    for (const g of previous.groups) {
      for (const u of g.ranking) if (u.reported && u.rank !== null) previousRanks.set(u.unit.id, u.rank);
    }
    const previousLaggards = findLaggards(indicators, previous.scores);
    follow = followUp(prev, previousLaggards, indicators, scores);
    countStreaks(model, prev, indicators, previousLaggards, streaks);
  }

  return {
    period,
    periodKey: formatPeriod(period),
    indicators,
    pillars: pillarsOf(indicators),
    mainIndexes: mainIndexesOf(indicators),
    groups: groups.map((g) => ({
      group: g.group,
      indicators: indicatorsFor(model.indicators, g.group, period.kind),
      ranking: g.ranking.map((u) => {
        const previousRank = previousRanks.get(u.unit.id) ?? null;
        // A unit that did not report has no movement to show: its 0 % is not a fall.
        const change = previousRank !== null && u.rank !== null && u.reported ? previousRank - u.rank : null;
        return {
          ...u,
          previousRank,
          change,
          laggardIn: laggardIn.get(u.unit.id) ?? [],
          selfScore: selfScores.has(u.unit.id) ? selfScores.get(u.unit.id)! : u.roundedScore,
          adjustedIn: adjustedIn.get(u.unit.id) ?? [],
          pendingReviews: pending.get(u.unit.id) ?? 0,
          laggardStreak: streaks.get(u.unit.id) ?? 0,
        };
      }),
    })),
    laggards,
    notReported: scores.filter((s) => !s.reported).map((s) => ({ unitId: s.unit.id, unitName: s.unit.name })),
    laggardUnitCount: laggardIn.size,
    decimals: model.settings.decimals,
    review: reviewInPeriod(selfModel, period) ? countReviews(items) : null,
    followUp: follow,
  };
}

/**
 * Lengthens each current laggard's run by the earlier periods it was named in, going back one
 * period at a time while some run is still unbroken. The previous period's lists are at hand; an
 * earlier period is judged only for the units still running, on their values alone (no scores):
 * at 5,000 units a full ranking per period back would cost more than the report itself.
 */
function countStreaks(
  model: Model,
  previous: Period,
  indicators: Indicator[],
  previousLaggards: LaggardList[],
  streaks: Map<string, number>,
): void {
  const named = new Set(previousLaggards.flatMap((l) => l.units.map((e) => e.unitId)));
  const unitsById = new Map(model.units.map((u) => [u.id, u]));
  let running = [...streaks.keys()].filter((id) => named.has(id)).map((id) => unitsById.get(id)!);
  let period = previous;
  for (let length = 2; running.length > 0; length++) {
    for (const u of running) streaks.set(u.id, length);
    period = previousPeriod(period);
    if (length >= MAX_STREAK || !hasDataFor(model, period)) return;
    running = namedAmong(model, period, indicators, running);
  }
}

/** Which of `units` are worse than a threshold of theirs in the period (as `findLaggards` names them). */
function namedAmong(model: Model, period: Period, indicators: Indicator[], units: Unit[]): Unit[] {
  const { byUnit } = recordsOfPeriod(model.records, period);
  const withThreshold = new Map<string, Indicator[]>();
  return units.filter((u) => {
    const recs = byUnit.get(u.id);
    if (!recs?.length) return false;
    let list = withThreshold.get(u.group);
    if (!list) {
      list = indicatorsFor(indicators, u.group, period.kind).filter((i) => i.threshold !== null);
      withThreshold.set(u.group, list);
    }
    return list.some((ind) => {
      const v = periodValue(recs, ind);
      return v !== null && isWorseThanThreshold(ind, v);
    });
  });
}

export type JsonValue = number | boolean | string;

/** A period value as `--json` prints it: fractions for percents and ratios, booleans for yes/no, a choice's label. */
export function rawValue(indicator: Indicator, value: number): JsonValue {
  if (indicator.type === "boolean" && (value === 0 || value === 1)) return value === 1;
  if (indicator.type === "choice") return indicator.levels?.[value]?.label ?? value;
  return value;
}

/** Pillar and main-index sub-scores, rounded like the score; null where the unit has nothing to score. */
function subScores(u: ReportUnit, decimals: number): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const [name, s] of Object.entries({ ...u.pillarScores, ...u.mainIndexScores }))
    out[name] = s === null ? null : roundTo(s, decimals);
  return out;
}

/** A figure or a sum of points as `--json` prints it: 6 decimals at most. */
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** The exact `--json` shape of design §5, with `maxPoints` and `subScores` of §9 and `selfScore` of §10. */
export function reportToJson(report: Report) {
  return {
    period: report.periodKey,
    groups: report.groups.map((g) => ({
      group: g.group,
      ranking: g.ranking.map((u) => ({
        rank: u.rank,
        unitId: u.unit.id,
        unitName: u.unit.name,
        score: u.roundedScore,
        points: u.score === null ? null : round(u.earned),
        band: u.band,
        previousRank: u.previousRank,
        reported: u.reported,
        maxPoints: round(u.maxPoints),
        subScores: subScores(u, report.decimals),
        selfScore: u.selfScore,
      })),
    })),
    laggards: report.laggards.map((l) => ({
      indicatorId: l.indicator.id,
      indicatorName: l.indicator.name,
      units: l.units.map((e) => ({
        unitId: e.unitId,
        unitName: e.unitName,
        value: rawValue(l.indicator, round(e.value)),
      })),
    })),
    notReported: report.notReported,
    /** Counts of the period's review items (design §10); null when the office does not review. */
    review: report.review,
  };
}

/**
 * The follow-up of the previous period's laggards as `--json` prints it (design §13): the counts by
 * status, then each case with its values as the laggards' `value` (fractions for percents, booleans
 * for yes/no, a choice's label; null when the unit gave none). The `trend` command passes one
 * unit's entries.
 */
export function followUpToJson(f: Pick<FollowUp, "previousKey" | "entries"> | null) {
  if (f === null) return null;
  const counts: Record<FollowUpStatus, number> = { fixed: 0, improved: 0, notFixed: 0, notReported: 0 };
  for (const e of f.entries) counts[e.status]++;
  return {
    previousPeriod: f.previousKey,
    counts,
    cases: f.entries.map((e) => ({
      unitId: e.unitId,
      unitName: e.unitName,
      indicatorId: e.indicator.id,
      indicatorName: e.indicator.name,
      previousValue: rawValue(e.indicator, round(e.previousValue)),
      value: e.value === null ? null : rawValue(e.indicator, round(e.value)),
      status: e.status,
    })),
  };
}

/**
 * Each active unit's months (the 12 ending with the period's last that have figures): % score, rank
 * in its group, whether it reported; and its on-time rate over them (a fraction; null when no month
 * was due).
 */
export function trendToJson(history: History) {
  const rates = new Map(history.punctuality.units.map((u) => [u.unitId, u.rate]));
  return history.trends.units.map((u) => {
    const rate = rates.get(u.unitId) ?? null;
    return {
      unitId: u.unitId,
      unitName: u.unitName,
      months: u.points.map((p) => ({ period: p.period, score: p.score, rank: p.rank, reported: p.reported })),
      onTimeRate: rate === null ? null : round(rate),
    };
  });
}

/**
 * What `rank --json` prints: every field of `reportToJson`, then `followUp` (null when the previous
 * period of the same kind has no figures) and `trend` (design §13).
 */
export function rankToJson(report: Report, history: History) {
  return { ...reportToJson(report), followUp: followUpToJson(report.followUp), trend: trendToJson(history) };
}
