// Painting a laid-out sheet on a new, empty sheet: one call each for values, colours, formats and
// weights; per group block, its header rows' wrap and alignment, the points' alignment and one
// merge per pillar or main index (their number follows the indicator set, never the units). Rows
// are left to fit their wrapped headers, as Sheets does by itself. The sheet is new (see
// sheet-swap.ts), so there is nothing to clear and no chart to remove.
import type { SheetPaint } from "../workbook/ranking-sheet";
import { keepAsText } from "../workbook/text-cells";
import type { Sheet } from "./spreadsheet";

export function paintSheet(sheet: Sheet, paint: SheetPaint): void {
  const rows = paint.values.length;
  const cols = paint.values[0]?.length ?? 0;
  if (rows === 0 || cols === 0) return;
  // A new sheet has 1,000 rows and 26 columns; a wider or longer ranking needs room first.
  const [maxRows, maxCols] = [sheet.getMaxRows(), sheet.getMaxColumns()];
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  const range = sheet.getRange(1, 1, rows, cols);
  range.setValues(paint.values.map((r) => r.map(keepAsText)));
  range.setBackgrounds(paint.backgrounds as string[][]);
  range.setNumberFormats(paint.numberFormats);
  range.setFontWeights(paint.bold.map((r) => r.map((b) => (b ? "bold" : "normal"))));
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
  sheet.setFrozenRows(paint.frozenRows);
  // Consecutive columns of equal width take one call.
  let start = 0;
  for (let j = 1; j <= paint.columnWidths.length; j++) {
    if (j === paint.columnWidths.length || paint.columnWidths[j] !== paint.columnWidths[start]) {
      sheet.setColumnWidths(start + 1, j - start, paint.columnWidths[start]);
      start = j;
    }
  }
  paintCharts(sheet, paint);
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
