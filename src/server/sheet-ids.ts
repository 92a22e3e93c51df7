// The sheets of the contract by identity: set-up records each sheet's ID in the document
// properties (which no editor of the sheet can reach from the grid), and from then on a role goes
// to that sheet whatever its name. See design §8 and src/workbook/sheet-roles.ts.
import { SHEETS, type SheetKey } from "../workbook/contract";
import { type Roles, resolveRoles } from "../workbook/sheet-roles";
import type { Sheet, Spreadsheet } from "./spreadsheet";

type Properties = GoogleAppsScript.Properties.Properties;

export const SHEET_ID_PREFIX = "dxScorecard.sheet.";

/** The IDs set-up recorded, by role; empty before the first set-up. One properties read. */
export function recordedSheetIds(): Partial<Record<SheetKey, number>> {
  const props = PropertiesService.getDocumentProperties().getProperties();
  const out: Partial<Record<SheetKey, number>> = {};
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const raw = props[SHEET_ID_PREFIX + key];
    if (raw !== undefined && /^\d+$/.test(raw)) out[key] = Number(raw);
  }
  return out;
}

/** The recorded ID of a role's sheet (as text), or null when none was recorded. */
export function recordedSheetId(key: SheetKey, props: Properties = PropertiesService.getDocumentProperties()) {
  return props.getProperty(SHEET_ID_PREFIX + key);
}

export function recordSheetId(
  key: SheetKey,
  sheet: Sheet,
  props: Properties = PropertiesService.getDocumentProperties(),
): void {
  props.setProperty(SHEET_ID_PREFIX + key, String(sheet.getSheetId()));
}

export function recordSheetIds(sheets: Partial<Record<SheetKey, Sheet>>): void {
  const values: Record<string, string> = {};
  for (const [key, sheet] of Object.entries(sheets) as [SheetKey, Sheet][]) {
    values[SHEET_ID_PREFIX + key] = String(sheet.getSheetId());
  }
  // setProperties without deleteAllOthers: the sent log and the schedule's properties stay.
  if (Object.keys(values).length > 0) PropertiesService.getDocumentProperties().setProperties(values);
}

export interface SheetLookup extends Omit<Roles, "byKey"> {
  sheets: Partial<Record<SheetKey, Sheet>>;
  /** Whether set-up has recorded the sheets' IDs: then names no longer decide anything. */
  setUp: boolean;
}

/** Finds the contract's sheets: by recorded ID after set-up, by name before it. */
export function lookUpSheets(ss: Spreadsheet): SheetLookup {
  const all = ss.getSheets();
  const refs = all.map((s) => ({ name: s.getName(), id: s.getSheetId() }));
  const recorded = recordedSheetIds();
  const roles = resolveRoles(refs, recorded);
  const sheets: Partial<Record<SheetKey, Sheet>> = {};
  for (const [key, i] of Object.entries(roles.byKey) as [SheetKey, number][]) sheets[key] = all[i];
  return { sheets, decoys: roles.decoys, duplicates: roles.duplicates, setUp: Object.keys(recorded).length > 0 };
}
