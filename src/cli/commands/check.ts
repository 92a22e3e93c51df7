// `check <file.xlsx>`: every problem with its cell; exit 1 if there is any.
import { t } from "../../core/messages";
import { formatProblem } from "../../core/problems";
import { verifyAuditGrid } from "../../workbook/audit-sheet";
import { exampleRowsNote } from "../examples";
import type { Io } from "../io";
import { loadModel, XLSX_TIME_ZONE } from "../load";
import type { Progress } from "../progress";

export async function checkCommand(file: string, io: Io, p: Progress): Promise<number> {
  const { read, sheets } = await loadModel(file, p);
  const lang = read.model.settings.language;
  const audit = read.sheetNames.audit;
  // Offline there is no anchor (it lives in the add-on's document properties), so a cut-off tail
  // cannot be seen here; every other break of the `Nhật ký` chain is.
  const chain = audit === undefined ? [] : verifyAuditGrid(audit, sheets[audit] ?? [], XLSX_TIME_ZONE, null);
  const all = [...read.problems, ...read.warnings, ...chain];
  if (all.length === 0) {
    const m = read.model;
    io.out(
      `${t(lang, "checkOk", { units: m.units.length, indicators: m.indicators.length, rows: m.records.length })}\n`,
    );
    // The empty template's example rows are valid; say what to do with them.
    const examples = exampleRowsNote(m);
    if (examples) io.out(`${t(lang, "noteHeading")}: ${formatProblem(examples, lang)}\n`);
    return 0;
  }
  // Warnings (malformed addresses, skipped when sending) are problems to fix too: check is strict.
  for (const problem of all) io.out(`${file}: ${formatProblem(problem, lang)}\n`);
  io.out(`${t(lang, "checkFailed", { count: all.length })}\n`);
  return 1;
}
