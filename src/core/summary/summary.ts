// The committee summary of one period, in the settings language: counts, each group's top and
// bottom units, one letter-style sentence per laggard list, the units that did not report.
import { periodLabel } from "../labels";
import { t } from "../messages";
import { formatNumber } from "../numbers";
import type { Report, ReportUnit } from "../report";
import type { Language, Settings } from "../schemas";
import type { ChartBar } from "./chart";
import { type LaggardSentence, laggardSentence } from "./laggard-sentences";
import { oneLine, safeHttpUrl } from "./mail";
import { type ValueFormat, valueFormatter } from "./memo";

export interface SummaryRow {
  unitId: string;
  unitName: string;
  rank: number | null;
  /** Rounded % score, or null. */
  score: number | null;
  /** `89,92%` (vi) / `89.92%` (en), or `—`. */
  scoreText: string;
  band: string | null;
  /** Index of the band in the settings (0 = best), for colours. */
  bandIndex: number | null;
  /** `▲2`, `▼1`, `=`, `mới` / `new`, or `—`. */
  change: string;
  reported: boolean;
}

export interface SummaryGroup {
  group: string;
  /** Units of the group, reported or not. */
  size: number;
  top: SummaryRow[];
  /** The last ranked units, never repeating one of `top`. */
  bottom: SummaryRow[];
  /** Every unit of the group in rank order, for the chart. */
  bars: ChartBar[];
  /** `Xếp loại: Dẫn dắt 11, Nâng cao 10, …, Chưa báo cáo 1.` */
  distribution: string;
}

export interface SummaryCounts {
  /** Active units. */
  total: number;
  /** Units that reported and have a rank. */
  ranked: number;
  /** Units named in at least one laggard list. */
  laggards: number;
  notReported: number;
}

export interface Summary {
  lang: Language;
  periodKey: string;
  /** `tháng 06/2023` / `June 2023`. */
  periodText: string;
  subject: string;
  title: string;
  counts: SummaryCounts;
  /** Band names, best first, and their lower bounds in %. */
  bands: { name: string; min: number }[];
  groups: SummaryGroup[];
  laggards: LaggardSentence[];
  notReported: { unitId: string; unitName: string }[];
  spreadsheetUrl: string | null;
}

export interface SummaryOptions {
  spreadsheetUrl?: string;
  /** Units shown at each end of a group. */
  topCount?: number;
  /** Units named per laggard sentence; the rest are counted (MailApp bodies are limited in size). */
  listLimit?: number;
}

export const DEFAULT_LIST_LIMIT = 30;

/** Whether the previous period was ranked at all: without it, no unit is "new". */
export function previousKnown(report: Report): boolean {
  return report.groups.some((g) => g.ranking.some((u) => u.previousRank !== null));
}

export function changeText(u: ReportUnit, lang: Language, hasPrevious: boolean): string {
  if (!u.reported || u.rank === null) return "—";
  if (u.change === null) return hasPrevious ? t(lang, "changeNew") : "—";
  if (u.change > 0) return `▲${u.change}`;
  if (u.change < 0) return `▼${-u.change}`;
  return "=";
}

export function scoreText(score: number | null, lang: Language, decimals: number): string {
  return score === null ? "—" : `${formatNumber(score, lang, decimals)}%`;
}

function isRanked(u: ReportUnit): boolean {
  return u.reported && u.rank !== null;
}

export function buildSummary(report: Report, settings: Settings, options: SummaryOptions = {}): Summary {
  return summaryWith(report, settings, options, valueFormatter(settings.language));
}

/** `buildSummary` writing its figures with `format`, a memo shared with the notices of the outbox. */
export function summaryWith(report: Report, settings: Settings, options: SummaryOptions, format: ValueFormat): Summary {
  const lang = settings.language;
  const topCount = options.topCount ?? 3;
  const hasPrevious = previousKnown(report);
  const bandIndex = (band: string | null) => {
    const i = band === null ? -1 : settings.bands.findIndex((b) => b.name === band);
    return i < 0 ? null : i;
  };
  const row = (u: ReportUnit): SummaryRow => ({
    unitId: u.unit.id,
    unitName: u.unit.name,
    rank: u.rank,
    score: u.roundedScore,
    scoreText: scoreText(u.roundedScore, lang, report.decimals),
    band: u.band,
    bandIndex: bandIndex(u.band),
    change: changeText(u, lang, hasPrevious),
    reported: u.reported,
  });

  const groups = report.groups.map((g): SummaryGroup => {
    // Units that did not report have their own list; the ends of a group are the ranked units.
    const ranked = g.ranking.filter(isRanked);
    const top = ranked.slice(0, topCount);
    const bottom = ranked.slice(Math.max(top.length, ranked.length - topCount));
    const counts = settings.bands.map((b) => ({
      band: b.name,
      count: ranked.filter((u) => u.band === b.name).length,
    }));
    const silent = g.ranking.filter((u) => !u.reported).length;
    if (silent > 0) counts.push({ band: t(lang, "notReported"), count: silent });
    return {
      group: g.group,
      size: g.ranking.length,
      top: top.map(row),
      bottom: bottom.map(row),
      bars: g.ranking.map((u) => ({
        rank: u.reported ? u.rank : null,
        score: u.roundedScore,
        bandIndex: u.reported ? bandIndex(u.band) : null,
        reported: u.reported,
      })),
      distribution: t(lang, "bandDistribution", {
        bands: counts.map((c) => t(lang, "bandCount", { band: c.band, count: c.count })).join(", "),
      }),
    };
  });

  const periodText = periodLabel(report.period, lang);
  const counts: SummaryCounts = {
    total: report.groups.reduce((n, g) => n + g.ranking.length, 0),
    ranked: report.groups.reduce((n, g) => n + g.ranking.filter(isRanked).length, 0),
    laggards: report.laggardUnitCount,
    notReported: report.notReported.length,
  };
  const limit = options.listLimit ?? DEFAULT_LIST_LIMIT;
  return {
    lang,
    periodKey: report.periodKey,
    periodText,
    subject: oneLine(
      t(lang, "summarySubject", {
        period: periodText,
        ranked: counts.ranked,
        laggards: counts.laggards,
        notReported: counts.notReported,
      }),
    ),
    title: t(lang, "summaryTitle", { period: periodText }),
    counts,
    bands: settings.bands.map((b) => ({ name: b.name, min: b.min })),
    groups,
    laggards: report.laggards.filter((l) => l.units.length > 0).map((l) => laggardSentence(l, lang, limit, format)),
    notReported: report.notReported,
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}
