// Appending to `Nhật ký` (Audit): one setValues for all the rows of one action, never an edit, each
// row chained to the one before (src/core/audit-chain.ts). A constant number of service calls
// whatever the sheet's size: the header and the last row are read, never the whole sheet.
import { type Anchor, formatAnchor, parseAnchor } from "../core/audit-chain";
import type { Problem } from "../core/problems";
import { type AuditRow, auditLayout, canonicalCell, chainAuditRows, verifyAuditGrid } from "../workbook/audit-sheet";
import { type Cell, SHEETS } from "../workbook/contract";
import { keepAsText } from "../workbook/text-cells";
import { nowText } from "./clock";
import { readGrid, type Sheet, type Spreadsheet } from "./spreadsheet";

export type { AuditRow };

/** The last entry the add-on wrote, where no editor of the sheet can change it. */
const ANCHOR = "dxScorecard.auditAnchor";

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
  const props = PropertiesService.getDocumentProperties();
  const next = chainAuditRows(
    header,
    lastCode,
    rows,
    timeZone,
    parseAnchor(props.getProperty(ANCHOR)),
    nowText(timeZone),
  );
  const values: Cell[][] = next.rows.map((row) => row.map(keepAsText));
  const added = next.header.slice(next.width);
  if (lastRow === 0) values.unshift(next.header);
  else if (added.length > 0) target.getRange(1, next.width + 1, 1, added.length).setValues([added]);
  props.setProperty(ANCHOR, formatAnchor(next.anchor));
  target.getRange(lastRow + 1, 1, values.length, next.header.length).setValues(values);
  return target;
}

/** The chain's problems for Kiểm tra số liệu: one getValues of `Nhật ký` and the anchor. */
export function auditChainProblems(sheet: Sheet | undefined, timeZone: string): Problem[] {
  const grid = sheet ? readGrid(sheet) : [];
  return verifyAuditGrid(sheet?.getName() ?? SHEETS.audit.name, grid, timeZone, readAuditAnchor());
}
