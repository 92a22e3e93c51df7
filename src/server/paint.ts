// Painting a laid-out sheet on a new, empty sheet: one call each for values, colours, formats,
// weights, the font family and the font sizes (the title's larger); the title's row height; a
// width per column; per group block, its header rows' wrap and alignment, the right-aligned
// points and indicator cells and its rules; one merge per pillar or main index. Their number
// follows the indicator set, never the units. Rows are left to fit their wrapped text, as Sheets
// does by itself. The sheet is new (see sheet-swap.ts): nothing to clear, no chart to remove.
//
// A layout's formula cells (the overview's SPARKLINE, see workbook/overview-sheet.ts) go out in the
// same setValues, unneutralised only when they are in a formula block AND are exactly a formula the
// overview builds over its own row; every other text, whatever the block, is kept as text.
//
// Sheets has no script API for print settings: A4, landscape and fit to width are chosen in
// File › Print, which repeats the frozen rows (the title and the header) on every page. The charts
// stand below the table, so that they do not widen the printed page.
import { isOverviewFormula } from "../workbook/overview-sheet";
import type { CellBlock, SheetPaint } from "../workbook/ranking-sheet";
import { keepAsText } from "../workbook/text-cells";
import type { Sheet } from "./spreadsheet";

/** The colour of the tables' rules. */
const RULE = "#9e9e9e";

export function paintSheet(sheet: Sheet, paint: SheetPaint): void {
  const rows = paint.values.length;
  const cols = paint.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  // A new sheet has 1,000 rows and 26 columns; a wider or longer ranking, or its charts, need room first.
  const needRows = Math.max(rows, ...paint.charts.map((c) => c.anchorRow));
  const needCols = Math.max(cols, ...paint.charts.map((c) => c.anchorColumn));
  const [maxRows, maxCols] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  if (needRows > maxRows) sheet.insertRowsAfter(maxRows, needRows - maxRows);
  if (needCols > maxCols) sheet.insertColumnsAfter(maxCols, needCols - maxCols);
  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(valuesToWrite(paint));
  range.setBackgrounds(paint.backgrounds as string[][]);
  range.setNumberFormats(paint.numberFormats);
  range.setFontWeights(paint.bold.map((r) => r.map((b) => (b ? "bold" : "normal"))));
  // Named, not left to the spreadsheet's theme: the title's size, the table's everywhere else.
  const sizes = paint.values.map((r, i) =>
    r.map(() => (i + 1 === paint.title.row ? paint.title.size : paint.font.size)),
  );
  range.setFontFamily(paint.font.family).setFontSizes(sizes).setVerticalAlignment("middle");
  const titleHeight = paint.rowHeights[paint.title.row];
  if (titleHeight) sheet.setRowHeights(paint.title.row, 1, titleHeight);
  for (const b of paint.headerBlocks) {
    sheet
      .getRange(b.row, b.column, b.numRows, b.numColumns)
      .setWrap(true)
      .setHorizontalAlignment("center")
      .setVerticalAlignment("middle");
  }
  for (const m of paint.merges) sheet.getRange(m.row, m.column, m.numRows, m.numColumns).merge();
  for (const b of paint.rightAligned)
    sheet.getRange(b.row, b.column, b.numRows, b.numColumns).setHorizontalAlignment("right");
  for (const b of paint.centred ?? [])
    sheet.getRange(b.row, b.column, b.numRows, b.numColumns).setHorizontalAlignment("center");
  for (const { block: b, color } of paint.fontColors ?? [])
    sheet.getRange(b.row, b.column, b.numRows, b.numColumns).setFontColor(color);
  for (const b of paint.wrapped) sheet.getRange(b.row, b.column, b.numRows, b.numColumns).setWrap(true);
  for (const b of paint.bordered) {
    sheet
      .getRange(b.row, b.column, b.numRows, b.numColumns)
      .setBorder(true, true, true, true, true, true, RULE, SpreadsheetApp.BorderStyle.SOLID);
  }
  sheet.setFrozenRows(paint.frozenRows);
  // One call a column: the widths follow what the columns hold, and the number of calls must not.
  paint.columnWidths.forEach((px, j) => {
    sheet.setColumnWidth(j + 1, px);
  });
  paintCharts(sheet, paint);
}

const within = (b: CellBlock, row: number, column: number) =>
  row >= b.row && row < b.row + b.numRows && column >= b.column && column < b.column + b.numColumns;

/** Every cell neutralised (keepAsText) but the overview's own formulas in the layout's formula blocks. */
export function valuesToWrite(paint: SheetPaint): SheetPaint["values"] {
  const formulas = paint.formulas ?? [];
  return paint.values.map((r, i) =>
    r.map((v, j) => (formulas.some((b) => within(b, i + 1, j + 1)) && isOverviewFormula(v, i + 1) ? v : keepAsText(v))),
  );
}

/** One bar chart of the % scores per group. */
function paintCharts(sheet: Sheet, paint: SheetPaint): void {
  for (const spec of paint.charts) {
    if (spec.numRows === 0) continue;
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.BAR)
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
}
