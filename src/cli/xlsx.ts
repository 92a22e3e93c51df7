// The ExcelJS adapter: plain layouts to .xlsx, and (for `rank --out`, and as the reference the
// streaming reader in xlsx-reader.ts is tested against) an .xlsx file to plain 2-D value arrays.
// ExcelJS is imported on first use, so that commands which only read never load it.
import { access } from "node:fs/promises";
import type ExcelJS from "exceljs";
import { columnLetter } from "../workbook/a1";
import type { Cell, Grid } from "../workbook/contract";
import type { CellBlock, SheetPaint } from "../workbook/ranking-sheet";

export class FileProblem extends Error {
  constructor(
    readonly kind: "notFound" | "unreadable",
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** ExcelJS cell values come as rich text, formulas, hyperlinks or errors: reduce each to a plain cell. */
export function plainCell(v: ExcelJS.CellValue | undefined): Cell {
  if (v === null || v === undefined) return "";
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return plainCell((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ("hyperlink" in v) return plainCell((v as ExcelJS.CellHyperlinkValue).text);
    if ("error" in v) return String((v as ExcelJS.CellErrorValue).error);
  }
  return String(v);
}

export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  try {
    await access(file);
  } catch {
    throw new FileProblem("notFound", file);
  }
  const wb = await newWorkbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new FileProblem("unreadable", e instanceof Error ? e.message : String(e));
  }
  return wb;
}

export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import("exceljs");
  return new Excel.Workbook();
}

/** Every worksheet's values as a Grid (row 0 = sheet row 1), by sheet name. */
export function workbookGrids(wb: ExcelJS.Workbook): Record<string, Grid> {
  const sheets: Record<string, Grid> = {};
  for (const ws of wb.worksheets) {
    const raw = ws.getSheetValues() as (ExcelJS.CellValue[] | undefined)[];
    const grid: Grid = [];
    for (let r = 1; r < raw.length; r++) {
      const row = raw[r];
      if (!row) {
        grid.push([]);
        continue;
      }
      const out: Cell[] = new Array(Math.max(row.length - 1, 0));
      for (let c = 1; c < row.length; c++) out[c - 1] = plainCell(row[c]);
      for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = "";
      grid.push(out);
    }
    sheets[ws.name] = grid;
  }
  return sheets;
}

function argb(hex: string): string {
  return `FF${hex.replace("#", "").toUpperCase()}`;
}

/** Print margins in inches (13, 8, 15 and 13 mm): room to bind on the left and at the top, the rest for a wide table. */
const MARGINS = { left: 0.5, right: 0.3, top: 0.6, bottom: 0.5, header: 0.25, footer: 0.25 };

/** The cells of a block, 1-based. */
function* cellsOf(ws: ExcelJS.Worksheet, b: CellBlock): Generator<ExcelJS.Cell> {
  for (let r = b.row; r < b.row + b.numRows; r++)
    for (let c = b.column; c < b.column + b.numColumns; c++) yield ws.getCell(r, c);
}

export interface PaintOptions {
  /** A new sheet goes right after this one (an existing sheet keeps its place); last when absent. */
  after?: string;
  /** Whether the workbook opens on the sheet; true by default. */
  open?: boolean;
}

/**
 * Replaces (or adds) a sheet with the painted layout: values, fills, formats, fonts, frozen rows,
 * widths, merged headers, ruled tables; printed on A4 landscape, one page wide, the header rows
 * repeated on every page; and makes it the sheet the workbook opens on, unless told not to.
 * Every value is written as a value: a text that looks like a formula stays text in a file.
 */
export function paintSheet(wb: ExcelJS.Workbook, name: string, paint: SheetPaint, opts: PaintOptions = {}): void {
  const existing = wb.getWorksheet(name);
  // ExcelJS orders sheets by `orderNo`, which its typings leave out.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  const after = opts.after === undefined ? undefined : wb.getWorksheet(opts.after);
  let orderNo = existing ? order(existing).orderNo : undefined;
  if (!existing && after) {
    // Room right after `after`: the sheets behind it move one place down.
    orderNo = order(after).orderNo + 1;
    for (const w of wb.worksheets) if (order(w).orderNo >= orderNo) order(w).orderNo++;
  }
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(name, {
    views: [{ state: "frozen", ySplit: paint.frozenRows, xSplit: paint.frozenColumns ?? 3 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: paint.print.pagesWide ?? 1,
      fitToHeight: 0, // as many pages tall as it takes
      margins: MARGINS,
      horizontalCentered: true,
      ...(paint.print.repeatRows
        ? { printTitlesRow: `${paint.print.repeatRows.first}:${paint.print.repeatRows.last}` }
        : {}),
      ...(paint.print.repeatColumns
        ? {
            printTitlesColumn: `${columnLetter(paint.print.repeatColumns.first)}:${columnLetter(paint.print.repeatColumns.last)}`,
          }
        : {}),
    },
    headerFooter: { oddFooter: "&C&P/&N", differentFirst: false, differentOddEven: false },
  });
  if (orderNo !== undefined) order(ws).orderNo = orderNo;
  // A column's width is in characters of the default font's digit, 7 pixels.
  paint.columnWidths.forEach((px, j) => {
    ws.getColumn(j + 1).width = Math.round((px / 7) * 10) / 10;
  });
  const font = { name: paint.font.family, size: paint.font.size };
  paint.values.forEach((row, i) => {
    const xrow = ws.getRow(i + 1);
    const size = i + 1 === paint.title.row ? paint.title.size : font.size;
    row.forEach((v, j) => {
      const cell = xrow.getCell(j + 1);
      cell.value = v === "" ? null : (v as ExcelJS.CellValue);
      const fmt = paint.numberFormats[i][j];
      if (fmt && fmt !== "@") cell.numFmt = fmt;
      const bg = paint.backgrounds[i][j];
      if (bg) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(bg) } };
      cell.font = { ...font, size, bold: paint.bold[i][j] };
      cell.alignment = { vertical: "middle" };
    });
  });
  const align = (b: CellBlock, a: Partial<ExcelJS.Alignment>) => {
    for (const cell of cellsOf(ws, b)) cell.alignment = { ...cell.alignment, ...a };
  };
  for (const b of paint.headerBlocks) align(b, { wrapText: true, horizontal: "center" });
  for (const b of paint.rightAligned) align(b, { horizontal: "right" });
  for (const b of paint.centred ?? []) align(b, { horizontal: "center" });
  for (const { block, color } of paint.fontColors ?? [])
    for (const cell of cellsOf(ws, block)) cell.font = { ...cell.font, color: { argb: argb(color) } };
  for (const b of paint.wrapped) align(b, { wrapText: true });
  const thin = { style: "thin" as const, color: { argb: "FF9E9E9E" } };
  for (const b of paint.bordered) {
    for (const cell of cellsOf(ws, b)) cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  for (const m of paint.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  // A file keeps the row heights written: the title and the wrapped rows are given their room.
  for (const [row, px] of Object.entries(paint.rowHeights)) ws.getRow(Number(row)).height = Math.round(px * 0.75);
  for (const row of paint.print.breaksBefore) ws.getRow(row - 1).addPageBreak();
  if (opts.open !== false) openOn(wb, ws);
}

/** The workbook opens on `ws`: its tab active and the only one selected. */
function openOn(wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet): void {
  const sheets = wb.worksheets;
  for (const other of sheets) {
    // `tabSelected` is written by ExcelJS but missing from its typings; a sheet added by ExcelJS
    // itself may have no views at all.
    const views = (other.views ?? []) as (Partial<ExcelJS.WorksheetView> & { tabSelected?: boolean })[];
    for (const view of views) view.tabSelected = other === ws;
  }
  const activeTab = sheets.indexOf(ws);
  const view = wb.views?.[0] ?? { x: 0, y: 0, width: 10000, height: 20000, visibility: "visible" };
  wb.views = [{ ...view, firstSheet: 0, activeTab }];
}
