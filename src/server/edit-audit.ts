// Edits typed straight into `Số liệu` and `Thẩm định` are audited too, by an installable on-edit
// trigger that setupWorkbook installs once. (Writes made by the script itself do not fire it.)
import { t } from "../core/messages";
import { a1 } from "../workbook/a1";
import { cellText, readWord } from "../workbook/cells";
import { type Cell, DATA_COLUMNS, normalizeHeader, REVIEW_COLUMNS, WORDS } from "../workbook/contract";
import { type ColumnIndex, locateColumns } from "../workbook/headers";
import { readPeriodCell } from "../workbook/read";
import { activeUserEmail, ownerEmail, unitsFor } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { addFlags, type EditFlag, type FlagReason } from "./flags";
import { indexReviews } from "./review-rows";
import { readSpreadsheet, type Sheet, type Spreadsheet, sheetsByKey } from "./spreadsheet";

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

/** A ratio's column (`VB_TU`, `VB_MAU`, or their English aliases) belongs to its indicator `VB`. */
const RATIO_PART = /_(TU|NUM|MAU|DEN)$/;

/**
 * Which edited cells of `Số liệu` lie over a figure the office has accepted or adjusted (design
 * §10): the key columns of `Thẩm định`, then the `Trạng thái` of the rows concerned in one read.
 * Nothing is read when there is no `Thẩm định` sheet or no edited cell has a review row.
 */
function reviewedFigures(
  sheet: Sheet | undefined,
  timeZone: string,
  cells: { period: string; unitId: string; header: string }[],
): boolean[] {
  if (!sheet || cells.length === 0) return cells.map(() => false);
  const index = indexReviews(sheet, timeZone);
  const rowOf = (c: (typeof cells)[number]) => {
    const h = normalizeHeader(c.header);
    const r = index.rowOf(c.period, c.unitId, h);
    return r > 0 || !RATIO_PART.test(h) ? r : index.rowOf(c.period, c.unitId, h.replace(RATIO_PART, ""));
  };
  const rows = cells.map((c) => (c.period && c.unitId && c.header ? rowOf(c) : -1));
  const found = rows.filter((r) => r > 0);
  if (found.length === 0) return cells.map(() => false);
  const first = Math.min(...found);
  const span = Math.max(...found) - first + 1;
  const status = sheet.getRange(first, index.columns.status + 1, span, 1).getValues() as Cell[][];
  return rows.map((r) => {
    if (r <= 0) return false;
    const w = readWord(status[r - first][0], WORDS.status, REVIEW_COLUMNS.status.name);
    return w.ok && (w.value === "accepted" || w.value === "adjusted");
  });
}

export function auditGridEdit(e: GoogleAppsScript.Events.SheetsOnEdit): void {
  const range = e.range;
  const sheet = range.getSheet();
  const ss = sheet.getParent();
  const read = readSpreadsheet(ss, ["units", "settings"]);
  // The data and review sheets by identity: a decoy named `Data` is not audited (nor read by anything).
  // In `Thẩm định` a clerk may type evidence only: its key columns carry the office's decisions, so
  // moving a row's Kỳ, Mã đơn vị or Mã chỉ tiêu (a decision to another unit) is flagged like moving
  // a row of figures, and evidence typed into another unit's row like a figure of another unit.
  const is = (s: Sheet | undefined) => s !== undefined && s.getSheetId() === sheet.getSheetId();
  const review = is(read.sheets.review);
  if (!is(read.sheets.data) && !review) return;
  const firstRow = range.getRow();
  const numRows = range.getNumRows();
  const { settings, units } = read.model;
  const lang = settings.language;
  const lastColumn = Math.max(sheet.getLastColumn(), range.getLastColumn());
  // The header and the edited rows in one read: row 1 is the header, the rest are figures.
  const grid = sheet.getRange(1, 1, firstRow + numRows - 1, lastColumn).getValues() as Cell[][];
  const header = grid[0];
  // `Kỳ` and `Mã đơn vị` are named alike in both sheets.
  const cols = locateColumns(sheet.getName(), header, DATA_COLUMNS, []);
  const indicatorCol = review ? locateColumns(sheet.getName(), header, REVIEW_COLUMNS, []).indicatorId : undefined;
  const top = Math.max(firstRow, 2);
  const rows = grid.slice(top - 1);
  // An installable trigger runs as the admin who installed it: the editor is `e.user`, which Apps
  // Script often leaves blank for accounts outside the owner's domain. Blank is never trusted.
  const editor = (e.user?.getEmail() ?? "").trim();
  const by = editor || t(lang, "unknownUser");
  const at = new Date();
  const action = t(lang, "auditGrid");
  const tz = read.timeZone;
  const periodOf = (row: Cell[]) =>
    cols.period === undefined ? "" : (readPeriodCell(row[cols.period], tz) ?? display(row[cols.period]));
  const unitOf = (row: Cell[]) => (cols.unitId === undefined ? "" : display(row[cols.unitId]));
  const { units: own, admin } = unitsFor(units, settings, editor, ownerEmail(ss));
  const closed = new Set(settings.closedPeriods);
  const firstCol = range.getColumn();
  const numCols = range.getNumColumns();
  const single = numRows === 1 && numCols === 1;
  const touches = (col: number | undefined) => col !== undefined && col >= firstCol - 1 && col < firstCol - 1 + numCols;
  // Renaming a column (swapping `KY_SO` and `EMAIL_CV`) changes what every figure means; changing a
  // row's Kỳ or Mã đơn vị moves its figures. Only a clerk typing a new row's key is left alone.
  const headerEdited = firstRow === 1;
  const keyMoved =
    (touches(cols.period) || touches(cols.unitId) || touches(indicatorCol)) &&
    !(single && String(e.oldValue ?? "").trim() === "");
  const reasonsFor = (period: string, unitId: string): FlagReason[] => {
    const reasons: FlagReason[] = [];
    if (editor === "") reasons.push("unknownEditor");
    else if (!admin && !own.some((u) => u.id === unitId)) reasons.push("otherUnit");
    if (closed.has(period)) reasons.push("closedPeriod");
    if (editor !== "" && !admin && headerEdited) reasons.push("header");
    if (editor !== "" && !admin && keyMoved) reasons.push("keyMoved");
    // `Cập nhật lúc` says when a unit reported (design §13): typed by hand, it could say "on time".
    if (!review && !admin && touches(cols.updatedAt)) reasons.push("stamp");
    return reasons;
  };
  // The figure cells edited (not the header, not a paste too large to list), by their row's key.
  const figureCells: { r: number; j: number; period: string; unitId: string; header: string }[] = [];
  rows.forEach((row, i) => {
    for (let j = firstCol - 1; j < firstCol - 1 + numCols; j++)
      figureCells.push({ r: top + i, j, period: periodOf(row), unitId: unitOf(row), header: display(header[j]) });
  });
  const reviewedList = review ? [] : reviewedFigures(read.sheets.review, tz, figureCells);
  const reviewed = new Set(figureCells.filter((_, k) => reviewedList[k]).map((c) => `${c.r}:${c.j}`));
  const audit: AuditRow[] = [];
  const flags: EditFlag[] = [];
  const flag = (cell: string, period: string, unitId: string, reasons = reasonsFor(period, unitId)) => {
    if (reasons.length > 0) flags.push({ at: at.toISOString(), by: editor, cell, period, unitId, reasons });
    return reasons;
  };
  const flagNote = (reasons: FlagReason[]) =>
    reasons.length === 0 ? "" : ` — ${t(lang, "auditFlagged")}: ${reasons.map((r) => t(lang, `flag_${r}`)).join("; ")}`;
  const cellsEdited = (rows.length + (headerEdited ? 1 : 0)) * numCols;
  if (cellsEdited > MAX_CELLS) {
    const where = `${sheet.getName()}!${range.getA1Notation()}`;
    // A large paste is one audit row and one flag, with the reasons of every row it covers.
    const all = new Set<FlagReason>(rows.flatMap((row) => reasonsFor(periodOf(row), unitOf(row))));
    if (reviewed.size > 0) all.add("reviewed");
    if (headerEdited) for (const r of reasonsFor("", "")) if (r !== "otherUnit") all.add(r);
    const reasons = flag(where, "", "", [...all]);
    audit.push({
      at,
      by,
      action: action + flagNote(reasons),
      period: "",
      unitId: "",
      indicator: range.getA1Notation(),
      oldValue: "",
      newValue: `${cellsEdited}`,
    });
  } else {
    // A `Thẩm định` cell is named with its row's indicator: `KH_CDS · Minh chứng`.
    const columnOf = (row: Cell[], j: number) =>
      indicatorCol === undefined ? display(header[j]) : `${display(row[indicatorCol])} · ${display(header[j])}`;
    const edited = (row: Cell[], r: number, period: string, unitId: string, reasons?: FlagReason[]) => {
      for (let j = firstCol - 1; j < firstCol - 1 + numCols; j++) {
        const cell = `${sheet.getName()}!${a1(r, j + 1)}`;
        const own = reasons ?? reasonsFor(period, unitId);
        const why = flag(cell, period, unitId, reviewed.has(`${r}:${j}`) ? [...own, "reviewed"] : own);
        audit.push({
          at,
          by,
          action: action + flagNote(why),
          period,
          unitId,
          indicator: r === 1 ? t(lang, "auditHeader") : columnOf(row, j),
          oldValue: single ? String(e.oldValue ?? "") : "",
          newValue: display(row[j]),
        });
      }
    };
    // A header cell belongs to no unit: only who, and that it is the header, can be held against it.
    if (headerEdited)
      edited(
        header,
        1,
        "",
        "",
        reasonsFor("", "").filter((r) => r !== "otherUnit"),
      );
    for (const [i, row] of rows.entries()) edited(row, top + i, periodOf(row), unitOf(row));
  }
  // The sidebar and the mailer append under the document lock too: two appends must not share a row.
  const lock = LockService.getDocumentLock();
  const locked = lock.tryLock(10_000);
  if (!locked) console.error("DX Scorecard: audit appended without the lock (the document was busy for 10 s)");
  try {
    appendAudit(ss, read.sheets.audit ?? sheetsByKey(ss).audit, audit);
    addFlags(flags);
    if (!review) stampEditedRows(sheet, rows, top, cols, firstCol, numCols, at);
  } finally {
    if (locked) lock.releaseLock();
  }
}

/**
 * Figures typed into the grid get the time they were typed in `Cập nhật lúc`, as the sidebar's saves
 * do: the day a unit reported is judged from it (punctuality, design §13). One write for the rows
 * edited; a row left without its key (cleared) keeps what it had. Editing only the note, `Người nhập`
 * or `Cập nhật lúc` itself stamps nothing (the last is flagged instead).
 */
function stampEditedRows(
  sheet: Sheet,
  rows: Cell[][],
  top: number,
  cols: ColumnIndex<keyof typeof DATA_COLUMNS>,
  firstCol: number,
  numCols: number,
  at: Date,
): void {
  const stampCol = cols.updatedAt;
  if (stampCol === undefined || rows.length === 0) return;
  const unstamped = new Set([cols.note, cols.enteredBy, cols.updatedAt]);
  let figures = false;
  for (let j = firstCol - 1; j < firstCol - 1 + numCols; j++) if (!unstamped.has(j)) figures = true;
  if (!figures) return;
  const keyed = (row: Cell[]) =>
    [cols.period, cols.unitId].every((c) => c !== undefined && String(row[c] ?? "").trim() !== "");
  const stamps = rows.map((row) => [keyed(row) ? at : (row[stampCol] ?? "")]);
  sheet.getRange(top, stampCol + 1, stamps.length, 1).setValues(stamps);
}
