// "Soạn công văn" and "Soạn báo cáo" (admins): ask the period, check it and the workbook, build the
// document with the core (congVan for a month or quarter, baoCao for a year), draw it into a new
// Google Doc and show its link. Nothing in the spreadsheet is written.
import { baoCao } from "../core/documents/bao-cao";
import { congVan } from "../core/documents/cong-van";
import { periodLabel } from "../core/labels";
import { t } from "../core/messages";
import { type Period, parsePeriod } from "../core/periods";
import { buildReport, hasDataFor } from "../core/report";
import type { Language } from "../core/schemas";
import { escapeHtml } from "../core/summary";
import { caller } from "./access";
import { lastCompleteMonth } from "./clock";
import { type CreatedDocument, renderDocument } from "./documents";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";
import { alert, askPeriod, maybeUi, problemLines, toast } from "./ui";

export type DocumentKind = "letter" | "report";

export interface DraftOutcome {
  ok: boolean;
  /** The refusal or failure; the new document's address when it worked. */
  message: string;
  url?: string;
}

export function draftDocumentIn(ss: Spreadsheet, kind: DocumentKind, periodArg: unknown): DraftOutcome {
  const read = readSpreadsheet(ss);
  const settings = read.model.settings;
  const lang = settings.language;
  const fail = (message: string): DraftOutcome => {
    alert(t(lang, "cannotDraftTitle"), message);
    return { ok: false, message };
  };

  const who = caller(ss, settings);
  if (!who.admin) {
    const action = t(lang, kind === "letter" ? "actionLetter" : "actionReport");
    return fail(t(lang, "notAdmin", { email: who.email || t(lang, "unknownUser"), action }));
  }

  // The letter's default is the last complete month; the report's, that month's year (the year
  // just ended in January, the current one from February, when the year's figures come in).
  const month = lastCompleteMonth(read.timeZone);
  const fallback: Period = kind === "letter" ? month : { kind: "year", year: month.year };
  const periodText =
    typeof periodArg === "string"
      ? periodArg
      : kind === "letter"
        ? askPeriod(lang, "menuLetter", "letterPrompt", fallback)
        : askPeriod(lang, "menuReport", "reportPrompt", fallback);
  if (periodText === null) return { ok: false, message: "" };
  const period = parsePeriod(periodText);
  if (!period) return fail(t(lang, "periodInvalid", { value: periodText }));
  const label = periodLabel(period, lang);
  if (kind === "letter" && period.kind === "year") return fail(t(lang, "letterNeedsMonth", { period: label }));
  if (kind === "report" && period.kind !== "year") return fail(t(lang, "reportNeedsYear", { period: label }));

  if (read.problems.length > 0) {
    return fail(
      `${t(lang, "draftProblemsIntro", { count: read.problems.length })}\n${problemLines(read.problems, lang)}`,
    );
  }
  if (!hasDataFor(read.model, period)) return fail(t(lang, "periodNoData", { period: label }));

  const report = buildReport(read.model, period);
  const model = kind === "letter" ? congVan(report, settings) : baoCao(report, settings);
  toast(ss, t(lang, "draftStarted", { title: model.title }));
  let partial = "";
  let created: CreatedDocument;
  try {
    created = renderDocument(model, (url) => {
      partial = url;
    });
  } catch (e) {
    console.error(e);
    const params = { title: model.title, url: partial };
    return fail(t(lang, partial ? "draftFailedPartial" : "draftFailed", params));
  }
  showLink(lang, kind, created);
  return { ok: true, message: created.url, url: created.url };
}

/** A small dialog with the new document's link (and, for the report, how to pin the header rows). */
function showLink(lang: Language, kind: DocumentKind, doc: CreatedDocument): void {
  const ui = maybeUi();
  if (!ui) return;
  const notes = [t(lang, "draftReview"), ...(kind === "report" ? [t(lang, "draftPinHeader")] : [])];
  const html = `<!doctype html><html><head><base target="_blank"><meta charset="utf-8"></head>
<body style="font:13px Arial,sans-serif;color:#202124;margin:0 8px">
<p>${escapeHtml(t(lang, "draftDone", { title: doc.title }))}</p>
<p><a href="${escapeHtml(doc.url)}" target="_blank" rel="noopener" style="color:#1a73e8;font-weight:bold">${escapeHtml(t(lang, "draftOpen"))}</a></p>
${notes.map((n) => `<p style="color:#5f6368">${escapeHtml(n)}</p>`).join("")}
</body></html>`;
  const output = HtmlService.createHtmlOutput(html)
    .setWidth(460)
    .setHeight(kind === "report" ? 230 : 170);
  ui.showModalDialog(output, t(lang, kind === "letter" ? "menuLetter" : "menuReport"));
}
