// A fake Spreadsheet: the sheets of one workbook, its time zone and locale, plus test helpers to
// load a grid and to take a plain snapshot of everything for assertions.

import { parseA1 } from "./a1";
import { DEFAULT_MAX_COLUMNS, DEFAULT_MAX_ROWS } from "./cells";
import { Counted, type FakeEnv } from "./env";
import { FakeRange } from "./range";
import { asReal, enumName } from "./real-types";
import { FakeUser } from "./session";
import { FakeSheet, type SheetSnapshot } from "./sheet";

type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GProtection = GoogleAppsScript.Spreadsheet.Protection;

type SpreadsheetMethods =
  | "deleteSheet"
  | "getActiveSheet"
  | "getEditors"
  | "getId"
  | "getName"
  | "getNumSheets"
  | "getOwner"
  | "getProtections"
  | "getRange"
  | "getSheetById"
  | "getSheetByName"
  | "getSheets"
  | "getSpreadsheetLocale"
  | "getSpreadsheetTimeZone"
  | "getUrl"
  | "insertSheet"
  | "rename"
  | "setActiveSheet"
  | "setSpreadsheetLocale"
  | "setSpreadsheetTimeZone"
  | "toast";

export interface Toast {
  message: string;
  title: string | null;
  timeoutSeconds: number | null;
}

export interface FakeSpreadsheetOptions {
  id?: string;
  name?: string;
  timeZone?: string;
  locale?: string;
  owner?: string;
  editors?: string[];
  /** Names of the sheets a new spreadsheet starts with; ["Sheet1"] by default. */
  sheetNames?: string[];
  /** Who "the current user" is, for new protections. */
  currentUser?: () => string;
}

export class FakeSpreadsheet extends Counted implements Pick<GSpreadsheet, SpreadsheetMethods> {
  readonly id: string;
  name: string;
  timeZone: string;
  locale: string;
  sheets: FakeSheet[] = [];
  active: FakeSheet | null = null;
  readonly toasts: Toast[] = [];
  owner: string;
  editors: string[];
  /** Opt-in: interpret typed text (`12`, `50%`, `2023-06`, `TRUE`) as Sheets would. */
  parseTypedText = false;
  /** Opt-in: getRange beyond getMaxRows/getMaxColumns throws, as in the real Sheets. */
  strictBounds = false;
  readonly currentUser: () => string;
  private nextSheetId = 0;

  constructor(env: FakeEnv, options: FakeSpreadsheetOptions = {}) {
    super(env, "Spreadsheet");
    this.id = options.id ?? "fake-spreadsheet-id";
    this.name = options.name ?? "DX Scorecard";
    this.timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
    this.locale = options.locale ?? "vi_VN";
    this.owner = options.owner ?? "owner@example.gov.vn";
    this.editors = options.editors ?? [];
    this.currentUser = options.currentUser ?? (() => this.owner);
    for (const n of options.sheetNames ?? ["Sheet1"]) this.addSheet(n);
  }

  // ---- internals and test helpers (not counted) ----

  /** Throws the real message when the name is taken by another sheet. */
  checkNewSheetName(name: string, except?: FakeSheet): void {
    if (this.sheets.some((s) => s !== except && s.name.toLowerCase() === String(name).toLowerCase())) {
      throw this.fail(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
  }

  addSheet(name: string, index?: number, maxRows?: number, maxColumns?: number): FakeSheet {
    this.checkNewSheetName(name);
    // The first sheet of a spreadsheet has gid 0, as in Sheets.
    const id = this.nextSheetId === 0 ? 0 : 100_000 + this.nextSheetId * 7919;
    this.nextSheetId++;
    const sheet = new FakeSheet(this.env, this, name, id, maxRows, maxColumns);
    const at = index === undefined ? this.sheets.length : Math.max(0, Math.min(index, this.sheets.length));
    this.sheets.splice(at, 0, sheet);
    this.active ??= sheet;
    return sheet;
  }

  activateSheet(sheet: FakeSheet): void {
    this.active = sheet;
  }

  /** The sheet with this name; throws when there is none (a test mistake, not product behaviour). */
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s)
      throw new Error(
        `Fake spreadsheet: no sheet named "${name}" (sheets: ${this.sheets.map((x) => x.name).join(", ")})`,
      );
    return s;
  }

  hasSheet(name: string): boolean {
    return this.sheets.some((x) => x.name === name);
  }

  /**
   * Test setup: replaces the sheet's contents with the grid from A1 (creating the sheet if needed).
   * Values are interpreted as setValues would; Dates may come from any realm. Not counted.
   */
  loadGrid(sheetName: string, grid: readonly (readonly unknown[])[]): FakeSheet {
    const rows = grid.length;
    const columns = Math.max(0, ...grid.map((r) => r.length));
    const sheet = this.hasSheet(sheetName)
      ? this.sheet(sheetName)
      : this.addSheet(sheetName, undefined, Math.max(DEFAULT_MAX_ROWS, rows), Math.max(DEFAULT_MAX_COLUMNS, columns));
    sheet.cells.reset(1, 1, sheet.cells.maxRows, sheet.cells.maxColumns, ["value", "formula"]);
    if (rows > 0 && columns > 0) {
      const padded = grid.map((r) => [...r, ...new Array(columns - r.length).fill("")]);
      new FakeRange(this.env, sheet, 1, 1, rows, columns).load(padded);
    }
    return sheet;
  }

  /** Plain copies of every sheet, keyed by name. Not counted. */
  snapshot(): Record<string, SheetSnapshot> {
    return Object.fromEntries(this.sheets.map((s) => [s.name, s.snapshot()]));
  }

  // ---- Spreadsheet API ----

  getId(): string {
    this.track("getId");
    return this.id;
  }

  getUrl(): string {
    this.track("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getName(): string {
    this.track("getName");
    return this.name;
  }

  rename(newName: string): void {
    this.track("rename", newName);
    this.name = newName;
  }

  getOwner(): GoogleAppsScript.Base.User | null {
    this.track("getOwner");
    return asReal<GoogleAppsScript.Base.User>(new FakeUser(this.env, this.owner));
  }

  getEditors(): GoogleAppsScript.Base.User[] {
    this.track("getEditors");
    return [this.owner, ...this.editors].map((e) => asReal<GoogleAppsScript.Base.User>(new FakeUser(this.env, e)));
  }

  getSpreadsheetTimeZone(): string {
    this.track("getSpreadsheetTimeZone");
    return this.timeZone;
  }

  setSpreadsheetTimeZone(timezone: string): void {
    this.track("setSpreadsheetTimeZone", timezone);
    this.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.track("getSpreadsheetLocale");
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.track("setSpreadsheetLocale", locale);
    this.locale = locale;
  }

  getSheets(): GSheet[] {
    this.track("getSheets");
    return this.sheets.map((s) => asReal<GSheet>(s));
  }

  getNumSheets(): number {
    this.track("getNumSheets");
    return this.sheets.length;
  }

  getSheetByName(name: string): GSheet | null {
    this.track("getSheetByName", name);
    const s = this.sheets.find((x) => x.name === name);
    return s ? asReal<GSheet>(s) : null;
  }

  getSheetById(id: number): GSheet | null {
    this.track("getSheetById", id);
    const s = this.sheets.find((x) => x.id === id);
    return s ? asReal<GSheet>(s) : null;
  }

  /**
   * insertSheet(), (index), (name), (name, index); the index is 0-based. The new sheet becomes
   * the active one, as in Sheets. Templates are not supported.
   */
  insertSheet(
    nameOrIndexOrOptions?: string | number | { template?: GSheet },
    indexOrOptions?: number | { template?: GSheet },
    options?: { template?: GSheet },
  ): GSheet {
    this.track("insertSheet", ...[nameOrIndexOrOptions, indexOrOptions, options].filter((a) => a !== undefined));
    const a = nameOrIndexOrOptions;
    const name = typeof a === "string" ? a : this.freeSheetName();
    const index = typeof a === "number" ? a : typeof indexOrOptions === "number" ? indexOrOptions : undefined;
    const opts = [a, indexOrOptions, options].find((x) => typeof x === "object" && x !== null) as
      | { template?: GSheet }
      | undefined;
    if (opts?.template) throw this.fail("Fake Sheets: insertSheet with a template is not supported.");
    const sheet = this.addSheet(name, index);
    this.active = sheet;
    return asReal<GSheet>(sheet);
  }

  private freeSheetName(): string {
    let n = this.sheets.length + 1;
    while (this.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    return `Sheet${n}`;
  }

  deleteSheet(sheet: GSheet): void {
    this.track("deleteSheet", sheet);
    const fake = this.sheets.find((s) => s === (sheet as unknown));
    if (!fake) throw this.fail("Fake Sheets: deleteSheet: the sheet is not in this spreadsheet.");
    if (this.sheets.length === 1) throw this.fail("You can't remove all the sheets in a document.");
    fake.checkEditable();
    this.sheets = this.sheets.filter((s) => s !== fake);
    if (this.active === fake) this.active = this.sheets[0];
  }

  getActiveSheet(): GSheet {
    this.track("getActiveSheet");
    return asReal<GSheet>(this.active ?? this.sheets[0]);
  }

  setActiveSheet(sheet: GSheet, restoreSelection?: boolean): GSheet {
    this.track("setActiveSheet", sheet, restoreSelection);
    const fake = this.sheets.find((s) => s === (sheet as unknown));
    if (!fake) throw this.fail("Fake Sheets: setActiveSheet: the sheet is not in this spreadsheet.");
    this.active = fake;
    return sheet;
  }

  /** `Sheet!A1:B2`, or `A1:B2` on the active sheet. */
  getRange(a1Notation: string): GRange {
    this.track("getRange", a1Notation);
    const ref = parseA1(a1Notation);
    if (!ref) throw this.fail("Range not found");
    const sheet =
      ref.sheetName === null ? (this.active ?? this.sheets[0]) : this.sheets.find((s) => s.name === ref.sheetName);
    if (!sheet) throw this.fail("Range not found");
    return asReal<GRange>(sheet.rangeFromA1(a1Notation.slice(a1Notation.lastIndexOf("!") + 1)));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GProtection[] {
    this.track("getProtections", type);
    const kind = enumName(type);
    return this.sheets.flatMap((s) => s.protections.filter((p) => p.type === kind).map((p) => asReal<GProtection>(p)));
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.track("toast", msg, title, timeoutSeconds);
    this.toasts.push({ message: String(msg), title: title ?? null, timeoutSeconds: timeoutSeconds ?? null });
  }
}
