// The "DX Scorecard" menu, in the settings language. Each item names a global of index.ts.
import { t } from "../core/messages";
import type { Language } from "../core/schemas";

export function buildMenu(ui: GoogleAppsScript.Base.Ui, lang: Language): void {
  ui.createMenu("DX Scorecard")
    .addItem(t(lang, "menuEntry"), "openEntrySidebar")
    .addItem(t(lang, "menuCheck"), "checkData")
    .addItem(t(lang, "menuImport"), "openImportDialog")
    .addItem(t(lang, "menuRank"), "rankUnits")
    .addItem(t(lang, "menuLetter"), "draftLetter")
    .addItem(t(lang, "menuReport"), "draftReport")
    .addItem(t(lang, "menuReview"), "openReviewSidebar")
    .addItem(t(lang, "menuClosePeriod"), "closePeriod")
    .addSeparator()
    .addItem(t(lang, "menuSendSummary"), "sendSummaryNow")
    .addItem(t(lang, "menuSchedule"), "scheduleSummaries")
    .addSeparator()
    .addItem(t(lang, "menuSetup"), "setupWorkbook")
    .addToUi();
}
