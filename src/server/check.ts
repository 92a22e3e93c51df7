// "Kiểm tra số liệu": marks every invalid cell of `Số liệu` with a colour and a note, clearing the
// marks it set before (recognised by the note's prefix), and reports the count.

import { t } from "../core/messages";
import { formatProblem } from "../core/problems";
import { SHEETS } from "../workbook/contract";
import { auditChainProblems } from "./audit";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";
import { alert, problemLines, toast } from "./ui";

export const MARK_COLOR = "#f9cb9c";

export interface CheckOutcome {
  problems: number;
  marked: number;
  message: string;
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
  const all = [...read.problems, ...read.warnings, ...chain];
  const message =
    all.length === 0
      ? t(lang, "checkClean", { rows: read.model.records.length })
      : `${t(lang, "checkMarked", { count: all.length, marked, sheet: dataSheet?.getName() ?? SHEETS.data.name })}\n${problemLines(all, lang)}`;
  alert(title, message);
  return { problems: all.length, marked, message };
}
