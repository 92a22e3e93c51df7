// Reading the contract's sheets from the active spreadsheet: one getValues per sheet, no more.
import type { Grid } from "../workbook/contract";
import { SHEETS, type SheetKey } from "../workbook/contract";
import { duplicateRoleProblems, type ReadResult, readWorkbook } from "../workbook/read";
import type { RoleClaim } from "../workbook/sheet-roles";
import { lookUpSheets } from "./sheet-ids";

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The contract sheets the engine reads; `Xếp hạng` and `Nhật ký` are written, never read for ranking. `Thẩm định` is optional. */
const INPUT_SHEETS: SheetKey[] = ["units", "indicators", "data", "settings", "review"];

/** The contract's sheets, by recorded ID after set-up (see sheet-ids.ts). */
export function sheetsByKey(ss: Spreadsheet): Partial<Record<SheetKey, Sheet>> {
  return lookUpSheets(ss).sheets;
}

export function readGrid(sheet: Sheet): Grid {
  return sheet.getDataRange().getValues() as Grid;
}

export interface WorkbookRead extends ReadResult {
  sheets: Partial<Record<SheetKey, Sheet>>;
  grids: Partial<Record<SheetKey, Grid>>;
  timeZone: string;
  /** Sheets named for a role that another sheet holds: ignored, reported by Kiểm tra số liệu. */
  decoys: RoleClaim[];
  /** Whether set-up has recorded the sheets' IDs. */
  setUp: boolean;
}

/** Reads the input sheets (one getValues each) and validates them with the shared workbook codecs. */
export function readSpreadsheet(ss: Spreadsheet, keys: SheetKey[] = INPUT_SHEETS): WorkbookRead {
  const lookup = lookUpSheets(ss);
  const { sheets } = lookup;
  const timeZone = ss.getSpreadsheetTimeZone();
  const grids: Partial<Record<SheetKey, Grid>> = {};
  const byName: Record<string, Grid> = {};
  const roles: Partial<Record<SheetKey, string>> = {};
  for (const key of keys) {
    const sheet = sheets[key];
    if (!sheet) continue;
    const grid = readGrid(sheet);
    grids[key] = grid;
    roles[key] = sheet.getName();
    byName[roles[key]] = grid;
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
  const read = readWorkbook({ sheets: byName, timeZone, numberFormat, roles });
  const duplicates = lookup.duplicates.filter((d) => keys.includes(d.key));
  read.problems.unshift(...duplicateRoleProblems(duplicates));
  // A role left empty by duplicates is reported as such, not also as a missing sheet.
  read.problems = read.problems.filter(
    (p) => !(p.key === "sheetMissing" && duplicates.some((d) => SHEETS[d.key].name === p.params.sheet)),
  );
  return { ...read, sheets, grids, timeZone, decoys: lookup.decoys, setUp: lookup.setUp };
}

/** The settings language without reading more than the `Cài đặt` sheet; Vietnamese when unknown. */
export function readLanguage(ss: Spreadsheet): "vi" | "en" {
  const sheet = sheetsByKey(ss).settings;
  if (!sheet) return "vi";
  const r = readWorkbook({ sheets: { [SHEETS.settings.name]: readGrid(sheet) }, timeZone: "UTC" });
  return r.model.settings.language;
}
