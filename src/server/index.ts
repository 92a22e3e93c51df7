// The only module that decides what is global in Apps Script: every export here becomes a
// top-level function of dist/Code.js (see build.mjs); everything else stays private.
import { checkDataIn } from "./check";
import { buildMenu } from "./menu";
import { rankUnitsIn } from "./rank";
import { setupWorkbookIn } from "./setup";
import { readLanguage } from "./spreadsheet";

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

export function checkData(): string {
  return checkDataIn(SpreadsheetApp.getActiveSpreadsheet()).message;
}
