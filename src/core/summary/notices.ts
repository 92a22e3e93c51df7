// Notices to laggard units: each unit's own figures against every threshold, its rank and band,
// and one line per failing indicator saying what to reach.
import type { FollowUpEntry } from "../follow-up";
import { periodLabel } from "../labels";
import { isWorseThanThreshold } from "../laggards";
import { t } from "../messages";
import { nextPeriod, type Period, previousPeriod } from "../periods";
import { MAX_STREAK, type Report, type ReportUnit } from "../report";
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
  /** When the unit was named last period too (the second notice or later); null otherwise. */
  repeat: NoticeRepeat | null;
  /** The closing request: firmer in a repeated notice. */
  closing: string;
  spreadsheetUrl: string | null;
}

/** What a repeated notice adds (design §13). */
export interface NoticeRepeat {
  /** The unit's run of periods named a laggard, this one included (`laggardStreak`, ≥ 2). */
  times: number;
  /** `Đây là lần thứ 2 liên tiếp đơn vị có tên trong danh sách … (tháng 06/2023 và tháng 07/2023).` */
  line: string;
  /** `Chỉ tiêu đã được nhắc tháng 06/2023, đến nay chưa đạt:` */
  heading: string;
  /** One per indicator named last period and still failed: both values, the requirement, improved or not. */
  items: string[];
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

/** The periods of a run of `times` ending with `period`: `tháng 06/2023 và tháng 07/2023`, `từ tháng 05/2023 đến tháng 07/2023`. */
function runText(period: Period, times: number, lang: Language): string {
  let first = period;
  for (let i = 1; i < times; i++) first = previousPeriod(first);
  const [from, to] = [periodLabel(first, lang), periodLabel(period, lang)];
  return times === 2
    ? t(lang, "noticeRepeatTwo", { previous: from, period: to })
    : t(lang, "noticeRepeatRange", { first: from, period: to });
}

function repeatItem(e: FollowUpEntry, previous: string, period: string, lang: Language, decimals: number): string {
  return t(lang, "noticeRepeatItem", {
    indicator: e.indicator.name,
    previousValue: valueText(e.indicator, e.previousValue, lang, decimals),
    previous,
    value: valueText(e.indicator, e.value, lang, decimals),
    period,
    threshold: requiredText(e.indicator, lang, decimals),
    status: t(lang, e.status === "improved" ? "noticeRepeatImproved" : "noticeRepeatNotFixed"),
  });
}

/** The repeated notice's additions, for a unit named a laggard in the previous period too. */
function noticeRepeat(report: Report, u: ReportUnit, lang: Language): NoticeRepeat | null {
  const times = u.laggardStreak;
  if (times < 2) return null;
  const period = periodLabel(report.period, lang);
  const previous = periodLabel(previousPeriod(report.period), lang);
  // The run is counted up to MAX_STREAK: at the cap it may be longer, and the notice says "at least".
  const line =
    times >= MAX_STREAK
      ? t(lang, "noticeRepeatLineMax", { times, period })
      : t(lang, "noticeRepeatLine", { times, periods: runText(report.period, times, lang) });
  const still = (report.followUp?.entries ?? []).filter(
    (e) => e.unitId === u.unit.id && (e.status === "improved" || e.status === "notFixed"),
  );
  return {
    times,
    line,
    heading: t(lang, "noticeRepeatHeading", { previous }),
    items: still.map((e) => repeatItem(e, previous, period, lang, report.decimals)),
  };
}

/** The notice of one unit of the report; `unit` is `u.unit` or the same unit with newer addresses. */
export function buildNotice(
  report: Report,
  u: ReportUnit,
  groupSize: number,
  lang: Language,
  options: {
    spreadsheetUrl?: string;
    unit?: Unit;
    /** The office a repeated notice asks the unit to report back to (the letter's `advisor`). */
    office?: string;
  } = {},
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
  const repeat = noticeRepeat(report, u, lang);
  const subject = t(lang, "noticeSubject", { period: periodText, unit: unit.name, count: fixes.length });
  const times = repeat && (repeat.times >= MAX_STREAK ? `${MAX_STREAK}+` : repeat.times);
  return {
    lang,
    periodKey: report.periodKey,
    unitId: unit.id,
    unitName: unit.name,
    subject: oneLine(times ? t(lang, "noticeRepeatSubject", { times, subject }) : subject),
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
    repeat,
    closing: repeat
      ? t(lang, "noticeRepeatClosing", {
          office: options.office?.trim() ?? "",
          next: periodLabel(nextPeriod(report.period), lang),
        })
      : t(lang, "noticeClosing"),
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}
