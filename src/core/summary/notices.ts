// Notices to laggard units: each unit's own figures against every threshold, its rank and band,
// and one line per failing indicator saying what to reach.
import { periodLabel } from "../labels";
import { isWorseThanThreshold } from "../laggards";
import { t } from "../messages";
import type { Report, ReportUnit } from "../report";
import type { Indicator, Language, Unit } from "../schemas";
import { bandName } from "./bands";
import { scoreText, thresholdValueText, valueText } from "./figures";
import { oneLine, safeHttpUrl } from "./mail";

export interface NoticeFigure {
  indicatorId: string;
  indicatorName: string;
  valueText: string;
  /** `tối thiểu 50,00%`, `tối đa 3`, `có`. */
  thresholdText: string;
  status: "met" | "notMet" | "missing";
}

export interface Notice {
  lang: Language;
  periodKey: string;
  unitId: string;
  unitName: string;
  subject: string;
  title: string;
  greeting: string;
  /** Score, rank in the group and band. */
  rankLine: string;
  /** Every indicator with a threshold, in `Chỉ tiêu` order. */
  figures: NoticeFigure[];
  /** One line per indicator in which the unit is a laggard. */
  fixes: string[];
  spreadsheetUrl: string | null;
}

/** An indicator name inside a sentence: `Tỷ lệ văn bản…` → `tỷ lệ văn bản…`; `UBND…` stays. */
export function midSentence(name: string): string {
  const [first, second] = [...name];
  if (first === undefined || second === undefined) return name;
  const lower = (c: string) => c.toLocaleLowerCase("vi");
  const isLower = (c: string) => c === lower(c) && c !== c.toLocaleUpperCase("vi");
  return isLower(second) ? lower(first) + name.slice(first.length) : name;
}

function requiredText(ind: Indicator, lang: Language, decimals: number): string {
  const value = thresholdValueText(ind, lang, decimals);
  if (ind.type === "boolean") return value;
  return t(lang, ind.direction === "lower" ? "thresholdAtMost" : "thresholdAtLeast", { value });
}

/** What the unit must do about one indicator it lags in, its value and percents written with `decimals`. */
export function fixLine(ind: Indicator, value: number, lang: Language, decimals = 2): string {
  const params = {
    indicator: ind.type === "boolean" ? ind.name : midSentence(ind.name),
    value: valueText(ind, value, lang, decimals),
    threshold: thresholdValueText(ind, lang, decimals),
  };
  if (ind.type === "boolean") return t(lang, ind.direction === "lower" ? "fixUndo" : "fixDo", params);
  return t(lang, ind.direction === "lower" ? "fixReduce" : "fixRaise", params);
}

/** The notice of one unit of the report; `unit` is `u.unit` or the same unit with newer addresses. */
export function buildNotice(
  report: Report,
  u: ReportUnit,
  groupSize: number,
  lang: Language,
  options: { spreadsheetUrl?: string; unit?: Unit } = {},
): Notice {
  const unit = options.unit ?? u.unit;
  const decimals = report.decimals;
  const periodText = periodLabel(report.period, lang);
  const figures: NoticeFigure[] = [];
  const fixes: string[] = [];
  // The unit's own indicators, with its group's thresholds.
  const indicators = report.groups.find((g) => g.group === u.unit.group)?.indicators ?? report.indicators;
  for (const ind of indicators) {
    if (ind.threshold === null) continue;
    const v = u.values[ind.id] ?? null;
    const status = v === null ? "missing" : isWorseThanThreshold(ind, v) ? "notMet" : "met";
    figures.push({
      indicatorId: ind.id,
      indicatorName: ind.name,
      valueText: valueText(ind, v, lang, decimals),
      thresholdText: requiredText(ind, lang, decimals),
      status,
    });
    if (v !== null && status === "notMet") fixes.push(fixLine(ind, v, lang, decimals));
  }
  return {
    lang,
    periodKey: report.periodKey,
    unitId: unit.id,
    unitName: unit.name,
    subject: oneLine(t(lang, "noticeSubject", { period: periodText, unit: unit.name, count: fixes.length })),
    title: t(lang, "noticeTitle", { period: periodText }),
    greeting: t(lang, "noticeGreeting", { unit: unit.name }),
    rankLine: t(lang, "noticeRank", {
      period: periodText,
      score: scoreText(u.roundedScore, lang, decimals),
      rank: u.rank ?? "—",
      count: groupSize,
      group: unit.group,
      band: u.band === null ? "—" : bandName(u.band, lang),
    }),
    figures,
    fixes,
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}
