// `Tổng quan` in the copy `rank --out` writes (design §13), right after `Xếp hạng`, the ranking
// staying the sheet the file opens on. A file has no SPARKLINE: the trend is a text chart.
import type ExcelJS from "exceljs";
import { buildHistory } from "../core/history";
import type { Period } from "../core/periods";
import { SHEETS } from "../workbook/contract";
import { dateParts, formatDateTime } from "../workbook/dates";
import { isOverviewTitleRow, layoutOverviewSheet } from "../workbook/overview-sheet";
import type { ReadResult } from "../workbook/read";
import { XLSX_TIME_ZONE } from "./load";
import { paintSheet, plainCell } from "./xlsx";

export interface OverviewCopy {
  /** The workbook's read: its model, and the name of a `Tổng quan` it already has. */
  read: ReadResult;
  period: Period;
  now: Date;
  /** The zone the titles' times and "today" are in (the CLI's report zone, Asia/Ho_Chi_Minh). */
  reportTimeZone: string;
  /** The ranking sheet's name: a new `Tổng quan` goes right after it. */
  after: string;
}

/**
 * Paints `Tổng quan` into the workbook. `Cập nhật lúc` is read as the file's wall time (the CLI
 * reads dates in UTC, see load.ts), and a month is not yet missing before its due day has passed
 * in the report's zone. False when the workbook has a sheet of that name of its own, which is kept.
 */
export function paintOverviewCopy(wb: ExcelJS.Workbook, c: OverviewCopy): boolean {
  const { model, sheetNames } = c.read;
  const { year, month, day } = dateParts(c.now, c.reportTimeZone);
  const history = buildHistory(model, c.period, { timeZone: XLSX_TIME_ZONE, today: { year, month, day } });
  const paint = layoutOverviewSheet(history, {
    lang: model.settings.language,
    period: c.period,
    writtenAt: formatDateTime(c.now, c.reportTimeZone),
    decimals: model.settings.decimals,
    trend: "text",
  });
  const name = sheetNames.overview ?? SHEETS.overview.name;
  // A sheet of that name that the overview did not lay out is the workbook's own: left as it is.
  const existing = wb.getWorksheet(name);
  if (existing && existing.actualRowCount > 0) {
    const first = [1, 2, 3].map((column) => plainCell(existing.getCell(1, column).value));
    if (!isOverviewTitleRow(first)) return false;
  }
  paintSheet(wb, name, paint, { after: c.after, open: false });
  return true;
}
