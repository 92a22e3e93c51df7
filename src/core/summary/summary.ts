// The committee summary of one period, in the settings language: counts, every unit of each group
// in rank order (with its top and bottom ends apart), one letter-style sentence per laggard list,
// the units that did not report.
import { periodLabel } from "../labels";
import { t } from "../messages";
import type { Report, ReportUnit } from "../report";
import type { Language, Settings } from "../schemas";
import { bandIndex, bandName, type ShownBand, shownBands } from "./bands";
import { scoreText } from "./figures";
import { followUpSection, type SummaryFollowUp } from "./follow-up";
import { type LaggardSentence, laggardSentence } from "./laggard-sentences";
import { oneLine, safeHttpUrl } from "./mail";

export interface SummaryRow {
  unitId: string;
  unitName: string;
  rank: number | null;
  /** Rounded % score, or null. */
  score: number | null;
  /** `89,92%` (vi) / `89.92%` (en), or `—`. */
  scoreText: string;
  /**
   * `(tự đánh giá 82,90%)` when the office adjusted one of the unit's figures of the period (its
   * score is then on the reviewed figures); absent otherwise.
   */
  selfText?: string;
  /** The band's name in the e-mail's language, or null. */
  band: string | null;
  /** Index of the band in the settings (0 = best), for colours. */
  bandIndex: number | null;
  /** `▲2`, `▼1`, `=`, `mới` / `new`, or `—`. */
  change: string;
  reported: boolean;
}

export interface SummaryGroup {
  group: string;
  /** Every unit of the group in rank order, reported or not: the chart names them all. */
  units: SummaryRow[];
  top: SummaryRow[];
  /** The last ranked units, never repeating one of `top`. */
  bottom: SummaryRow[];
  /** `Xếp loại: Dẫn dắt 11, Nâng cao 10, …, Chưa báo cáo 1.` */
  distribution: string;
}

export interface SummaryCounts {
  /** Active units. */
  total: number;
  /** Units with figures for the period. */
  reported: number;
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
  bands: ShownBand[];
  groups: SummaryGroup[];
  laggards: LaggardSentence[];
  /** What became of the previous period's laggards (design §13); null when there were none to follow. */
  followUp: SummaryFollowUp | null;
  notReported: { unitId: string; unitName: string }[];
  /** `Thẩm định: 12 mục đạt, …` when the office reviews the period; null otherwise. */
  reviewLine: string | null;
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
function previousKnown(report: Report): boolean {
  return report.groups.some((g) => g.ranking.some((u) => u.previousRank !== null));
}

function changeText(u: ReportUnit, lang: Language, hasPrevious: boolean): string {
  if (!u.reported || u.rank === null) return "—";
  if (u.change === null) return hasPrevious ? t(lang, "changeNew") : "—";
  if (u.change > 0) return `▲${u.change}`;
  if (u.change < 0) return `▼${-u.change}`;
  return "=";
}

const isRanked = (u: ReportUnit) => u.reported && u.rank !== null;

export function buildSummary(report: Report, settings: Settings, options: SummaryOptions = {}): Summary {
  const lang = settings.language;
  const topCount = options.topCount ?? 3;
  const hasPrevious = previousKnown(report);
  const bands = shownBands(settings);
  const row = (u: ReportUnit): SummaryRow => ({
    unitId: u.unit.id,
    unitName: u.unit.name,
    rank: u.reported ? u.rank : null,
    score: u.roundedScore,
    scoreText: u.reported ? scoreText(u.roundedScore, lang, report.decimals) : "—",
    ...(u.reported && u.adjustedIn.length > 0
      ? { selfText: t(lang, "summarySelfScore", { score: scoreText(u.selfScore, lang, report.decimals) }) }
      : {}),
    band: u.reported && u.band !== null ? bandName(u.band, lang) : null,
    bandIndex: u.reported ? bandIndex(settings, u.band) : null,
    change: changeText(u, lang, hasPrevious),
    reported: u.reported,
  });

  const groups = report.groups.map((g): SummaryGroup => {
    const units = g.ranking.map(row);
    // Units that did not report have their own list; the ends of a group are the ranked units.
    const ranked = units.filter((_, i) => isRanked(g.ranking[i]));
    const top = ranked.slice(0, topCount);
    const counts = bands.map((b, i) => ({ band: b.name, count: ranked.filter((r) => r.bandIndex === i).length }));
    const silent = units.length - units.filter((r) => r.reported).length;
    if (silent > 0) counts.push({ band: t(lang, "notReported"), count: silent });
    return {
      group: g.group,
      units,
      top,
      bottom: ranked.slice(Math.max(top.length, ranked.length - topCount)),
      distribution: t(lang, "bandDistribution", {
        bands: counts.map((c) => t(lang, "bandCount", { band: c.band, count: c.count })).join(", "),
      }),
    };
  });

  const periodText = periodLabel(report.period, lang);
  const total = report.groups.reduce((n, g) => n + g.ranking.length, 0);
  const counts: SummaryCounts = {
    total,
    reported: report.groups.reduce((n, g) => n + g.ranking.filter((u) => u.reported).length, 0),
    laggards: report.laggardUnitCount,
    notReported: report.notReported.length,
  };
  const limit = options.listLimit ?? DEFAULT_LIST_LIMIT;
  return {
    lang,
    periodKey: report.periodKey,
    periodText,
    subject: oneLine(t(lang, "mailSummarySubject", { period: periodText, ...counts })),
    title: t(lang, "summaryTitle", { period: periodText }),
    counts,
    bands,
    groups,
    laggards: report.laggards
      .filter((l) => l.units.length > 0)
      .map((l) => laggardSentence(l, lang, report.decimals, limit)),
    followUp: followUpSection(report.followUp, report.laggards, periodText, lang, report.decimals, limit),
    notReported: report.notReported,
    reviewLine: report.review === null ? null : t(lang, "summaryReview", { ...report.review }),
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}
