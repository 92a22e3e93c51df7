// Appending to `Nhật ký` (Audit): one setValues for all the rows of one action, never an edit.
import { AUDIT_COLUMNS, type Cell, SHEETS } from "../workbook/contract";
import { keepAsText } from "../workbook/text-cells";
import type { Sheet, Spreadsheet } from "./spreadsheet";

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

/** Appends the rows (creating the sheet if needed) and returns the sheet for the next append. */
export function appendAudit(ss: Spreadsheet, sheet: Sheet | undefined, rows: AuditRow[]): Sheet | undefined {
  if (rows.length === 0) return sheet;
  let target = sheet;
  const values: Cell[][] = rows.map((r) =>
    [r.at, r.by, r.action, r.period, r.unitId, r.indicator, r.oldValue, r.newValue].map(keepAsText),
  );
  if (!target) target = ss.insertSheet(SHEETS.audit.name);
  const last = target.getLastRow();
  // A new sheet, or one left empty by a first append that failed, starts with the header.
  if (last === 0) values.unshift(Object.values(AUDIT_COLUMNS).map((c) => c.name));
  target.getRange(last + 1, 1, values.length, values[0].length).setValues(values);
  return target;
}
