// Reading an .xlsx workbook into the model, turning file and workbook problems into user errors.
import type ExcelJS from "exceljs";
import type { MessageKey } from "../core/messages";
import { t } from "../core/messages";
import { formatProblem, type Problem, UserError } from "../core/problems";
import { type ReadResult, readWorkbook } from "../workbook/read";
import type { Progress } from "./progress";
import { FileProblem, loadWorkbook, workbookGrids } from "./xlsx";

/** Excel stores calendar dates without a zone and ExcelJS reads them as UTC midnight. */
export const XLSX_TIME_ZONE = "UTC";

export interface Loaded {
  workbook: ExcelJS.Workbook;
  read: ReadResult;
}

export function fileError(key: MessageKey, file: string, reason = "", exitCode: 1 | 2 = 1): UserError {
  return new UserError([{ key, params: { file, reason } }], exitCode);
}

export async function loadModel(file: string, p: Progress): Promise<Loaded> {
  p.step(`${file}…`);
  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadWorkbook(file);
  } catch (e) {
    // Whatever the library says (JSZip's text and URL), the user is told it is not an Excel file.
    if (e instanceof FileProblem) throw fileError(e.kind === "notFound" ? "fileNotFound" : "fileNotXlsx", file);
    throw e;
  }
  // A zip that is not a workbook (an .odt, a .docx renamed) opens with no sheet at all.
  if (workbook.worksheets.length === 0) throw fileError("fileNotXlsx", file);
  const read = readWorkbook({
    sheets: workbookGrids(workbook),
    timeZone: XLSX_TIME_ZONE,
    numberFormat: (sheet, row, column) => workbook.getWorksheet(sheet)?.getCell(row, column).numFmt,
  });
  p.done();
  return { workbook, read };
}

/** Warnings (malformed addresses, which are skipped) as stderr lines naming the file and cell. */
export function warningLines(read: ReadResult, file: string): string[] {
  const lang = read.model.settings.language;
  return read.warnings.map((w) => `dx-scorecard: ${file}: ${t(lang, "warningsHeading")}: ${formatProblem(w, lang)}\n`);
}

/** Ranking refuses a workbook with problems; the first few are shown, `check` lists all. */
export function requireValid(read: ReadResult, limit = 10): void {
  if (read.problems.length === 0) return;
  const shown: Problem[] = read.problems.slice(0, limit);
  if (read.problems.length > limit)
    shown.push({ key: "moreProblems", params: { count: read.problems.length - limit } });
  shown.push({ key: "fixFirst", params: { count: read.problems.length } });
  throw new UserError(shown, 1, read.model.settings.language);
}
