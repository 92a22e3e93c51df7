// The `Thẩm định` sheet (design §10) from the add-on: found by its role, created when missing (by a
// caller that holds the document lock), its rows found by key without reading the whole sheet, and
// a row's cells written in one call. The clerks' save writes the evidence (the first four columns),
// the office's review everything else; see review-columns protection in setup.
import { cellText } from "../workbook/cells";
import { type Cell, normalizeHeader, REVIEW_COLUMNS, SHEETS } from "../workbook/contract";
import { locateColumns } from "../workbook/headers";
import { readPeriodCell } from "../workbook/read";
import { keepAsText } from "../workbook/text-cells";
import { protectReviewColumns } from "./review-protection";
import { recordSheetId } from "./sheet-ids";
import type { Sheet, Spreadsheet } from "./spreadsheet";

export type ReviewColumn = keyof typeof REVIEW_COLUMNS;
export const REVIEW_HEADER = Object.values(REVIEW_COLUMNS).map((c) => c.name);

export interface ReviewIndex {
  sheet: Sheet;
  /** 0-based column of each `Thẩm định` column (every one exists after ensureReviewSheet). */
  columns: Record<ReviewColumn, number>;
  width: number;
  /** Every column of the contract is in the header: no ensureReviewSheet needed before writing. */
  complete: boolean;
  /** The sheet's last row with content (1-based); new rows go below it. */
  lastRow: number;
  /** 1-based row of a unit's item, or -1. */
  rowOf(period: string, unitId: string, indicatorId: string): number;
  /** 1-based rows of a period (all units, or one), in sheet order. */
  rowsOf(period: string, unitId?: string): number[];
  /** The cells of a sheet row (1-based), as wide as the header. */
  readRow(row: number): Cell[];
}

/** Who may edit the office's columns of a `Thẩm định` sheet created outside set-up. */
export interface ReviewProtectionFor {
  lang: "vi" | "en";
  /** The admins, and the admin creating the sheet. */
  editors: string[];
  owner: string;
}

/**
 * The `Thẩm định` sheet, created with its header when missing, its missing columns appended at the
 * right (an older or hand-made sheet). Call it holding the document lock: two creators would make
 * two sheets. Set-up creates and protects the sheet; should it be missing later (deleted), an
 * admin's decision passes `protectFor` and the office's columns are protected at once. A clerk's
 * save cannot protect for the admins (a protection's creator stays its editor): it creates the
 * sheet unprotected and the next set-up protects it.
 */
export function ensureReviewSheet(ss: Spreadsheet, found: Sheet | undefined, protectFor?: ReviewProtectionFor): Sheet {
  let sheet = found;
  if (!sheet) {
    sheet = ss.insertSheet(SHEETS.review.name);
    sheet.getRange(1, 1, 1, REVIEW_HEADER.length).setValues([REVIEW_HEADER]).setFontWeight("bold");
    sheet.setFrozenRows(1);
    recordSheetId("review", sheet);
    if (protectFor) protectReviewColumns(sheet, protectFor.lang, protectFor.editors, protectFor.owner);
    return sheet;
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
  const cols = locateColumns(SHEETS.review.name, header, REVIEW_COLUMNS, []);
  const missing = (Object.keys(REVIEW_COLUMNS) as ReviewColumn[]).filter((k) => cols[k] === undefined);
  if (missing.length > 0) {
    const last = header.reduce<number>((n, h, j) => (cellText(h) !== "" ? j + 1 : n), 0);
    sheet.getRange(1, last + 1, 1, missing.length).setValues([missing.map((k) => REVIEW_COLUMNS[k].name)]);
  }
  return sheet;
}

/** Reads the header and the three key columns: a fixed number of calls, whatever the sheet's size. */
export function indexReviews(sheet: Sheet, timeZone: string): ReviewIndex {
  const lastRow = Math.max(sheet.getLastRow(), 1);
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[];
  const found = locateColumns(SHEETS.review.name, header, REVIEW_COLUMNS, []);
  const columns = {} as Record<ReviewColumn, number>;
  let next = width;
  for (const k of Object.keys(REVIEW_COLUMNS) as ReviewColumn[]) columns[k] = found[k] ?? next++;
  const byKey = new Map<string, number>();
  const byPeriod = new Map<string, number[]>();
  if (lastRow >= 2) {
    const keyCols = [columns.period, columns.unitId, columns.indicatorId];
    const first = Math.min(...keyCols);
    const span = Math.max(...keyCols) - first + 1;
    const keys = sheet.getRange(2, first + 1, lastRow - 1, span).getValues() as Cell[][];
    keys.forEach((r, i) => {
      const period = readPeriodCell(r[columns.period - first], timeZone);
      if (period === null) return;
      const unitId = cellText(r[columns.unitId - first]);
      const k = `${period}\u0000${unitId}\u0000${normalizeHeader(r[columns.indicatorId - first])}`;
      if (!byKey.has(k)) byKey.set(k, i + 2);
      const list = byPeriod.get(period);
      if (list) list.push(i + 2);
      else byPeriod.set(period, [i + 2]);
    });
  }
  const unitOf = new Map<number, string>();
  for (const [k, row] of byKey) unitOf.set(row, k.split("\u0000")[1]);
  return {
    sheet,
    columns,
    width: Math.max(width, next),
    complete: next === width,
    lastRow,
    rowOf: (period, unitId, indicatorId) =>
      byKey.get(`${period}\u0000${unitId}\u0000${normalizeHeader(indicatorId)}`) ?? -1,
    rowsOf: (period, unitId) =>
      (byPeriod.get(period) ?? []).filter((row) => unitId === undefined || unitOf.get(row) === unitId),
    readRow: (row) => sheet.getRange(row, 1, 1, Math.max(width, next)).getValues()[0] as Cell[],
  };
}

/**
 * Writes some cells of one row (1-based; a new row when `row` is -1, below the last) in one
 * `setValues` over the span of the columns given; the cells between keep their values. Texts go
 * through keepAsText (`=…`, `2023-06`, `12` stay texts). Returns the row written.
 */
export function writeReviewCells(
  index: ReviewIndex,
  row: number,
  cells: Partial<Record<ReviewColumn, Cell>>,
  current: Cell[] = [],
): number {
  const target = row > 0 ? row : index.lastRow + 1;
  const entries = (Object.entries(cells) as [ReviewColumn, Cell][]).map(([k, v]) => [index.columns[k], v] as const);
  if (entries.length === 0) return target;
  const first = Math.min(...entries.map(([j]) => j));
  const last = Math.max(...entries.map(([j]) => j));
  const values: Cell[] = [];
  for (let j = first; j <= last; j++) values.push(keepAsText(current[j] ?? ""));
  for (const [j, v] of entries) values[j - first] = keepAsText(v);
  index.sheet.getRange(target, first + 1, 1, last - first + 1).setValues([values]);
  if (row <= 0) index.lastRow = target;
  return target;
}
