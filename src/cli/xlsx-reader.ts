// Reads an .xlsx file into plain grids, streaming: each part is inflated chunk by chunk and tokenized
// as it arrives, so memory holds the cells, not the XML. It gives what ExcelJS's readFile +
// getSheetValues gave (see xlsx.ts `workbookGrids`) in a fraction of the time and memory, keeps
// UTF-8 characters whole across chunks, and reports what must not be read silently: merged
// ranges and formulas without a cached value.
import { a1 } from "../workbook/a1";
import type { Cell, Grid } from "../workbook/contract";
import { attr, XmlError, type XmlHandler, XmlScanner } from "./xml-scan";
import { streamEntry, type ZipEntry, ZipError, zipEntries } from "./zip";

export interface XlsxSheet {
  name: string;
  /** Row 0 = sheet row 1; each row ends at its last cell with a value; empty rows are []. */
  grid: Grid;
  /** Merged ranges as written in the file (`J174:J176`). */
  merges: string[];
  /** Cells holding a formula whose value was never calculated and saved (`J175`). */
  uncachedFormulas: string[];
}

export interface XlsxBook {
  sheets: XlsxSheet[];
  /** Cells holding a value, over all sheets. */
  cells: number;
  /** The number format of a cell (1-based), as ExcelJS's `cell.numFmt` gives it. */
  numberFormat(sheet: string, row: number, column: number): string | undefined;
}

export class XlsxProblem extends Error {
  constructor(
    readonly kind: "notXlsx" | "damaged" | "tooLarge",
    readonly detail: string,
    readonly cells = 0,
  ) {
    super(`${kind}: ${detail}`);
  }
}

export interface ReadOptions {
  /** Stop with a `tooLarge` problem beyond this many cells with a value. */
  maxCells?: number;
  /** Told the fraction of the file read so far. */
  onProgress?: (fraction: number) => void;
}

/** Excel's built-in number formats, as ExcelJS names them (ids without a locale-free code are left out). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** ExcelJS's test, kept identical so that the same cells become dates. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/** Excel's serial day number to a Date at UTC midnight (plus the time of day), as ExcelJS does. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** A handler that only collects the opening tags it is asked for. */
function tagCollector(names: string[], onTag: (name: string, s: string, start: number, end: number) => void) {
  const wanted = new Set(names);
  const h: XmlHandler = {
    wantsText: false,
    open(name, s, start, end) {
      if (wanted.has(name)) onTag(name, s, start, end);
    },
    close() {},
    text() {},
  };
  return h;
}

const MAX_COLUMNS = 16384;

/**
 * One sheet's grid, built row by row: each row is gathered in a scratch array and stored as an
 * exact-size copy (no spare capacity), and the style of each formatted number in one flat array.
 */
class SheetRows {
  readonly grid: Grid = [];
  private row = 0;
  private cells: Cell[] = [];
  private length = 0;
  private rowStyles = new Uint16Array(MAX_COLUMNS);
  private styled = false;
  private styles = new Uint16Array(4096);
  private stylesLength = 0;
  /** Offset in `styles` of each grid row that has a formatted number. */
  private starts: number[] = [];

  put(row: number, col: number, v: Cell, style: number): void {
    if (col < 1 || col > MAX_COLUMNS || row < 1) return;
    if (row !== this.row) {
      this.commit();
      this.row = row;
    }
    while (this.length < col - 1) {
      this.cells[this.length] = "";
      this.rowStyles[this.length] = 0;
      this.length++;
    }
    this.cells[col - 1] = v;
    this.rowStyles[col - 1] = Math.min(style, 0xffff);
    if (style) this.styled = true;
    if (col > this.length) this.length = col;
  }

  commit(): void {
    const r = this.row;
    const n = this.length;
    const styled = this.styled;
    this.row = 0;
    this.length = 0;
    this.styled = false;
    if (r === 0 || n === 0) return;
    const values = this.cells.slice(0, n);
    const grid = this.grid;
    if (r <= grid.length) {
      // Rows out of order (not what Excel writes): merge into the row already there.
      const old = grid[r - 1];
      for (let j = 0; j < n; j++) if (j >= old.length || values[j] !== "") old[j] = values[j];
      for (let j = old.length; j < n; j++) old[j] ??= "";
    } else {
      while (grid.length < r - 1) grid.push([]);
      grid.push(values);
    }
    if (styled) {
      if (this.stylesLength + n > this.styles.length) {
        const grown = new Uint16Array(Math.max(this.styles.length * 2, this.stylesLength + n));
        grown.set(this.styles.subarray(0, this.stylesLength));
        this.styles = grown;
      }
      this.styles.set(this.rowStyles.subarray(0, n), this.stylesLength);
      this.starts[r - 1] = this.stylesLength;
      this.stylesLength += n;
    }
  }

  styleOf(row: number, column: number): number {
    const start = this.starts[row - 1];
    if (start === undefined || column < 1 || column > (this.grid[row - 1]?.length ?? 0)) return 0;
    return this.styles[start + column - 1];
  }
}

export async function readXlsx(file: string, opts: ReadOptions = {}): Promise<XlsxBook> {
  let entries: Map<string, ZipEntry>;
  try {
    entries = await zipEntries(file);
  } catch (e) {
    if (e instanceof ZipError) throw new XlsxProblem("notXlsx", e.message);
    throw e;
  }
  const maxCells = opts.maxCells ?? Number.POSITIVE_INFINITY;
  let totalCompressed = 0;
  for (const e of entries.values()) totalCompressed += e.compressedSize;
  let doneCompressed = 0;
  let lastReported = -1;

  async function parse(path: string, handler: XmlHandler): Promise<boolean> {
    const entry = entries.get(path);
    if (!entry) return false;
    const scanner = new XmlScanner(handler);
    try {
      await streamEntry(
        file,
        entry,
        (bytes) => scanner.write(bytes),
        opts.onProgress &&
          ((read) => {
            const f = Math.floor((100 * (doneCompressed + read)) / Math.max(totalCompressed, 1));
            if (f !== lastReported) {
              lastReported = f;
              opts.onProgress?.(f / 100);
            }
          }),
      );
      scanner.end();
    } catch (e) {
      if (e instanceof ZipError || e instanceof XmlError) throw new XlsxProblem("damaged", `${path}: ${e.message}`);
      throw e;
    }
    doneCompressed += entry.compressedSize;
    return true;
  }

  // The workbook part: from the package relationships, usually xl/workbook.xml.
  let workbookPath = "xl/workbook.xml";
  await parse(
    "_rels/.rels",
    tagCollector(["Relationship"], (_, s, start, end) => {
      const type = attr(s, start, end, "Type") ?? "";
      const target = attr(s, start, end, "Target");
      if (target && type.endsWith("/officeDocument")) workbookPath = resolvePath("", target);
    }),
  );
  const declared: { name: string; rid: string }[] = [];
  let date1904 = false;
  const foundWorkbook = await parse(
    workbookPath,
    tagCollector(["sheet", "workbookPr"], (name, s, start, end) => {
      if (name === "workbookPr") {
        const v = attr(s, start, end, "date1904");
        date1904 = v === "1" || v === "true";
        return;
      }
      const sheetName = attr(s, start, end, "name");
      const rid = attr(s, start, end, "r:id");
      if (sheetName !== undefined && rid) declared.push({ name: sheetName, rid });
    }),
  );
  if (!foundWorkbook) throw new XlsxProblem("notXlsx", "no workbook part");

  const relsPath = resolvePath(workbookPath, `_rels/${workbookPath.split("/").at(-1)}.rels`);
  const targets = new Map<string, string>();
  let stylesPath = resolvePath(workbookPath, "styles.xml");
  let stringsPath = resolvePath(workbookPath, "sharedStrings.xml");
  await parse(
    relsPath,
    tagCollector(["Relationship"], (_, s, start, end) => {
      const id = attr(s, start, end, "Id");
      const type = attr(s, start, end, "Type") ?? "";
      const target = attr(s, start, end, "Target");
      if (!target) return;
      const path = resolvePath(workbookPath, target);
      if (type.endsWith("/styles")) stylesPath = path;
      else if (type.endsWith("/sharedStrings")) stringsPath = path;
      else if (id && type.endsWith("/worksheet")) targets.set(id, path);
    }),
  );

  // Styles: each cell style (cellXfs index) to its number format, and whether it shows a date.
  const customFormats = new Map<number, string>();
  const xfFormatIds: number[] = [];
  let inCellXfs = false;
  await parse(stylesPath, {
    wantsText: false,
    open(name, s, start, end, selfClosing) {
      if (name === "numFmt") {
        const id = Number(attr(s, start, end, "numFmtId"));
        const code = attr(s, start, end, "formatCode");
        if (code !== undefined) customFormats.set(id, code);
      } else if (name === "cellXfs") inCellXfs = !selfClosing;
      else if (name === "xf" && inCellXfs) xfFormatIds.push(Number(attr(s, start, end, "numFmtId") ?? 0));
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  // Like ExcelJS: style 0 and format 0 (General) carry no number format.
  const xfFormat: (string | undefined)[] = xfFormatIds.map((id, i) =>
    i === 0 || !id ? undefined : (customFormats.get(id) ?? BUILTIN_FORMATS[id]),
  );
  const xfDate = xfFormat.map(isDateFormat);

  // Shared strings: plain text of each item, rich-text runs joined, phonetic hints left out.
  const strings: string[] = [];
  {
    let current = "";
    let inPhonetic = false;
    const h: XmlHandler = {
      wantsText: false,
      open(name, _s, _start, _end, selfClosing) {
        if (name === "si") current = "";
        else if (name === "t") h.wantsText = !selfClosing && !inPhonetic;
        else if (name === "rPh") inPhonetic = !selfClosing;
      },
      close(name) {
        if (name === "t") h.wantsText = false;
        else if (name === "rPh") inPhonetic = false;
        else if (name === "si") strings.push(current);
      },
      text(text) {
        current += text;
      },
    };
    await parse(stringsPath, h);
  }

  let cells = 0;
  const sheets: XlsxSheet[] = [];
  const styleRows = new Map<string, SheetRows>();
  for (const { name, rid } of declared) {
    const path = targets.get(rid);
    if (!path || !entries.has(path)) continue;
    const rows = new SheetRows();
    const sheet: XlsxSheet = { name, grid: rows.grid, merges: [], uncachedFormulas: [] };
    let rowNumber = 0;
    // The cell being read.
    let col = 0;
    let type = "";
    let style = 0;
    let hasFormula = false;
    let hasValue = false;
    let value = "";
    let inInline = false;
    let inPhonetic = false;

    const put = (v: Cell, formatted = 0) => {
      if (++cells > maxCells) throw new XlsxProblem("tooLarge", name, cells);
      rows.put(rowNumber, col, v, formatted);
    };

    const finishCell = () => {
      if (hasFormula && !hasValue) {
        sheet.uncachedFormulas.push(a1(rowNumber, col));
        return;
      }
      if (!hasValue) return;
      // As ExcelJS: an empty <v/> is no value, but a formula cell always counts (as "").
      if (value === "" && type !== "s") {
        if (hasFormula) put("");
        return;
      }
      let v: Cell;
      switch (type) {
        case "s": {
          v = strings[Number.parseInt(value, 10)] ?? "";
          break;
        }
        case "str":
        case "inlineStr":
          v = value;
          break;
        case "b":
          v = Number.parseInt(value, 10) !== 0;
          break;
        case "e":
          v = value;
          break;
        case "d":
          v = new Date(value);
          break;
        default: {
          const x = Number.parseFloat(value);
          v = style && xfDate[style] ? excelDate(x, date1904) : x;
        }
      }
      // Only numbers and dates keep their style: the format is asked of numbers alone.
      put(v, style && xfFormat[style] !== undefined && (typeof v === "number" || v instanceof Date) ? style : 0);
    };

    const h: XmlHandler = {
      wantsText: false,
      open(tag, s, start, end, selfClosing) {
        switch (tag) {
          case "c": {
            const ref = attr(s, start, end, "r");
            if (ref) {
              let c = 0;
              let k = 0;
              for (; k < ref.length; k++) {
                const code = ref.charCodeAt(k);
                if (code < 65 || code > 90) break;
                c = c * 26 + (code - 64);
              }
              col = c;
              // A cell reference carries its row too; trust it over a missing <row r>.
              const r = Number(ref.slice(k));
              if (r > 0) rowNumber = r;
            } else col++;
            type = attr(s, start, end, "t") ?? "n";
            const st = attr(s, start, end, "s");
            style = st ? Number(st) : 0;
            hasFormula = false;
            hasValue = false;
            value = "";
            inInline = false;
            if (selfClosing) finishCell();
            break;
          }
          case "v":
            hasValue = true;
            h.wantsText = !selfClosing;
            break;
          case "f":
            hasFormula = true;
            break;
          case "is":
            inInline = true;
            break;
          case "t":
            if (inInline && !inPhonetic) {
              hasValue = true;
              h.wantsText = !selfClosing;
            }
            break;
          case "rPh":
            inPhonetic = !selfClosing;
            break;
          case "row": {
            const r = attr(s, start, end, "r");
            rowNumber = r ? Number(r) : rowNumber + 1;
            col = 0;
            break;
          }
          case "mergeCell": {
            const ref = attr(s, start, end, "ref");
            if (ref) sheet.merges.push(ref);
            break;
          }
        }
      },
      close(tag) {
        switch (tag) {
          case "v":
          case "t":
            h.wantsText = false;
            break;
          case "c":
            finishCell();
            break;
          case "is":
            inInline = false;
            break;
          case "rPh":
            inPhonetic = false;
            break;
        }
      },
      text(text) {
        value += text;
      },
    };
    await parse(path, h);
    rows.commit();
    sheets.push(sheet);
    styleRows.set(name, rows);
  }
  return {
    sheets,
    cells,
    numberFormat(sheet, row, column) {
      const id = styleRows.get(sheet)?.styleOf(row, column);
      return id ? xfFormat[id] : undefined;
    },
  };
}
