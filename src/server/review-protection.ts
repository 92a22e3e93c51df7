// Real protection of the office's columns of `Thẩm định` (design §8, §10): a RANGE protection over
// each run of the columns in REVIEW_OFFICE_COLUMNS, whole columns so that rows added below are
// covered, editable only by the admins and the owner. The first four columns (Kỳ, Mã đơn vị,
// Mã chỉ tiêu, Minh chứng) stay editable: the sidebar's save runs as the clerk and writes the
// evidence there. Re-applied whole on each set-up, so a change of admins or columns takes effect.
import { t } from "../core/messages";
import { columnLetter } from "../workbook/a1";
import { type Cell, REVIEW_COLUMNS, REVIEW_OFFICE_COLUMNS } from "../workbook/contract";
import { matchesName } from "../workbook/headers";
import type { Sheet } from "./spreadsheet";

type Protection = GoogleAppsScript.Spreadsheet.Protection;

/**
 * Only `wanted` (lower-cased admins) and the owner may edit `p`; editors outside are removed, the
 * domain may not edit. Returns the addresses Sheets refused as editors (not Google accounts).
 */
export function restrictProtection(p: Protection, wanted: string[], owner: string): string[] {
  const keep = new Set([...wanted, owner.toLowerCase()]);
  const refused: string[] = [];
  p.setWarningOnly(false);
  const drop = p
    .getEditors()
    .map((u) => u.getEmail())
    .filter((e) => !keep.has(e.toLowerCase()));
  if (drop.length > 0) p.removeEditors(drop);
  try {
    p.addEditors(wanted);
  } catch {
    // One bad address fails the whole call: add them one by one and name the ones refused.
    for (const e of wanted) {
      try {
        p.addEditor(e);
      } catch {
        refused.push(e);
      }
    }
  }
  if (p.canDomainEdit()) p.setDomainEdit(false);
  return refused;
}

/** 1-based runs [first, count] of the office's columns in a `Thẩm định` header. */
function officeRuns(header: readonly Cell[]): [number, number][] {
  const office = new Set(
    REVIEW_OFFICE_COLUMNS.map((k) => header.findIndex((h) => matchesName(h, REVIEW_COLUMNS[k]))).filter((j) => j >= 0),
  );
  const runs: [number, number][] = [];
  for (const j of [...office].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] - 1 === j) last[1]++;
    else runs.push([j + 1, 1]);
  }
  return runs;
}

/**
 * Protects the office's columns of `Thẩm định` for `editors` (admins, and whoever runs set-up) and
 * the owner; our earlier range protections of the sheet (known by their description, in either
 * language) are replaced, others are left alone. Returns the addresses Sheets refused.
 */
export function protectReviewColumns(sheet: Sheet, lang: "vi" | "en", editors: string[], owner: string): string[] {
  const wanted = [...new Set(editors.map((e) => e.toLowerCase()).filter((e) => e !== ""))];
  const ours = new Set([t("vi", "protectedReviewColumns"), t("en", "protectedReviewColumns")]);
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE))
    if (ours.has(p.getDescription())) p.remove();
  const header = sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] as Cell[];
  const refused = new Set<string>();
  for (const [first, count] of officeRuns(header)) {
    const range = sheet.getRange(`${columnLetter(first)}:${columnLetter(first + count - 1)}`);
    const p = range.protect().setDescription(t(lang, "protectedReviewColumns"));
    for (const e of restrictProtection(p, wanted, owner)) refused.add(e);
  }
  return [...refused];
}
