// "Thiết lập bảng tính": creates the missing contract sheets and columns (appended at the right,
// with their widths), never touching existing rows; records each sheet's ID (from then on sheets
// are found by identity, not name); writes the account running it into a blank `Email quản trị`;
// adds drop-downs (the words of `Chỉ tiêu`, có/không and a choice's labels in `Số liệu`), percent
// formats, frozen headers and real protection; gives every indicator its `Số liệu` columns (two
// for a ratio); offers the sample province to an empty workbook. A second run changes nothing.
import { t } from "../core/messages";
import type { Indicator, Language, Settings } from "../core/schemas";
import { DEFAULT_SETTINGS } from "../core/schemas";
import {
  AUDIT_COLUMNS,
  type Cell,
  type ColumnSpec,
  DATA_COLUMNS,
  type Grid,
  INDICATOR_COLUMNS,
  REVIEW_COLUMNS,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
  SHEETS,
  type SheetKey,
  UNIT_COLUMNS,
} from "../workbook/contract";
import { matchesName } from "../workbook/headers";
import { duplicateRoleProblems, readWorkbook } from "../workbook/read";
import { sampleProvince } from "../workbook/sample";
import {
  columnWidthChars,
  DEFAULT_SETTINGS_ROWS,
  dataColumnRules,
  fieldColumnSpecs,
  INDICATOR_WORD_LISTS,
  REVIEW_STATUS_LIST,
  YES_NO,
} from "../workbook/template";
import { keepAsText } from "../workbook/text-cells";
import { caller } from "./access";
import { ensureDailyCheck } from "./daily-check";
import { ensureEditTrigger } from "./edit-audit";
import { protectReviewColumns, restrictProtection } from "./review-protection";
import { lookUpSheets, recordSheetIds } from "./sheet-ids";
import { readGrid, type Sheet, type Spreadsheet } from "./spreadsheet";
import { ensureChangeTrigger } from "./structure-watch";
import { alert, maybeUi, problemLines, toast } from "./ui";

const ORDER: SheetKey[] = ["units", "indicators", "data", "review", "ranking", "audit", "settings"];
const COLUMNS: Partial<Record<SheetKey, Record<string, ColumnSpec>>> = {
  units: UNIT_COLUMNS,
  indicators: INDICATOR_COLUMNS,
  data: DATA_COLUMNS,
  review: REVIEW_COLUMNS,
  audit: AUDIT_COLUMNS,
  settings: SETTINGS_COLUMNS,
};
/** Only admins and the owner may edit these: no clerk's code writes them. */
const PROTECTED: SheetKey[] = ["units", "indicators", "settings", "ranking"];
/** The sidebar's save appends here as the clerk, so only a warning; the hash chain guards it. */
const WARNING_ONLY: SheetKey[] = ["audit"];
/** Pixels per character of the template's widths (as the CLI's ExcelJS widths). */
const PX_PER_CHAR = 7;

export interface SetupOutcome {
  ok: boolean;
  sheetsCreated: number;
  columnsAdded: number;
  sampleLoaded: boolean;
  message: string;
}

function readSettingsOf(sheet: Sheet | undefined): Settings {
  if (!sheet) return DEFAULT_SETTINGS;
  return readWorkbook({ sheets: { [SHEETS.settings.name]: readGrid(sheet) }, timeZone: "UTC" }).model.settings;
}

function write(sheet: Sheet, row: number, col: number, values: Cell[][]): void {
  if (values.length === 0 || values[0].length === 0) return;
  sheet.getRange(row, col, values.length, values[0].length).setValues(values.map((r) => r.map(keepAsText)));
}

/** Writes headers at the right of a sheet's header row, each column given the template's width. */
function appendHeaders(sheet: Sheet, column: number, names: string[]): void {
  write(sheet, 1, column, [names]);
  names.forEach((name, k) => {
    sheet.setColumnWidth(column + k, columnWidthChars(name) * PX_PER_CHAR);
  });
}

/** Adds the contract's columns a sheet's header lacks, after its last column; returns how many. */
function addMissingColumns(sheet: Sheet, grid: Grid, spec: Record<string, ColumnSpec>): number {
  const header = grid[0] ?? [];
  const width = header.filter((h) => h !== "" && h !== null).length === 0 ? 0 : header.length;
  const missing = Object.values(spec).filter((c) => !header.some((h) => matchesName(h, c)));
  if (missing.length > 0)
    appendHeaders(
      sheet,
      width + 1,
      missing.map((c) => c.name),
    );
  return missing.length;
}

/** The data sheet's header for a new sheet: the fixed columns around one column per indicator. */
function dataHeader(indicatorIds: string[]): string[] {
  return [
    DATA_COLUMNS.period.name,
    DATA_COLUMNS.unitId.name,
    ...indicatorIds,
    DATA_COLUMNS.note.name,
    DATA_COLUMNS.enteredBy.name,
    DATA_COLUMNS.updatedAt.name,
  ];
}

export function setupWorkbookIn(ss: Spreadsheet, options: { offerSample?: boolean } = {}): SetupOutcome {
  const lookup = lookUpSheets(ss);
  const sheets = lookup.sheets;
  const settings = readSettingsOf(sheets.settings);
  const lang: Language = settings.language;
  const who = caller(ss, settings);
  const refuse = (message: string): SetupOutcome => {
    alert(t(lang, "setupTitle"), message);
    return { ok: false, sheetsCreated: 0, columnsAdded: 0, sampleLoaded: false, message };
  };
  // The very first set-up of a workbook with no admins makes its runner the admin; after that
  // (the sheets' IDs are recorded) only an admin or the owner may run it, even if `Cài đặt` is gone.
  const firstRun = !lookup.setUp && settings.adminEmails.length === 0 && who.email !== "";
  if (!who.admin && !firstRun) {
    return refuse(t(lang, "notAdmin", { email: who.email || t(lang, "unknownUser"), action: t(lang, "actionSetup") }));
  }
  if (lookup.duplicates.length > 0) return refuse(problemLines(duplicateRoleProblems(lookup.duplicates), lang));
  const adminWritten = settings.adminEmails.length === 0 && who.email !== "";
  const withAdmin = (rows: Grid): Grid =>
    rows.map((r) =>
      adminWritten && matchesName(r[0], SETTING_KEYS.adminEmails) && r[1] === "" ? [r[0], who.email] : r,
    );

  let sheetsCreated = 0;
  let columnsAdded = 0;
  const grids: Partial<Record<SheetKey, Grid>> = {};
  const created = new Set<SheetKey>();
  for (const key of ORDER) {
    const existing = sheets[key];
    const spec = COLUMNS[key];
    if (!existing) {
      const sheet = insertSheetNamed(ss, SHEETS[key].name);
      sheets[key] = sheet;
      sheetsCreated++;
      created.add(key);
      if (spec) {
        const header = key === "data" ? dataHeader([]) : Object.values(spec).map((c) => c.name);
        appendHeaders(sheet, 1, header);
        if (key === "settings") write(sheet, 2, 1, withAdmin(DEFAULT_SETTINGS_ROWS));
        grids[key] = key === "settings" ? [header, ...withAdmin(DEFAULT_SETTINGS_ROWS)] : [header];
      }
      continue;
    }
    if (!spec) continue;
    const grid = readGrid(existing);
    grids[key] = grid;
    columnsAdded += addMissingColumns(existing, grid, spec);
    if (key === "settings") {
      const present = grid.slice(1).map((r) => r[0]);
      const absent = DEFAULT_SETTINGS_ROWS.filter(
        (row) => !present.some((k) => matchesName(k, keySpec(String(row[0])))),
      );
      if (absent.length > 0 && grid.length > 0) write(existing, grid.length + 1, 1, withAdmin(absent));
      const adminRow = grid.findIndex((r, i) => i > 0 && matchesName(r[0], SETTING_KEYS.adminEmails));
      if (adminWritten && adminRow > 0) write(existing, adminRow + 1, 2, [[who.email]]);
    }
  }
  recordSheetIds(sheets);

  let sampleLoaded = false;
  const empty = (["units", "indicators", "data"] as const).every((k) => (grids[k]?.length ?? 0) <= 1);
  if (empty && options.offerSample !== false) {
    const ui = maybeUi();
    if (ui && ui.alert(t(lang, "setupTitle"), t(lang, "loadSamplePrompt"), ui.ButtonSet.YES_NO) === ui.Button.YES) {
      // The sample's settings (committee addresses) replace only defaults written a moment ago.
      const written = loadSample(sheets, created.has("settings") ? who.email : null);
      sampleLoaded = true;
      // Whatever columns the sample lacks are added as for any workbook, so a second run finds none.
      for (const key of ["units", "indicators", "data"] as const) {
        const sheet = sheets[key];
        const spec = COLUMNS[key];
        if (sheet && spec) addMissingColumns(sheet, written[key], spec);
      }
    }
  }

  const indicators = sheets.indicators ? readIndicators(sheets.indicators) : [];
  columnsAdded += ensureIndicatorColumns(sheets, indicators);
  applyFormats(sheets, lang, indicators);
  const admins = settings.adminEmails.length > 0 ? settings.adminEmails : [who.email].filter((e) => e !== "");
  const notEditors = protectSheets(sheets, lang, [...admins, who.email], who.owner);
  // `Thẩm định`: only the office's columns; the clerks' evidence columns stay open to the sidebar's save.
  if (sheets.review)
    for (const e of protectReviewColumns(sheets.review, lang, [...admins, who.email], who.owner))
      if (!notEditors.includes(e)) notEditors.push(e);
  ensureEditTrigger(ss);
  ensureChangeTrigger(ss);
  ensureDailyCheck();

  const notes = [
    ...(adminWritten ? [t(lang, "setupAdminWritten", { email: who.email })] : []),
    ...(sampleLoaded ? [t(lang, "sampleLoaded")] : []),
    ...(notEditors.length > 0 ? [t(lang, "setupProtectFailed", { emails: notEditors.join(", ") })] : []),
  ];
  const base =
    sheetsCreated + columnsAdded > 0 || sampleLoaded
      ? t(lang, "setupDone", { sheets: sheetsCreated, columns: columnsAdded })
      : t(lang, "setupNothing");
  const message = [base, ...notes].join(" ");
  toast(ss, message, t(lang, "setupTitle"), 8);
  return { ok: true, sheetsCreated, columnsAdded, sampleLoaded, message };
}

function keySpec(name: string) {
  return Object.values(SETTING_KEYS).find((k) => k.name === name) ?? { name, aliases: [] };
}

/** A sheet with the contract's name, or with a suffix when a decoy already took that name. */
function insertSheetNamed(ss: Spreadsheet, name: string): Sheet {
  const taken = new Set(ss.getSheets().map((s) => s.getName().toLowerCase()));
  let candidate = name;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (DX Scorecard ${n})`;
  return ss.insertSheet(candidate);
}

/**
 * Writes the sample province below the headers of the (empty) input sheets. `adminEmail`: the
 * sample's settings replace the defaults written a moment ago, with this account as the admin.
 */
function loadSample(
  sheets: Partial<Record<SheetKey, Sheet>>,
  adminEmail: string | null,
): Record<"units" | "indicators" | "data", Grid> {
  const sample = sampleProvince();
  const yesNo = (grid: Grid): Grid =>
    grid.map((r) => r.map((c) => (typeof c === "boolean" ? (c ? "có" : "không") : c)));
  const put = (key: SheetKey, grid: Grid) => {
    const sheet = sheets[key];
    if (!sheet) return;
    sheet.clearContents();
    write(sheet, 1, 1, grid);
  };
  const written = { units: yesNo(sample.units), indicators: sample.indicators, data: yesNo(sample.data) };
  put("units", written.units);
  put("indicators", written.indicators);
  put("data", written.data);
  // The year's evidence and the office's first decisions (the sample's `Thẩm định`).
  if (sample.review) put("review", sample.review);
  if (adminEmail !== null) {
    put(
      "settings",
      sample.settings.map((r) => (matchesName(r[0], SETTING_KEYS.adminEmails) && adminEmail ? [r[0], adminEmail] : r)),
    );
  }
  return written;
}

/** The valid indicators of `Chỉ tiêu` (a row with a problem is left to Kiểm tra số liệu). */
function readIndicators(sheet: Sheet): Indicator[] {
  return readWorkbook({ sheets: { [SHEETS.indicators.name]: readGrid(sheet) }, timeZone: "UTC" }).model.indicators;
}

/** Appends the `Số liệu` columns an indicator lacks: its ID, or a ratio's `<ID>_TU` and `<ID>_MAU`. */
function ensureIndicatorColumns(sheets: Partial<Record<SheetKey, Sheet>>, indicators: Indicator[]): number {
  const dataSheet = sheets.data;
  if (!dataSheet || indicators.length === 0) return 0;
  const header = dataSheet.getRange(1, 1, 1, Math.max(dataSheet.getLastColumn(), 1)).getValues()[0];
  const missing = indicators
    .flatMap(fieldColumnSpecs)
    .filter((spec) => !header.some((h) => matchesName(h, spec)))
    .map((spec) => spec.name);
  if (missing.length === 0) return 0;
  const width = header.filter((h) => h !== "").length === 0 ? 0 : header.length;
  write(dataSheet, 1, width + 1, [missing]);
  return missing.length;
}

function listRule(values: string[], help: string): GoogleAppsScript.Spreadsheet.DataValidation {
  return SpreadsheetApp.newDataValidation()
    .requireValueInList(values, true)
    .setAllowInvalid(true)
    .setHelpText(help)
    .build();
}

/**
 * Drop-downs, percent formats, frozen headers and protection: the same result however often it runs.
 * `Mục tiêu`, `Ngưỡng yếu kém` and `Điểm tối đa` get neither a list nor a number format: they may
 * hold per-group text (`Sở, ban, ngành: 90%; UBND cấp huyện: 80%`).
 */
function applyFormats(sheets: Partial<Record<SheetKey, Sheet>>, lang: Language, indicators: Indicator[]): void {
  const rowsBelow = (sheet: Sheet, j: number) => {
    const rows = sheet.getMaxRows() - 1;
    return j < 0 || rows < 1 ? null : sheet.getRange(2, j + 1, rows, 1);
  };
  const column = (sheet: Sheet, header: Cell[], spec: { name: string; aliases: readonly string[] }) =>
    rowsBelow(
      sheet,
      header.findIndex((h) => matchesName(h, spec)),
    );
  const headerOf = (sheet: Sheet) =>
    sheet.getRange(1, 1, 1, Math.max(sheet.getLastColumn(), 1)).getValues()[0] as Cell[];

  for (const key of ["units", "indicators", "data", "review", "audit", "settings"] as const)
    sheets[key]?.setFrozenRows(1);

  const ind = sheets.indicators;
  if (ind) {
    const header = headerOf(ind);
    for (const [spec, list] of INDICATOR_WORD_LISTS)
      column(ind, header, spec)?.setDataValidation(listRule(list, spec.name));
  }
  const review = sheets.review;
  if (review)
    column(review, headerOf(review), REVIEW_COLUMNS.status)?.setDataValidation(
      listRule(REVIEW_STATUS_LIST, REVIEW_COLUMNS.status.name),
    );
  const units = sheets.units;
  if (units)
    column(units, headerOf(units), UNIT_COLUMNS.active)?.setDataValidation(listRule(YES_NO, UNIT_COLUMNS.active.name));

  const data = sheets.data;
  if (data) {
    for (const rule of dataColumnRules(indicators, headerOf(data))) {
      const range = rowsBelow(data, rule.column);
      if (!range) continue;
      if (rule.percent) range.setNumberFormat("0.00%");
      if (rule.list && rule.list.length > 0) range.setDataValidation(listRule(rule.list, rule.indicator.name));
    }
  }

  for (const key of WARNING_ONLY) {
    const sheet = sheets[key];
    if (!sheet || sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) continue;
    sheet.protect().setWarningOnly(true).setDescription(t(lang, "protectedSheet"));
  }
}

/**
 * Real protection: only `editors` (the admins and whoever runs set-up) and the owner may edit the
 * sheets no clerk's code writes. Re-applied on every run, so a change of admins takes effect.
 * Returns the addresses Sheets refused as editors (not Google accounts).
 */
function protectSheets(
  sheets: Partial<Record<SheetKey, Sheet>>,
  lang: Language,
  editors: string[],
  owner: string,
): string[] {
  const wanted = [...new Set(editors.map((e) => e.toLowerCase()).filter((e) => e !== ""))];
  const refused = new Set<string>();
  for (const key of PROTECTED) {
    const sheet = sheets[key];
    if (!sheet) continue;
    const p = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)[0] ?? sheet.protect();
    p.setDescription(t(lang, "protectedSheet"));
    for (const e of restrictProtection(p, wanted, owner)) refused.add(e);
  }
  return [...refused];
}
