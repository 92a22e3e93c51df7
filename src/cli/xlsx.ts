// The ExcelJS adapter: plain layouts to .xlsx, and (for `rank --out`, and as the reference the
// streaming reader in xlsx-reader.ts is tested against) an .xlsx file to plain 2-D value arrays.
// ExcelJS is imported on first use, so that commands which only read never load it.
import { access } from "node:fs/promises";
import type ExcelJS from "exceljs";
import type { Cell, Grid } from "../workbook/contract";
import type { SheetPaint } from "../workbook/ranking-sheet";

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

/** Replaces (or adds) a sheet with the painted layout: values, fills, formats, bold, frozen rows, widths, merged headers. */
export function paintSheet(wb: ExcelJS.Workbook, name: string, paint: SheetPaint, position?: number): void {
  const existing = wb.getWorksheet(name);
  // ExcelJS orders sheets by `orderNo`, which its typings leave out.
  const order = (w: ExcelJS.Worksheet) => w as unknown as { orderNo: number };
  const orderNo = existing ? order(existing).orderNo : position;
  if (existing) wb.removeWorksheet(existing.id);
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: paint.frozenRows, xSplit: 3 }] });
  if (orderNo !== undefined) order(ws).orderNo = orderNo;
  paint.columnWidths.forEach((px, j) => {
    ws.getColumn(j + 1).width = Math.round(px / 7);
  });
  paint.values.forEach((row, i) => {
    const xrow = ws.getRow(i + 1);
    row.forEach((v, j) => {
      const cell = xrow.getCell(j + 1);
      cell.value = v === "" ? null : (v as ExcelJS.CellValue);
      const fmt = paint.numberFormats[i][j];
      if (fmt && fmt !== "@") cell.numFmt = fmt;
      const bg = paint.backgrounds[i][j];
      if (bg) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(bg) } };
      if (paint.bold[i][j]) cell.font = { bold: true };
    });
  });
  for (const b of paint.headerBlocks) {
    for (let r = b.row; r < b.row + b.numRows; r++) {
      for (let c = b.column; c < b.column + b.numColumns; c++)
        ws.getCell(r, c).alignment = { wrapText: true, horizontal: "center", vertical: "middle" };
    }
  }
  for (const b of paint.rightAligned) {
    for (let r = b.row; r < b.row + b.numRows; r++) {
      for (let c = b.column; c < b.column + b.numColumns; c++) ws.getCell(r, c).alignment = { horizontal: "right" };
    }
  }
  for (const m of paint.merges) ws.mergeCells(m.row, m.column, m.row + m.numRows - 1, m.column + m.numColumns - 1);
  // A file keeps the row heights written: the header rows are given room for their wrapped labels.
  for (const [row, px] of Object.entries(paint.rowHeights)) ws.getRow(Number(row)).height = Math.round(px * 0.75);
  ws.getRow(1).font = { bold: true, size: 14 };
}
