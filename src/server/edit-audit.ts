// Edits typed straight into `Số liệu` are audited too, by an installable on-edit trigger that
// setupWorkbook installs once. (Writes made by the script itself do not fire it.)
import { t } from "../core/messages";
import { cellText } from "../workbook/cells";
import { type Cell, DATA_COLUMNS, SHEETS } from "../workbook/contract";
import { locateColumns, matchesName } from "../workbook/headers";
import { readPeriodCell } from "../workbook/read";
import { activeUserEmail } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { readLanguage, type Spreadsheet, sheetsByKey } from "./spreadsheet";

export const EDIT_HANDLER = "onDataEdit";
const TRIGGER_MARK = "dxScorecard.editTrigger";
/** A paste larger than this is audited as one row naming the range, not cell by cell. */
const MAX_CELLS = 500;

/** Installs the on-edit trigger unless one exists (for this user, or recorded for the document). */
export function ensureEditTrigger(ss: Spreadsheet): boolean {
  if (ScriptApp.getProjectTriggers().some((tr) => tr.getHandlerFunction() === EDIT_HANDLER)) return false;
  const props = PropertiesService.getDocumentProperties();
  const owner = props.getProperty(TRIGGER_MARK);
  const me = activeUserEmail();
  // Another admin's trigger already audits this document; a second one would log every edit twice.
  if (owner && owner !== me) return false;
  ScriptApp.newTrigger(EDIT_HANDLER).forSpreadsheet(ss).onEdit().create();
  props.setProperty(TRIGGER_MARK, me || "?");
  return true;
}

const display = (c: Cell | undefined): string => (c === undefined || c === null ? "" : cellText(c));

export function auditGridEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  if (!matchesName(sheet.getName(), SHEETS.data)) return;
  const firstRow = range.getRow();
  const numRows = range.getNumRows();
  if (firstRow + numRows - 1 < 2) return;
  const ss = sheet.getParent();
  const lang = readLanguage(ss);
  const lastColumn = Math.max(sheet.getLastColumn(), range.getLastColumn());
  const header = sheet.getRange(1, 1, 1, lastColumn).getValues()[0] as Cell[];
  const cols = locateColumns(sheet.getName(), header, DATA_COLUMNS, []);
  const top = Math.max(firstRow, 2);
  const rows = sheet.getRange(top, 1, firstRow + numRows - top, lastColumn).getValues() as Cell[][];
  const by = e.user?.getEmail() || activeUserEmail();
  const at = new Date();
  const action = t(lang, "auditGrid");
  const tz = ss.getSpreadsheetTimeZone();
  const periodOf = (row: Cell[]) =>
    cols.period === undefined ? "" : (readPeriodCell(row[cols.period], tz) ?? display(row[cols.period]));
  const unitOf = (row: Cell[]) => (cols.unitId === undefined ? "" : display(row[cols.unitId]));
  const firstCol = range.getColumn();
  const numCols = range.getNumColumns();
  const audit: AuditRow[] = [];
  if (rows.length * numCols > MAX_CELLS) {
    audit.push({
      at,
      by,
      action,
      period: "",
      unitId: "",
      indicator: range.getA1Notation(),
      oldValue: "",
      newValue: `${rows.length * numCols}`,
    });
  } else {
    const single = numRows === 1 && numCols === 1;
    for (const row of rows) {
      for (let j = firstCol - 1; j < firstCol - 1 + numCols; j++) {
        audit.push({
          at,
          by,
          action,
          period: periodOf(row),
          unitId: unitOf(row),
          indicator: display(header[j]),
          oldValue: single ? String(e.oldValue ?? "") : "",
          newValue: display(row[j]),
        });
      }
    }
  }
  // The sidebar and the mailer append under the document lock too: two appends must not share a row.
  const lock = LockService.getDocumentLock();
  const locked = lock.tryLock(10_000);
  if (!locked) console.error("DX Scorecard: audit appended without the lock (the document was busy for 10 s)");
  try {
    appendAudit(ss, sheetsByKey(ss).audit, audit);
  } finally {
    if (locked) lock.releaseLock();
  }
}
