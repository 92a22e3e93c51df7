// A fake Sheet: a named grid with frozen panes, column widths, protections and charts.

import { parseA1 } from "./a1";
import { CellStore, CLEAR_KEYS, type InputRules } from "./cells";
import { type ChartSummary, FakeEmbeddedChart, FakeEmbeddedChartBuilder, withId } from "./charts";
import type { FakeDataValidation, ValidationSummary } from "./data-validation";
import { Counted, type FakeEnv } from "./env";
import { FakeProtection, type ProtectionKind, type ProtectionSummary } from "./protection";
import { FakeRange } from "./range";
import { asFake, asReal, enumName } from "./real-types";
import { signatureMismatch } from "./realm";
import type { FakeSpreadsheet } from "./spreadsheet";

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GRange = GoogleAppsScript.Spreadsheet.Range;
type GChart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

type SheetMethods =
  | "activate"
  | "appendRow"
  | "autoResizeColumn"
  | "autoResizeColumns"
  | "clear"
  | "clearContents"
  | "clearFormats"
  | "clearNotes"
  | "deleteColumns"
  | "deleteRow"
  | "deleteRows"
  | "getCharts"
  | "getColumnWidth"
  | "getDataRange"
  | "getFrozenColumns"
  | "getFrozenRows"
  | "getIndex"
  | "getLastColumn"
  | "getLastRow"
  | "getMaxColumns"
  | "getMaxRows"
  | "getName"
  | "getParent"
  | "getProtections"
  | "getRange"
  | "getSheetId"
  | "getSheetName"
  | "getSheetValues"
  | "getTabColor"
  | "hideColumns"
  | "hideSheet"
  | "insertChart"
  | "insertColumnsAfter"
  | "insertRowsAfter"
  | "insertRowsBefore"
  | "isColumnHiddenByUser"
  | "isSheetHidden"
  | "newChart"
  | "protect"
  | "removeChart"
  | "setColumnWidth"
  | "setColumnWidths"
  | "setFrozenColumns"
  | "setFrozenRows"
  | "setName"
  | "setRowHeights"
  | "setTabColor"
  | "showColumns"
  | "showSheet"
  | "updateChart";

/** Plain copies of a sheet's state, for assertions. */
export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

export interface SheetSnapshot {
  name: string;
  /** Values over the content extent (getLastRow × getLastColumn); Dates are host-realm Dates. */
  values: unknown[][];
  formulas: string[][];
  /** Formatting grids cover the used extent: content plus every formatted cell. */
  backgrounds: string[][];
  numberFormats: string[][];
  notes: string[][];
  fontWeights: string[][];
  fontColors: string[][];
  validations: (ValidationSummary | null)[][];
  frozenRows: number;
  frozenColumns: number;
  maxRows: number;
  maxColumns: number;
  merges: string[];
  hiddenColumns: number[];
  columnWidths: Record<number, number>;
  /** Rows given a height (setRowHeights), in pixels. */
  rowHeights: Record<number, number>;
  autoResizedColumns: number[];
  tabColor: string | null;
  hidden: boolean;
  charts: ChartSummary[];
  protections: ProtectionSummary[];
}

export const DEFAULT_COLUMN_WIDTH = 100;

export class FakeSheet extends Counted implements Pick<GSheet, SheetMethods> {
  readonly cells: CellStore;
  merges: string[] = [];
  frozenRows = 0;
  frozenColumns = 0;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenColumns = new Set<number>();
  readonly autoResizedColumns = new Set<number>();
  tabColor: string | null = null;
  hidden = false;
  charts: FakeEmbeddedChart[] = [];
  protections: FakeProtection[] = [];
  private nextChartId = 1;

  constructor(
    env: FakeEnv,
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    maxRows?: number,
    maxColumns?: number,
  ) {
    super(env, "Sheet");
    this.cells = new CellStore(maxRows, maxColumns);
  }

  // ---- internals and test helpers (not counted) ----

  inputRules(): InputRules {
    return { timeZone: this.ss.timeZone, locale: this.ss.locale, parseTypedText: this.ss.parseTypedText };
  }

  /** A range by 1-based coordinates, checked with the real error texts. */
  rangeAt(row: number, column: number, numRows = 1, numColumns = 1): FakeRange {
    if (row < 1) throw this.fail("The starting row of the range is too small.");
    if (column < 1) throw this.fail("The starting column of the range is too small.");
    if (numRows < 1) throw this.fail("The number of rows in the range must be at least 1.");
    if (numColumns < 1) throw this.fail("The number of columns in the range must be at least 1.");
    if (
      this.ss.strictBounds &&
      (row + numRows - 1 > this.cells.maxRows || column + numColumns - 1 > this.cells.maxColumns)
    ) {
      throw this.fail("The coordinates of the range are outside the dimensions of the sheet.");
    }
    return new FakeRange(this.env, this, row, column, numRows, numColumns);
  }

  /** A range of this sheet from `A1:B2`, `A:C`, `2:3` or `A2:C`; "Range not found" otherwise. */
  rangeFromA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref) throw this.fail("Range not found");
    const startRow = ref.startRow ?? 1;
    const startColumn = ref.startColumn ?? 1;
    const endRow = ref.endRow ?? this.cells.maxRows;
    const endColumn = ref.endColumn ?? this.cells.maxColumns;
    return this.rangeAt(startRow, startColumn, endRow - startRow + 1, endColumn - startColumn + 1);
  }

  addProtection(kind: ProtectionKind, range: FakeRange): FakeProtection {
    const p = new FakeProtection(
      this.env,
      kind,
      range,
      (gone) => {
        this.protections = this.protections.filter((x) => x !== gone);
      },
      this.ss.currentUser(),
      // As in Sheets, a new protection starts with everyone who may edit the file.
      [this.ss.owner, ...this.ss.editors],
    );
    this.protections.push(p);
    return p;
  }

  private whole(): FakeRange {
    return new FakeRange(this.env, this, 1, 1, this.cells.maxRows, this.cells.maxColumns);
  }

  private self(): GSheet {
    return asReal<GSheet>(this);
  }

  snapshot(): SheetSnapshot {
    const c = this.cells;
    const lastRow = c.lastRow();
    const lastColumn = c.lastColumn();
    const used = c.usedExtent();
    const grid = <K extends Parameters<CellStore["read"]>[4]>(key: K, rows: number, cols: number) =>
      rows === 0 || cols === 0 ? [] : c.read(1, 1, rows, cols, key);
    return {
      name: this.name,
      values: grid("value", lastRow, lastColumn).map((r) => r.map((v) => (v instanceof Date ? new Date(v) : v))),
      formulas: grid("formula", lastRow, lastColumn),
      backgrounds: grid("background", used.rows, used.columns),
      numberFormats: grid("numberFormat", used.rows, used.columns),
      notes: grid("note", used.rows, used.columns),
      fontWeights: grid("fontWeight", used.rows, used.columns),
      fontColors: grid("fontColor", used.rows, used.columns),
      validations: grid("validation", used.rows, used.columns).map((r) =>
        r.map((v) => (v ? (v as FakeDataValidation).summary() : null)),
      ),
      frozenRows: this.frozenRows,
      frozenColumns: this.frozenColumns,
      maxRows: c.maxRows,
      maxColumns: c.maxColumns,
      merges: [...this.merges],
      hiddenColumns: [...this.hiddenColumns].sort((a, b) => a - b),
      columnWidths: Object.fromEntries(this.columnWidths),
      rowHeights: Object.fromEntries(this.rowHeights),
      autoResizedColumns: [...this.autoResizedColumns].sort((a, b) => a - b),
      tabColor: this.tabColor,
      hidden: this.hidden,
      charts: this.charts.map((ch) => ch.summary()),
      protections: this.protections.map((p) => p.summary()),
    };
  }

  // ---- identity ----

  getName(): string {
    this.track("getName");
    return this.name;
  }

  getSheetName(): string {
    this.track("getSheetName");
    return this.name;
  }

  setName(name: string): GSheet {
    this.track("setName", name);
    this.ss.checkNewSheetName(name, this);
    this.name = name;
    return this.self();
  }

  getSheetId(): number {
    this.track("getSheetId");
    return this.id;
  }

  getIndex(): number {
    this.track("getIndex");
    return this.ss.sheets.indexOf(this) + 1;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    this.track("getParent");
    return asReal<GoogleAppsScript.Spreadsheet.Spreadsheet>(this.ss);
  }

  activate(): GSheet {
    this.track("activate");
    this.ss.activateSheet(this);
    return this.self();
  }

  getTabColor(): string | null {
    this.track("getTabColor");
    return this.tabColor;
  }

  setTabColor(color: string | null): GSheet {
    this.track("setTabColor", color);
    this.tabColor = color === null ? null : String(color).toLowerCase();
    return this.self();
  }

  hideSheet(): GSheet {
    this.track("hideSheet");
    this.hidden = true;
    return this.self();
  }

  showSheet(): GSheet {
    this.track("showSheet");
    this.hidden = false;
    return this.self();
  }

  isSheetHidden(): boolean {
    this.track("isSheetHidden");
    return this.hidden;
  }

  // ---- size ----

  /** The last row with a value or formula; 0 on an empty sheet. */
  getLastRow(): number {
    this.track("getLastRow");
    return this.cells.lastRow();
  }

  getLastColumn(): number {
    this.track("getLastColumn");
    return this.cells.lastColumn();
  }

  getMaxRows(): number {
    this.track("getMaxRows");
    return this.cells.maxRows;
  }

  getMaxColumns(): number {
    this.track("getMaxColumns");
    return this.cells.maxColumns;
  }

  // ---- ranges ----

  getRange(rowOrA1: number | string, column?: number, numRows?: number, numColumns?: number): GRange {
    this.track("getRange", ...[rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined));
    if (typeof rowOrA1 === "string" && column === undefined) {
      const ref = parseA1(rowOrA1);
      if (ref?.sheetName !== null && ref?.sheetName !== undefined && ref.sheetName !== this.name) {
        const other = this.ss.sheets.find((s) => s.name === ref.sheetName);
        if (!other) throw this.fail("Range not found");
        return asReal<GRange>(other.rangeFromA1(rowOrA1));
      }
      return asReal<GRange>(this.rangeFromA1(rowOrA1));
    }
    const args = [rowOrA1, column, numRows, numColumns].filter((a) => a !== undefined);
    if (args.length < 2 || !args.every((a) => typeof a === "number" && Number.isFinite(a))) {
      throw signatureMismatch(this.env.realm, "SpreadsheetApp.Sheet.getRange", [rowOrA1, column, numRows, numColumns]);
    }
    const [r, c, nr, nc] = (args as number[]).map(Math.trunc);
    return asReal<GRange>(this.rangeAt(r, c, nr ?? 1, nc ?? 1));
  }

  /** From A1 to the last row and column with content; A1 alone on an empty sheet. */
  getDataRange(): GRange {
    this.track("getDataRange");
    return asReal<GRange>(
      new FakeRange(this.env, this, 1, 1, Math.max(this.cells.lastRow(), 1), Math.max(this.cells.lastColumn(), 1)),
    );
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    this.track("getSheetValues", startRow, startColumn, numRows, numColumns);
    const rows = numRows === -1 ? this.cells.lastRow() - startRow + 1 : numRows;
    const cols = numColumns === -1 ? this.cells.lastColumn() - startColumn + 1 : numColumns;
    const range = this.rangeAt(startRow, startColumn, rows, cols);
    return this.cells
      .read(range.row, range.column, range.numRows, range.numColumns, "value")
      .map((r) => r.map((v) => (v instanceof Date ? this.env.realm.date(v.getTime()) : v)));
  }

  /** Writes after the last row with content, growing the sheet if needed. */
  appendRow(rowContents: unknown[]): GSheet {
    this.track("appendRow", rowContents);
    if (!Array.isArray(rowContents)) {
      throw signatureMismatch(this.env.realm, "SpreadsheetApp.Sheet.appendRow", [rowContents]);
    }
    if (rowContents.length === 0) return this.self();
    this.checkEditable();
    const row = this.cells.lastRow() + 1;
    new FakeRange(this.env, this, row, 1, 1, rowContents.length).load([rowContents]);
    return this.self();
  }

  /**
   * Sheets refuses a write to a sheet under a real (not warning-only) protection from anyone who is
   * neither one of its editors nor the owner, with this message.
   */
  checkEditable(): void {
    const p = this.protections.find((x) => x.type === "SHEET");
    if (!p) return;
    const s = p.summary();
    const user = this.ss.currentUser().toLowerCase();
    const allowed =
      s.warningOnly || user === this.ss.owner.toLowerCase() || s.editors.some((e) => e.toLowerCase() === user);
    if (!allowed) throw this.fail(PROTECTED_MESSAGE);
  }

  // ---- clearing ----

  /** Clears contents and formats (or only one with the options), as the real one does. */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GSheet {
    this.track("clear", options);
    this.checkEditable();
    const o = options ?? {};
    const all = !o.formatOnly && !o.contentsOnly;
    const r = this.whole();
    if (all || o.contentsOnly) this.cells.reset(1, 1, r.numRows, r.numColumns, CLEAR_KEYS.contents);
    if (all || o.formatOnly) this.cells.reset(1, 1, r.numRows, r.numColumns, CLEAR_KEYS.formats);
    return this.self();
  }

  clearContents(): GSheet {
    this.track("clearContents");
    this.checkEditable();
    this.cells.reset(1, 1, this.cells.maxRows, this.cells.maxColumns, CLEAR_KEYS.contents);
    return this.self();
  }

  clearFormats(): GSheet {
    this.track("clearFormats");
    this.cells.reset(1, 1, this.cells.maxRows, this.cells.maxColumns, CLEAR_KEYS.formats);
    return this.self();
  }

  clearNotes(): GSheet {
    this.track("clearNotes");
    this.cells.reset(1, 1, this.cells.maxRows, this.cells.maxColumns, CLEAR_KEYS.notes);
    return this.self();
  }

  // ---- rows and columns ----

  insertRowsAfter(afterPosition: number, howMany: number): GSheet {
    this.track("insertRowsAfter", afterPosition, howMany);
    this.cells.insertRows(afterPosition, howMany);
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): GSheet {
    this.track("insertRowsBefore", beforePosition, howMany);
    this.cells.insertRows(beforePosition - 1, howMany);
    return this.self();
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GSheet {
    this.track("insertColumnsAfter", afterPosition, howMany);
    this.cells.insertColumns(afterPosition, howMany);
    return this.self();
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.track("deleteRows", rowPosition, howMany);
    this.removeRows(rowPosition, howMany);
  }

  deleteRow(rowPosition: number): GSheet {
    this.track("deleteRow", rowPosition);
    this.removeRows(rowPosition, 1);
    return this.self();
  }

  private removeRows(rowPosition: number, howMany: number): void {
    if (rowPosition < 1 || howMany < 1 || rowPosition + howMany - 1 > this.cells.maxRows) {
      throw this.fail("Those rows are out of bounds.");
    }
    if (this.cells.maxRows - howMany <= this.frozenRows) {
      throw this.fail("Sorry, it is not possible to delete all non-frozen rows.");
    }
    this.cells.deleteRows(rowPosition, howMany);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.track("deleteColumns", columnPosition, howMany);
    if (columnPosition < 1 || howMany < 1 || columnPosition + howMany - 1 > this.cells.maxColumns) {
      throw this.fail("Those columns are out of bounds.");
    }
    this.cells.deleteColumns(columnPosition, howMany);
  }

  getColumnWidth(columnPosition: number): number {
    this.track("getColumnWidth", columnPosition);
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): GSheet {
    this.track("setColumnWidth", columnPosition, width);
    this.columnWidths.set(columnPosition, width);
    return this.self();
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GSheet {
    this.track("setColumnWidths", startColumn, numColumns, width);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this.self();
  }

  setRowHeights(startRow: number, numRows: number, height: number): GSheet {
    this.track("setRowHeights", startRow, numRows, height);
    if (startRow < 1 || numRows < 1 || startRow + numRows - 1 > this.cells.maxRows)
      throw this.fail("Those rows are out of bounds.");
    for (let r = startRow; r < startRow + numRows; r++) this.rowHeights.set(r, height);
    return this.self();
  }

  autoResizeColumn(columnPosition: number): GSheet {
    this.track("autoResizeColumn", columnPosition);
    this.autoResizedColumns.add(columnPosition);
    return this.self();
  }

  autoResizeColumns(startColumn: number, numColumns: number): GSheet {
    this.track("autoResizeColumns", startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) this.autoResizedColumns.add(c);
    return this.self();
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    this.track("hideColumns", columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.track("showColumns", columnIndex, numColumns);
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.track("isColumnHiddenByUser", columnPosition);
    return this.hiddenColumns.has(columnPosition);
  }

  getFrozenRows(): number {
    this.track("getFrozenRows");
    return this.frozenRows;
  }

  getFrozenColumns(): number {
    this.track("getFrozenColumns");
    return this.frozenColumns;
  }

  setFrozenRows(rows: number): void {
    this.track("setFrozenRows", rows);
    this.frozenRows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.track("setFrozenColumns", columns);
    this.frozenColumns = columns;
  }

  // ---- protection ----

  /** The sheet's protection; a sheet has at most one, so a second call returns the same. */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    this.track("protect");
    const existing = this.protections.find((p) => p.type === "SHEET");
    return asReal<GoogleAppsScript.Spreadsheet.Protection>(existing ?? this.addProtection("SHEET", this.whole()));
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    this.track("getProtections", type);
    const kind = enumName(type);
    return this.protections
      .filter((p) => p.type === kind)
      .map((p) => asReal<GoogleAppsScript.Spreadsheet.Protection>(p));
  }

  // ---- charts ----

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    this.track("newChart");
    return asReal<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>(new FakeEmbeddedChartBuilder(this.env));
  }

  insertChart(chart: GChart): void {
    this.track("insertChart", chart);
    this.charts.push(
      withId(this.env, asFake(chart, FakeEmbeddedChart, "EmbeddedChart"), this.id * 1000 + this.nextChartId++),
    );
  }

  getCharts(): GChart[] {
    this.track("getCharts");
    return this.charts.map((c) => asReal<GChart>(c));
  }

  removeChart(chart: GChart): void {
    this.track("removeChart", chart);
    const id = asFake(chart, FakeEmbeddedChart, "EmbeddedChart").state.id;
    const before = this.charts.length;
    this.charts = this.charts.filter((c) => c.state.id !== id);
    if (this.charts.length === before) throw this.fail("Fake Sheets: removeChart: the chart is not on this sheet.");
  }

  updateChart(chart: GChart): void {
    this.track("updateChart", chart);
    const fake = asFake(chart, FakeEmbeddedChart, "EmbeddedChart");
    const i = this.charts.findIndex((c) => c.state.id !== null && c.state.id === fake.state.id);
    if (i < 0)
      throw this.fail("Fake Sheets: updateChart: the chart is not on this sheet (build it from chart.modify()).");
    this.charts[i] = fake;
  }
}
