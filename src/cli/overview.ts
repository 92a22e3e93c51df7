// `Tổng quan` in the copy `rank --out` writes (design §13), right after `Xếp hạng`, the ranking
// staying the sheet the file opens on. A file has no SPARKLINE: the trend is a text chart.
import type ExcelJS from "exceljs";
import type { History } from "../core/history";
import type { Period } from "../core/periods";
import { SHEETS } from "../workbook/contract";
import { formatDateTime } from "../workbook/dates";
import { isOverviewTitleRow, layoutOverviewSheet } from "../workbook/overview-sheet";
import type { ReadResult } from "../workbook/read";
import { paintSheet, plainCell } from "./xlsx";

export interface OverviewCopy {
  /** The workbook's read: its model, and the name of a `Tổng quan` it already has. */
  read: ReadResult;
  period: Period;
  /** The trends and punctuality to show, as the command line reads them (see `cliHistory` in commands/rank.ts). */
  history: History;
  now: Date;
  /** The zone the titles' times and "today" are in (the CLI's report zone, Asia/Ho_Chi_Minh). */
  reportTimeZone: string;
  /** The ranking sheet's name: a new `Tổng quan` goes right after it. */
  after: string;
}

/** Paints `Tổng quan` into the workbook. False when the workbook has a sheet of that name of its own, which is kept. */
export function paintOverviewCopy(wb: ExcelJS.Workbook, c: OverviewCopy): boolean {
  const { model, sheetNames } = c.read;
  const paint = layoutOverviewSheet(c.history, {
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
