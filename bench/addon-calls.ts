// The add-on's Spreadsheet service calls, counted with the fakes of test/fakes/ against the real
// dist/Code.js in node:vm, at a small and a large province (design §6: one getValues per sheet
// read, one setValues/setBackgrounds per sheet written, so the count must not grow with the data).
// Bundled by bench/run.mjs into bench-output/addon-calls.mjs (`npm run bench`, or
// `node bench/run.mjs --only-addon` for this part alone).
//
//   addon-calls.mjs [--sizes 30,3000]
//
// For each N it loads the synthetic province of bench/province.ts (N units × 40 indicators × 12
// months of 2023, four groups) into one fake spreadsheet and, with the log reset before each,
// calls through the bundle:
//   rankUnits("2023")       first run: inserts `Xếp hạng`
//   rankUnits("2023-06")    second run: the sheet and its charts exist
//   checkData()
//   getEntryForm(...)       an admin opening one unit's June figures
//   submitFigures(...)      that admin saving them with one figure changed (an update and an audit)
//   draftLetter("2023-06")  the June Công văn as a Google Doc (DocumentApp calls must not grow with N)
//   previewImport(...)      an export of June's e-signing rates, one row per unit, pasted into a sheet
//   applyImport(...)        that export written (overwrite, one row resolved by hand: a name learned)
// and, for comparison, a naive rank written here: every input cell read with
// getRange(r, c).getValue(), every cell of the same `Xếp hạng` written with getRange(r, c) and
// setValue / setBackground / setNumberFormat / setFontWeight. The naive version is run in full at
// every size (the log is tallied and emptied row by row so millions of entries need not be held),
// checked against its closed form, and its sheet is compared with the one rankUnits painted.
// Then, on the sample province (Bình Phước 2023), the documents the office signs: the June 2023
// Công văn (draftLetter) and the 2023 Báo cáo with its Phụ lục (draftReport), each call of
// DocumentApp and of the Spreadsheet service counted, with the Phụ lục's share (three calls per
// cell whose paragraph differs from the table's style: these grow with the units).
// It prints every call name with its count at each size, the totals, the subset matching the
// tests' VALUE_CALLS, wall times (of the fakes: JS cost only, no network), the size of
// dist/Code.js, and PASS/FAIL lines; the exit code is 1 when a check fails.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import vm from "node:vm";
import type { EntryForm, SubmitResult } from "../src/core/entry";
import type { ImportPreview, ImportRefusal, ImportResult } from "../src/core/import/api";
import { parsePeriod } from "../src/core/periods";
import { buildReport } from "../src/core/report";
import { nowText } from "../src/server/clock";
import { type Grid, SETTING_KEYS, SHEETS, type SheetKey } from "../src/workbook/contract";
import { layoutRankingSheet, type SheetPaint } from "../src/workbook/ranking-sheet";
import { readWorkbook } from "../src/workbook/read";
import { keepAsText } from "../src/workbook/text-cells";
import { freezeClock, loadSample, VALUE_CALLS } from "../test/bundle/harness";
import { countsOf, splitAtOverview } from "../test/bundle/overview-calls";
import { type CallLog, createFakeServices, type FakeServices, type SheetSnapshot } from "../test/fakes";
import { main, now, peakMb } from "./common";
import { benchIndexProvince } from "./index-province";
import { BENCH_YEAR, benchGrids, benchProvince } from "./province";

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

const ROOT = path.resolve(path.dirname(process.argv[1] ?? "."), "..");
const CODE = path.join(ROOT, "dist/Code.js");
// Raised from 150 KB to leave room for the year's features (the annual index, review), then from
// 250 KB for the documents (issue 11: +27.7 KB, of which 14 KB their Vietnamese and English texts).
// The bundle is fully minified and ships only the messages its sources name; Apps Script sets no
// limit on a script's size, and loading 280 KB in node:vm takes about 2 ms more than 250 KB.
// Then from 300 KB for the import (issue 12: +30.6 KB: the matching and plan 12.4 KB, the server
// side 9.6 KB, its texts 8 KB). Then from 330 KB for the follow-up (issue 13: 316.8 → 345.4 KB: the
// overview sheet, the follow-up and trends core, the e-mails' and letter's follow-up and their texts).
const CODE_BUDGET_KB = 360;
/** Rank units' reads and its `Xếp hạng` write; `Tổng quan`, written after it, has its own budget. */
const RANK_VALUE_BUDGET = 12;
/**
 * `Tổng quan` (design §13): one write each of values (the SPARKLINEs with them), colours, number
 * formats, weights, the font family and the font sizes; and, when there is one, the first row of the
 * sheet it replaces read, to make sure it is the overview and not someone's own sheet of that name.
 */
const OVERVIEW_VALUE_BUDGET = 7;
/**
 * Units, indicators and settings (3), Số liệu's header, key columns and row (3), the row's formulas
 * and its write (2), Nhật ký's header and last row and its append (3); cells read no longer grow
 * with the sheet (the whole Số liệu was read before).
 */
const SUBMIT_VALUE_BUDGET = 11;
/**
 * Nhập từ tệp xuất: units, indicators, settings (and Thẩm định when there is one), the export, and
 * Số liệu's header, key columns and the span of the period's rows (8); to write, those again, the
 * rows below the period's when new rows go under them, the span's write, Tên khác's, and Nhật ký's
 * header, last row and append (14). Formulas of the written spans (2 getFormulas) are not VALUE_CALLS.
 */
const IMPORT_PREVIEW_VALUE_BUDGET = 8;
const IMPORT_APPLY_VALUE_BUDGET = 14;
/**
 * Calls that size a new sheet: made once per sheet written when it outgrows 1,000 rows or 26
 * columns — Rank units writes two, `Xếp hạng` and `Tổng quan`.
 */
const SIZING_CALLS = new Set(["Sheet.insertRowsAfter", "Sheet.insertColumnsAfter"]);
const sheetsWritten = (label: string) => (/rankUnits/.test(label) ? 2 : 1);
const ADMIN = "admin.bench@bench.example";
const JUNE = `${BENCH_YEAR}-06`;

const log = (s = "") => process.stdout.write(`${s}\n`);
const note = (s: string) => process.stderr.write(`· ${s}\n`);
const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

// --- Loading the bundle (as test/bundle/harness.ts does, with the path taken from ROOT) -------------

function bundleCode(): string {
  if (!existsSync(CODE)) {
    note("dist/Code.js is missing: building it…");
    execFileSync(process.execPath, ["build.mjs", "--quiet"], { cwd: ROOT, stdio: "inherit" });
  }
  return readFileSync(CODE, "utf8");
}

interface Addon {
  fakes: FakeServices;
  context: vm.Context;
  call: <T = unknown>(name: string, ...args: unknown[]) => T;
}

function loadAddon(code: string): Addon {
  const fakes = createFakeServices({ activeUser: ADMIN });
  const context = vm.createContext({ ...fakes.globals });
  fakes.useRealmOf(context);
  vm.runInContext(code, context, { filename: "Code.js" });
  // The sidebar saves only recent months: "now" is early in the year after the bench's data.
  freezeClock(context, `${BENCH_YEAR + 1}-01-15T03:00:00Z`);
  const call = <T>(name: string, ...args: unknown[]): T => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== "function") throw new Error(`${name} is not a global function of the bundle`);
    return fn(...args) as T;
  };
  return { fakes, context, call };
}

// --- The naive rank: cell by cell, for comparison ---------------------------------------------------

/** Adds the log's counts to a running tally and empties it, so a long run holds no entries. */
class Tally {
  readonly counts: Record<string, number> = {};
  constructor(private readonly calls: CallLog) {}
  flush(): void {
    for (const [k, v] of Object.entries(this.calls.byName())) this.counts[k] = (this.counts[k] ?? 0) + v;
    this.calls.reset();
  }
}

const INPUT_SHEETS: SheetKey[] = ["units", "indicators", "data", "settings"];

interface NaiveShape {
  cellsRead: number;
  cellsWritten: number;
  columns: number;
  /** Charts removed (left by an earlier rank) and drawn. */
  removedCharts: number;
  charts: number;
}

/**
 * What rankUnits does, the way it must not be done: each input cell read with its own
 * getRange(r, c).getValue(), each cell of the ranking sheet written with its own getRange(r, c)
 * and one setter per attribute (value, background, number format, weight), column widths one by one.
 */
function naiveRank(
  ss: GSpreadsheet,
  charts: FakeServices["globals"]["Charts"],
  periodText: string,
  tally: Tally,
): NaiveShape {
  const timeZone = ss.getSpreadsheetTimeZone();
  const sheets: Record<string, Grid> = {};
  let cellsRead = 0;
  for (const key of INPUT_SHEETS) {
    const sheet = ss.getSheetByName(SHEETS[key].name);
    if (!sheet) continue;
    const rows = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    const grid: Grid = [];
    for (let r = 1; r <= rows; r++) {
      const line: Grid[number] = [];
      for (let c = 1; c <= cols; c++) line.push(sheet.getRange(r, c).getValue() as Grid[number][number]);
      grid.push(line);
      tally.flush();
    }
    cellsRead += rows * cols;
    sheets[SHEETS[key].name] = grid;
  }
  const read = readWorkbook({ sheets, timeZone });
  if (read.problems.length > 0) throw new Error(`naive rank: ${read.problems.length} problems in the workbook`);
  const period = parsePeriod(periodText);
  if (!period) throw new Error(`naive rank: bad period ${periodText}`);
  const paint = layoutRankingSheet(buildReport(read.model, period), {
    lang: read.model.settings.language,
    rankedAt: nowText(timeZone),
    missing: read.model.settings.missing,
  });
  const sheet = ss.getSheetByName(SHEETS.ranking.name) ?? ss.insertSheet(SHEETS.ranking.name);
  sheet.clear();
  for (let i = 0; i < paint.values.length; i++) {
    for (let j = 0; j < paint.values[i].length; j++) {
      const cell = sheet.getRange(i + 1, j + 1);
      cell.setValue(keepAsText(paint.values[i][j]));
      cell.setBackground(paint.backgrounds[i][j]);
      cell.setNumberFormat(paint.numberFormats[i][j]);
      cell.setFontWeight(paint.bold[i][j] ? "bold" : "normal");
    }
    tally.flush();
  }
  sheet.setFrozenRows(paint.frozenRows);
  paint.columnWidths.forEach((w, j) => {
    sheet.setColumnWidth(j + 1, w);
  });
  const removedCharts = naiveCharts(sheet, paint, charts);
  tally.flush();
  return {
    removedCharts,
    cellsRead,
    cellsWritten: paint.values.length * (paint.values[0]?.length ?? 0),
    columns: paint.columnWidths.length,
    charts: paint.charts.filter((c) => c.numRows > 0).length,
  };
}

/** The same charts as src/server/paint.ts (there is no per-cell way to draw a chart). */
function naiveCharts(sheet: GSheet, paint: SheetPaint, charts: FakeServices["globals"]["Charts"]): number {
  const old = sheet.getCharts();
  for (const chart of old) sheet.removeChart(chart);
  for (const spec of paint.charts) {
    if (spec.numRows === 0) continue;
    const chart = sheet
      .newChart()
      .setChartType(charts.ChartType.BAR as unknown as GoogleAppsScript.Charts.ChartType)
      .addRange(sheet.getRange(spec.firstRow, spec.labelColumn, spec.numRows, 1))
      .addRange(sheet.getRange(spec.firstRow, spec.valueColumn, spec.numRows, 1))
      .setPosition(spec.anchorRow, spec.anchorColumn, 0, 0)
      .setOption("title", spec.title)
      .setOption("legend", { position: "none" })
      .setOption("hAxis", { format: "percent", viewWindow: { min: 0, max: 1 } })
      .setOption("height", Math.max(240, spec.numRows * 22 + 60))
      .setOption("width", 560)
      .build();
    sheet.insertChart(chart);
  }
  return old.length;
}

/** The closed form of the naive version's calls, to check the measured tally against. */
function naiveFormula(s: NaiveShape, inputSheets: number): number {
  const perChart = 14; // newChart, setChartType, 2 × (getRange + addRange), setPosition, 5 × setOption, build, insertChart
  return (
    1 + // getActiveSpreadsheet
    1 + // getSpreadsheetTimeZone
    inputSheets * 3 + // getSheetByName, getLastRow, getLastColumn
    2 * s.cellsRead + // Sheet.getRange + Range.getValue
    1 + // getSheetByName (Xếp hạng)
    1 + // clear
    5 * s.cellsWritten + // Sheet.getRange + setValue, setBackground, setNumberFormat, setFontWeight
    1 + // setFrozenRows
    s.columns + // setColumnWidth
    1 + // getCharts
    s.removedCharts + // removeChart
    perChart * s.charts
  );
}

// --- The ranking sheet, for comparing the naive result with rankUnits' ----------------------------

// The ranking time, as written today (dd/mm/yyyy HH:mm) or before (yyyy-mm-dd HH:mm).
const STAMP = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}|\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?/g;

function sheetFingerprint(s: SheetSnapshot): string {
  const values = s.values.map((r) => r.map((v) => (typeof v === "string" ? v.replace(STAMP, "<time>") : v)));
  return JSON.stringify({
    values,
    backgrounds: s.backgrounds,
    numberFormats: s.numberFormats,
    fontWeights: s.fontWeights,
    frozenRows: s.frozenRows,
    columnWidths: s.columnWidths,
    charts: s.charts.map((c) => ({ ...c, id: null })),
  });
}

// --- One size -------------------------------------------------------------------------------------

interface Measured {
  label: string;
  counts: Record<string, number>;
  ms: number;
  result?: string;
  /** Rank units: its calls up to `Tổng quan`'s write, and that write's (test/bundle/overview-calls.ts). */
  parts?: { ranking: Record<string, number>; overview: Record<string, number> };
}

interface SizeRun {
  n: number;
  dataRows: number;
  cells: number;
  scenarios: Measured[];
  naive: Measured;
  naiveShape: NaiveShape;
  naiveFormula: number;
  naiveSameSheet: boolean;
  submitOk: boolean;
  letterOk: boolean;
  importOk: boolean;
  rankOk: boolean;
  peakMb: number;
}

/** A province loaded into the fakes, with a `measure` that logs each action's calls into `scenarios`. */
function openProvince(code: string, grids: Record<string, Grid>) {
  const settings = grids[SHEETS.settings.name];
  const adminRow = settings.find((r) => r[0] === SETTING_KEYS.adminEmails.name);
  if (!adminRow) throw new Error("the bench settings have no admin row");
  adminRow[1] = ADMIN;

  const addon = loadAddon(code);
  const { fakes } = addon;
  for (const key of [...INPUT_SHEETS, "audit"] as SheetKey[])
    fakes.ss.loadGrid(SHEETS[key].name, grids[SHEETS[key].name]);
  const cells = INPUT_SHEETS.reduce((s, k) => {
    const g = grids[SHEETS[k].name];
    return s + g.length * Math.max(...g.map((r) => r.length));
  }, 0);

  const scenarios: Measured[] = [];
  const measure = <T>(label: string, fn: () => T, show: (r: T) => string = String): T => {
    fakes.calls.reset();
    const t = now();
    const r = fn();
    const ms = now() - t;
    const split = splitAtOverview(fakes.calls);
    const parts = label.startsWith("rankUnits")
      ? { ranking: countsOf(split.ranking), overview: countsOf(split.overview) }
      : undefined;
    scenarios.push({ label, counts: fakes.calls.byName(), ms, result: show(r), parts });
    fakes.calls.reset();
    return r;
  };
  return { ...addon, cells, scenarios, measure };
}

const firstLine = (s: unknown) => String(s).split("\n")[0];

/** Ranks the year and June and checks the data: what does not depend on the entry form. */
function rankAndCheck(p: ReturnType<typeof openProvince>): boolean {
  const rank1 = p.measure(
    `rankUnits("${BENCH_YEAR}")`,
    () => p.call<string>("rankUnits", String(BENCH_YEAR)),
    firstLine,
  );
  const rank2 = p.measure(`rankUnits("${JUNE}")`, () => p.call<string>("rankUnits", JUNE), firstLine);
  p.measure("checkData()", () => p.call<string>("checkData"), firstLine);
  // rankUnits alerts only when it refuses; it toasts its result.
  return [rank1, rank2].every((m) => m !== "") && p.scenarios.slice(0, 2).every((m) => !m.counts["Ui.alert"]);
}

interface IndexRun {
  n: number;
  dataRows: number;
  cells: number;
  scenarios: Measured[];
  rankOk: boolean;
}

/** The same actions on the province's annual index (bench/index-province.ts). */
function runIndexSize(code: string, n: number): IndexRun {
  note(`N=${fmt(n)}: the annual index: generating it and loading it into the fake spreadsheet…`);
  const grids = benchGrids(benchIndexProvince(n));
  const p = openProvince(code, grids);
  note(`N=${fmt(n)}: the annual index: rankUnits and checkData through dist/Code.js…`);
  const rankOk = rankAndCheck(p);
  // A rank that could not write its sheet logged why: say it, so a FAIL below is not a mystery.
  for (const e of p.fakes.globals.console.entries.filter((x) => x.level === "error").slice(0, 1)) {
    const err = e.args[0] as { message?: string } | undefined;
    note(`N=${fmt(n)}: the annual index: the add-on logged “${err?.message ?? e.text}”`);
  }
  return { n, dataRows: grids[SHEETS.data.name].length - 1, cells: p.cells, scenarios: p.scenarios, rankOk };
}

function runSize(code: string, n: number): SizeRun {
  note(`N=${fmt(n)}: generating the province and loading it into the fake spreadsheet…`);
  const province = benchProvince(n);
  const grids = benchGrids(province);
  const data = grids[SHEETS.data.name];
  const opened = openProvince(code, grids);
  const { fakes, context, call, cells, scenarios, measure } = opened;

  note(
    `N=${fmt(n)}: rankUnits, checkData, getEntryForm, submitFigures, draftLetter, previewImport, applyImport through dist/Code.js…`,
  );
  const rankOk = rankAndCheck(opened);

  // The first active unit that reported June: its row is updated in place.
  const unitIds = new Set(province.units.filter((u) => u.active).map((u) => u.id));
  const juneRow = data.find((r, i) => i > 0 && r[0] === JUNE && unitIds.has(String(r[1])));
  if (!juneRow) throw new Error(`no active unit reported ${JUNE}`);
  const unitId = String(juneRow[1]);
  const form = measure(
    `getEntryForm({ unitId, period: "${JUNE}" })`,
    () => call<EntryForm>("getEntryForm", { unitId, period: JUNE }),
    (f) => (f.ok ? `${unitId}: ok, ${f.units.length} units offered, reported ${f.reported}` : "refused"),
  );
  if (!form.ok || !form.reported) throw new Error(`getEntryForm did not return ${unitId}'s ${JUNE} figures`);
  const values: Record<string, string> = {};
  for (const ind of form.indicators) {
    const v = form.values[ind.id] ?? "";
    values[ind.id] = v !== "" ? v : ind.type === "boolean" ? "không" : "0";
  }
  const changed = form.indicators.find((i) => i.type === "count" && form.values[i.id] !== "");
  if (!changed) throw new Error("no count indicator");
  values[changed.id] = String(Number(values[changed.id]) + 1);
  // google.script.run hands the server a copy made in the script's realm.
  const submission = vm.runInContext(
    "(s) => JSON.parse(s)",
    context,
  )(JSON.stringify({ unitId, period: JUNE, values, note: form.note }));
  const submitted = measure(
    `submitFigures({ unitId, period: "${JUNE}", … }) (a row updated)`,
    () => call<SubmitResult>("submitFigures", submission),
    (r) => (r.ok ? `${unitId}: ok, ${r.changes} change(s), row ${r.row} updated` : `refused: ${r.message}`),
  );

  const drafted = measure(`draftLetter("${JUNE}")`, () => call<string>("draftLetter", JUNE), firstLine);
  const importOk = importJune(opened, province.units, province.indicators);

  // The naive rank, in this (the host's) realm: dates from the fakes must be host Dates here.
  note(`N=${fmt(n)}: the naive cell-by-cell rank (run in full)…`);
  fakes.setDateCtor(Date);
  fakes.calls.reset();
  const tally = new Tally(fakes.calls);
  const ss = fakes.globals.SpreadsheetApp.getActiveSpreadsheet();
  const t0 = now();
  const naiveShape = naiveRank(ss, fakes.globals.Charts, String(BENCH_YEAR), tally);
  const naiveMs = now() - t0;
  tally.flush();
  const naive: Measured = { label: `naive rank("${BENCH_YEAR}")`, counts: tally.counts, ms: naiveMs };
  fakes.useRealmOf(context);
  // The submission moved one June figure since rankUnits("2023") ran: compare the naive sheet with
  // a fresh rankUnits of the same data.
  const naiveSheet = sheetFingerprint(fakes.ss.sheet(SHEETS.ranking.name).snapshot());
  call<string>("rankUnits", String(BENCH_YEAR));
  const batchedAgain = sheetFingerprint(fakes.ss.sheet(SHEETS.ranking.name).snapshot());
  fakes.calls.reset();

  return {
    n,
    dataRows: data.length - 1,
    cells,
    scenarios,
    naive,
    naiveShape,
    naiveFormula: naiveFormula(naiveShape, INPUT_SHEETS.length),
    naiveSameSheet: naiveSheet === batchedAgain,
    submitOk: submitted.ok && (submitted.changes ?? 0) >= 1,
    letterOk: drafted.startsWith("https://") && fakes.documentApp.documents.length === 1,
    importOk,
    rankOk,
    peakMb: peakMb(),
  };
}

/**
 * Nhập từ tệp xuất: an export of June's e-signing rates naming every unit as `Đơn vị` does (the
 * first under another name, resolved by hand and learned), previewed, then written over the figures
 * there. True when the preview has no problem and the write wrote figures and the name.
 */
function importJune(
  p: ReturnType<typeof openProvince>,
  units: { id: string; name: string }[],
  indicators: { id: string; kind: string }[],
): boolean {
  const percent = indicators.find((i) => i.kind === "percent");
  if (!percent) throw new Error("no percent indicator");
  p.fakes.ss.loadGrid("Xuất QLVB", [
    [`TỶ LỆ VĂN BẢN KÝ SỐ THÁNG ${JUNE}`],
    ["STT", "Tên đơn vị", "Tỷ lệ ký số (%)"],
    ...units.map((u, i) => [i + 1, i === 0 ? "Đơn vị thứ nhất" : u.name, `${(i * 7) % 100},5`]),
  ]);
  // google.script.run hands the server a copy made in the script's realm.
  const request = vm.runInContext(
    "(s) => JSON.parse(s)",
    p.context,
  )(
    JSON.stringify({
      period: JUNE,
      source: { kind: "sheet", name: "Xuất QLVB" },
      columns: { [percent.id]: "Tỷ lệ ký số (%)" },
      overwrite: true,
      chosen: { "3": units[0].id },
    }),
  );
  const preview = p.measure(
    "previewImport({ period, sheet, KY_SO… })",
    () => p.call<ImportPreview | ImportRefusal>("previewImport", request),
    (r) =>
      r.ok ? `${r.rows.length} rows, ${r.counts.write} figures to write, ${r.problems.length} problems` : r.message,
  );
  const applied = p.measure(
    "applyImport({ period, sheet, KY_SO… })",
    () => p.call<ImportResult | ImportRefusal>("applyImport", request),
    (r) => r.message.split("\n")[0],
  );
  return preview.ok && preview.problems.length === 0 && applied.ok && applied.written > 0 && applied.aliases === 1;
}

// --- The sample's documents -------------------------------------------------------------------------

/** DocumentApp's interfaces: the calls that touch the Google Doc. */
const DOC_CALLS = /^(DocumentApp|Document|Body|Paragraph|Text|Table|TableRow|TableCell|PageBreak)\./;

interface DocRun {
  label: string;
  counts: Record<string, number>;
  ok: boolean;
  /** Blocks drawn: body paragraphs, tables, table rows. */
  paragraphs: number;
  tables: number;
  rows: number;
  /** Calls made on the cells of the ruled (Phụ lục) tables: they grow with the units. */
  appendixCellCalls: number;
  appendixRows: number;
}

/** The June letter and the 2023 report of the sample province, each on a fresh load of the bundle. */
function sampleDocuments(code: string): DocRun[] {
  const run = (label: string, fn: string, period: string): DocRun => {
    const addon = loadAddon(code);
    loadSample(addon.fakes, (s) => {
      const row = s.settings.find((r) => r[0] === SETTING_KEYS.adminEmails.name);
      if (!row) throw new Error("the sample has no admin row");
      row[1] = ADMIN;
    });
    addon.fakes.calls.reset();
    const url = addon.call<string>(fn, period);
    const doc = addon.fakes.documentApp.documents[0];
    // The k-th Body.appendTable drew the k-th table; its cells' calls run from its first
    // Table.getCell to the next Body call, less the hairline paragraph Docs keeps after it.
    const tables = doc?.tables() ?? [];
    const ruled = tables.filter((t) => t.borderWidth > 0);
    let k = -1;
    let inCells = false;
    let appendixCellCalls = 0;
    for (const e of addon.fakes.calls.details()) {
      if (e.name.startsWith("Body.")) {
        inCells = false;
        if (e.name === "Body.appendTable") k++;
        continue;
      }
      if (e.name === "Table.getCell") inCells = true;
      const hairline = (e.args[0] as Record<string, unknown> | undefined)?.FONT_SIZE === 1;
      if (inCells && !hairline && k >= 0 && tables[k]?.borderWidth > 0) appendixCellCalls++;
    }
    return {
      label,
      counts: addon.fakes.calls.byName(),
      ok: url === doc?.url && url.startsWith("https://"),
      paragraphs: doc?.paragraphs().length ?? 0,
      tables: doc?.tables().length ?? 0,
      rows: doc?.tables().reduce((n, t) => n + t.rows.length, 0) ?? 0,
      appendixCellCalls,
      appendixRows: ruled.reduce((n, t) => n + t.rows.length, 0),
    };
  };
  return [
    run(`draftLetter("${JUNE}")`, "draftLetter", JUNE),
    run(`draftReport("${BENCH_YEAR}")`, "draftReport", String(BENCH_YEAR)),
  ];
}

function printDocuments(runs: DocRun[]): void {
  log();
  log("The sample province's documents as Google Docs: DocumentApp calls (and the Spreadsheet reads around them)");
  const names = [...new Set(runs.flatMap((r) => Object.keys(r.counts)))].filter((n) => DOC_CALLS.test(n)).sort();
  const rows: string[][] = [["DocumentApp call", ...runs.map((r) => r.label)]];
  for (const name of names) rows.push([name, ...runs.map((r) => fmt(r.counts[name] ?? 0))]);
  const docTotal = (r: DocRun) => Object.entries(r.counts).reduce((s, [k, v]) => s + (DOC_CALLS.test(k) ? v : 0), 0);
  rows.push(["TOTAL DocumentApp calls", ...runs.map((r) => fmt(docTotal(r)))]);
  rows.push(["  of which on the Phụ lục's cells", ...runs.map((r) => fmt(r.appendixCellCalls))]);
  rows.push(["other service calls (Sheets, Ui, Html…)", ...runs.map((r) => fmt(total(r.counts) - docTotal(r)))]);
  rows.push(["  of which VALUE_CALLS", ...runs.map((r) => fmt(valueTotal(r.counts)))]);
  table(rows, 1);
  for (const r of runs) {
    const perRow =
      r.appendixRows > 0
        ? `; the Phụ lục's ${fmt(r.appendixRows)} rows cost ${fmt(r.appendixCellCalls / r.appendixRows, 1)} calls a row`
        : "";
    log(
      `  ${r.label}: ${fmt(r.paragraphs)} body paragraphs, ${fmt(r.tables)} tables of ${fmt(r.rows)} rows; ` +
        `${fmt(docTotal(r))} DocumentApp calls, at 50 ms a call ${fmt(docTotal(r) * 0.05, 1)} s${perRow}`,
    );
  }
}

// --- Report ---------------------------------------------------------------------------------------

const total = (c: Record<string, number>) => Object.values(c).reduce((s, v) => s + v, 0);
const valueTotal = (c: Record<string, number>) =>
  Object.entries(c).reduce((s, [k, v]) => s + (VALUE_CALLS.test(k) ? v : 0), 0);
const sameAll = (xs: number[]) => xs.every((x) => x === xs[0]);

/** Prints rows with the first `left` columns left-aligned and the others right-aligned. */
function table(rows: string[][], left: number): void {
  const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
  for (const [i, row] of rows.entries()) {
    log(`  ${row.map((c, j) => (j < left ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ")}`.trimEnd());
    if (i === 0) log(`  ${widths.map((w) => "-".repeat(w)).join("  ")}`);
  }
}

/**
 * Every call name with its count at each size. The last column says whether the counts are equal
 * (batched) or, for the naive version, how much they grew from the smallest to the largest N.
 */
function printCalls<R extends { n: number }>(
  title: string,
  runs: R[],
  pick: (r: R) => Measured,
  growth = false,
  wall = true,
  sheets = 1,
): boolean {
  const ms = runs.map(pick);
  const names = [...new Set(ms.flatMap((m) => Object.keys(m.counts)))].sort();
  const last = (xs: number[]) =>
    growth ? (xs[0] === 0 ? "" : `×${fmt(xs.at(-1)! / xs[0], 1)}`) : sameAll(xs) ? "=" : "DIFFERS";
  const rows: string[][] = [
    ["service call", "value?", ...runs.map((r) => `N=${fmt(r.n)}`), growth ? "growth" : "same"],
  ];
  let equal = true;
  for (const name of names) {
    const xs = ms.map((m) => m.counts[name] ?? 0);
    // Growing a new sheet past 1,000 rows or 26 columns is one call once it is needed, never more.
    equal &&= sameAll(xs) || (SIZING_CALLS.has(name) && Math.max(...xs) <= sheets);
    rows.push([name, VALUE_CALLS.test(name) ? "V" : "", ...xs.map((x) => fmt(x)), last(xs)]);
  }
  const totals = ms.map((m) => total(m.counts));
  const values = ms.map((m) => valueTotal(m.counts));
  rows.push(["TOTAL service calls", "", ...totals.map((x) => fmt(x)), last(totals)]);
  rows.push(["  of which VALUE_CALLS", "V", ...values.map((x) => fmt(x)), last(values)]);
  if (wall) rows.push(["wall ms (fakes: JS only)", "", ...ms.map((m) => fmt(m.ms, 1)), ""]);
  log();
  log(title);
  for (const [k, m] of ms.entries()) if (m.result) log(`  → N=${fmt(runs[k].n)}: ${m.result}`);
  table(rows, 2);
  return equal;
}

await main("addon-calls", () => {
  const { values: opts } = parseArgs({ options: { sizes: { type: "string", default: "30,3000" } } });
  const sizes = opts.sizes.split(",").map((s) => Number(s.trim()));
  if (sizes.length < 2 || sizes.some((n) => !Number.isInteger(n) || n < 10)) {
    throw new Error(`--sizes wants two or more unit counts ≥ 10, got ${opts.sizes}`);
  }
  const code = bundleCode();
  const runs = sizes.map((n) => runSize(code, n));
  const sizesText = sizes.map((n) => fmt(n)).join(" and ");

  log();
  log("Add-on Spreadsheet service calls: dist/Code.js in node:vm over the counting fakes of test/fakes/");
  for (const r of runs) {
    log(
      `  N=${fmt(r.n)}: ${fmt(r.n)} units (4 groups) × 40 indicators × 12 months; ${fmt(r.dataRows)} rows in ` +
        `Số liệu, ${fmt(r.cells)} input cells; peak RSS of this process ${fmt(r.peakMb)} MB`,
    );
  }
  log("  value? V = matches VALUE_CALLS of test/bundle/harness.ts (reads or writes cell values or formats)");

  const checks: [string, boolean][] = [];
  const labels = runs[0].scenarios.map((s) => s.label);
  labels.forEach((label, k) => {
    const equal = printCalls(label, runs, (r) => r.scenarios[k], false, true, sheetsWritten(label));
    checks.push([`${label}: every call count equal at N = ${sizesText}`, equal]);
    if (!runs[0].scenarios[k].parts) return;
    const overview = printCalls(
      `${label}: of which Tổng quan, written after Xếp hạng (its own budget)`,
      runs,
      (r) => ({ label, counts: r.scenarios[k].parts?.overview ?? {}, ms: 0 }),
      false,
      false,
    );
    checks.push([`${label}, Tổng quan: every call count equal at N = ${sizesText}`, overview]);
  });

  printCalls(
    `For comparison: ${runs[0].naive.label}, cell by cell (bench/addon-calls.ts; run and counted in full at every N)`,
    runs,
    (r) => r.naive,
    true,
  );
  for (const r of runs) {
    const measured = total(r.naive.counts);
    const s = r.naiveShape;
    log(
      `  N=${fmt(r.n)}: ${fmt(s.cellsRead)} cells read, ${fmt(s.cellsWritten)} written; closed form ` +
        `2 × read + 5 × written + ${fmt(r.naiveFormula - 2 * s.cellsRead - 5 * s.cellsWritten)} = ${fmt(r.naiveFormula)} ` +
        `${r.naiveFormula === measured ? "= measured" : `≠ measured ${fmt(measured)}`}; the sheet it wrote ` +
        `${r.naiveSameSheet ? "equals" : "DIFFERS FROM"} rankUnits' (values, colours, formats, weights, widths, charts)`,
    );
  }

  log();
  log("Summary: service calls per action (value calls in brackets), wall ms of the fakes");
  const rows: string[][] = [["action", ...runs.map((r) => `N=${fmt(r.n)}`), ...runs.map((r) => `ms N=${fmt(r.n)}`)]];
  for (const m of [...labels.map((_, k) => (r: SizeRun) => r.scenarios[k]), (r: SizeRun) => r.naive]) {
    const ms = runs.map(m);
    rows.push([
      ms[0].label,
      ...ms.map((x) => `${fmt(total(x.counts))} (${fmt(valueTotal(x.counts))})`),
      ...ms.map((x) => fmt(x.ms, 1)),
    ]);
  }
  table(rows, 1);
  for (const r of runs) {
    const b = total(r.scenarios[0].counts);
    const nv = total(r.naive.counts);
    log(
      `  N=${fmt(r.n)}: naive/batched ×${fmt(nv / b, 0)}; at 50 ms a call (design §6: tens to hundreds of ms) ` +
        `${fmt(b * 0.05, 1)} s against ${fmt((nv * 0.05) / 3600, 1)} h of service time (Apps Script stops a run at 6 min)`,
    );
  }

  const size = statSync(CODE).size;
  log();
  log(`dist/Code.js: ${fmt(size / 1024, 1)} KB (${fmt(size)} bytes), budget ${CODE_BUDGET_KB} KB`);
  log();

  const maxValue = (k: number) => Math.max(...runs.map((r) => valueTotal(r.scenarios[k].counts)));
  const maxPart = (k: number, part: "ranking" | "overview") =>
    Math.max(...runs.map((r) => valueTotal(r.scenarios[k].parts?.[part] ?? {})));
  labels.forEach((label, k) => {
    if (label.startsWith("rankUnits")) {
      const [ranking, overview] = [maxPart(k, "ranking"), maxPart(k, "overview")];
      checks.push([`${label}, Xếp hạng: VALUE_CALLS ${ranking} ≤ ${RANK_VALUE_BUDGET}`, ranking <= RANK_VALUE_BUDGET]);
      checks.push([
        `${label}, Tổng quan: VALUE_CALLS ${overview} ≤ ${OVERVIEW_VALUE_BUDGET} (the two: ${maxValue(k)})`,
        overview > 0 && overview <= OVERVIEW_VALUE_BUDGET,
      ]);
    }
    if (label.startsWith("submitFigures"))
      checks.push([
        `submitFigures: VALUE_CALLS ${maxValue(k)} ≤ ${SUBMIT_VALUE_BUDGET}`,
        maxValue(k) <= SUBMIT_VALUE_BUDGET,
      ]);
    for (const [name, budget] of [
      ["previewImport", IMPORT_PREVIEW_VALUE_BUDGET],
      ["applyImport", IMPORT_APPLY_VALUE_BUDGET],
    ] as const)
      if (label.startsWith(name))
        checks.push([`${name}: VALUE_CALLS ${maxValue(k)} ≤ ${budget}`, maxValue(k) <= budget]);
  });
  checks.push([
    "rankUnits ranked and submitFigures saved the changed figure at every N",
    runs.every((r) => r.rankOk && r.submitOk),
  ]);
  checks.push(["draftLetter made one Google Doc at every N", runs.every((r) => r.letterOk)]);
  checks.push([
    "previewImport found every unit and applyImport wrote the export at every N",
    runs.every((r) => r.importOk),
  ]);
  checks.push([
    "the naive count matches its closed form and its sheet equals rankUnits' at every N",
    runs.every((r) => r.naiveSameSheet && r.naiveFormula === total(r.naive.counts)),
  ]);
  checks.push([`dist/Code.js ${fmt(size / 1024, 1)} KB < ${CODE_BUDGET_KB} KB`, size < CODE_BUDGET_KB * 1024]);

  const docs = sampleDocuments(code);
  printDocuments(docs);
  checks.push(["draftLetter and draftReport made their Google Docs on the sample", docs.every((d) => d.ok)]);

  // The annual index: 4 pillars → 12 main indexes → 40 indicators, 10 ratios, 8 yearly ones.
  const indexRuns = sizes.map((n) => runIndexSize(code, n));
  log("The annual index (bench/index-province.ts): the same units, ranked on the index of design §9");
  for (const r of indexRuns)
    log(
      `  N=${fmt(r.n)}: ${fmt(r.dataRows)} rows in Số liệu (12 months and the year's row), ${fmt(r.cells)} input cells`,
    );
  indexRuns[0].scenarios.forEach((m, k) => {
    const equal = printCalls(
      `Annual index: ${m.label}`,
      indexRuns,
      (r) => r.scenarios[k],
      false,
      true,
      sheetsWritten(m.label),
    );
    checks.push([`annual index, ${m.label}: every call count equal at N = ${sizesText}`, equal]);
  });
  checks.push(["annual index: rankUnits ranked at every N", indexRuns.every((r) => r.rankOk)]);
  log();
  for (const [text, ok] of checks) log(`${ok ? "PASS" : "FAIL"}  ${text}`);
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
});
