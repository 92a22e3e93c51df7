// Today in the spreadsheet's time zone, and the periods that follow from it.
import { monthBefore, type Period } from "../core/periods";
import { dateParts, formatDateTime } from "../workbook/dates";

/** The last complete month in the spreadsheet's time zone: the default period to rank. */
export function lastCompleteMonth(timeZone: string, now: Date = new Date()): Period {
  const p = dateParts(now, timeZone);
  return monthBefore(p.year, p.month);
}

export function nowText(timeZone: string, now: Date = new Date()): string {
  return formatDateTime(now, timeZone);
}
