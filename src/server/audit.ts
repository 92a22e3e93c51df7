// Appending to `Nhật ký` (Audit): one setValues for all the rows of one action, never an edit.
import { AUDIT_COLUMNS, type Cell, SHEETS } from "../workbook/contract";
import { neutraliseFormula } from "../workbook/ranking-sheet";
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

/** Texts go in as text: a period `2023-06` must not become a date, nor `=…` a formula. */
function asText(s: string): string {
  return /^[\d=+\-@']/.test(s) ? `'${s}` : s;
}

export function appendAudit(ss: Spreadsheet, sheet: Sheet | undefined, rows: AuditRow[]): void {
  if (rows.length === 0) return;
  let target = sheet;
  const values: Cell[][] = rows.map((r) => [
    r.at,
    neutraliseFormula(r.by),
    neutraliseFormula(r.action),
    asText(r.period),
    neutraliseFormula(r.unitId),
    neutraliseFormula(r.indicator),
    asText(r.oldValue),
    asText(r.newValue),
  ]);
  if (!target) {
    target = ss.insertSheet(SHEETS.audit.name);
    values.unshift(Object.values(AUDIT_COLUMNS).map((c) => c.name));
  }
  const start = target.getLastRow() + 1;
  target.getRange(start, 1, values.length, values[0].length).setValues(values);
}
