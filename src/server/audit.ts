// Appending to `Nhật ký` (Audit): one setValues for all the rows of one action, never an edit, each
// row chained to the one before (src/core/audit-chain.ts). A constant number of service calls
// whatever the sheet's size: the header and the last row are read, never the whole sheet.
import { type Anchor, continueChain, formatAnchor, parseAnchor } from "../core/audit-chain";
import type { Problem } from "../core/problems";
import { auditLayout, canonicalCell, rowFields, verifyAuditGrid } from "../workbook/audit-sheet";
import { AUDIT_COLUMNS, type Cell, SHEETS } from "../workbook/contract";
import { keepAsText } from "../workbook/text-cells";
import { nowText } from "./clock";
import { readGrid, type Sheet, type Spreadsheet } from "./spreadsheet";

/** The last entry the add-on wrote, where no editor of the sheet can change it. */
const ANCHOR = "dxScorecard.auditAnchor";

export interface AuditRow {
  at: Date;
  by: string;
  action: string;
  period: string;
  unitId: string;
  indicator: string;
  oldValue: string;
  newValue: string;
}

type AuditKey = keyof typeof AUDIT_COLUMNS;

function cellsOf(r: AuditRow): Record<Exclude<AuditKey, "code">, Cell> {
  // A date keeps whole seconds only, as a spreadsheet serial does: the hash must survive the trip.
  const at = new Date(Math.floor(r.at.getTime() / 1000) * 1000);
  return {
    at,
    by: r.by,
    action: r.action,
    period: r.period,
    unitId: r.unitId,
    indicatorId: r.indicator,
    oldValue: r.oldValue,
    newValue: r.newValue,
  };
}

export function readAuditAnchor(): Anchor | null {
  return parseAnchor(PropertiesService.getDocumentProperties().getProperty(ANCHOR));
}

/**
 * Appends the rows (creating the sheet, or a missing column's header, if needed) and returns the
 * sheet for the next append. The anchor is stored before the rows: if their write fails, the
 * anchor's `from` still describes the sheet, so a failure never looks like tampering.
 */
export function appendAudit(ss: Spreadsheet, sheet: Sheet | undefined, rows: AuditRow[]): Sheet | undefined {
  if (rows.length === 0) return sheet;
  const target = sheet ?? ss.getSheetByName(SHEETS.audit.name) ?? ss.insertSheet(SHEETS.audit.name);
  const timeZone = ss.getSpreadsheetTimeZone();
  const lastRow = target.getLastRow();
  const lastColumn = Math.max(target.getLastColumn(), 1);
  const header: Cell[] = lastRow >= 1 ? (target.getRange(1, 1, 1, lastColumn).getValues()[0] as Cell[]) : [];
  const last: Cell[] = lastRow >= 2 ? (target.getRange(lastRow, 1, 1, lastColumn).getValues()[0] as Cell[]) : [];
  const before = auditLayout(header);
  const lastCode = before.columns.code === undefined ? "" : canonicalCell(last[before.columns.code], timeZone);

  // Columns are found by header: one inserted by an editor is left blank, one missing is added.
  let width = header.reduce<number>((w, h, j) => (h === "" || h === null ? w : j + 1), 0);
  const missing = (Object.keys(AUDIT_COLUMNS) as AuditKey[]).filter((k) => before.columns[k] === undefined);
  const added = missing.map((k) => AUDIT_COLUMNS[k].name);
  const fullHeader: Cell[] = [...header.slice(0, width), ...added];
  const layout = auditLayout(fullHeader);
  width = fullHeader.length;

  const cells = rows.map(cellsOf);
  const fields = cells.map((c) => {
    const row: Cell[] = new Array(width).fill("");
    for (const [k, v] of Object.entries(c)) row[layout.columns[k as AuditKey] as number] = v;
    return rowFields(row, layout, timeZone);
  });
  const props = PropertiesService.getDocumentProperties();
  const next = continueChain(lastCode, parseAnchor(props.getProperty(ANCHOR)), fields, nowText(timeZone));
  const values: Cell[][] = cells.map((c, i) => {
    const row: Cell[] = new Array(width).fill("");
    for (const [k, v] of Object.entries(c)) row[layout.columns[k as AuditKey] as number] = keepAsText(v);
    row[layout.columns.code as number] = keepAsText(next.codes[i]);
    return row;
  });
  if (lastRow === 0) values.unshift(fullHeader);
  else if (added.length > 0) target.getRange(1, width - added.length + 1, 1, added.length).setValues([added]);
  props.setProperty(ANCHOR, formatAnchor(next.anchor));
  target.getRange(lastRow + 1, 1, values.length, width).setValues(values);
  return target;
}

/** The chain's problems for Kiểm tra số liệu: one getValues of `Nhật ký` and the anchor. */
export function auditChainProblems(sheet: Sheet | undefined, timeZone: string): Problem[] {
  const grid = sheet ? readGrid(sheet) : [];
  return verifyAuditGrid(sheet?.getName() ?? SHEETS.audit.name, grid, timeZone, readAuditAnchor());
}
