// A laggard unit's notice as e-mail: its figures against the thresholds and what to fix.
import { t } from "../messages";
import * as H from "./email-html";
import * as T from "./email-text";
import type { RenderedMail } from "./mail";
import type { Notice, NoticeFigure } from "./notices";

const NOT_MET = "background-color:#fce8e6;color:#a50e0e;font-weight:bold;";
const STYLE: Record<NoticeFigure["status"], string> = { met: "color:#137333;", notMet: NOT_MET, missing: "" };

function assessment(f: NoticeFigure, n: Notice): string {
  return f.status === "met" ? t(n.lang, "assessMet") : f.status === "notMet" ? t(n.lang, "assessNotMet") : "—";
}

export function renderNotice(n: Notice): RenderedMail {
  const L = n.lang;
  const headers = ["colIndicator", "colUnitValue", "colThreshold", "colAssessment"] as const;
  const rows = n.figures.map((f): H.Cell[] => [
    { text: f.indicatorName },
    { text: f.valueText, align: "right", style: `white-space:nowrap;${f.status === "notMet" ? NOT_MET : ""}` },
    { text: f.thresholdText, align: "right", style: "white-space:nowrap;" },
    { text: assessment(f, n), align: "center", style: `white-space:nowrap;${STYLE[f.status]}` },
  ]);
  const lines = n.figures.map((f) =>
    t(L, "noticeFigureLine", {
      indicator: f.indicatorName,
      value: f.valueText,
      threshold: f.thresholdText,
      assessment: assessment(f, n),
    }),
  );

  const html = [H.h1(n.title), H.para(n.greeting)];
  const text = [T.heading(n.title), n.greeting];
  // A repeated notice says so first, in bold.
  if (n.repeat) {
    html.push(H.para(n.repeat.line, "font-weight:bold;"));
    text.push(n.repeat.line);
  }
  html.push(H.para(n.rankLine), H.h2(t(L, "noticeFiguresHeading")));
  html.push(
    H.table(
      headers.map((k, i) => ({ text: t(L, k), align: i === 0 ? "left" : i === 3 ? "center" : "right" })),
      rows,
    ),
  );
  text.push(n.rankLine, `${t(L, "noticeFiguresHeading")}:\n${T.dashList(lines)}`);
  if (n.repeat && n.repeat.items.length > 0) {
    html.push(H.h2(n.repeat.heading), H.dashList(n.repeat.items));
    text.push(`${n.repeat.heading}\n${T.dashList(n.repeat.items)}`);
  }
  if (n.fixes.length) {
    html.push(H.h2(t(L, "noticeActionsHeading")), H.dashList(n.fixes));
    text.push(`${t(L, "noticeActionsHeading")}\n${T.dashList(n.fixes)}`);
  }
  html.push(H.para(n.closing));
  text.push(n.closing);
  if (n.spreadsheetUrl) {
    html.push(H.link(t(L, "spreadsheetLinkIntro"), n.spreadsheetUrl, t(L, "spreadsheetLinkText")));
    text.push(`${t(L, "spreadsheetLinkIntro")} ${n.spreadsheetUrl}`);
  }
  html.push(H.footer(t(L, "mailFooter")));
  text.push(`-- \n${t(L, "mailFooter")}`);
  return { subject: n.subject, html: H.page(L, n.subject, html), text: T.document(text) };
}
