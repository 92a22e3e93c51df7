// The grid behind a fake sheet: values, formulas and per-cell formats, stored sparsely, plus the
// rules by which Google Sheets turns what a script writes into what a cell holds.

import { formatInstant } from "./date-format";
import { isDate, type Realm } from "./realm";
import { instantOf, zonedTime } from "./time-zone";

/** What a cell holds. Dates are kept as host-realm copies and handed out in the caller's realm. */
export type Stored = string | number | boolean | Date;

export interface Cell {
  value: Stored;
  /** The formula text (`=SUM(A1:A3)`), or "" when the cell holds a plain value. */
  formula: string;
  note: string;
  background: string;
  numberFormat: string;
  fontWeight: "normal" | "bold";
  fontColor: string;
  fontFamily: string;
  fontSize: number;
  fontStyle: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrap: boolean;
  /** A FakeDataValidation; typed loosely here so the grid does not depend on it. */
  validation: object | null;
}

/** What Google Sheets reports for a cell nobody touched. */
export const DEFAULT_CELL: Readonly<Cell> = Object.freeze({
  value: "",
  formula: "",
  note: "",
  background: "#ffffff",
  numberFormat: "0.###############",
  fontWeight: "normal",
  fontColor: "#000000",
  fontFamily: "Arial",
  fontSize: 10,
  fontStyle: "normal",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
  wrap: false,
  validation: null,
});

const CONTENT_KEYS: readonly (keyof Cell)[] = ["value", "formula"];
const FORMAT_KEYS: readonly (keyof Cell)[] = [
  "background",
  "numberFormat",
  "fontWeight",
  "fontColor",
  "fontFamily",
  "fontSize",
  "fontStyle",
  "horizontalAlignment",
  "verticalAlignment",
  "wrap",
];
export const CLEAR_KEYS = {
  contents: CONTENT_KEYS,
  formats: FORMAT_KEYS,
  notes: ["note"] as readonly (keyof Cell)[],
  validations: ["validation"] as readonly (keyof Cell)[],
};

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;

export class CellStore {
  private rows: Array<Array<Cell | undefined> | undefined> = [];

  constructor(
    public maxRows = DEFAULT_MAX_ROWS,
    public maxColumns = DEFAULT_MAX_COLUMNS,
  ) {}

  /** The cell at 1-based (row, column); the defaults when it was never written. */
  get(row: number, column: number): Readonly<Cell> {
    return this.rows[row - 1]?.[column - 1] ?? DEFAULT_CELL;
  }

  /** The cell at 1-based (row, column), created if needed; writing grows the sheet. */
  edit(row: number, column: number): Cell {
    if (row > this.maxRows) this.maxRows = row;
    if (column > this.maxColumns) this.maxColumns = column;
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    let c = r[column - 1];
    if (!c) {
      c = { ...DEFAULT_CELL };
      r[column - 1] = c;
    }
    return c;
  }

  read<K extends keyof Cell>(row: number, column: number, numRows: number, numColumns: number, key: K): Cell[K][][] {
    const out: Cell[K][][] = [];
    for (let i = 0; i < numRows; i++) {
      const line: Cell[K][] = [];
      for (let j = 0; j < numColumns; j++) line.push(this.get(row + i, column + j)[key]);
      out.push(line);
    }
    return out;
  }

  /** Resets the given attributes to their defaults without creating cells. */
  reset(row: number, column: number, numRows: number, numColumns: number, keys: readonly (keyof Cell)[]): void {
    for (let i = 0; i < numRows; i++) {
      const r = this.rows[row - 1 + i];
      if (!r) continue;
      for (let j = 0; j < numColumns; j++) {
        const c = r[column - 1 + j];
        if (!c) continue;
        for (const k of keys) (c as unknown as Record<string, unknown>)[k] = DEFAULT_CELL[k];
      }
    }
  }

  /** The last row holding a value or a formula; 0 when there is none. */
  lastRow(): number {
    for (let i = this.rows.length - 1; i >= 0; i--) {
      const r = this.rows[i];
      if (r?.some((c) => c !== undefined && hasContent(c))) return i + 1;
    }
    return 0;
  }

  lastColumn(): number {
    let last = 0;
    for (const r of this.rows) {
      if (!r) continue;
      for (let j = r.length - 1; j >= last; j--) {
        const c = r[j];
        if (c !== undefined && hasContent(c)) {
          last = j + 1;
          break;
        }
      }
    }
    return last;
  }

  /** The smallest block from A1 that holds every cell differing from the defaults. */
  usedExtent(): { rows: number; columns: number } {
    let rows = 0;
    let columns = 0;
    this.rows.forEach((r, i) => {
      r?.forEach((c, j) => {
        if (c && !isDefault(c)) {
          rows = Math.max(rows, i + 1);
          columns = Math.max(columns, j + 1);
        }
      });
    });
    return { rows, columns };
  }

  insertRows(afterRow: number, howMany: number): void {
    const blanks: undefined[] = new Array(howMany).fill(undefined);
    if (this.rows.length > afterRow) this.rows.splice(afterRow, 0, ...blanks);
    this.maxRows += howMany;
  }

  deleteRows(row: number, howMany: number): void {
    this.rows.splice(row - 1, howMany);
    this.maxRows -= howMany;
  }

  insertColumns(afterColumn: number, howMany: number): void {
    for (const r of this.rows) {
      if (r && r.length > afterColumn) r.splice(afterColumn, 0, ...new Array(howMany).fill(undefined));
    }
    this.maxColumns += howMany;
  }

  deleteColumns(column: number, howMany: number): void {
    for (const r of this.rows) r?.splice(column - 1, howMany);
    this.maxColumns -= howMany;
  }
}

function hasContent(c: Readonly<Cell>): boolean {
  return c.value !== "" || c.formula !== "";
}

function isDefault(c: Readonly<Cell>): boolean {
  for (const k of Object.keys(DEFAULT_CELL) as (keyof Cell)[]) if (c[k] !== DEFAULT_CELL[k]) return false;
  return true;
}

/** How a written value is interpreted; see `interpretInput`. */
export interface InputRules {
  timeZone: string;
  locale: string;
  /** Opt-in: turn typed text into numbers, percents, booleans and dates as Sheets does. */
  parseTypedText: boolean;
}

export interface Interpreted {
  value: Stored;
  formula: string;
  /** A number format Sheets applies when it recognises a percent or a date in typed text. */
  numberFormat?: string;
}

/** The value Sheets shows for a formula the fakes do not evaluate. */
export const FORMULA_PLACEHOLDER = "#NAME?";

/** `-5`, `+0.5`, `-12,5`, `-3%`: signed numbers, which Sheets does not read as formulas. */
const SIGNED_NUMBER = /^[+-]\s*(\d[\d.,]*|[.,]\d+)(e[+-]?\d+)?%?$/i;

/**
 * What a cell holds after a script writes `input` with setValue(s) or appendRow. Like the real
 * Sheets: text starting with `=` becomes a formula, and so does text starting with `+` or `-`
 * that is not a number (Sheets reads `-abc` as `=-abc`); a leading apostrophe forces text and is
 * not kept. `@` is not modelled. Typed-text parsing (numbers, dates) is opt-in.
 */
export function interpretInput(input: unknown, realm: Realm, rules: InputRules, where: string): Interpreted {
  if (input === null || input === undefined) return { value: "", formula: "" };
  if (typeof input === "boolean") return { value: input, formula: "" };
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw realm.error(`Fake Sheets: refusing to write ${input} to ${where}.`);
    return { value: input, formula: "" };
  }
  if (isDate(input)) {
    const ms = input.getTime();
    if (Number.isNaN(ms)) throw realm.error(`Fake Sheets: refusing to write an invalid Date to ${where}.`);
    return { value: new Date(ms), formula: "" };
  }
  if (typeof input !== "string") {
    // Real Sheets writes some text for an object; it is always a bug in a script, so say so.
    throw realm.error(`Fake Sheets: refusing to write a ${typeof input} (${String(input)}) to ${where}.`);
  }
  if (input.startsWith("'")) return { value: input.slice(1), formula: "" };
  if (input.length > 1 && input.startsWith("=")) return { value: FORMULA_PLACEHOLDER, formula: input };
  if (input.length > 1 && (input.startsWith("+") || input.startsWith("-")) && !SIGNED_NUMBER.test(input)) {
    return { value: FORMULA_PLACEHOLDER, formula: `=${input}` };
  }
  if (rules.parseTypedText) {
    const parsed = parseTypedText(input, rules);
    if (parsed) return parsed;
  }
  return { value: input, formula: "" };
}

function parseTypedText(text: string, rules: InputRules): Interpreted | null {
  const s = text.trim();
  if (/^[+-]?\d*\.?\d+(e[+-]?\d+)?$/i.test(s)) return { value: Number(s), formula: "" };
  const pct = /^([+-]?\d*\.?(\d+))%$/.exec(s);
  if (pct) {
    const decimals = pct[1].includes(".") ? pct[2].length : 0;
    return {
      value: Number(pct[1]) / 100,
      formula: "",
      numberFormat: decimals > 0 ? `0.${"0".repeat(decimals)}%` : "0%",
    };
  }
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === "true", formula: "" };
  let m = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(s);
  if (m) return dateAt(Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1, rules);
  m = /^(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) return dateAt(Number(m[2]), Number(m[1]), 1, rules);
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const dayFirst = !rules.locale.startsWith("en_US");
    const [day, month] = dayFirst ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[1])];
    return dateAt(Number(m[3]), month, day, rules);
  }
  return null;
}

function dateAt(year: number, month: number, day: number, rules: InputRules): Interpreted | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = instantOf({ year, month, day }, rules.timeZone);
  const back = zonedTime(ms, rules.timeZone);
  if (back.month !== month || back.day !== day) return null;
  return { value: new Date(ms), formula: "", numberFormat: "yyyy-mm-dd" };
}

/** A simple rendering of a cell as getDisplayValues shows it (see the fake's documentation). */
export function displayText(cell: Readonly<Cell>, timeZone: string): string {
  const v = cell.value;
  if (v === "") return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  if (v instanceof Date) {
    const t = zonedTime(v.getTime(), timeZone);
    const midnight = t.hour === 0 && t.minute === 0 && t.second === 0;
    return formatInstant(v.getTime(), timeZone, midnight ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss");
  }
  const f = cell.numberFormat;
  const decimals = /\.([0#]+)/.exec(f)?.[1].replace(/#/g, "").length ?? 0;
  if (f.includes("%")) return `${(v * 100).toFixed(decimals)}%`;
  if (/^[#,]*0(\.0+)?$/.test(f)) {
    const fixed = v.toFixed(decimals);
    if (!f.includes(",")) return fixed;
    const [int, frac] = fixed.split(".");
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    return frac === undefined ? grouped : `${grouped}.${frac}`;
  }
  return String(v);
}
