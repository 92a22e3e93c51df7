// A laggard unit's notice as e-mail: its figures against the thresholds and what to fix.
//
// A province sends thousands of notices with the same indicators, so a figure's table row and text
// line are cut around its value (`FigureRow`): everything else in them depends on the indicator and
// the status only, and `buildNotices` renders those parts once per outbox. `renderNotice` uses the
// same parts, so both give the same e-mail.
import { t } from "../messages";
import type { Language } from "../schemas";
import * as H from "./email-html";
import * as T from "./email-text";
import type { RenderedMail } from "./mail";
import { withHole } from "./memo";
import type { Notice, NoticeFigure } from "./notices";

type Status = NoticeFigure["status"];

const NOT_MET = "background-color:#fce8e6;color:#a50e0e;font-weight:bold;";
const MET = "color:#137333;";
const NOWRAP = "white-space:nowrap;";

// Cells: indicator (left), unit's value (right), threshold (right), assessment (centre).
const ROW_OPEN = `<tr>${H.cellOpen(false, "left")}`;
const VALUE_OPEN: Record<Status, string> = {
  met: `</td>${H.cellOpen(false, "right", NOWRAP)}`,
  notMet: `</td>${H.cellOpen(false, "right", NOWRAP + NOT_MET)}`,
  missing: `</td>${H.cellOpen(false, "right", NOWRAP)}`,
};
const THRESHOLD_OPEN = `</td>${H.cellOpen(false, "right", NOWRAP)}`;
const STATUS_OPEN: Record<Status, string> = {
  met: `</td>${H.cellOpen(false, "center", NOWRAP + MET)}`,
  notMet: `</td>${H.cellOpen(false, "center", NOWRAP + NOT_MET)}`,
  missing: `</td>${H.cellOpen(false, "center", NOWRAP)}`,
};
const STATUSES: readonly Status[] = ["met", "notMet", "missing"];

function statusText(status: Status, lang: Language): string {
  return status === "met" ? t(lang, "assessMet") : status === "notMet" ? t(lang, "assessNotMet") : "—";
}

/** One indicator's row of the notice table and line of the text part, open where the value goes. */
export interface FigureRow {
  /** `<tr><td>name` */
  head: string;
  /** `</td><td>threshold</td><td>assessment</td></tr>` by status. */
  tail: Record<Status, string>;
  /** The text line, given the value's text, by status. */
  line: Record<Status, (valueText: string) => string>;
}

export function figureRow(lang: Language, indicatorName: string, thresholdText: string): FigureRow {
  const threshold = THRESHOLD_OPEN + H.escapeHtml(thresholdText);
  const tail = {} as FigureRow["tail"];
  const line = {} as FigureRow["line"];
  for (const status of STATUSES) {
    const assessment = statusText(status, lang);
    tail[status] = `${threshold}${STATUS_OPEN[status]}${H.escapeHtml(assessment)}</td></tr>`;
    line[status] = withHole((value) =>
      t(lang, "noticeFigureLine", { indicator: indicatorName, value, threshold: thresholdText, assessment }),
    );
  }
  return { head: ROW_OPEN + H.escapeHtml(indicatorName), tail, line };
}

/** The table row of one figure (without a line break). */
export function figureRowHtml(row: FigureRow, status: Status, valueText: string): string {
  return row.head + VALUE_OPEN[status] + H.escapeHtml(valueText) + row.tail[status];
}

/** The fixed parts of every notice in one language. */
interface Frame {
  figuresHeadingHtml: string;
  tableHead: string;
  actionsHeadingHtml: string;
  closingHtml: string;
  footerHtml: string;
  figuresHeadingText: string;
  actionsHeadingText: string;
  closingText: string;
  footerText: string;
}

const frames = new Map<Language, Frame>();

function frameOf(lang: Language): Frame {
  let f = frames.get(lang);
  if (f === undefined) {
    const headers = [
      t(lang, "colIndicator"),
      t(lang, "colUnitValue"),
      t(lang, "colThreshold"),
      t(lang, "colAssessment"),
    ].map((text, i): H.Cell => ({ text, align: i === 0 ? "left" : i === 3 ? "center" : "right" }));
    f = {
      figuresHeadingHtml: H.h2(t(lang, "noticeFiguresHeading")),
      tableHead: H.tableRow(headers, true),
      actionsHeadingHtml: H.h2(t(lang, "noticeActionsHeading")),
      closingHtml: H.para(t(lang, "noticeClosing")),
      footerHtml: H.footer(t(lang, "mailFooter")),
      figuresHeadingText: `${t(lang, "noticeFiguresHeading")}:\n`,
      actionsHeadingText: `${t(lang, "noticeActionsHeading")}\n`,
      closingText: t(lang, "noticeClosing"),
      footerText: `-- \n${t(lang, "mailFooter")}`,
    };
    frames.set(lang, f);
  }
  return f;
}

/** A notice without its figures: what `renderNoticeWith` needs beside the rendered rows. */
export type NoticeHead = Pick<
  Notice,
  "lang" | "subject" | "title" | "greeting" | "rankLine" | "fixes" | "spreadsheetUrl"
>;

/**
 * The e-mail of a notice whose figures are already rendered: `rows`, the table rows one a line
 * (`figureRowHtml`), and `lines`, the text lines one a line, each after `- `.
 */
export function renderNoticeWith(n: NoticeHead, rows: string, lines: string): RenderedMail {
  const f = frameOf(n.lang);
  let html =
    `${H.h1(n.title)}\n${H.para(n.greeting)}\n${H.para(n.rankLine)}\n` +
    `${f.figuresHeadingHtml}\n${H.tableOf(f.tableHead, rows)}`;
  if (n.fixes.length) html += `\n${f.actionsHeadingHtml}\n${H.dashList(n.fixes)}`;
  html += `\n${f.closingHtml}`;
  if (n.spreadsheetUrl)
    html += `\n${H.link(t(n.lang, "spreadsheetLinkIntro"), n.spreadsheetUrl, t(n.lang, "spreadsheetLinkText"))}`;
  html += `\n${f.footerHtml}`;

  // Indicator names can be long: one line per indicator reads better than a plain-text table.
  const blocks = [T.heading(n.title), n.greeting, n.rankLine, f.figuresHeadingText + lines];
  if (n.fixes.length) blocks.push(f.actionsHeadingText + T.dashList(n.fixes));
  blocks.push(f.closingText);
  if (n.spreadsheetUrl) blocks.push(`${t(n.lang, "spreadsheetLinkIntro")} ${n.spreadsheetUrl}`);
  blocks.push(f.footerText);

  return { subject: n.subject, html: H.pageOf(n.lang, n.subject, html), text: T.document(blocks), inlineImages: [] };
}

export function renderNotice(n: Notice): RenderedMail {
  let rows = "";
  let lines = "";
  n.figures.forEach((fig, i) => {
    const row = figureRow(n.lang, fig.indicatorName, fig.thresholdText);
    rows += (i ? "\n" : "") + figureRowHtml(row, fig.status, fig.valueText);
    lines += (i ? "\n- " : "- ") + row.line[fig.status](fig.valueText);
  });
  return renderNoticeWith(n, rows, lines);
}

export function renderNoticeHtml(n: Notice): string {
  return renderNotice(n).html;
}

export function renderNoticeText(n: Notice): string {
  return renderNotice(n).text;
}
