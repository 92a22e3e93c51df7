// Replacing a sheet the add-on writes, all or nothing (design §8): the new contents are painted on
// a hidden sheet aside, then swapped in by renames that are undone if a step fails. A service
// failure at any call leaves either the previous sheet whole or the new one complete, never half.
import { SHEETS, type SheetKey } from "../workbook/contract";
import { recordedSheetId, recordSheetId } from "./sheet-ids";
import type { Sheet, Spreadsheet } from "./spreadsheet";

/** Names no user would give and no contract name resembles, so no reader mistakes them for a role. */
export function asideName(key: SheetKey, role: "new" | "old"): string {
  return `dxScorecard~${role}~${key}`;
}

/** Runs a step whose failure must not undo what is already committed; the next run tidies up. */
function bestEffort(step: () => void): void {
  try {
    step();
  } catch {
    // Nothing to do: see the callers for what is left and who removes it.
  }
}

/**
 * Paints a new sheet with `paint` and puts it in the place of `current` (same name, position and
 * protection), or adds it under the contract's name when there is none. Throws what the failing
 * service call threw, with the previous sheet untouched.
 */
export function replaceSheet(
  ss: Spreadsheet,
  key: SheetKey,
  current: Sheet | undefined,
  paint: (sheet: Sheet) => void,
): Sheet {
  // Leftovers of a run that failed half-way: a new sheet never swapped in is garbage; a previous
  // sheet renamed aside is garbage once its replacement stands, and the sheet itself otherwise.
  const stale = ss.getSheetByName(asideName(key, "new"));
  if (stale) ss.deleteSheet(stale);
  const retired = ss.getSheetByName(asideName(key, "old"));
  // Found by its recorded ID, the current sheet may itself be the one left renamed aside.
  const currentIsRetired = retired !== null && current !== undefined && retired.getSheetId() === current.getSheetId();
  let old = current;
  if (retired && old && !currentIsRetired) ss.deleteSheet(retired);
  else if (retired) old = retired;

  const name = current && !currentIsRetired ? current.getName() : SHEETS[key].name;
  // Inserted just before the previous sheet, it takes that sheet's place in the tabs once it goes.
  const fresh = old ? ss.insertSheet(asideName(key, "new"), old.getIndex() - 1) : ss.insertSheet(asideName(key, "new"));
  try {
    fresh.hideSheet();
    paint(fresh);
    if (old) copyProtections(old, fresh);
    swap(key, name, old, fresh);
  } catch (e) {
    bestEffort(() => ss.deleteSheet(fresh));
    throw e;
  }
  // Committed: the previous sheet is garbage now, and the user is shown the new one.
  if (old) {
    const gone = old;
    bestEffort(() => ss.deleteSheet(gone));
  }
  bestEffort(() => fresh.activate());
  return fresh;
}

/** The renames and the recorded ID, each undone (in reverse) when a later one fails. */
function swap(key: SheetKey, name: string, old: Sheet | undefined, fresh: Sheet): void {
  const undo: (() => void)[] = [];
  try {
    fresh.showSheet();
    if (old) {
      old.setName(asideName(key, "old"));
      undo.push(() => old.setName(name));
    }
    fresh.setName(name);
    undo.push(() => fresh.setName(asideName(key, "new")));
    // Only a recorded ID is updated: recording roles is set-up's decision, not this one's.
    const props = PropertiesService.getDocumentProperties();
    if (recordedSheetId(key, props) !== null) recordSheetId(key, fresh, props);
  } catch (e) {
    for (const step of undo.reverse()) bestEffort(step);
    throw e;
  }
}

/** The sheet protection of `from` (editors, description, warning-only, domain edit) on `to`. */
function copyProtections(from: Sheet, to: Sheet): void {
  for (const p of from.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    const q = to.protect().setDescription(p.getDescription());
    if (p.isWarningOnly()) {
      q.setWarningOnly(true);
      continue;
    }
    const wanted = p.getEditors().map((u) => u.getEmail());
    q.addEditors(wanted);
    const extra = q
      .getEditors()
      .map((u) => u.getEmail())
      .filter((e) => !wanted.includes(e));
    if (extra.length > 0) q.removeEditors(extra);
    const domainEdit = p.canDomainEdit();
    if (q.canDomainEdit() !== domainEdit) q.setDomainEdit(domainEdit);
  }
}
