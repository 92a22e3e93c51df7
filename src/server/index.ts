// The only module that decides what is global in Apps Script: every export here becomes a
// top-level function of dist/Code.js (see build.mjs); everything else stays private.
export function onOpen(): void {
  SpreadsheetApp.getUi().createMenu("DX Scorecard").addToUi();
}
