// A request for more evidence as e-mail: each item with the unit's figure, the office's reason and
// the evidence given, then what to do and by when. Reasons and evidence are typed by people into
// the sheet: they are always escaped text; only an http(s) URL in the evidence becomes a link.
import { t } from "../messages";
import * as H from "./email-html";
import * as T from "./email-text";
import { type RenderedMail, safeHttpUrl } from "./mail";
import type { ReviewRequest, ReviewRequestItem } from "./review-requests";

/** The item's left rule: the amber of "to do", as in the bands' scale. */
const ACCENT = "#fbbc04";
/** A nested table's cell does not inherit the page's font in Outlook: it names it. */
const ITEM = `padding:2px 0 2px 12px;border-left:3px solid ${ACCENT};${H.FONT}font-size:14px;line-height:1.5;color:${H.TEXT};`;

/** Escaped text whose line breaks stay line breaks. */
const lines = (text: string) => H.escapeHtml(text).replace(/\r?\n/g, "<br>");

const URL_IN_TEXT = /https?:\/\/[^\s<>"']+/gi;

/** Evidence as text, its http(s) URLs as links that open apart from the mail (never `javascript:`, `data:`…). */
export function evidenceHtml(evidence: string): string {
  let out = "";
  let at = 0;
  for (const m of evidence.matchAll(URL_IN_TEXT)) {
    // Punctuation closing a sentence is not part of the link.
    const url = m[0].replace(/[).,;:!?]+$/, "");
    const start = m.index ?? 0;
    const safe = safeHttpUrl(url);
    if (!safe) continue;
    out += lines(evidence.slice(at, start));
    out += `<a href="${H.escapeHtml(safe)}" target="_blank" rel="noopener noreferrer" style="color:#1a73e8;text-decoration:underline;word-break:break-all;">${H.escapeHtml(safe)}</a>`;
    at = start + url.length;
  }
  return out + lines(evidence.slice(at));
}

function itemHtml(item: ReviewRequestItem, index: number, r: ReviewRequest): string {
  const L = r.lang;
  const reason = item.reason || t(L, "reviewRequestNoReason");
  const evidence = item.evidence
    ? `${H.escapeHtml(t(L, "reviewRequestEvidence"))} ${evidenceHtml(item.evidence)}`
    : H.escapeHtml(t(L, "reviewRequestNoEvidence"));
  const [label, value] = splitLabel(t(L, "reviewRequestFigure", { value: item.valueText }), item.valueText);
  const [because, why] = splitLabel(t(L, "reviewRequestReason", { reason }), reason);
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 14px 0;">` +
    `<tr><td style="${ITEM}">` +
    `<p style="margin:0 0 4px 0;font-weight:bold;">${index + 1}. ${H.escapeHtml(item.indicatorName)}</p>` +
    `<p style="margin:0 0 4px 0;">${H.escapeHtml(label)}<b>${H.escapeHtml(value)}</b></p>` +
    `<p style="margin:0 0 4px 0;">${H.escapeHtml(because)}<span style="background-color:#fef7e0;">${lines(why)}</span></p>` +
    `<p style="margin:0;font-size:13px;color:${H.MUTED};">${evidence}</p>` +
    `</td></tr></table>`
  );
}

/** `Lý do: X` → [`Lý do: `, `X`]: the catalogue's words around the value, so that the value alone is styled. */
function splitLabel(sentence: string, value: string): [string, string] {
  const at = sentence.lastIndexOf(value);
  return at < 0 || value === "" ? [sentence, ""] : [sentence.slice(0, at), value];
}

/** Continuation lines of an item in the text part, indented under its number. */
const indent = (text: string) => text.replace(/\r?\n/g, "\n   ");

function itemText(item: ReviewRequestItem, index: number, r: ReviewRequest): string {
  const L = r.lang;
  const reason = item.reason || t(L, "reviewRequestNoReason");
  const evidence = item.evidence
    ? `${t(L, "reviewRequestEvidence")} ${item.evidence}`
    : t(L, "reviewRequestNoEvidence");
  return [
    `${index + 1}. ${item.indicatorName}`,
    `   ${t(L, "reviewRequestFigure", { value: item.valueText })}`,
    `   ${indent(t(L, "reviewRequestReason", { reason }))}`,
    `   ${indent(evidence)}`,
  ].join("\n");
}

export function renderReviewRequest(r: ReviewRequest): RenderedMail {
  const L = r.lang;
  const html = [H.h1(r.title), H.para(r.greeting), H.para(r.body), H.h2(t(L, "reviewRequestItemsHeading"))];
  html.push(...r.items.map((item, i) => itemHtml(item, i, r)));
  html.push(H.para(r.action, "font-weight:bold;"), H.para(r.after));
  const text = [T.heading(r.title), r.greeting, r.body, T.heading(t(L, "reviewRequestItemsHeading"), "-")];
  text.push(r.items.map((item, i) => itemText(item, i, r)).join("\n\n"), r.action, r.after);
  if (r.spreadsheetUrl) {
    html.push(H.link(t(L, "reminderLinkIntro"), r.spreadsheetUrl, t(L, "spreadsheetLinkText")));
    text.push(`${t(L, "reminderLinkIntro")} ${r.spreadsheetUrl}`);
  }
  html.push(H.footer(t(L, "mailFooter")));
  text.push(`-- \n${t(L, "mailFooter")}`);
  return { subject: r.subject, html: H.page(L, r.subject, html), text: T.document(text) };
}
