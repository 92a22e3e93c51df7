// "Khóa kỳ": after review an admin closes a month, or a year (its year rows: the yearly figures), or
// reopens it (design §8). The periods are kept in `Cài đặt` under `Kỳ đã khóa`, where only admins
// can edit; the sidebar then refuses saves for them and grid edits to them are flagged. Every change
// is audited.
import * as z from "zod/mini";
import { periodLabel } from "../core/labels";
import { sentence, t } from "../core/messages";
import { formatPeriod, parsePeriod } from "../core/periods";
import type { Language } from "../core/schemas";
import { type Cell, SETTING_KEYS, SETTINGS_COLUMNS, SHEETS } from "../workbook/contract";
import { locateColumns, matchesName } from "../workbook/headers";
import { readClosedPeriods } from "../workbook/read";
import { keepAsText } from "../workbook/text-cells";
import { caller } from "./access";
import { appendAudit } from "./audit";
import { lastCompleteMonth } from "./clock";
import { withDocumentLock } from "./lock";
import { readGrid, readSpreadsheet, type Sheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";
import { alert, askPeriod, maybeUi, problemLines, toast } from "./ui";
import { putBack } from "./undo";

/** From a script or a test: the month or year and whether to close it; the menu passes nothing and asks. */
const CloseRequestSchema = z.strictObject({
  period: z.string().check(z.maxLength(16)),
  close: z.boolean(),
});

function confirmed(lang: Language, text: string): boolean {
  const ui = maybeUi();
  return ui !== null && ui.alert(t(lang, "closePromptTitle"), text, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Closes or reopens a month or a year; returns what was said to the user ('' when they cancelled). */
export function closePeriodIn(ss: Spreadsheet, arg: unknown): string {
  const read = readSpreadsheet(ss, ["settings"]);
  const { settings } = read.model;
  const lang = settings.language;
  const fail = (message: string): string => {
    alert(t(lang, "closePromptTitle"), message);
    return message;
  };
  const { email, admin } = caller(ss, settings);
  if (!admin) {
    return fail(t(lang, "notAdmin", { email: email || t(lang, "unknownUser"), action: t(lang, "actionClosePeriod") }));
  }
  const sheet = read.sheets.settings;
  if (!sheet) return fail(t(lang, "sheetMissing", { sheet: SHEETS.settings.name }));
  // A `Cài đặt` that does not read cleanly is not rewritten: the admin fixes it first.
  const broken = read.problems.filter((p) => p.sheet === read.sheetNames.settings);
  if (broken.length > 0) return fail(t(lang, "closeSettingsBroken", { reason: problemLines(broken, lang) }));

  const request = CloseRequestSchema.safeParse(arg);
  const text = request.success
    ? request.data.period
    : askPeriod(lang, "closePromptTitle", "closePrompt", lastCompleteMonth(read.timeZone), true);
  if (text === null) return "";
  const period = parsePeriod(text);
  if (period?.kind !== "month" && period?.kind !== "year") return fail(t(lang, "closeNotAPeriod", { value: text }));
  const periodKey = formatPeriod(period);
  const label = periodLabel(period, lang);
  const isClosed = settings.closedPeriods.includes(periodKey);
  let close: boolean;
  if (request.success) close = request.data.close;
  else if (confirmed(lang, sentence(t(lang, isClosed ? "closeAskReopen" : "closeAskClose", { period: label }))))
    close = !isClosed;
  else return "";
  const done = t(lang, close ? "closeDone" : "reopenDone", { period: label });

  const written = withDocumentLock(
    () => {
      try {
        writeClosed(ss, read, sheet, periodKey, close, email, lang);
        return "ok";
      } catch (e) {
        console.error(e);
        return "failed";
      }
    },
    () => "busy",
  );
  if (written === "busy") return fail(t(lang, "busy"));
  if (written === "failed") return fail(t(lang, "closeFailed"));
  toast(ss, done);
  return done;
}

/**
 * Re-reads `Cài đặt` inside the lock, writes the new list into `Kỳ đã khóa` (adding the row when
 * there is none) and audits it; the cell is put back if the audit row cannot be written.
 */
function writeClosed(
  ss: Spreadsheet,
  read: WorkbookRead,
  sheet: Sheet,
  periodKey: string,
  close: boolean,
  email: string,
  lang: Language,
): void {
  const grid = readGrid(sheet);
  const cols = locateColumns(sheet.getName(), grid[0] ?? [], SETTINGS_COLUMNS, []);
  const keyCol = cols.key ?? 0;
  const valueCol = cols.value ?? 1;
  const row = grid.findIndex((r, i) => i > 0 && matchesName(r[keyCol], SETTING_KEYS.closedPeriods));
  const oldCell: Cell = row > 0 ? grid[row][valueCol] : "";
  const before = readClosedPeriods(oldCell, read.timeZone).periods;
  if (before.includes(periodKey) === close) return;
  const after = close ? [...before, periodKey].sort() : before.filter((p) => p !== periodKey);
  const value = after.join("; ");

  let undo: () => void;
  if (row > 0) {
    const cell = sheet.getRange(row + 1, valueCol + 1);
    cell.setValue(keepAsText(value));
    undo = () => cell.setValue(keepAsText(oldCell));
  } else {
    const width = Math.max(keyCol, valueCol) + 1;
    const line: Cell[] = Array(width).fill("");
    line[keyCol] = SETTING_KEYS.closedPeriods.name;
    line[valueCol] = keepAsText(value);
    const range = sheet.getRange(grid.length + 1, 1, 1, width);
    range.setValues([line]);
    undo = () => range.setValues([Array(width).fill("")]);
  }
  try {
    appendAudit(ss, read.sheets.audit, [
      {
        at: new Date(),
        by: email,
        action: t(lang, close ? "auditClosePeriod" : "auditReopenPeriod"),
        period: periodKey,
        unitId: "",
        indicator: SETTING_KEYS.closedPeriods.name,
        oldValue: before.join("; "),
        newValue: value,
      },
    ]);
  } catch (e) {
    // A period closed without its audit row would be a change nobody can trace: undo it.
    putBack([undo]);
    throw e;
  }
  SpreadsheetApp.flush();
}
