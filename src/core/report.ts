// The ranking report of one period: groups ranked, previous ranks, laggard lists, non-reporters.
import { findLaggards, type LaggardList } from "./laggards";
import { formatPeriod, monthsIn, type Period, previousPeriod } from "./periods";
import { type GroupRanking, type RankedUnit, rankGroups } from "./ranking";
import type { Indicator, Model } from "./schemas";
import { pillarsOf, scoreUnits } from "./unit-scores";

export interface ReportUnit extends RankedUnit {
  previousRank: number | null;
  /** Places gained since the previous period (positive = moved up); null when unknown. */
  change: number | null;
  /** IDs of the indicators in which the unit is a laggard. */
  laggardIn: string[];
}

export interface Report {
  period: Period;
  periodKey: string;
  indicators: Indicator[];
  pillars: string[];
  groups: { group: string; ranking: ReportUnit[] }[];
  laggards: LaggardList[];
  notReported: { unitId: string; unitName: string }[];
  /** Units named in at least one laggard list. */
  laggardUnitCount: number;
  decimals: number;
}

export function hasDataFor(model: Model, period: Period): boolean {
  const months = new Set(monthsIn(period));
  return model.records.some((r) => months.has(r.period));
}

function rankPeriod(model: Model, period: Period): { groups: GroupRanking[]; scores: ReturnType<typeof scoreUnits> } {
  const scores = scoreUnits(model, period);
  return { scores, groups: rankGroups(scores, model.settings.decimals, model.settings.bands) };
}

export function buildReport(model: Model, period: Period): Report {
  const { scores, groups } = rankPeriod(model, period);

  // Previous rank: the rank in the previous period of the same kind, for units that reported then.
  const prev = previousPeriod(period);
  const previousRanks = new Map<string, number>();
  if (hasDataFor(model, prev)) {
    for (const g of rankPeriod(model, prev).groups) {
      for (const u of g.ranking) if (u.reported && u.rank !== null) previousRanks.set(u.unit.id, u.rank);
    }
  }

  const laggards = findLaggards(model.indicators, scores);
  const laggardIn = new Map<string, string[]>();
  for (const list of laggards) {
    for (const e of list.units) laggardIn.set(e.unitId, [...(laggardIn.get(e.unitId) ?? []), list.indicator.id]);
  }

  return {
    period,
    periodKey: formatPeriod(period),
    indicators: model.indicators,
    pillars: pillarsOf(model.indicators),
    groups: groups.map((g) => ({
      group: g.group,
      ranking: g.ranking.map((u) => {
        const previousRank = previousRanks.get(u.unit.id) ?? null;
        // A unit that did not report has no movement to show: its 0 % is not a fall.
        const change = previousRank !== null && u.rank !== null && u.reported ? previousRank - u.rank : null;
        return { ...u, previousRank, change, laggardIn: laggardIn.get(u.unit.id) ?? [] };
      }),
    })),
    laggards,
    notReported: scores.filter((s) => !s.reported).map((s) => ({ unitId: s.unit.id, unitName: s.unit.name })),
    laggardUnitCount: laggardIn.size,
    decimals: model.settings.decimals,
  };
}

export type JsonValue = number | boolean;

/** A period value as `--json` prints it: fractions for percents, booleans for yes/no. */
export function rawValue(indicator: Indicator, value: number): JsonValue {
  if (indicator.type === "boolean" && (value === 0 || value === 1)) return value === 1;
  return value;
}

/** The exact `--json` shape of design §5. */
export function reportToJson(report: Report) {
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
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
  };
}
