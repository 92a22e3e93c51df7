// A fake Range: a rectangle of a FakeSheet's grid, read and written in blocks like the real one.

import { a1Notation } from "./a1";
import { type Cell, CLEAR_KEYS, displayText, FORMULA_PLACEHOLDER, interpretInput } from "./cells";
import { FakeDataValidation } from "./data-validation";
import { Counted, type FakeEnv } from "./env";
import { asFake, asReal } from "./real-types";
import { isDate, signatureMismatch } from "./realm";
import type { FakeSheet } from "./sheet";

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GValidation = GoogleAppsScript.Spreadsheet.DataValidation;
type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type HAlign = "left" | "center" | "normal" | "right" | null;

type RangeMethods =
  | "activate"
  | "breakApart"
  | "clear"
  | "clearContent"
  | "clearDataValidations"
  | "clearFormat"
  | "clearNote"
  | "getA1Notation"
  | "getBackground"
  | "getBackgrounds"
  | "getCell"
  | "getColumn"
  | "getDataValidation"
  | "getDataValidations"
  | "getDisplayValue"
  | "getDisplayValues"
  | "getFontWeight"
  | "getFontWeights"
  | "getFormula"
  | "getFormulas"
  | "getHeight"
  | "getHorizontalAlignment"
  | "getLastColumn"
  | "getLastRow"
  | "getNote"
  | "getNotes"
  | "getNumColumns"
  | "getNumRows"
  | "getNumberFormat"
  | "getNumberFormats"
  | "getRow"
  | "getSheet"
  | "getValue"
  | "getValues"
  | "getWidth"
  | "isBlank"
  | "isPartOfMerge"
  | "merge"
  | "offset"
  | "protect"
  | "setBackground"
  | "setBackgrounds"
  | "setBorder"
  | "setDataValidation"
  | "setDataValidations"
  | "setFontColor"
  | "setFontColors"
  | "setFontFamily"
  | "setFontSize"
  | "setFontSizes"
  | "setFontStyle"
  | "setFontWeight"
  | "setFontWeights"
  | "setFormula"
  | "setFormulas"
  | "setHorizontalAlignment"
  | "setHorizontalAlignments"
  | "setNote"
  | "setNotes"
  | "setNumberFormat"
  | "setNumberFormats"
  | "setValue"
  | "setValues"
  | "setVerticalAlignment"
  | "setWrap";

const NAMED_COLORS: Record<string, string> = {
  white: "#ffffff",
  black: "#000000",
  red: "#ff0000",
  green: "#008000",
  blue: "#0000ff",
  yellow: "#ffff00",
  gray: "#808080",
  grey: "#808080",
  orange: "#ffa500",
};

/** Sheets reports colours as lowercase `#rrggbb`; null resets to the default. */
function normaliseColor(color: string | null, fallback: string): string {
  if (color === null || color === undefined || color === "") return fallback;
  const c = String(color).trim().toLowerCase();
  if (NAMED_COLORS[c]) return NAMED_COLORS[c];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(c);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  return c;
}

export class FakeRange extends Counted implements Pick<GRange, RangeMethods> {
  constructor(
    env: FakeEnv,
    readonly sheet: FakeSheet,
    /** 1-based position and size, as getRow/getColumn/getNumRows/getNumColumns report them. */
    readonly row: number,
    readonly column: number,
    readonly numRows: number,
    readonly numColumns: number,
  ) {
    super(env, "Range");
  }

  // ---- test helpers (not counted) ----

  a1(): string {
    return a1Notation(this.row, this.column, this.numRows, this.numColumns);
  }

  sameAs(other: FakeRange): boolean {
    return (
      other.sheet === this.sheet &&
      other.row === this.row &&
      other.column === this.column &&
      other.numRows === this.numRows &&
      other.numColumns === this.numColumns
    );
  }

  // ---- internals ----

  private self(): GRange {
    return asReal<GRange>(this);
  }

  private where(i = 0, j = 0): string {
    return `${this.sheet.name}!${a1Notation(this.row + i, this.column + j, 1, 1)}`;
  }

  private read<K extends keyof Cell>(key: K): Cell[K][][] {
    return this.sheet.cells.read(this.row, this.column, this.numRows, this.numColumns, key);
  }

  /** Checks a 2-D argument the way Sheets does, with its exact messages. */
  private checkGrid(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || !data.every((r) => Array.isArray(r))) {
      throw signatureMismatch(this.env.realm, `SpreadsheetApp.Range.${method}`, [data]);
    }
    if (data.length !== this.numRows) {
      throw this.fail(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const r of data as unknown[][]) {
      if (r.length !== this.numColumns) {
        throw this.fail(
          `The number of columns in the data does not match the number of columns in the range. The data has ${r.length} but the range has ${this.numColumns}.`,
        );
      }
    }
    return data as unknown[][];
  }

  private each(fn: (cell: Cell, i: number, j: number) => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numColumns; j++) fn(this.sheet.cells.edit(this.row + i, this.column + j), i, j);
    }
  }

  /** Writes values as setValues does, without recording a call (appendRow and test setup). */
  load(grid: readonly (readonly unknown[])[]): void {
    const rules = this.sheet.inputRules();
    // Interpret everything first, so a refused value leaves the sheet untouched.
    const interpreted = grid.map((r, i) => r.map((v, j) => interpretInput(v, this.env.realm, rules, this.where(i, j))));
    this.each((cell, i, j) => {
      const x = interpreted[i][j];
      cell.value = x.value;
      cell.formula = x.formula;
      if (x.numberFormat && cell.numberFormat === "0.###############") cell.numberFormat = x.numberFormat;
    });
  }

  private outValue(v: Cell["value"]): unknown {
    return isDate(v) ? this.env.realm.date(v.getTime()) : v;
  }

  private setAll<K extends keyof Cell>(key: K, grid: readonly (readonly Cell[K][])[]): void {
    this.each((cell, i, j) => {
      cell[key] = grid[i][j];
    });
  }

  private fill<T>(value: T): T[][] {
    return Array.from({ length: this.numRows }, () => new Array<T>(this.numColumns).fill(value));
  }

  // ---- values ----

  /** Numbers, booleans, '' for empty cells, and Dates made in the realm of the code under test. */
  getValues(): unknown[][] {
    this.track("getValues");
    return this.read("value").map((r) => r.map((v) => this.outValue(v)));
  }

  getValue(): unknown {
    this.track("getValue");
    return this.outValue(this.sheet.cells.get(this.row, this.column).value);
  }

  /** A simple rendering: see `displayText` in cells.ts. */
  getDisplayValues(): string[][] {
    this.track("getDisplayValues");
    const tz = this.sheet.ss.timeZone;
    const out: string[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const line: string[] = [];
      for (let j = 0; j < this.numColumns; j++)
        line.push(displayText(this.sheet.cells.get(this.row + i, this.column + j), tz));
      out.push(line);
    }
    return out;
  }

  getDisplayValue(): string {
    this.track("getDisplayValue");
    return displayText(this.sheet.cells.get(this.row, this.column), this.sheet.ss.timeZone);
  }

  setValues(values: unknown[][]): GRange {
    this.track("setValues", values);
    this.sheet.checkEditable();
    this.load(this.checkGrid(values, "setValues"));
    return this.self();
  }

  /** Sets every cell of the range to the value, as the real one does. */
  setValue(value: unknown): GRange {
    this.track("setValue", value);
    this.sheet.checkEditable();
    this.load(this.fill(value));
    return this.self();
  }

  getFormulas(): string[][] {
    this.track("getFormulas");
    return this.read("formula");
  }

  getFormula(): string {
    this.track("getFormula");
    return this.sheet.cells.get(this.row, this.column).formula;
  }

  setFormulas(formulas: string[][]): GRange {
    this.track("setFormulas", formulas);
    const grid = this.checkGrid(formulas, "setFormulas");
    this.each((cell, i, j) => {
      const f = String(grid[i][j] ?? "");
      cell.formula = f === "" ? "" : f.startsWith("=") ? f : `=${f}`;
      cell.value = f === "" ? "" : FORMULA_PLACEHOLDER;
    });
    return this.self();
  }

  setFormula(formula: string): GRange {
    this.track("setFormula", formula);
    const f = String(formula ?? "");
    this.each((cell) => {
      cell.formula = f === "" ? "" : f.startsWith("=") ? f : `=${f}`;
      cell.value = f === "" ? "" : FORMULA_PLACEHOLDER;
    });
    return this.self();
  }

  isBlank(): boolean {
    this.track("isBlank");
    return (
      this.read("value").every((r) => r.every((v) => v === "")) &&
      this.read("formula").every((r) => r.every((f) => f === ""))
    );
  }

  // ---- formats ----

  getBackgrounds(): string[][] {
    this.track("getBackgrounds");
    return this.read("background");
  }

  getBackground(): string {
    this.track("getBackground");
    return this.sheet.cells.get(this.row, this.column).background;
  }

  setBackgrounds(color: Array<Array<string | null>>): GRange {
    this.track("setBackgrounds", color);
    const grid = this.checkGrid(color, "setBackgrounds") as (string | null)[][];
    this.setAll(
      "background",
      grid.map((r) => r.map((c) => normaliseColor(c, "#ffffff"))),
    );
    return this.self();
  }

  setBackground(color: string | null): GRange {
    this.track("setBackground", color);
    this.setAll("background", this.fill(normaliseColor(color, "#ffffff")));
    return this.self();
  }

  getNumberFormats(): string[][] {
    this.track("getNumberFormats");
    return this.read("numberFormat");
  }

  getNumberFormat(): string {
    this.track("getNumberFormat");
    return this.sheet.cells.get(this.row, this.column).numberFormat;
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    this.track("setNumberFormats", numberFormats);
    const grid = this.checkGrid(numberFormats, "setNumberFormats") as string[][];
    this.setAll(
      "numberFormat",
      grid.map((r) => r.map((f) => String(f))),
    );
    return this.self();
  }

  setNumberFormat(numberFormat: string): GRange {
    this.track("setNumberFormat", numberFormat);
    this.setAll("numberFormat", this.fill(String(numberFormat)));
    return this.self();
  }

  getNotes(): string[][] {
    this.track("getNotes");
    return this.read("note");
  }

  getNote(): string {
    this.track("getNote");
    return this.sheet.cells.get(this.row, this.column).note;
  }

  setNotes(notes: Array<Array<string | null>>): GRange {
    this.track("setNotes", notes);
    const grid = this.checkGrid(notes, "setNotes") as (string | null)[][];
    this.setAll(
      "note",
      grid.map((r) => r.map((n) => (n === null || n === undefined ? "" : String(n)))),
    );
    return this.self();
  }

  setNote(note: string | null): GRange {
    this.track("setNote", note);
    this.setAll("note", this.fill(note === null || note === undefined ? "" : String(note)));
    return this.self();
  }

  getFontWeights(): FontWeight[][] {
    this.track("getFontWeights");
    return this.read("fontWeight");
  }

  getFontWeight(): FontWeight {
    this.track("getFontWeight");
    return this.sheet.cells.get(this.row, this.column).fontWeight;
  }

  setFontWeights(fontWeights: Array<Array<FontWeight | null>>): GRange {
    this.track("setFontWeights", fontWeights);
    const grid = this.checkGrid(fontWeights, "setFontWeights") as (FontWeight | null)[][];
    this.setAll(
      "fontWeight",
      grid.map((r) => r.map((w) => w ?? "normal")),
    );
    return this.self();
  }

  setFontWeight(fontWeight: FontWeight | null): GRange {
    this.track("setFontWeight", fontWeight);
    this.setAll("fontWeight", this.fill(fontWeight ?? "normal"));
    return this.self();
  }

  setFontColors(colors: unknown[][]): GRange {
    this.track("setFontColors", colors);
    const grid = this.checkGrid(colors, "setFontColors");
    this.setAll(
      "fontColor",
      grid.map((r) => r.map((c) => normaliseColor(c as string | null, "#000000"))),
    );
    return this.self();
  }

  setFontColor(color: string | null): GRange {
    this.track("setFontColor", color);
    this.setAll("fontColor", this.fill(normaliseColor(color, "#000000")));
    return this.self();
  }

  setFontFamily(fontFamily: string | null): GRange {
    this.track("setFontFamily", fontFamily);
    this.setAll("fontFamily", this.fill(fontFamily ?? "Arial"));
    return this.self();
  }

  setFontSize(size: number): GRange {
    this.track("setFontSize", size);
    this.setAll("fontSize", this.fill(size));
    return this.self();
  }

  setFontSizes(sizes: number[][]): GRange {
    this.track("setFontSizes", sizes);
    this.setAll("fontSize", this.checkGrid(sizes, "setFontSizes") as number[][]);
    return this.self();
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GRange {
    this.track("setFontStyle", fontStyle);
    this.setAll("fontStyle", this.fill<string>(fontStyle ?? "normal"));
    return this.self();
  }

  getHorizontalAlignment(): string {
    this.track("getHorizontalAlignment");
    return this.sheet.cells.get(this.row, this.column).horizontalAlignment;
  }

  setHorizontalAlignment(alignment: HAlign): GRange {
    this.track("setHorizontalAlignment", alignment);
    this.setAll("horizontalAlignment", this.fill<string>(alignment ?? "general"));
    return this.self();
  }

  setHorizontalAlignments(alignments: Array<Array<HAlign>>): GRange {
    this.track("setHorizontalAlignments", alignments);
    const grid = this.checkGrid(alignments, "setHorizontalAlignments") as HAlign[][];
    this.setAll(
      "horizontalAlignment",
      grid.map((r) => r.map((a) => a ?? "general")),
    );
    return this.self();
  }

  setVerticalAlignment(alignment: "top" | "middle" | "bottom" | null): GRange {
    this.track("setVerticalAlignment", alignment);
    this.setAll("verticalAlignment", this.fill<string>(alignment ?? "bottom"));
    return this.self();
  }

  setWrap(isWrapEnabled: boolean): GRange {
    this.track("setWrap", isWrapEnabled);
    this.setAll("wrap", this.fill(Boolean(isWrapEnabled)));
    return this.self();
  }

  /** Recorded only: borders are not kept. */
  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GRange {
    this.track("setBorder", top, left, bottom, right, vertical, horizontal, color, style);
    return this.self();
  }

  // ---- data validation ----

  getDataValidations(): Array<Array<GValidation | null>> {
    this.track("getDataValidations");
    return this.read("validation").map((r) => r.map((v) => (v ? asReal<GValidation>(v as FakeDataValidation) : null)));
  }

  getDataValidation(): GValidation | null {
    this.track("getDataValidation");
    const v = this.sheet.cells.get(this.row, this.column).validation;
    return v ? asReal<GValidation>(v as FakeDataValidation) : null;
  }

  setDataValidation(rule: GValidation | null): GRange {
    this.track("setDataValidation", rule);
    const v = rule === null ? null : asFake(rule, FakeDataValidation, "DataValidation");
    this.setAll("validation", this.fill<object | null>(v));
    return this.self();
  }

  setDataValidations(rules: Array<Array<GValidation | null>>): GRange {
    this.track("setDataValidations", rules);
    const grid = this.checkGrid(rules, "setDataValidations") as (GValidation | null)[][];
    this.setAll(
      "validation",
      grid.map((r) => r.map((v) => (v === null ? null : asFake(v, FakeDataValidation, "DataValidation")))),
    );
    return this.self();
  }

  clearDataValidations(): GRange {
    this.track("clearDataValidations");
    this.reset(CLEAR_KEYS.validations);
    return this.self();
  }

  // ---- clearing ----

  private reset(keys: readonly (keyof Cell)[]): void {
    this.sheet.cells.reset(this.row, this.column, this.numRows, this.numColumns, keys);
  }

  /** With no options clears contents, formats, notes and validations, as the real one does. */
  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GRange {
    this.track("clear", options);
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    if (!any || o.contentsOnly) this.reset(CLEAR_KEYS.contents);
    if (!any || o.formatOnly) this.reset(CLEAR_KEYS.formats);
    if (!any || o.commentsOnly) this.reset(CLEAR_KEYS.notes);
    if (!any || o.validationsOnly) this.reset(CLEAR_KEYS.validations);
    return this.self();
  }

  clearContent(): GRange {
    this.track("clearContent");
    this.reset(CLEAR_KEYS.contents);
    return this.self();
  }

  clearFormat(): GRange {
    this.track("clearFormat");
    this.reset(CLEAR_KEYS.formats);
    return this.self();
  }

  clearNote(): GRange {
    this.track("clearNote");
    this.reset(CLEAR_KEYS.notes);
    return this.self();
  }

  // ---- geometry ----

  getA1Notation(): string {
    this.track("getA1Notation");
    return this.a1();
  }

  getRow(): number {
    this.track("getRow");
    return this.row;
  }

  getColumn(): number {
    this.track("getColumn");
    return this.column;
  }

  getNumRows(): number {
    this.track("getNumRows");
    return this.numRows;
  }

  getNumColumns(): number {
    this.track("getNumColumns");
    return this.numColumns;
  }

  getHeight(): number {
    this.track("getHeight");
    return this.numRows;
  }

  getWidth(): number {
    this.track("getWidth");
    return this.numColumns;
  }

  /** The range's own end row, as the real Range.getLastRow reports it. */
  getLastRow(): number {
    this.track("getLastRow");
    return this.row + this.numRows - 1;
  }

  getLastColumn(): number {
    this.track("getLastColumn");
    return this.column + this.numColumns - 1;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    this.track("getSheet");
    return asReal<GoogleAppsScript.Spreadsheet.Sheet>(this.sheet);
  }

  getCell(row: number, column: number): GRange {
    this.track("getCell", row, column);
    if (row < 1 || column < 1 || row > this.numRows || column > this.numColumns) {
      throw this.fail("Cell reference out of range");
    }
    return asReal<GRange>(new FakeRange(this.env, this.sheet, this.row + row - 1, this.column + column - 1, 1, 1));
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    this.track("offset", rowOffset, columnOffset, numRows, numColumns);
    return asReal<GRange>(
      this.sheet.rangeAt(
        this.row + rowOffset,
        this.column + columnOffset,
        numRows ?? this.numRows,
        numColumns ?? this.numColumns,
      ),
    );
  }

  activate(): GRange {
    this.track("activate");
    this.sheet.ss.activateSheet(this.sheet);
    return this.self();
  }

  // ---- merges and protection ----

  /** Merges the cells; like Sheets, only the top-left value is kept. */
  merge(): GRange {
    this.track("merge");
    this.sheet.cells.reset(this.row, this.column + 1, 1, this.numColumns - 1, CLEAR_KEYS.contents);
    this.sheet.cells.reset(this.row + 1, this.column, this.numRows - 1, this.numColumns, CLEAR_KEYS.contents);
    this.sheet.merges.push(this.a1());
    return this.self();
  }

  breakApart(): GRange {
    this.track("breakApart");
    const mine = this.a1();
    this.sheet.merges = this.sheet.merges.filter((m) => m !== mine);
    return this.self();
  }

  isPartOfMerge(): boolean {
    this.track("isPartOfMerge");
    return this.sheet.merges.length > 0 && this.sheet.merges.some((m) => this.sheet.rangeFromA1(m).overlaps(this));
  }

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.track("protect");
    return asReal<GoogleAppsScript.Spreadsheet.Protection>(this.sheet.addProtection("RANGE", this));
  }

  /** Test helper (not counted). */
  overlaps(other: FakeRange): boolean {
    return (
      other.sheet === this.sheet &&
      this.row <= other.row + other.numRows - 1 &&
      other.row <= this.row + this.numRows - 1 &&
      this.column <= other.column + other.numColumns - 1 &&
      other.column <= this.column + this.numColumns - 1
    );
  }
}
