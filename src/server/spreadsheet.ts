// Reading the contract's sheets from the active spreadsheet: one getValues per sheet, no more.
import type { Grid } from "../workbook/contract";
import { SHEETS, type SheetKey } from "../workbook/contract";
import { findSheetName } from "../workbook/headers";
import { type ReadResult, readWorkbook } from "../workbook/read";

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The contract sheets the engine reads; `Xếp hạng` and `Nhật ký` are written, never read for ranking. */
const INPUT_SHEETS: SheetKey[] = ["units", "indicators", "data", "settings"];

export function sheetsByKey(ss: Spreadsheet): Partial<Record<SheetKey, Sheet>> {
  const sheets = ss.getSheets();
  const names = sheets.map((s) => s.getName());
  const out: Partial<Record<SheetKey, Sheet>> = {};
  for (const key of Object.keys(SHEETS) as SheetKey[]) {
    const name = findSheetName(names, SHEETS[key]);
    if (name !== undefined) out[key] = sheets[names.indexOf(name)];
  }
  return out;
}

export function readGrid(sheet: Sheet): Grid {
  return sheet.getDataRange().getValues() as Grid;
}

export interface WorkbookRead extends ReadResult {
  sheets: Partial<Record<SheetKey, Sheet>>;
  grids: Partial<Record<SheetKey, Grid>>;
  timeZone: string;
}

/** Reads the input sheets (one getValues each) and validates them with the shared workbook codecs. */
export function readSpreadsheet(ss: Spreadsheet, keys: SheetKey[] = INPUT_SHEETS): WorkbookRead {
  const sheets = sheetsByKey(ss);
  const timeZone = ss.getSpreadsheetTimeZone();
  const grids: Partial<Record<SheetKey, Grid>> = {};
  const byName: Record<string, Grid> = {};
  for (const key of keys) {
    const sheet = sheets[key];
    if (!sheet) continue;
    const grid = readGrid(sheet);
    grids[key] = grid;
    byName[sheet.getName()] = grid;
  }
  // Number formats are read (once per sheet) only if a cell needs one: see WorkbookInput.numberFormat.
  const formats = new Map<string, string[][]>();
  const numberFormat = (name: string, row: number, column: number): string | undefined => {
    let f = formats.get(name);
    if (!f) {
      const sheet = Object.values(sheets).find((s) => s?.getName() === name);
      f = sheet ? sheet.getDataRange().getNumberFormats() : [];
      formats.set(name, f);
    }
    return f[row - 1]?.[column - 1];
  };
  return { ...readWorkbook({ sheets: byName, timeZone, numberFormat }), sheets, grids, timeZone };
}

/** The settings language without reading more than the `Cài đặt` sheet; Vietnamese when unknown. */
export function readLanguage(ss: Spreadsheet): "vi" | "en" {
  const sheet = sheetsByKey(ss).settings;
  if (!sheet) return "vi";
  const r = readWorkbook({ sheets: { [SHEETS.settings.name]: readGrid(sheet) }, timeZone: "UTC" });
  return r.model.settings.language;
}
