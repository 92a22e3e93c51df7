// Nhập từ tệp xuất (design §12), the dialog's server side: what the dialog opens with, the headers
// of the export, a preview of the import plan (src/workbook/import-plan.ts) and its write. Admins
// only. Every argument from the browser is parsed again here, nothing is thrown to the browser, and
// the write plans again under the document lock: a preview is never trusted. A constant number of
// service calls whatever the number of units: `Số liệu` is read by its keys, then the period's rows.
import * as z from "zod/mini";
import {
  type ImportHeaders,
  type ImportPreview,
  type ImportRefusal,
  type ImportRequest,
  ImportRequestSchema,
  type ImportResult,
  type ImportSetup,
  ImportSourceSchema,
  MAX_IMPORT_COLUMNS,
  MAX_IMPORT_ROWS,
  type PreviewCell,
  type PreviewRow,
} from "../core/import/api";
import { foldedKey } from "../core/import/names";
import { fieldKeys } from "../core/indicators";
import { periodLabel } from "../core/labels";
import { type MessageKey, type MessageParams, sentence, t } from "../core/messages";
import { formatPeriod, parsePeriod } from "../core/periods";
import { formatProblem, type Problem } from "../core/problems";
import type { Figure, Indicator, Language } from "../core/schemas";
import { sha256Hex } from "../core/sha256";
import { cellText, figureText, storedFigure } from "../workbook/cells";
import { type Cell, type Grid, SHEETS } from "../workbook/contract";
import {
  HEADER_SEARCH_ROWS,
  type ImportPlan,
  likeliestHeader,
  NAME_HEADERS,
  planImport,
} from "../workbook/import-plan";
import { aliasWrites, type CellWrite, dataWrites, importAuditRows, writesOf } from "../workbook/import-writes";
import { keepAsText } from "../workbook/text-cells";
import { activeUserEmail, caller } from "./access";
import { appendAudit } from "./audit";
import { lastCompleteMonth } from "./clock";
import { type DataIndex, indexData } from "./data-rows";
import { monthsOffered, yearsOffered } from "./entry";
import { withDocumentLock } from "./lock";
import { asideName } from "./sheet-swap";
import { languageOf } from "./sidebar-write";
import { readSpreadsheet, type Sheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";
import { alert } from "./ui";
import { putBack } from "./undo";

/** Last time's choices, in the document properties: strings only, 9 KB a value (design §6). */
const MAPPING_PROPERTY = "dxScorecard.importMapping";
const MAX_PROPERTY_BYTES = 9000;
const RememberedSchema = z.object({
  source: z.string(),
  nameColumn: z.optional(z.string()),
  columns: z.record(z.string(), z.string()),
});
type Remembered = z.infer<typeof RememberedSchema>;

/** Problems named in a refusal; the rest are counted. */
const SHOWN_PROBLEMS = 5;
const NO_CELLS: Cell[] = [];

const refusal = (lang: Language, message: string, headers?: string[]): ImportRefusal =>
  headers ? { ok: false, lang, message, headers } : { ok: false, lang, message };

/** Runs one of the dialog's calls: a failing service call is answered with a sentence, never thrown. */
function answered<T>(open: () => Spreadsheet, failed: MessageKey, run: (ss: Spreadsheet) => T): T | ImportRefusal {
  let ss: Spreadsheet | undefined;
  try {
    ss = open();
    return run(ss);
  } catch (e) {
    console.error(e);
    const lang = ss ? languageOf(ss) : "vi";
    return refusal(lang, t(lang, failed));
  }
}

/** The workbook as the import needs it, and the admin check (design §8: fail closed). */
function opened(ss: Spreadsheet, keys: Parameters<typeof readSpreadsheet>[1]) {
  const read = readSpreadsheet(ss, keys);
  const lang = read.model.settings.language;
  const who = caller(ss, read.model.settings);
  const denied = who.admin
    ? null
    : refusal(
        lang,
        t(lang, "notAdmin", { email: who.email || t(lang, "unknownUser"), action: t(lang, "actionImport") }),
      );
  return { read, lang, email: who.email, denied };
}

// ————————————————————————————————————————————— the menu item

/** Menu: opens the dialog (dist/Import.html); a non-admin gets a sentence instead. */
export function openImportDialogIn(ss: Spreadsheet): void {
  const { lang, denied } = opened(ss, ["settings"]);
  if (denied) {
    alert(t(lang, "menuImport"), denied.message);
    return;
  }
  const html = HtmlService.createHtmlOutputFromFile("Import").setWidth(900).setHeight(640);
  SpreadsheetApp.getUi().showModalDialog(html, t(lang, "menuImport"));
}

// ————————————————————————————————————————————— what the dialog opens with

export function getImportSetupIn(open: () => Spreadsheet): ImportSetup | ImportRefusal {
  return answered(open, "importLoadFailed", (ss) => {
    const { read, lang, denied } = opened(ss, ["units", "indicators", "settings"]);
    if (denied) return denied;
    const periods = periodsOffered(read);
    return {
      ok: true,
      lang,
      sheets: exportSheets(ss, read),
      periods,
      period: formatPeriod(lastCompleteMonth(read.timeZone)),
      closed: periods.filter((p) => read.model.settings.closedPeriods.includes(p)),
      fields: read.model.indicators.flatMap((ind) =>
        fieldKeys(ind).map((key, k) => ({
          key,
          indicatorId: ind.id,
          name:
            ind.type === "ratio"
              ? `${ind.name} (${t(lang, k === 0 ? "sidebarRatioNum" : "sidebarRatioDen")})`
              : ind.name,
          type: ind.type,
          frequency: ind.frequency,
        })),
      ),
      units: read.model.units.map((u) => ({ id: u.id, name: u.name })),
      remembered: readRemembered(),
    };
  });
}

/** The entry sidebar's months, and this year and the last when yearly indicators exist. */
function periodsOffered(read: WorkbookRead): string[] {
  const yearly = read.model.indicators.some((i) => i.frequency === "year");
  return [...monthsOffered(read.timeZone), ...(yearly ? yearsOffered(read.timeZone) : [])];
}

/** Every sheet but the product's own (and sheets named like them, and those set aside by a swap). */
function exportSheets(ss: Spreadsheet, read: WorkbookRead): string[] {
  const own = new Set(Object.values(read.sheets).map((s) => s.getSheetId()));
  const names = new Set(
    Object.entries(SHEETS).flatMap(([key, s]) => [
      s.name,
      ...s.aliases,
      asideName(key as keyof typeof SHEETS, "new"),
      asideName(key as keyof typeof SHEETS, "old"),
    ]),
  );
  const taken = new Set([...names].map(foldedKey));
  return ss
    .getSheets()
    .filter((s) => !own.has(s.getSheetId()))
    .map((s) => s.getName())
    .filter((name) => !taken.has(foldedKey(name)));
}

function readRemembered(): Remembered | null {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(MAPPING_PROPERTY);
    if (!raw) return null;
    const parsed = RememberedSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A courtesy for next month: a failure to remember must not turn a completed import into an error. */
function remember(request: ImportRequest): void {
  try {
    const value: Remembered = { source: request.source.name, columns: request.columns };
    if (request.nameColumn !== undefined) value.nameColumn = request.nameColumn;
    const text = JSON.stringify(value);
    // Its UTF-8 size (Apps Script has no TextEncoder): each escaped byte counts once.
    if (encodeURIComponent(text).replace(/%[0-9A-F]{2}/g, "x").length > MAX_PROPERTY_BYTES) return;
    PropertiesService.getDocumentProperties().setProperty(MAPPING_PROPERTY, text);
  } catch (e) {
    console.error(e);
  }
}

// ————————————————————————————————————————————— the export

type Source = ImportRequest["source"];

/**
 * The export's cells: the rows sent for a CSV, or the sheet it was pasted into (one getValues, of
 * its top `rows` only when given); a refusal when the sheet is missing, is one of ours or too large.
 */
function exportGrid(ss: Spreadsheet, read: WorkbookRead, lang: Language, source: Source, rows?: number) {
  if (source.kind === "csv") {
    const grid: Grid = rows === undefined ? source.rows : source.rows.slice(0, rows);
    return grid.length === 0 ? refusal(lang, t(lang, "importEmpty", { source: source.name })) : grid;
  }
  const sheet = ss.getSheetByName(source.name);
  if (!sheet) return refusal(lang, t(lang, "importSheetMissing", { sheet: source.name }));
  const id = sheet.getSheetId();
  if (Object.values(read.sheets).some((s) => s.getSheetId() === id))
    return refusal(lang, t(lang, "importOwnSheet", { sheet: source.name }));
  const lastRow = sheet.getLastRow();
  const lastColumn = sheet.getLastColumn();
  if (lastRow === 0 || lastColumn === 0) return refusal(lang, t(lang, "importEmpty", { source: source.name }));
  if (lastRow > MAX_IMPORT_ROWS || lastColumn > MAX_IMPORT_COLUMNS) {
    const params = { source: source.name, rows: lastRow, columns: lastColumn };
    return refusal(
      lang,
      t(lang, "importTooLarge", { ...params, maxRows: MAX_IMPORT_ROWS, maxColumns: MAX_IMPORT_COLUMNS }),
    );
  }
  return sheet.getRange(1, 1, Math.min(lastRow, rows ?? lastRow), lastColumn).getValues() as Grid;
}

const isRefusal = (x: unknown): x is ImportRefusal =>
  typeof x === "object" && x !== null && !Array.isArray(x) && (x as { ok?: unknown }).ok === false;

/** A header row's texts, each once (the plan takes the first column of a header written twice). */
function headerTexts(row: readonly Cell[] | undefined): string[] {
  const seen = new Set<string>();
  return (row ?? []).map(cellText).filter((text) => {
    const key = foldedKey(text);
    if (key === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The header row of an export's top rows: the one holding the most remembered headers, else the
 * fullest; its texts (each once) and the name column, remembered or recognised by its header.
 */
function headerOf(grid: Grid, remembered: Remembered | null): { headers: string[]; nameColumn?: string } {
  const wanted = remembered ? [...Object.values(remembered.columns), remembered.nameColumn ?? ""] : [];
  const headers = headerTexts(grid[likeliestHeader(grid, wanted)]);
  const named = remembered?.nameColumn ? [remembered.nameColumn] : [];
  const found = named.flatMap((n) => headers.filter((h) => foldedKey(h) === foldedKey(n)));
  const recognised = headers.filter((h) => NAME_HEADERS.has(foldedKey(h)));
  const nameColumn = found[0] ?? (recognised.length === 1 ? recognised[0] : undefined);
  return nameColumn === undefined ? { headers } : { headers, nameColumn };
}

export function getImportHeadersIn(open: () => Spreadsheet, source: unknown): ImportHeaders | ImportRefusal {
  return answered(open, "importLoadFailed", (ss) => {
    const { read, lang, denied } = opened(ss, ["settings"]);
    if (denied) return denied;
    const parsed = ImportSourceSchema.safeParse(source);
    if (!parsed.success) return refusal(lang, t(lang, "importMalformed"));
    const grid = exportGrid(ss, read, lang, parsed.data, HEADER_SEARCH_ROWS);
    if (isRefusal(grid)) return grid;
    return { ok: true, ...headerOf(grid, readRemembered()) };
  });
}

// ————————————————————————————————————————————— planning

interface Planned {
  request: ImportRequest;
  plan: ImportPlan;
  /** The export's headers, for the preview. */
  headers: string[];
  /** Problems of the plan, and a mapped field without its column in `Số liệu`, as sentences. */
  problems: string[];
  data: DataIndex;
  /** The span of the period's rows of `Số liệu` (1-based `first`); empty when it has none. */
  first: number;
  values: Cell[][];
  label: string;
  /** The export's cells as read, hashed: the write refuses an export changed since its preview. */
  digest: string;
}

const sentences = (problems: Problem[], lang: Language) => problems.map((p) => formatProblem(p, lang));

/** Some sentences, one a line, and how many more there are. */
function firstSentences(all: string[], lang: Language): string {
  const shown = all.slice(0, SHOWN_PROBLEMS);
  if (all.length > SHOWN_PROBLEMS) shown.push(t(lang, "moreProblems", { count: all.length - SHOWN_PROBLEMS }));
  return shown.join("\n");
}

/** Parses the request, reads the export and the period's rows of `Số liệu`, and plans. */
function planned(ss: Spreadsheet, read: WorkbookRead, lang: Language, payload: unknown): Planned | ImportRefusal {
  const parsed = ImportRequestSchema.safeParse(payload);
  if (!parsed.success) return refusal(lang, t(lang, "importMalformed"));
  const request = parsed.data;
  const { model } = read;
  const period = parsePeriod(request.period);
  const offered = periodsOffered(read);
  if (!period || !offered.includes(request.period)) {
    const months = offered.filter((p) => p.length === 7);
    const label = (p: string | undefined) => (p ? periodLabel(parsePeriod(p)!, lang) : "");
    return refusal(
      lang,
      t(lang, "importPeriodNotOffered", {
        period: period ? periodLabel(period, lang) : request.period,
        oldest: label(months.at(-1)),
        newest: label(months[0]),
        years: offered.filter((p) => p.length === 4).join(", "),
      }),
    );
  }
  const label = periodLabel(period, lang);
  if (model.settings.closedPeriods.includes(request.period))
    return refusal(lang, sentence(t(lang, "importPeriodClosed", { period: label })));
  const unitIds = new Set(model.units.map((u) => u.id));
  const chosen: Record<number, string> = {};
  for (const [row, unit] of Object.entries(request.chosen)) {
    if (!unitIds.has(unit)) return refusal(lang, t(lang, "importChosenUnknown", { row: Number(row), unit }));
    chosen[Number(row)] = unit;
  }
  const grid = exportGrid(ss, read, lang, request.source);
  if (isRefusal(grid)) return grid;
  const dataSheet = read.sheets.data;
  if (!dataSheet) return refusal(lang, t(lang, "sheetMissing", { sheet: SHEETS.data.name }));

  // `Số liệu` by its keys, then one read of the span of the period's rows.
  const data = indexData(dataSheet, model.indicators, read.timeZone);
  if (data.periodCol < 0 || data.unitCol < 0)
    return refusal(lang, t(lang, "entrySheetBroken", { sheet: dataSheet.getName(), columns: data.problem ?? "" }));
  const rows = new Map<string, number>();
  for (const u of model.units) {
    const r = data.rowOf(request.period, u.id);
    if (r > 0) rows.set(u.id, r);
  }
  const periodRows = [...rows.values()];
  const first = periodRows.length > 0 ? Math.min(...periodRows) : data.lastRow + 1;
  const last = periodRows.length > 0 ? Math.max(...periodRows) : 0;
  const values = last >= first ? readRows(data, first, last) : [];

  const wanted = new Set(Object.keys(request.columns).map((k) => k.toUpperCase()));
  const mapped = model.indicators.flatMap((ind) =>
    fieldKeys(ind)
      .filter((key) => wanted.has(key.toUpperCase()) && data.indicatorCols[key] !== undefined)
      .map((key) => ({ key, ind, column: data.indicatorCols[key] as number })),
  );
  const current = new Map<string, Record<string, Figure | string>>();
  for (const [unitId, r] of rows) {
    const row = values[r - first] ?? [];
    const figures: Record<string, Figure | string> = {};
    for (const { key, ind, column } of mapped) figures[key] = storedFigure(row[column], ind);
    current.set(unitId, figures);
  }

  const result = planImport({
    units: model.units,
    indicators: model.indicators,
    settings: model.settings,
    period: request.period,
    grid,
    source: request.source.name,
    mapping: { nameColumn: request.nameColumn, columns: request.columns },
    current,
    reviews: model.reviews,
    chosen,
    overwrite: request.overwrite,
    skipUnmatched: request.skipUnmatched ?? false,
  });
  if (!result.ok) {
    const all = sentences(result.problems, lang);
    const located = result.problems.some(
      (p) => p.key.startsWith("importNameColumn") || p.key === "importColumnMissing",
    );
    return refusal(lang, firstSentences(all, lang), located ? headerOf(grid, null).headers : undefined);
  }
  const plan = result.plan;
  const problems = sentences(plan.problems, lang);
  const absent = [...new Set(plan.layout.columns.map((c) => c.key))].filter((k) => data.indicatorCols[k] === undefined);
  if (absent.length > 0) problems.push(t(lang, "importDataColumns", { columns: absent.join(", ") }));
  const headers = headerTexts(grid[plan.layout.headerRow]);
  // Dates as their instants, so that the same sheet read twice hashes alike.
  const digest = sha256Hex(JSON.stringify(grid));
  return { request, plan, headers, problems, data, first, values, label, digest };
}

/** Rows `first` to `last` of `Số liệu` (1-based), as wide as its header: one getValues. */
function readRows(data: DataIndex, first: number, last: number): Cell[][] {
  return data.sheet.getRange(first, 1, last - first + 1, Math.max(data.header.length, 1)).getValues() as Cell[][];
}

const KINDS = ["matched", "chosen", "ambiguous", "unknown", "duplicate", "total"] as const;
const ACTIONS = ["write", "same", "keep", "reviewed", "blank", "notApplicable", "inactive", "invalid"] as const;

function countsOf(plan: ImportPlan): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries([...KINDS, ...ACTIONS].map((k) => [k, 0]));
  for (const r of plan.rows) {
    counts[r.kind]++;
    for (const c of r.cells) counts[c.action]++;
  }
  return counts;
}

// ————————————————————————————————————————————— the preview

export function previewImportIn(open: () => Spreadsheet, payload: unknown): ImportPreview | ImportRefusal {
  return answered(open, "importLoadFailed", (ss) => {
    const { read, lang, denied } = opened(ss, ["units", "indicators", "settings", "review"]);
    if (denied) return denied;
    const p = planned(ss, read, lang, payload);
    if (isRefusal(p)) return p;
    const { plan } = p;
    const names = new Map(read.model.units.map((u) => [u.id, u.name]));
    const indicatorOf = new Map(plan.layout.columns.map((c) => [c.key, c.indicator]));
    const rows: PreviewRow[] = plan.rows.map((r) => {
      const row: PreviewRow = {
        row: r.row,
        name: r.name,
        kind: r.kind,
        unitId: r.unitId,
        candidates: r.candidates.map((id) => ({ id, name: names.get(id) ?? id })),
        cells: r.cells.map((c): PreviewCell => {
          const ind = indicatorOf.get(c.key) as Indicator;
          return {
            key: c.key,
            old: figureText(c.old, ind, lang),
            value: figureText(c.value, ind, lang),
            action: c.action,
          };
        }),
        learn: r.learn,
      };
      if (r.kind === "matched" && r.outcome.kind === "matched") row.how = r.outcome.how;
      return row;
    });
    return {
      ok: true,
      lang,
      headers: p.headers,
      nameColumn: plan.layout.nameHeader,
      rows,
      counts: countsOf(plan),
      aliases: plan.aliases,
      problems: p.problems,
      digest: p.digest,
    };
  });
}

// ————————————————————————————————————————————— the write

/**
 * Writes the import, all or nothing, holding the document lock: `Số liệu` in one setValues,
 * `Tên khác` of `Đơn vị` in one, then the `Nhật ký` rows; if those cannot be written, what was
 * written is put back, so that no figure stands without its audit rows.
 */
export function applyImportIn(open: () => Spreadsheet, payload: unknown): ImportResult | ImportRefusal {
  return answered(open, "importFailed", (ss) =>
    withDocumentLock<ImportResult | ImportRefusal>(
      () => applyLocked(ss, payload),
      () => {
        const lang = languageOf(ss);
        return refusal(lang, t(lang, "busy"));
      },
    ),
  );
}

function applyLocked(ss: Spreadsheet, payload: unknown): ImportResult | ImportRefusal {
  const { read, lang, denied } = opened(ss, ["units", "indicators", "settings", "review"]);
  if (denied) return denied;
  const p = planned(ss, read, lang, payload);
  if (isRefusal(p)) return p;
  const { plan, request, data } = p;
  if (request.digest !== undefined && request.digest !== p.digest) return refusal(lang, t(lang, "importSourceChanged"));
  if (p.problems.length > 0) {
    const intro = t(lang, "importHasProblems", { count: p.problems.length });
    return refusal(lang, `${intro}\n${firstSentences(p.problems, lang)}`);
  }
  const email = activeUserEmail();
  const now = new Date();
  // Only the period's rows are in the grid: the rows above them are left out, new rows go below the sheet's last.
  const grid: Grid = [data.header];
  for (let r = 2; r < p.first; r++) grid.push(NO_CELLS);
  grid.push(...p.values);
  const figures = dataWrites(plan, grid, read.model.indicators, read.timeZone, { by: email, at: now }, data.lastRow);
  if ("missing" in figures) return refusal(lang, t(lang, "importDataColumns", { columns: figures.missing }));
  // One setValues from the first row written to the last: new rows below the sheet's last row
  // take the rows between in the span, so those are read too (one more getValues).
  let values = p.values;
  const lastRead = p.first + values.length - 1;
  if (values.length > 0 && lastRead < data.lastRow && figures.cells.some((c) => c.row > data.lastRow))
    values = [...values, ...readRows(data, lastRead + 1, data.lastRow)];
  const unitsGrid = read.grids.units ?? [];
  const names = aliasWrites(plan, unitsGrid);
  const written = writesOf(plan).length;
  const kept = keptNotes(plan, lang);
  const source = request.source.name;
  if (figures.cells.length === 0 && names.cells.length === 0) {
    remember(request);
    return {
      ok: true,
      message: [t(lang, "importNothing", { source, period: p.label }), ...kept].join(" "),
      written: 0,
      aliases: 0,
    };
  }

  const undo: (() => void)[] = [];
  try {
    if (figures.cells.length > 0) {
      const known = (row: number) => values[row - p.first];
      undo.push(writeCells(data.sheet, figures.cells, known, data.lastRow));
    }
    if (names.cells.length > 0 && read.sheets.units) {
      undo.push(writeCells(read.sheets.units, names.cells, (row) => unitsGrid[row - 1], unitsGrid.length));
    }
    const audit = importAuditRows(plan, source, lang).map((r) => ({ ...r, at: now, by: email }));
    appendAudit(ss, read.sheets.audit, audit);
  } catch (e) {
    putBack(undo);
    throw e;
  }
  // A failure here is reported as not imported, with nothing undone: the cells and their audit rows
  // stand together, so a retry finds the figures there and writes nothing twice.
  SpreadsheetApp.flush();
  remember(request);
  const aliases = names.cells.length > 0 ? plan.aliases.length : 0;
  const done = t(lang, "importDone", { count: written, period: p.label, source, aliases });
  return { ok: true, message: [done, ...kept].join(" "), written, aliases };
}

/** What was kept and why: figures the office reviewed, and (without overwrite) figures already there. */
function keptNotes(plan: ImportPlan, lang: Language): string[] {
  const counts = countsOf(plan);
  const notes: [MessageKey, MessageParams][] = [];
  if (counts.reviewed > 0) notes.push(["importKeptReviewed", { count: counts.reviewed }]);
  if (counts.keep > 0) notes.push(["importKeptExisting", { count: counts.keep }]);
  return notes.map(([key, params]) => t(lang, key, params));
}

/**
 * Writes cells (1-based) with one setValues over the span they cover. Inside it, every other cell
 * is written back as it was, a formula as its formula (a helper column `=E174*100` survives) and a
 * text through keepAsText (`2023-07` stays text); rows below `lastRow` are new. Returns the undo.
 */
function writeCells(sheet: Sheet, cells: CellWrite[], known: (row: number) => Cell[] | undefined, lastRow: number) {
  const rows = cells.map((c) => c.row);
  const columns = cells.map((c) => c.column);
  const r0 = Math.min(...rows);
  const c0 = Math.min(...columns);
  const height = Math.max(...rows) - r0 + 1;
  const width = Math.max(...columns) - c0 + 1;
  const existing = Math.min(height, lastRow - r0 + 1);
  const formulas = existing > 0 ? sheet.getRange(r0, c0, existing, width).getFormulas() : [];
  const before: Cell[][] = [];
  for (let i = 0; i < height; i++) {
    const row = known(r0 + i) ?? [];
    before.push(
      Array.from(
        { length: width },
        (_, j) => formulas[i]?.[j] || (i < existing ? keepAsText(row[c0 - 1 + j] ?? "") : ""),
      ),
    );
  }
  const after = before.map((r) => [...r]);
  for (const c of cells) after[c.row - r0][c.column - c0] = keepAsText(c.value);
  const range = sheet.getRange(r0, c0, height, width);
  range.setValues(after);
  return () => {
    range.setValues(before);
  };
}
