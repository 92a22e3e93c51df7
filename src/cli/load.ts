// Reading an .xlsx workbook into the model, turning file and workbook problems into user errors.
import { access } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { MessageKey } from "../core/messages";
import { t } from "../core/messages";
import { formatProblem, type Problem, UserError } from "../core/problems";
import type { Grid, SheetKey } from "../workbook/contract";
import { type ReadResult, readWorkbook } from "../workbook/read";
import type { Progress } from "./progress";
import { readXlsx, type XlsxBook, XlsxProblem } from "./xlsx-reader";

/** Excel stores calendar dates without a zone and ExcelJS reads them as UTC midnight. */
export const XLSX_TIME_ZONE = "UTC";

/**
 * The most cells with a value the command line reads (about 4.5 times a 5,000-unit province's
 * year, 2.6 M cells): beyond it the grids and the model would not fit a default Node heap.
 */
export const MAX_CELLS = 12_000_000;

/** `rank --out` copies the workbook with ExcelJS, which needs about 450 bytes a cell. */
export const MAX_OUT_CELLS = 3_000_000;

/** The sheets whose cells the model is read from: a merged range or an uncalculated formula there is an error. */
const CONTRACT_SHEETS: SheetKey[] = ["units", "indicators", "data", "settings"];

export interface Loaded {
  file: string;
  read: ReadResult;
  /** Cells with a value in the whole file. */
  cells: number;
  /** Every sheet's cells, by actual name (`check` verifies `Nhật ký` from them). */
  sheets: Record<string, Grid>;
  /** The file as ExcelJS reads it, loaded only to write a copy (`rank --out`). */
  workbook?: ExcelJS.Workbook;
}

export function fileError(key: MessageKey, file: string, reason = "", exitCode: 1 | 2 = 1): UserError {
  return new UserError([{ key, params: { file, reason } }], exitCode);
}

function xlsxError(e: XlsxProblem, file: string): UserError {
  switch (e.kind) {
    case "notXlsx":
      // Whatever is inside (a .csv, a .docx renamed, a zip of photos), the user is told what to do.
      return new UserError([{ key: "fileNotXlsx", params: { file } }]);
    case "damaged":
      return new UserError([{ key: "xlsxDamaged", params: { file, part: e.detail } }]);
    case "tooLarge":
      return new UserError([{ key: "xlsxTooLarge", params: { file, limit: MAX_CELLS } }]);
  }
}

export async function loadModel(file: string, p: Progress): Promise<Loaded> {
  p.step(`${file}…`);
  try {
    await access(file);
  } catch {
    throw fileError("fileNotFound", file);
  }
  let book: XlsxBook;
  try {
    book = await readXlsx(file, {
      maxCells: MAX_CELLS,
      onProgress: (f) => p.step(`${file}… ${Math.round(f * 100)} %`),
    });
  } catch (e) {
    if (e instanceof XlsxProblem) throw xlsxError(e, file);
    const code = (e as { code?: string }).code;
    if (code) throw fileError("fileUnreadable", file, code);
    throw e;
  }
  const sheets: Record<string, Grid> = {};
  for (const s of book.sheets) sheets[s.name] = s.grid;
  const read = readWorkbook({ sheets, timeZone: XLSX_TIME_ZONE, numberFormat: book.numberFormat });
  p.done();
  return {
    file,
    read: { ...read, problems: [...structureProblems(book, read), ...read.problems] },
    cells: book.cells,
    sheets,
  };
}

/** Merged ranges and formulas without a saved value in the contract's sheets: never read as figures. */
function structureProblems(book: XlsxBook, read: ReadResult): Problem[] {
  const problems: Problem[] = [];
  for (const key of CONTRACT_SHEETS) {
    const name = read.sheetNames[key];
    const sheet = name === undefined ? undefined : book.sheets.find((s) => s.name === name);
    if (!sheet) continue;
    for (const range of sheet.merges)
      problems.push({ key: "xlsxMerged", params: { sheet: sheet.name, range }, sheet: sheet.name, cell: range });
    for (const cell of sheet.uncachedFormulas)
      problems.push({ key: "xlsxFormulaNotCalculated", params: { sheet: sheet.name, cell }, sheet: sheet.name, cell });
  }
  return problems;
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
