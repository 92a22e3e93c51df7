// "Kiểm tra số liệu": marks every invalid cell of `Số liệu` with a colour and a note, clearing the
// marks it set before (recognised by the note's prefix), and reports the count.

import { t } from "../core/messages";
import { formatProblem, type Problem } from "../core/problems";
import { SHEETS } from "../workbook/contract";
import type { RoleClaim } from "../workbook/sheet-roles";
import { auditChainProblems } from "./audit";
import { flagLine, readFlags } from "./flags";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";
import { alert, problemLines, toast } from "./ui";

export const MARK_COLOR = "#f9cb9c";

/** The most recent flagged edits shown in the alert; all of them stay in the daily e-mail. */
const FLAGS_SHOWN = 10;

export interface CheckOutcome {
  problems: number;
  marked: number;
  /** Grid edits flagged for review (another unit's row, a closed period, an unknown editor). */
  flags: number;
  message: string;
}

/** Sheets named for a role another sheet holds: ignored by every action, reported here. */
function decoyProblems(decoys: RoleClaim[]): Problem[] {
  return decoys.map(
    (d): Problem =>
      d.holder === undefined
        ? { key: "decoySheetNoHolder", params: { sheet: d.name, role: SHEETS[d.key].name } }
        : { key: "decoySheet", params: { sheet: d.name, role: SHEETS[d.key].name, holder: d.holder } },
  );
}

export function checkDataIn(ss: Spreadsheet): CheckOutcome {
  const read = readSpreadsheet(ss);
  const lang = read.model.settings.language;
  toast(ss, t(lang, "checkStarted"));
  const dataSheet = read.sheets.data;
  const grid = read.grids.data;
  let marked = 0;
  if (dataSheet && grid && grid.length > 0) {
    const width = Math.max(...grid.map((r) => r.length));
    const range = dataSheet.getRange(1, 1, grid.length, width);
    const backgrounds = range.getBackgrounds();
    const notes = range.getNotes();
    // Both prefixes are ours, whichever language was in force when the marks were set.
    const prefixes = [t("vi", "checkNotePrefix"), t("en", "checkNotePrefix")];
    for (let i = 0; i < notes.length; i++) {
      for (let j = 0; j < notes[i].length; j++) {
        if (prefixes.some((p) => notes[i][j].startsWith(p))) {
          notes[i][j] = "";
          backgrounds[i][j] = null as unknown as string;
        }
      }
    }
    const dataName = dataSheet.getName();
    for (const p of read.problems) {
      if (p.sheet !== dataName || p.row === undefined || p.column === undefined) continue;
      const [i, j] = [p.row - 1, p.column - 1];
      if (i >= grid.length || j >= width) continue;
      const text = formatProblem({ ...p, sheet: undefined, cell: undefined }, lang);
      const prefix = t(lang, "checkNotePrefix");
      notes[i][j] = notes[i][j].startsWith(prefix) ? `${notes[i][j]}\n${text}` : `${prefix}${text}`;
      backgrounds[i][j] = MARK_COLOR;
      marked++;
    }
    range.setBackgrounds(backgrounds);
    range.setNotes(notes);
  }
  const title = t(lang, "checkTitle");
  // Breaks in the hash chain of Nhật ký are reported, never marked: that sheet is not for editing.
  const chain = auditChainProblems(read.sheets.audit, read.timeZone);
  const all = [...read.problems, ...read.warnings, ...decoyProblems(read.decoys), ...chain];
  const flags = readFlags();
  const message = [
    all.length === 0
      ? t(lang, "checkClean", { rows: read.model.records.length })
      : `${t(lang, "checkMarked", { count: all.length, marked, sheet: dataSheet?.getName() ?? SHEETS.data.name })}\n${problemLines(all, lang)}`,
    ...(flags.length > 0
      ? [
          `${t(lang, "flagsHeading", { count: flags.length })}:\n${flags
            .slice(-FLAGS_SHOWN)
            .map((f) => `• ${flagLine(f, lang, read.timeZone)}`)
            .join("\n")}`,
        ]
      : []),
  ].join("\n\n");
  alert(title, message);
  return { problems: all.length, marked, flags: flags.length, message };
}
