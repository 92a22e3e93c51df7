// Rows or columns deleted from `Số liệu` fire no on-edit event, only on-change, which says what
// kind of change it was and by whom but not where: the sheet is the one the editor had open. A
// clerk deleting rows of `Số liệu` (another unit's figures, or a whole month) is flagged like a
// suspicious grid edit; what was deleted is in Sheets' version history.
import { t } from "../core/messages";
import { ownerEmail, unitsFor } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { addFlags } from "./flags";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";

export const CHANGE_HANDLER = "onDataChange";
const WATCHED = new Set(["REMOVE_ROW", "REMOVE_COLUMN"]);

/** Installs the on-change trigger unless the project has one. */
export function ensureChangeTrigger(ss: Spreadsheet): boolean {
  if (ScriptApp.getProjectTriggers().some((tr) => tr.getHandlerFunction() === CHANGE_HANDLER)) return false;
  ScriptApp.newTrigger(CHANGE_HANDLER).forSpreadsheet(ss).onChange().create();
  return true;
}

export function watchStructure(e: GoogleAppsScript.Events.SheetsOnChange): void {
  if (!WATCHED.has(String(e.changeType))) return;
  const ss = e.source;
  const read = readSpreadsheet(ss, ["units", "settings"]);
  const data = read.sheets.data;
  const active = ss.getActiveSheet();
  if (!data || active.getSheetId() !== data.getSheetId()) return;
  const { settings, units } = read.model;
  const lang = settings.language;
  const editor = (e.user?.getEmail() ?? "").trim();
  const { admin } = unitsFor(units, settings, editor, ownerEmail(ss));
  const rows = e.changeType === "REMOVE_ROW";
  const at = new Date();
  const reasons = editor === "" ? (["unknownEditor", "structure"] as const) : admin ? [] : (["structure"] as const);
  const note =
    reasons.length === 0 ? "" : ` — ${t(lang, "auditFlagged")}: ${reasons.map((r) => t(lang, `flag_${r}`)).join("; ")}`;
  const row: AuditRow = {
    at,
    by: editor || t(lang, "unknownUser"),
    action: t(lang, rows ? "auditRowsRemoved" : "auditColumnsRemoved") + note,
    period: "",
    unitId: "",
    indicator: data.getName(),
    oldValue: "",
    newValue: "",
  };
  const lock = LockService.getDocumentLock();
  const locked = lock.tryLock(10_000);
  try {
    appendAudit(ss, read.sheets.audit, [row]);
    if (reasons.length > 0)
      addFlags([
        { at: at.toISOString(), by: editor, cell: data.getName(), period: "", unitId: "", reasons: [...reasons] },
      ]);
  } finally {
    if (locked) lock.releaseLock();
  }
}
