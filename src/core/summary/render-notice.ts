// A laggard unit's notice as e-mail: its figures against the thresholds and what to fix.
import { t } from "../messages";
import * as H from "./email-html";
import * as T from "./email-text";
import type { RenderedMail } from "./mail";
import type { Notice, NoticeFigure } from "./notices";

const NOT_MET = "background-color:#fce8e6;color:#a50e0e;font-weight:bold;";
const MET = "color:#137333;";

function statusText(f: NoticeFigure, n: Notice): string {
  return f.status === "met" ? t(n.lang, "assessMet") : f.status === "notMet" ? t(n.lang, "assessNotMet") : "—";
}

function headers(n: Notice): string[] {
  return [t(n.lang, "colIndicator"), t(n.lang, "colUnitValue"), t(n.lang, "colThreshold"), t(n.lang, "colAssessment")];
}

export function renderNoticeHtml(n: Notice): string {
  const rows: H.Cell[][] = n.figures.map((f) => {
    const style = f.status === "notMet" ? NOT_MET : f.status === "met" ? MET : "";
    return [
      { text: f.indicatorName },
      { text: f.valueText, align: "right", style: `white-space:nowrap;${f.status === "notMet" ? NOT_MET : ""}` },
      { text: f.thresholdText, align: "right", style: "white-space:nowrap;" },
      { text: statusText(f, n), align: "center", style: `white-space:nowrap;${style}` },
    ];
  });
  const blocks = [
    H.h1(n.title),
    H.para(n.greeting),
    H.para(n.rankLine),
    H.h2(t(n.lang, "noticeFiguresHeading")),
    H.table(
      headers(n).map((text, i) => ({ text, align: i === 0 ? "left" : i === 3 ? "center" : "right" })),
      rows,
    ),
  ];
  if (n.fixes.length) blocks.push(H.h2(t(n.lang, "noticeActionsHeading")), H.dashList(n.fixes));
  blocks.push(H.para(t(n.lang, "noticeClosing")));
  if (n.spreadsheetUrl)
    blocks.push(H.link(t(n.lang, "spreadsheetLinkIntro"), n.spreadsheetUrl, t(n.lang, "spreadsheetLinkText")));
  blocks.push(H.footer(t(n.lang, "mailFooter")));
  return H.page(n.lang, n.subject, blocks);
}

export function renderNoticeText(n: Notice): string {
  // Indicator names can be long: one line per indicator reads better than a plain-text table.
  const lines = n.figures.map((f) =>
    t(n.lang, "noticeFigureLine", {
      indicator: f.indicatorName,
      value: f.valueText,
      threshold: f.thresholdText,
      assessment: statusText(f, n),
    }),
  );
  const blocks = [
    T.heading(n.title),
    n.greeting,
    n.rankLine,
    `${t(n.lang, "noticeFiguresHeading")}:\n${T.dashList(lines)}`,
  ];
  if (n.fixes.length) blocks.push(`${t(n.lang, "noticeActionsHeading")}\n${T.dashList(n.fixes)}`);
  blocks.push(t(n.lang, "noticeClosing"));
  if (n.spreadsheetUrl) blocks.push(`${t(n.lang, "spreadsheetLinkIntro")} ${n.spreadsheetUrl}`);
  blocks.push(`-- \n${t(n.lang, "mailFooter")}`);
  return T.document(blocks);
}

export function renderNotice(n: Notice): RenderedMail {
  return { subject: n.subject, html: renderNoticeHtml(n), text: renderNoticeText(n), inlineImages: [] };
}
