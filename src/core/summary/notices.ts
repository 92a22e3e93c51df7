// Notices to laggard units: each unit's own figures against every threshold, its rank and band,
// and one line per failing indicator saying what to reach. To the head, copy to the clerks.
import { formatThreshold, formatValue, periodLabel } from "../labels";
import { isWorseThanThreshold } from "../laggards";
import { t } from "../messages";
import type { Report, ReportUnit } from "../report";
import type { Indicator, Language, Settings, Unit } from "../schemas";
import {
  type MailOptions,
  messageKey,
  type OutboxPart,
  oneLine,
  type RenderedMail,
  safeHttpUrl,
  uniqueAddresses,
} from "./mail";
import { type ValueFormat, valueFormatter, withHole } from "./memo";
import { type FigureRow, figureRowHtml, figureRow, type NoticeHead, renderNoticeWith } from "./render-notice";
import { scoreText } from "./summary";

export interface NoticeFigure {
  indicatorId: string;
  indicatorName: string;
  valueText: string;
  /** `tối thiểu 50%`, `tối đa 3`, `có`. */
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

function thresholdText(ind: Indicator, lang: Language): string {
  const value = formatThreshold(ind, lang);
  if (ind.type === "boolean") return value;
  return t(lang, ind.direction === "lower" ? "thresholdAtMost" : "thresholdAtLeast", { value });
}

/** What the unit must do about one indicator it lags in, given its value and the threshold as written. */
function fixText(ind: Indicator, valueText: string, threshold: string, lang: Language): string {
  const params = { indicator: ind.type === "boolean" ? ind.name : midSentence(ind.name), value: valueText, threshold };
  if (ind.type === "boolean") return t(lang, ind.direction === "lower" ? "fixUndo" : "fixDo", params);
  return t(lang, ind.direction === "lower" ? "fixReduce" : "fixRaise", params);
}

/** What the unit must do about one indicator it lags in. */
export function fixLine(ind: Indicator, value: number, lang: Language): string {
  return fixText(ind, formatValue(ind, value, lang), formatThreshold(ind, lang), lang);
}

/** An indicator with a threshold, as every notice of the period states it. */
interface NoticeIndicator {
  ind: Indicator;
  thresholdText: string;
  row: FigureRow;
  /** The fix line, given the unit's value as written. */
  fix: (valueText: string) => string;
}

/** What the notices of one period share, worked out once. */
interface NoticeSheet {
  report: Report;
  lang: Language;
  periodText: string;
  title: string;
  indicators: NoticeIndicator[];
  format: ValueFormat;
  spreadsheetUrl: string | null;
}

function noticeSheet(report: Report, lang: Language, options: MailOptions): NoticeSheet {
  const periodText = periodLabel(report.period, lang);
  const indicators: NoticeIndicator[] = [];
  for (const ind of report.indicators) {
    if (ind.threshold === null) continue;
    const text = thresholdText(ind, lang);
    const threshold = formatThreshold(ind, lang);
    indicators.push({
      ind,
      thresholdText: text,
      row: figureRow(lang, ind.name, text),
      fix: withHole((valueText) => fixText(ind, valueText, threshold, lang)),
    });
  }
  return {
    report,
    lang,
    periodText,
    title: t(lang, "noticeTitle", { period: periodText }),
    indicators,
    format: valueFormatter(lang),
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}

function statusOf(ind: Indicator, v: number | null): NoticeFigure["status"] {
  return v === null ? "missing" : isWorseThanThreshold(ind, v) ? "notMet" : "met";
}

/** The notice's texts beside its figures. */
function noticeHead(sheet: NoticeSheet, u: ReportUnit, groupSize: number, fixes: string[]): NoticeHead {
  const { lang, periodText, report } = sheet;
  return {
    lang,
    subject: oneLine(t(lang, "noticeSubject", { period: periodText, unit: u.unit.name, count: fixes.length })),
    title: sheet.title,
    greeting: t(lang, "noticeGreeting", { unit: u.unit.name }),
    rankLine: t(lang, "noticeRank", {
      period: periodText,
      score: scoreText(u.roundedScore, lang, report.decimals),
      rank: u.rank ?? "—",
      count: groupSize,
      group: u.unit.group,
      band: u.band ?? "—",
    }),
    fixes,
    spreadsheetUrl: sheet.spreadsheetUrl,
  };
}

function noticeOf(sheet: NoticeSheet, u: ReportUnit, groupSize: number): Notice {
  const figures: NoticeFigure[] = [];
  const fixes: string[] = [];
  for (const { ind, thresholdText, fix } of sheet.indicators) {
    const v = u.values[ind.id] ?? null;
    const status = statusOf(ind, v);
    const valueText = sheet.format(ind, v);
    figures.push({ indicatorId: ind.id, indicatorName: ind.name, valueText, thresholdText, status });
    if (status === "notMet") fixes.push(fix(valueText));
  }
  const head = noticeHead(sheet, u, groupSize, fixes);
  return {
    lang: head.lang,
    periodKey: sheet.report.periodKey,
    unitId: u.unit.id,
    unitName: u.unit.name,
    subject: head.subject,
    title: head.title,
    greeting: head.greeting,
    rankLine: head.rankLine,
    figures,
    fixes,
    spreadsheetUrl: head.spreadsheetUrl,
  };
}

/** `renderNotice(noticeOf(…))` without the intermediate figures: rows are assembled from the sheet's parts. */
function renderNoticeOf(sheet: NoticeSheet, u: ReportUnit, groupSize: number): RenderedMail {
  let rows = "";
  let lines = "";
  const fixes: string[] = [];
  const indicators = sheet.indicators;
  for (let i = 0; i < indicators.length; i++) {
    const { ind, row, fix } = indicators[i];
    const v = u.values[ind.id] ?? null;
    const status = statusOf(ind, v);
    const valueText = sheet.format(ind, v);
    rows += (i ? "\n" : "") + figureRowHtml(row, status, valueText);
    lines += (i ? "\n- " : "- ") + row.line[status](valueText);
    if (status === "notMet") fixes.push(fix(valueText));
  }
  return renderNoticeWith(noticeHead(sheet, u, groupSize, fixes), rows, lines);
}

export function buildNotice(
  report: Report,
  u: ReportUnit,
  groupSize: number,
  lang: Language,
  options: MailOptions = {},
): Notice {
  return noticeOf(noticeSheet(report, lang, options), u, groupSize);
}

/**
 * One notice per unit named in at least one laggard list, in `Đơn vị` order, to the unit's head
 * (`Email lãnh đạo`) with its clerks (`Email`) in copy; a unit with neither address is skipped.
 */
export function buildNotices(report: Report, units: Unit[], settings: Settings, options: MailOptions = {}): OutboxPart {
  const lang = settings.language;
  const order = new Map(units.map((u, i) => [u.id, i]));
  const laggards: { u: ReportUnit; groupSize: number }[] = [];
  for (const g of report.groups) {
    for (const u of g.ranking) if (u.laggardIn.length > 0) laggards.push({ u, groupSize: g.ranking.length });
  }
  laggards.sort(
    (a, b) => (order.get(a.u.unit.id) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.u.unit.id) ?? Number.MAX_SAFE_INTEGER),
  );
  const byId = new Map(units.map((u) => [u.id, u]));
  const sheet = noticeSheet(report, lang, options);
  const part: OutboxPart = { messages: [], skipped: [] };
  for (const { u, groupSize } of laggards) {
    const unit = byId.get(u.unit.id) ?? u.unit;
    const key = messageKey(report.periodKey, "notice", unit.id);
    const to = uniqueAddresses(unit.headEmails.length ? unit.headEmails : unit.emails);
    const cc = uniqueAddresses(to, unit.emails).slice(to.length);
    if (to.length === 0) {
      part.skipped.push({ kind: "notice", key, reason: "noUnitEmails", unitId: unit.id, unitName: unit.name });
      continue;
    }
    part.messages.push({
      kind: "notice",
      key,
      to,
      ...(cc.length ? { cc } : {}),
      unitId: unit.id,
      ...renderNoticeOf(sheet, { ...u, unit }, groupSize),
    });
  }
  return part;
}
