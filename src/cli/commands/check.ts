// `check <file.xlsx>`: every problem with its cell; exit 1 if there is any.
import { t } from "../../core/messages";
import { formatProblem } from "../../core/problems";
import { verifyAuditGrid } from "../../workbook/audit-sheet";
import { SHEETS } from "../../workbook/contract";
import { findSheetName } from "../../workbook/headers";
import type { Io } from "../io";
import { loadModel, XLSX_TIME_ZONE } from "../load";
import type { Progress } from "../progress";
import { workbookGrids } from "../xlsx";

export async function checkCommand(file: string, io: Io, p: Progress): Promise<number> {
  const { read, workbook } = await loadModel(file, p);
  const lang = read.model.settings.language;
  const all = [...read.problems, ...read.warnings, ...auditChain(workbook)];
  if (all.length === 0) {
    const m = read.model;
    io.out(
      `${t(lang, "checkOk", { units: m.units.length, indicators: m.indicators.length, rows: m.records.length })}\n`,
    );
    return 0;
  }
  // Warnings (malformed addresses, skipped when sending) are problems to fix too: check is strict.
  for (const problem of all) io.out(`${file}: ${formatProblem(problem, lang)}\n`);
  io.out(`${t(lang, "checkFailed", { count: all.length })}\n`);
  return 1;
}

/**
 * Breaks in the hash chain of `Nhật ký`, if the workbook has one. Offline there is no anchor (it
 * lives in the add-on's document properties), so a cut-off tail cannot be seen here.
 */
function auditChain(workbook: Awaited<ReturnType<typeof loadModel>>["workbook"]) {
  const name = findSheetName(
    workbook.worksheets.map((w) => w.name),
    SHEETS.audit,
  );
  if (name === undefined) return [];
  const grid = workbookGrids(workbook)[name] ?? [];
  return verifyAuditGrid(name, grid, XLSX_TIME_ZONE, null);
}
