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
  type OutboxMessage,
  type OutboxPart,
  oneLine,
  type RenderedMail,
  safeHttpUrl,
  uniqueAddresses,
} from "./mail";
import { NumberMemo, type ValueFormat, valueFormatter, withHole } from "./memo";
import { type FigureRow, figureRow, type NoticeHead, renderNoticeWith, Tails, tailOf } from "./render-notice";
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
  /** The period value as written. */
  format: (value: number | null) => string;
  /** Whole figures by value, while the values seen are few (yes/no, small counts); null once they are not. */
  whole: NumberMemo<Figure> | null;
  wholeCount: number;
}

/** One figure of a notice: table row, text line, fix line if any. */
interface Figure {
  html: string;
  text: string;
  fix: string | null;
}

/** Whole figures kept per indicator: enough for yes/no and small counts, not for every percent. */
const WHOLE_MEMO = 32;

/** What the notices of one period share, worked out once. */
interface NoticeSheet {
  report: Report;
  lang: Language;
  periodText: string;
  title: string;
  indicators: NoticeIndicator[];
  format: ValueFormat;
  /** `scoreText`, memoised. */
  score: (score: number | null) => string;
  spreadsheetUrl: string | null;
}

function noticeSheet(
  report: Report,
  lang: Language,
  options: MailOptions,
  format: ValueFormat = valueFormatter(lang),
): NoticeSheet {
  const periodText = periodLabel(report.period, lang);
  const indicators: NoticeIndicator[] = [];
  const tails = new Tails();
  const scores = new NumberMemo<string>();
  for (const ind of report.indicators) {
    if (ind.threshold === null) continue;
    const text = thresholdText(ind, lang);
    const threshold = formatThreshold(ind, lang);
    indicators.push({
      ind,
      thresholdText: text,
      row: figureRow(tails, lang, ind.type, ind.name, text),
      fix: withHole((valueText) => fixText(ind, valueText, threshold, lang)),
      format: (value) => format(ind, value),
      whole: new NumberMemo(),
      wholeCount: 0,
    });
  }
  return {
    report,
    lang,
    periodText,
    title: t(lang, "noticeTitle", { period: periodText }),
    indicators,
    format,
    score: (score) => {
      let text = scores.get(score);
      if (text === undefined) {
        text = scoreText(score, lang, report.decimals);
        scores.set(score, text);
      }
      return text;
    },
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}

function statusOf(ind: Indicator, v: number | null): NoticeFigure["status"] {
  return v === null ? "missing" : isWorseThanThreshold(ind, v) ? "notMet" : "met";
}

/** The notice's texts beside its figures; `unit` is `u.unit` or the same unit with newer addresses. */
function noticeHead(sheet: NoticeSheet, u: ReportUnit, unit: Unit, groupSize: number, fixes: string[]): NoticeHead {
  const { lang, periodText } = sheet;
  return {
    lang,
    subject: oneLine(t(lang, "noticeSubject", { period: periodText, unit: unit.name, count: fixes.length })),
    title: sheet.title,
    greeting: t(lang, "noticeGreeting", { unit: unit.name }),
    rankLine: t(lang, "noticeRank", {
      period: periodText,
      score: sheet.score(u.roundedScore),
      rank: u.rank ?? "—",
      count: groupSize,
      group: unit.group,
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
  const head = noticeHead(sheet, u, u.unit, groupSize, fixes);
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
function renderNoticeOf(sheet: NoticeSheet, u: ReportUnit, unit: Unit, groupSize: number): RenderedMail {
  let rows = "";
  let lines = "";
  const fixes: string[] = [];
  const values = u.values;
  for (const ni of sheet.indicators) {
    const v = values[ni.ind.id] ?? null;
    const figure = ni.whole === null ? undefined : ni.whole.get(v);
    if (figure !== undefined) {
      rows += figure.html;
      lines += figure.text;
      if (figure.fix !== null) fixes.push(figure.fix);
      continue;
    }
    // Two strings per row and part: the head of the indicator, the tail shared with others.
    const status = statusOf(ni.ind, v);
    const row = ni.row;
    const html = row.htmlHead[status] + tailOf(row.htmlTail[status], v, ni.format);
    const text = row.textHead[status] + tailOf(row.textTail[status], v, ni.format);
    const fix = status === "notMet" ? ni.fix(ni.format(v)) : null;
    rows += html;
    lines += text;
    if (fix !== null) fixes.push(fix);
    if (ni.whole !== null) {
      if (ni.wholeCount++ < WHOLE_MEMO) ni.whole.set(v, { html, text, fix });
      else ni.whole = null;
    }
  }
  return renderNoticeWith(noticeHead(sheet, u, unit, groupSize, fixes), rows, lines);
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
  return noticesWith(report, units, settings, options, valueFormatter(settings.language));
}

/** `buildNotices` writing the figures with `format`, a memo shared with the summary of the outbox. */
export function noticesWith(
  report: Report,
  units: Unit[],
  settings: Settings,
  options: MailOptions,
  format: ValueFormat,
): OutboxPart {
  const lang = settings.language;
  const order = new Map(units.map((u, i) => [u.id, i]));
  const laggards: { u: ReportUnit; groupSize: number; order: number }[] = [];
  for (const g of report.groups) {
    for (const u of g.ranking) {
      if (u.laggardIn.length > 0)
        laggards.push({ u, groupSize: g.ranking.length, order: order.get(u.unit.id) ?? Number.MAX_SAFE_INTEGER });
    }
  }
  laggards.sort((a, b) => a.order - b.order);
  const byId = new Map(units.map((u) => [u.id, u]));
  const sheet = noticeSheet(report, lang, options, format);
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
    const mail = renderNoticeOf(sheet, u, unit, groupSize);
    const message: OutboxMessage = { kind: "notice", key, to } as OutboxMessage;
    if (cc.length) message.cc = cc;
    message.unitId = unit.id;
    message.subject = mail.subject;
    message.html = mail.html;
    message.text = mail.text;
    message.inlineImages = mail.inlineImages;
    part.messages.push(message);
  }
  return part;
}
