// A unit's rows of `Số liệu` without reading the whole sheet: the header, then only the two key
// columns (Kỳ, Mã đơn vị), then the few rows wanted. At 3,000 units × 12 months that is about
// 72,000 cells read instead of 1.6 million, in a fixed number of calls.
import type { Indicator } from "../core/schemas";
import { cellText } from "../workbook/cells";
import type { Cell } from "../workbook/contract";
import { type DataColumns, locateDataColumns } from "../workbook/data-columns";
import { readPeriodCell } from "../workbook/read";

export { type DataColumns, locateDataColumns };

import type { Sheet } from "./spreadsheet";

export interface DataIndex extends DataColumns {
  sheet: Sheet;
  /** The sheet's last row with content (1-based); new rows go below it. */
  lastRow: number;
  /** 1-based sheet row of each `period|unitId`, the first one when a key repeats. */
  rowOf(period: string, unitId: string): number;
  /** The cells of a sheet row (1-based), as wide as the header. */
  readRow(row: number): Cell[];
}

/** Reads the header and the key columns: 2 to 4 value calls, whatever the sheet's size. */
export function indexData(sheet: Sheet, indicators: Indicator[], timeZone: string): DataIndex {
  const lastRow = sheet.getLastRow();
  const width = Math.max(sheet.getLastColumn(), 1);
  const header = lastRow >= 1 ? (sheet.getRange(1, 1, 1, width).getValues()[0] as Cell[]) : [];
  const cols = locateDataColumns(header, indicators);
  const rows = new Map<string, number>();
  if (cols.periodCol >= 0 && cols.unitCol >= 0 && lastRow >= 2) {
    // The key columns are usually side by side: one read of the span between them.
    const first = Math.min(cols.periodCol, cols.unitCol);
    const span = Math.abs(cols.periodCol - cols.unitCol) + 1;
    const keys = sheet.getRange(2, first + 1, lastRow - 1, span).getValues() as Cell[][];
    keys.forEach((r, i) => {
      const period = readPeriodCell(r[cols.periodCol - first], timeZone);
      const key = `${period}|${cellText(r[cols.unitCol - first])}`;
      if (period !== null && !rows.has(key)) rows.set(key, i + 2);
    });
  }
  return {
    ...cols,
    sheet,
    lastRow: Math.max(lastRow, 1),
    rowOf: (period, unitId) => rows.get(`${period}|${unitId}`) ?? -1,
    readRow: (row) => {
      const cells = sheet.getRange(row, 1, 1, width).getValues()[0] as Cell[];
      return cells;
    },
  };
}
