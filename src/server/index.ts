// The only module that decides what is global in Apps Script: every export here becomes a
// top-level function of dist/Code.js (see build.mjs); everything else stays private.
import type { EntryForm, EntryRefusal, EntryRequest, Submission, SubmitResult } from "../core/entry";
import type {
  ImportHeaders,
  ImportPreview,
  ImportRefusal,
  ImportRequest,
  ImportResult,
  ImportSetup,
  ImportSource,
} from "../core/import/api";
import { t } from "../core/messages";
import type { ReviewQueue, ReviewRefusal, ReviewResult } from "../core/review-api";
import { checkDataIn } from "./check";
import { closePeriodIn } from "./close-period";
import { runDailyCheck } from "./daily-check";
import { draftDocumentIn } from "./draft-document";
import { auditGridEdit } from "./edit-audit";
import { getEntryFormIn, submitFiguresIn } from "./entry";
import { applyImportIn, getImportHeadersIn, getImportSetupIn, openImportDialogIn, previewImportIn } from "./import";
import { buildMenu } from "./menu";
import { rankUnitsIn } from "./rank";
import { getReviewQueueIn, submitReviewIn } from "./review";
import { runScheduled, scheduleIn } from "./schedule";
import { sendSummaryNowIn } from "./send-dialog";
import { setupWorkbookIn } from "./setup";
import { readLanguage } from "./spreadsheet";
import { watchStructure } from "./structure-watch";

/** Simple trigger. In AuthMode.NONE it may build the menu and touch nothing else. */
export function onOpen(e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  let lang: "vi" | "en" = "vi";
  if (e?.authMode !== ScriptApp.AuthMode.NONE) {
    try {
      lang = readLanguage(SpreadsheetApp.getActiveSpreadsheet());
    } catch {
      // Reading may be refused in LIMITED mode on some accounts: the Vietnamese menu will do.
    }
  }
  buildMenu(SpreadsheetApp.getUi(), lang);
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.SheetsOnOpen);
}

export function setupWorkbook(): string {
  return setupWorkbookIn(SpreadsheetApp.getActiveSpreadsheet()).message;
}

/** Menu: asks for the period. Also callable with a period string (`rankUnits("2023-06")`). */
export function rankUnits(period?: unknown): string {
  return rankUnitsIn(SpreadsheetApp.getActiveSpreadsheet(), period).message;
}

/**
 * Menu: Soạn công văn (admins). Asks for the month or quarter, creates the letter as a Google Doc
 * and shows its link. Also callable as `draftLetter("2023-06")`: returns the document's address,
 * or why it was not drafted.
 */
export function draftLetter(period?: unknown): string {
  return draftDocumentIn(SpreadsheetApp.getActiveSpreadsheet(), "letter", period).message;
}

/** Menu: Soạn báo cáo (admins). The year's report with its Phụ lục, as `draftLetter` does the letter. */
export function draftReport(period?: unknown): string {
  return draftDocumentIn(SpreadsheetApp.getActiveSpreadsheet(), "report", period).message;
}

/**
 * Menu: Khóa kỳ (admins). Asks for the month and whether to close or reopen it. Also callable as
 * `closePeriod({ period: "2023-06", close: true })`.
 */
export function closePeriod(request?: unknown): string {
  return closePeriodIn(SpreadsheetApp.getActiveSpreadsheet(), request);
}

export function checkData(): string {
  return checkDataIn(SpreadsheetApp.getActiveSpreadsheet()).message;
}

/** Menu: Nhập số liệu. Shows the entry sidebar (dist/Sidebar.html). */
export function openEntrySidebar(): void {
  const lang = readLanguage(SpreadsheetApp.getActiveSpreadsheet());
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(t(lang, "sidebarTitle"));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Sidebar: the form for a unit and month, in one round trip. */
export function getEntryForm(request?: EntryRequest): EntryForm | EntryRefusal {
  return getEntryFormIn(SpreadsheetApp.getActiveSpreadsheet(), request);
}

/** Sidebar: saves one unit's figures for one month (locked, audited). */
export function submitFigures(submission: Submission): SubmitResult {
  return submitFiguresIn(() => SpreadsheetApp.getActiveSpreadsheet(), submission);
}

/** Menu: Thẩm định (admins). Shows the review sidebar (dist/Review.html). */
export function openReviewSidebar(): void {
  const lang = readLanguage(SpreadsheetApp.getActiveSpreadsheet());
  const html = HtmlService.createHtmlOutputFromFile("Review").setTitle(t(lang, "reviewTitle"));
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Review sidebar: the period's whole queue (admins only), in one round trip. */
export function getReviewQueue(request?: unknown): ReviewQueue | ReviewRefusal {
  return getReviewQueueIn(SpreadsheetApp.getActiveSpreadsheet(), request);
}

/** Review sidebar: one decision, or one unit's "Đạt tất cả" (locked, audited). */
export function submitReview(payload: unknown): ReviewResult {
  return submitReviewIn(() => SpreadsheetApp.getActiveSpreadsheet(), payload);
}

/** Installable on-edit trigger (set up by setupWorkbook): audits edits typed into `Số liệu`. */
export function onDataEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  auditGridEdit(e);
}

/** Installable on-change trigger (set up by setupWorkbook): flags rows or columns deleted from `Số liệu`. */
export function onDataChange(e: GoogleAppsScript.Events.SheetsOnChange): void {
  watchStructure(e);
}

/** Daily time-driven trigger (set up by setupWorkbook): e-mails the admins the flagged grid edits. */
export function onDailyCheck(): number {
  return runDailyCheck(SpreadsheetApp.getActiveSpreadsheet());
}

/**
 * Menu: Gửi tổng hợp. Asks for the period and shows a preview; the preview's button calls it again
 * with `{ period, confirm: true }`, which sends (never a message already sent for that period).
 */
export function sendSummaryNow(arg?: unknown): string {
  return sendSummaryNowIn(SpreadsheetApp.getActiveSpreadsheet(), arg);
}

/** Menu: Lịch gửi tự động. Shows the schedule and turns it on or off; `true`/`false` from scripts. */
export function scheduleSummaries(enable?: unknown): string {
  return scheduleIn(SpreadsheetApp.getActiveSpreadsheet(), typeof enable === "boolean" ? enable : undefined);
}

/** Time-driven trigger: the month's summary, notices, reminders and quota follow-ups, each once. */
export function onScheduledSummary(e?: GoogleAppsScript.Events.TimeDriven): string {
  return runScheduled(SpreadsheetApp.getActiveSpreadsheet(), e)
    .map((o) => o.message)
    .join("\n");
}

// ————————————————————————————————————————————— Nhập từ tệp xuất (issue 12)

/** Menu: Nhập từ tệp xuất (admins). Shows the import dialog (dist/Import.html); others get a sentence. */
export function openImportDialog(): void {
  openImportDialogIn(SpreadsheetApp.getActiveSpreadsheet());
}

/** Import dialog: the sheets, periods, fields and units it offers, and last time's mapping. */
export function getImportSetup(): ImportSetup | ImportRefusal {
  return getImportSetupIn(() => SpreadsheetApp.getActiveSpreadsheet());
}

/** Import dialog: the header row of a pasted sheet or an uploaded CSV, and its name column. */
export function getImportHeaders(source: ImportSource): ImportHeaders | ImportRefusal {
  return getImportHeadersIn(() => SpreadsheetApp.getActiveSpreadsheet(), source);
}

/** Import dialog: what would be written, row by row, and why it cannot be yet. Writes nothing. */
export function previewImport(request: ImportRequest): ImportPreview | ImportRefusal {
  return previewImportIn(() => SpreadsheetApp.getActiveSpreadsheet(), request);
}

/** Import dialog: plans again and writes it (locked, audited, all or nothing). */
export function applyImport(request: ImportRequest): ImportResult | ImportRefusal {
  return applyImportIn(() => SpreadsheetApp.getActiveSpreadsheet(), request);
}
