// Today in the spreadsheet's time zone, and the periods that follow from it.
import { monthBefore, type Period } from "../core/periods";
import { dateParts, formatDateTime } from "../workbook/dates";

/** The last complete month in the spreadsheet's time zone: the default period to rank. */
export function lastCompleteMonth(timeZone: string, now: Date = new Date()): Period {
  const p = dateParts(now, timeZone);
  return monthBefore(p.year, p.month);
}

/** Today's date in the spreadsheet's time zone: the day e-mails are written for. */
export function today(timeZone: string, now: Date = new Date()): { year: number; month: number; day: number } {
  const p = dateParts(now, timeZone);
  return { year: p.year, month: p.month, day: p.day };
}

/** `30/11/2026 23:36`, as every other date the users read. */
export function nowText(timeZone: string, now: Date = new Date()): string {
  return formatDateTime(now, timeZone);
}
