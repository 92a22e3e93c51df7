// A laggard unit's notice as e-mail: its figures against the thresholds and what to fix.
//
// A province sends thousands of notices with the same indicators, and every one of them stays in
// memory until the outbox is sent, so a notice is assembled from as few strings as it can be:
// - a figure's table row and text line are cut where the value goes (`FigureRow`): the head
//   depends on the indicator and the status, the tail (value, threshold, assessment) on the
//   threshold and the status only, so the indicators that end alike share one `Tail`, and each
//   value of it is written once per outbox;
// - the markup between the notice's own texts is rendered once per language (`Frame`).
// `renderNotice` assembles the same parts, so `buildNotices` and it give the same e-mail.
import { t } from "../messages";
import type { Language } from "../schemas";
import * as H from "./email-html";
import * as T from "./email-text";
import type { RenderedMail } from "./mail";
import { holeIn, NumberMemo } from "./memo";
import type { Notice, NoticeFigure } from "./notices";

export type FigureStatus = NoticeFigure["status"];

const NOT_MET = "background-color:#fce8e6;color:#a50e0e;font-weight:bold;";
const MET = "color:#137333;";
const NOWRAP = "white-space:nowrap;";

// Cells: indicator (left), unit's value (right), threshold (right), assessment (centre).
const ROW_OPEN = `<tr>${H.cellOpen(false, "left")}`;
const VALUE_OPEN: Record<FigureStatus, string> = {
  met: `</td>${H.cellOpen(false, "right", NOWRAP)}`,
  notMet: `</td>${H.cellOpen(false, "right", NOWRAP + NOT_MET)}`,
  missing: `</td>${H.cellOpen(false, "right", NOWRAP)}`,
};
const THRESHOLD_OPEN = `</td>${H.cellOpen(false, "right", NOWRAP)}`;
const STATUS_OPEN: Record<FigureStatus, string> = {
  met: `</td>${H.cellOpen(false, "center", NOWRAP + MET)}`,
  notMet: `</td>${H.cellOpen(false, "center", NOWRAP + NOT_MET)}`,
  missing: `</td>${H.cellOpen(false, "center", NOWRAP)}`,
};
const STATUSES: readonly FigureStatus[] = ["met", "notMet", "missing"];

function statusText(status: FigureStatus, lang: Language): string {
  return status === "met" ? t(lang, "assessMet") : status === "notMet" ? t(lang, "assessNotMet") : "—";
}

/**
 * The end of figures' rows or lines, from the value on: `24,39%</td><td>tối thiểu 50%</td>…</tr>`
 * or `24,39% (yêu cầu: tối thiểu 50%) — Chưa đạt`; or, for a text line that cannot be cut, the
 * whole line.
 */
export interface Tail {
  after: string;
  escape: boolean;
  /** The whole line (without `\n- `), when the message cannot be cut. */
  line: ((valueText: string) => string) | null;
  /** By period value, for `buildNotices`. */
  memo: NumberMemo<string>;
}

export function fillTail(tail: Tail, valueText: string): string {
  if (tail.line !== null) return `\n- ${tail.line(valueText)}`;
  return (tail.escape ? H.escapeHtml(valueText) : valueText) + tail.after;
}

/** The tail of a period value, rendered once: `format` writes the values of the tail's type. */
export function tailOf(tail: Tail, value: number | null, format: (value: number | null) => string): string {
  let text = tail.memo.get(value);
  if (text === undefined) {
    text = fillTail(tail, format(value));
    tail.memo.set(value, text);
  }
  return text;
}

/** The tails of one outbox (or of one notice), shared by the indicators that end alike. */
export class Tails {
  private readonly byKey = new Map<string, Tail>();

  /** `type`: values are written by indicator type (`1` is `1%`, `1` or `có`). */
  of(type: string, after: string, html: boolean): Tail {
    const key = `${type}\u0000${html ? "h" : "t"}\u0000${after}`;
    let tail = this.byKey.get(key);
    if (tail === undefined) {
      tail = { after, escape: html, line: null, memo: new NumberMemo() };
      this.byKey.set(key, tail);
    }
    return tail;
  }

  /** A tail that is a whole line of one indicator: shared with none. */
  whole(line: (valueText: string) => string): Tail {
    return { after: "", escape: false, line, memo: new NumberMemo() };
  }
}

/** One indicator's row of the notice table and line of the text part, by status, cut where the value goes. */
export interface FigureRow {
  /** `\n<tr><td>name</td><td>`. */
  htmlHead: Record<FigureStatus, string>;
  htmlTail: Record<FigureStatus, Tail>;
  /** `\n- name: `; empty when the line cannot be cut (the tail holds it all). */
  textHead: Record<FigureStatus, string>;
  textTail: Record<FigureStatus, Tail>;
}

export function figureRow(
  tails: Tails,
  lang: Language,
  indicatorType: string,
  indicatorName: string,
  thresholdText: string,
): FigureRow {
  const head = `\n${ROW_OPEN}${H.escapeHtml(indicatorName)}`;
  const threshold = THRESHOLD_OPEN + H.escapeHtml(thresholdText);
  const row = { htmlHead: {}, htmlTail: {}, textHead: {}, textTail: {} } as FigureRow;
  for (const status of STATUSES) {
    const assessment = statusText(status, lang);
    const line = (value: string) =>
      t(lang, "noticeFigureLine", { indicator: indicatorName, value, threshold: thresholdText, assessment });
    const hole = holeIn(line);
    row.htmlHead[status] = head + VALUE_OPEN[status];
    row.htmlTail[status] = tails.of(
      indicatorType,
      `${threshold}${STATUS_OPEN[status]}${H.escapeHtml(assessment)}</td></tr>`,
      true,
    );
    row.textHead[status] = hole === null ? "" : `\n- ${hole.before}`;
    row.textTail[status] = hole === null ? tails.whole(line) : tails.of(indicatorType, hole.after, false);
  }
  return row;
}

/** Splits what `render` makes of a text around that text: the markup before and after it. */
function around(render: (text: string) => string): { before: string; after: string } {
  const hole = holeIn(render);
  if (hole === null) throw new Error("email-html: a helper does not show its text once");
  return hole;
}

/** The fixed parts of every notice in one language, between the notice's own texts. */
interface Frame {
  lang: Language;
  page: { head: string; body: string; end: string };
  /** `</p>` and the next paragraph's opening. */
  betweenParas: string;
  /** Whether every block of the text part is there (else it is written block by block). */
  closingText: boolean;
  /** From the end of the rank line to the first row: heading, table, header row. */
  toRows: string;
  /** From the last fix on, without and with the link: closing, link, footer, end of the page. */
  end: string;
  endWithLink: { url: string; html: string; text: string } | null;
  /** Between the rows and the fixes: end of the table, heading, first item's opening. */
  toFixes: string;
  dashBetween: string;
  dashClose: string;
  textToLines: string;
  textToFixes: string;
  textEnd: string;
  /** The last title seen, rendered: every notice of an outbox has the same. */
  title: { text: string; html: string; heading: string } | null;
}

const frames = new Map<Language, Frame>();

function frameOf(lang: Language): Frame {
  let f = frames.get(lang);
  if (f !== undefined) return f;
  const headers = [
    t(lang, "colIndicator"),
    t(lang, "colUnitValue"),
    t(lang, "colThreshold"),
    t(lang, "colAssessment"),
  ].map((text, i): H.Cell => ({ text, align: i === 0 ? "left" : i === 3 ? "center" : "right" }));
  const para = around((text) => H.para(text));
  const dash = around((text) => H.dashList([text]));
  f = {
    lang,
    page: H.pageParts(lang),
    betweenParas: `${para.after}\n${para.before}`,
    closingText: t(lang, "noticeClosing") !== "",
    toRows: `${para.after}\n${H.h2(t(lang, "noticeFiguresHeading"))}\n${H.TABLE_START}${H.tableRow(headers, true)}`,
    end: `\n${H.para(t(lang, "noticeClosing"))}\n${H.footer(t(lang, "mailFooter"))}`,
    endWithLink: null,
    toFixes: `${H.TABLE_CLOSE}\n${H.h2(t(lang, "noticeActionsHeading"))}\n${dash.before}`,
    dashBetween: `${dash.after}\n${dash.before}`,
    dashClose: dash.after,
    textToLines: `\n\n${t(lang, "noticeFiguresHeading")}:`,
    textToFixes: `\n\n${t(lang, "noticeActionsHeading")}\n- `,
    textEnd: `\n\n${t(lang, "noticeClosing")}`,
    title: null,
  };
  frames.set(lang, f);
  return f;
}

function titleOf(f: Frame, title: string): NonNullable<Frame["title"]> {
  if (f.title?.text !== title) {
    const para = around((text) => H.para(text));
    f.title = { text: title, html: `${H.h1(title)}\n${para.before}`, heading: `${T.heading(title)}\n\n` };
  }
  return f.title;
}

function endOf(f: Frame, url: string | null): { html: string; text: string } {
  const footerText = `\n\n-- \n${t(f.lang, "mailFooter")}\n`;
  if (url === null) return { html: f.end, text: f.textEnd + footerText };
  if (f.endWithLink?.url !== url) {
    const intro = t(f.lang, "spreadsheetLinkIntro");
    f.endWithLink = {
      url,
      html:
        `\n${H.para(t(f.lang, "noticeClosing"))}\n${H.link(intro, url, t(f.lang, "spreadsheetLinkText"))}` +
        `\n${H.footer(t(f.lang, "mailFooter"))}`,
      text: `${f.textEnd}\n\n${intro} ${url}${footerText}`,
    };
  }
  return f.endWithLink;
}

/** A notice without its figures: what `renderNoticeWith` needs beside the rendered rows. */
export type NoticeHead = Pick<
  Notice,
  "lang" | "subject" | "title" | "greeting" | "rankLine" | "fixes" | "spreadsheetUrl"
>;

/**
 * The e-mail of a notice whose figures are already rendered: `rows`, the table rows, each after a
 * line break, and `lines`, the text lines, each after a line break and a dash.
 */
export function renderNoticeWith(n: NoticeHead, rows: string, lines: string): RenderedMail {
  const f = frameOf(n.lang);
  const title = titleOf(f, n.title);
  const end = endOf(f, n.spreadsheetUrl);

  let html =
    f.page.body +
    title.html +
    H.escapeHtml(n.greeting) +
    f.betweenParas +
    H.escapeHtml(n.rankLine) +
    f.toRows +
    (rows || "\n");
  if (n.fixes.length) {
    html += f.toFixes + H.escapeHtml(n.fixes[0]);
    for (let i = 1; i < n.fixes.length; i++) html += f.dashBetween + H.escapeHtml(n.fixes[i]);
    html += f.dashClose;
  } else html += H.TABLE_CLOSE;
  html += end.html;

  let text: string;
  if (n.greeting !== "" && n.rankLine !== "" && f.closingText) {
    text = `${title.heading}${n.greeting}\n\n${n.rankLine}${f.textToLines}${lines || "\n"}`;
    if (n.fixes.length) {
      text += f.textToFixes + n.fixes[0];
      for (let i = 1; i < n.fixes.length; i++) text += `\n- ${n.fixes[i]}`;
    }
    text += end.text;
  } else text = renderNoticeTextOf(n, lines);

  return {
    subject: n.subject,
    html: f.page.head + H.escapeHtml(n.subject) + html + f.page.end,
    text,
    inlineImages: [],
  };
}

/** The text part block by block: what `renderNoticeWith` writes when a block is empty. */
function renderNoticeTextOf(n: NoticeHead, lines: string): string {
  const blocks = [T.heading(n.title), n.greeting, n.rankLine, `${t(n.lang, "noticeFiguresHeading")}:${lines || "\n"}`];
  if (n.fixes.length) blocks.push(`${t(n.lang, "noticeActionsHeading")}\n${T.dashList(n.fixes)}`);
  blocks.push(t(n.lang, "noticeClosing"));
  if (n.spreadsheetUrl) blocks.push(`${t(n.lang, "spreadsheetLinkIntro")} ${n.spreadsheetUrl}`);
  blocks.push(`-- \n${t(n.lang, "mailFooter")}`);
  return T.document(blocks);
}

export function renderNotice(n: Notice): RenderedMail {
  const tails = new Tails();
  let rows = "";
  let lines = "";
  for (const fig of n.figures) {
    // The figure knows its value as written, not its type: the tails' memos are not used.
    const row = figureRow(tails, n.lang, "", fig.indicatorName, fig.thresholdText);
    rows += row.htmlHead[fig.status] + fillTail(row.htmlTail[fig.status], fig.valueText);
    lines += row.textHead[fig.status] + fillTail(row.textTail[fig.status], fig.valueText);
  }
  return renderNoticeWith(n, rows, lines);
}

export function renderNoticeHtml(n: Notice): string {
  return renderNotice(n).html;
}

export function renderNoticeText(n: Notice): string {
  return renderNotice(n).text;
}
