// Which sheet plays which role, by ID in the document properties (design §8: sheets by identity,
// not by name), so a renamed sheet is still found and a decoy with the right name is not.
import type { SheetKey } from "../workbook/contract";
import type { Sheet } from "./spreadsheet";

type Properties = GoogleAppsScript.Properties.Properties;

const PREFIX = "dxScorecard.sheet.";

export function sheetIdProperty(key: SheetKey): string {
  return PREFIX + key;
}

/** The recorded ID of a role's sheet (as text), or null when none was recorded. */
export function recordedSheetId(key: SheetKey, props: Properties = PropertiesService.getDocumentProperties()) {
  return props.getProperty(sheetIdProperty(key));
}

export function recordSheetId(
  key: SheetKey,
  sheet: Sheet,
  props: Properties = PropertiesService.getDocumentProperties(),
): void {
  props.setProperty(sheetIdProperty(key), String(sheet.getSheetId()));
}
