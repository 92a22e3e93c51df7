// `import <file.xlsx> --from EXPORT.csv|EXPORT.xlsx --period P --map KEY="Header" […]` (design §12):
// a period's figures from an export of the province's systems. Without --out a dry run: each row,
// the unit it is, the figure it would write and the one there now. With --out a copy of the
// workbook with the figures in `Số liệu`, the names learned in `Tên khác` and one chained `Nhật ký`
// row per change. Any row that is not one unit (or a figure that cannot be read) writes nothing.
import { access, readFile } from "node:fs/promises";
import { userInfo } from "node:os";
import { basename, extname } from "node:path";
import type ExcelJS from "exceljs";
import {
  type CsvEncoding,
  type CsvSeparator,
  decodeCsv,
  detectSeparator,
  ENCODING_NAMES,
  parseCsv,
} from "../../core/import/csv";
import { periodLabel } from "../../core/labels";
import { t } from "../../core/messages";
import { formatPeriod, type Period } from "../../core/periods";
import { formatProblem, type Problem, UserError } from "../../core/problems";
import type { Figure, Language } from "../../core/schemas";
import { auditLayout, canonicalCell, chainAuditRows } from "../../workbook/audit-sheet";
import { type Cell, type Grid, SHEETS } from "../../workbook/contract";
import { locateDataColumns } from "../../workbook/data-columns";
import { dateParts, formatDateTime } from "../../workbook/dates";
import { isBlankRow } from "../../workbook/headers";
import { type ImportMapping, type ImportPlan, locateExport, planImport } from "../../workbook/import-plan";
import {
  aliasWrites,
  type CellWrite,
  dataWrites,
  type ImportAuditRow,
  importAuditRows,
  writesOf,
} from "../../workbook/import-writes";
import { planJson, renderPlanText } from "../import-text";
import { type Io, refuseOverwrite, sameFile, writeWorkbookFile } from "../io";
import {
  fileError,
  type Loaded,
  loadModel,
  MAX_CELLS,
  MAX_OUT_CELLS,
  requireValid,
  warningLines,
  XLSX_TIME_ZONE,
} from "../load";
import type { Progress } from "../progress";
import { FileProblem, loadWorkbook } from "../xlsx";
import { readXlsx, XlsxProblem } from "../xlsx-reader";
import { REPORT_TIME_ZONE } from "./rank";

export interface ImportOptions {
  /** The export: a .csv (also .txt, .tsv) or an .xlsx. */
  from: string;
  period: Period;
  mapping: ImportMapping;
  overwrite: boolean;
  skipUnmatched: boolean;
  json: boolean;
  out?: string;
  force: boolean;
  now?: Date;
}

/** Extensions read as delimited text: Excel saves "Unicode text" (UTF-16, tabs) as .txt. */
const TEXT_EXTENSIONS = new Set([".csv", ".txt", ".tsv"]);

interface ReadExport {
  grid: Grid;
  /** The line stating how it was read, for stderr. */
  statement: string;
  /** The same for --json. */
  read: Record<string, unknown>;
}

function encodingText(encoding: CsvEncoding, bom: boolean, lang: Language): string {
  if (encoding === "windows-1258") return `${ENCODING_NAMES[encoding]} (${t(lang, "importWindows1258")})`;
  return `${ENCODING_NAMES[encoding]} (${t(lang, bom ? "importWithBom" : "importWithoutBom")})`;
}

function separatorText(separator: CsvSeparator, lang: Language): string {
  return separator === "\t" ? t(lang, "importTab") : `“${separator}”`;
}

function exportError(key: Problem["key"], file: string, reason = ""): UserError {
  return new UserError([{ key, params: { file, reason } }], 1);
}

/** The export's cells, and how they were read (encoding and separator, or the sheet). */
async function readExport(file: string, mapping: ImportMapping, lang: Language): Promise<ReadExport> {
  const ext = extname(file).toLowerCase();
  try {
    await access(file);
  } catch {
    throw exportError("importExportNotFound", file);
  }
  const name = basename(file);
  if (TEXT_EXTENSIONS.has(ext)) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (e) {
      throw exportError("importExportUnreadable", file, (e as { code?: string }).code ?? String(e));
    }
    const { text, encoding, bom } = decodeCsv(bytes);
    // A zip (an .xlsx renamed) or any other binary file decodes to text with NUL characters.
    if (text.includes("\u0000")) throw exportError("importExportNotText", file);
    const separator = detectSeparator(text);
    const grid = parseCsv(text, separator);
    // Blank lines stay rows, so that row numbers are the file's lines; they are not counted.
    const rows = grid.filter((r) => !isBlankRow(r)).length;
    const statement = t(lang, "importReadCsv", {
      file: name,
      encoding: encodingText(encoding, bom, lang),
      separator: separatorText(separator, lang),
      rows,
    });
    return { grid, statement, read: { encoding, bom, separator, rows } };
  }
  if (ext === ".xlsx" || ext === ".xlsm") {
    let sheets: { name: string; grid: Grid }[];
    try {
      sheets = (await readXlsx(file, { maxCells: MAX_CELLS })).sheets;
    } catch (e) {
      if (e instanceof XlsxProblem)
        throw e.kind === "notXlsx"
          ? exportError("importExportNotXlsx", file)
          : exportError("importExportUnreadable", file, e.detail);
      throw exportError("importExportUnreadable", file, (e as { code?: string }).code ?? String(e));
    }
    // The first sheet whose top rows hold the mapped headers; else the first, whose message names them.
    const holds = (grid: Grid) => {
      const located = locateExport(grid, mapping, name);
      return located.ok || located.problems[0]?.key !== "importColumnMissing";
    };
    const sheet = sheets.find((s) => holds(s.grid)) ?? sheets[0] ?? { name: "", grid: [] };
    const rows = sheet.grid.filter((r) => !isBlankRow(r)).length;
    const statement = t(lang, "importReadXlsx", { file: name, sheet: sheet.name, rows });
    return { grid: sheet.grid, statement, read: { sheet: sheet.name, rows } };
  }
  throw exportError("importExportKind", file);
}

/** The period's figures now, by unit and field key (the first row of a unit, as everywhere). */
function currentFigures(loaded: Loaded, period: string): Map<string, Record<string, Figure>> {
  const current = new Map<string, Record<string, Figure>>();
  for (const r of loaded.read.model.records)
    if (r.period === period && !current.has(r.unitId)) current.set(r.unitId, r.values);
  return current;
}

export async function importCommand(file: string, opts: ImportOptions, io: Io, p: Progress): Promise<number> {
  if (opts.out !== undefined) {
    if (sameFile(opts.out, file)) throw new UserError([{ key: "outputSameAsInput", params: {} }], 2);
    if (sameFile(opts.out, opts.from)) throw new UserError([{ key: "importOutIsExport", params: {} }], 2);
    if (!opts.force) await refuseOverwrite(opts.out);
  }
  const loaded = await loadModel(file, p);
  requireValid(loaded.read);
  const model = loaded.read.model;
  const lang = model.settings.language;
  for (const line of warningLines(loaded.read, file)) io.err(line);
  if (opts.out && loaded.cells > MAX_OUT_CELLS)
    throw new UserError([{ key: "outTooLarge", params: { file, cells: loaded.cells, limit: MAX_OUT_CELLS } }], 1, lang);

  let exported: ReadExport;
  try {
    exported = await readExport(opts.from, opts.mapping, lang);
  } catch (e) {
    // Named by the export, not by the workbook (main prefixes the workbook's name).
    if (e instanceof UserError) {
      for (const problem of e.problems) io.err(`dx-scorecard: ${formatProblem(problem, lang)}\n`);
      return e.exitCode;
    }
    throw e;
  }
  io.err(`${exported.statement}\n`);

  const period = formatPeriod(opts.period);
  const source = basename(opts.from);
  const result = planImport({
    units: model.units,
    indicators: model.indicators,
    settings: model.settings,
    period,
    grid: exported.grid,
    source,
    mapping: opts.mapping,
    current: currentFigures(loaded, period),
    reviews: model.reviews,
    overwrite: opts.overwrite,
    skipUnmatched: opts.skipUnmatched,
    nameColumnOption: " (--name-column)",
  });
  if (!result.ok) {
    for (const problem of result.problems) io.err(`dx-scorecard: ${formatProblem(problem, lang)}\n`);
    return 1;
  }
  const plan = result.plan;
  const ctx = {
    lang,
    units: model.units,
    grid: exported.grid,
    source,
    file: basename(file),
    periodLabel: periodLabel(opts.period, lang),
    skipUnmatched: opts.skipUnmatched,
    dryRun: opts.out === undefined,
  };
  if (opts.json) io.out(`${JSON.stringify(planJson(plan, ctx, exported.read), null, 2)}\n`);
  // A plan with problems says why nothing is written on stderr, not the dry run's line.
  else io.out(renderPlanText(plan, { ...ctx, dryRun: ctx.dryRun && plan.problems.length === 0 }));

  if (plan.problems.length > 0) {
    for (const problem of plan.problems) io.err(`dx-scorecard: ${formatProblem(problem, lang)}\n`);
    const rows = plan.rows.some((r) => r.kind === "ambiguous" || r.kind === "unknown" || r.kind === "duplicate");
    io.err(`${t(lang, rows ? "importNothingWrittenRows" : "importNothingWritten")}\n`);
    return 1;
  }
  if (opts.out === undefined) return 0;

  p.step(`${opts.out}…`);
  const written = await writeImportCopy(loaded, plan, opts.out, source, opts.now ?? new Date());
  p.done();
  const changed = written.figures + written.aliases > 0;
  io.err(`${t(lang, changed ? "importWrote" : "importUnchanged", { file: opts.out, ...written })}\n`);
  return 0;
}

/** Who writes, for `Người nhập` and `Nhật ký`: the command line and the account running it. */
function actor(lang: Language): string {
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = process.env.USER ?? process.env.USERNAME ?? "?";
  }
  return t(lang, "importActor", { user });
}

/**
 * `now` as the .xlsx keeps a time: its wall-clock time in Vietnam, as a serial without a zone (the
 * reader gives it back as that time in UTC, which is how `check` and the hash chain read it).
 */
function wallTime(now: Date, timeZone: string): Date {
  const p = dateParts(now, timeZone);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second));
}

const PERCENT_FORMAT = "0.00%";
const DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";

/** The number format of the nearest cell above with one, so a new row looks like the rows before it. */
function formatAbove(ws: ExcelJS.Worksheet, row: number, column: number): string | undefined {
  for (let r = row - 1; r >= 2 && r >= row - 200; r--) {
    const fmt = ws.getCell(r, column).numFmt;
    if (fmt && fmt !== "General") return fmt;
  }
  return undefined;
}

function applyWrites(
  ws: ExcelJS.Worksheet,
  cells: CellWrite[],
  fallback: (column: number, v: Cell) => string | undefined,
) {
  for (const w of cells) {
    const cell = ws.getCell(w.row, w.column);
    cell.value = w.value === "" ? null : (w.value as ExcelJS.CellValue);
    if (w.row === 1) {
      cell.font = { bold: true };
      continue;
    }
    if (!cell.numFmt || cell.numFmt === "General") {
      const fmt = formatAbove(ws, w.row, w.column) ?? fallback(w.column, w.value);
      if (fmt) cell.numFmt = fmt;
    }
  }
}

function worksheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new UserError([{ key: "sheetMissing", params: { sheet: name } }], 1);
  return ws;
}

/** Writes the copy: `Số liệu`, `Tên khác` of `Đơn vị`, and the chained `Nhật ký` rows. */
async function writeImportCopy(
  loaded: Loaded,
  plan: ImportPlan,
  out: string,
  source: string,
  now: Date,
): Promise<{ figures: number; aliases: number; audit: number }> {
  const model = loaded.read.model;
  const lang = model.settings.language;
  const names = loaded.read.sheetNames;
  const dataName = names.data ?? SHEETS.data.name;
  const unitsName = names.units ?? SHEETS.units.name;
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(loaded.file);
  } catch (e) {
    if (e instanceof FileProblem) throw fileError("fileUnreadable", loaded.file, e.reason);
    throw e;
  }
  const at = wallTime(now, REPORT_TIME_ZONE);
  const by = actor(lang);

  const dataGrid = loaded.sheets[dataName] ?? [];
  const data = dataWrites(plan, dataGrid, model.indicators, XLSX_TIME_ZONE, { by, at });
  if ("missing" in data)
    throw new UserError(
      [{ key: "importDataColumnMissing", params: { sheet: dataName, columns: data.missing } }],
      1,
      lang,
    );
  const cols = locateDataColumns(dataGrid[0] ?? [], model.indicators);
  const percentColumns = new Set(
    plan.layout.columns
      .filter((c) => c.indicator.type === "percent")
      .map((c) => (cols.indicatorCols[c.key] as number) + 1),
  );
  applyWrites(worksheet(wb, dataName), data.cells, (column, v) =>
    percentColumns.has(column) ? PERCENT_FORMAT : v instanceof Date ? DATE_TIME_FORMAT : undefined,
  );
  const figures = writesOf(plan).length;

  const aliases = aliasWrites(plan, loaded.sheets[unitsName] ?? []);
  applyWrites(worksheet(wb, unitsName), aliases.cells, () => undefined);

  const auditRows = importAuditRows(plan, source, lang);
  appendAuditRows(wb, names.audit, loaded.sheets[names.audit ?? ""] ?? [], auditRows, at, by, now);
  await writeWorkbookFile(wb, out);
  return { figures, aliases: plan.aliases.length, audit: auditRows.length };
}

/**
 * Appends the rows to `Nhật ký` (created with its header when absent), chained after its last row
 * as the add-on's appendAudit does, so that `check` on the copy finds the chain whole.
 */
function appendAuditRows(
  wb: ExcelJS.Workbook,
  name: string | undefined,
  grid: Grid,
  rows: ImportAuditRow[],
  at: Date,
  by: string,
  now: Date,
): void {
  if (rows.length === 0) return;
  const ws = (name && wb.getWorksheet(name)) || wb.addWorksheet(SHEETS.audit.name);
  let lastRow = 0;
  for (let i = grid.length - 1; i >= 0; i--)
    if (!isBlankRow(grid[i])) {
      lastRow = i + 1;
      break;
    }
  const header: Cell[] = lastRow >= 1 ? [...grid[0]] : [];
  const codeColumn = auditLayout(header).columns.code;
  const lastCode =
    lastRow >= 2 && codeColumn !== undefined ? canonicalCell(grid[lastRow - 1][codeColumn], XLSX_TIME_ZONE) : "";
  const entries = rows.map((r) => ({ ...r, at, by }));
  const next = chainAuditRows(header, lastCode, entries, XLSX_TIME_ZONE, null, formatDateTime(now, REPORT_TIME_ZONE));
  const writes: CellWrite[] = [];
  next.header.forEach((h, j) => {
    if (j >= next.width || lastRow === 0) writes.push({ row: 1, column: j + 1, value: h });
  });
  const first = Math.max(lastRow, 1) + 1;
  next.rows.forEach((line, i) => {
    line.forEach((value, j) => {
      if (value !== "") writes.push({ row: first + i, column: j + 1, value });
    });
  });
  applyWrites(ws, writes, () => undefined);
  // The time must read back as a date (the chain hashes it so) whatever the column held before.
  const atColumn = (auditLayout(next.header).columns.at as number) + 1;
  for (let i = 0; i < next.rows.length; i++) ws.getCell(first + i, atColumn).numFmt = DATE_TIME_FORMAT;
}
