// Writes the `init` template into an ExcelJS workbook: values, bold frozen headers, column widths,
// percent formats and drop-down lists, so a new user sees what each column takes.
import type ExcelJS from "exceljs";
import type { TemplateSheet } from "../workbook/template";

/** ExcelJS has `dataValidations` on every worksheet but leaves it out of its typings. */
interface WithValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

/** Excel column letters of a 1-based column: 1 → A, 27 → AA. */
function columnLetters(n: number): string {
  let s = "";
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

export function writeTemplateSheets(wb: ExcelJS.Workbook, sheets: TemplateSheet[]): void {
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, {
      views: s.frozenRows ? [{ state: "frozen", ySplit: s.frozenRows }] : [],
    });
    for (const row of s.grid) ws.addRow(row.map((v) => (v === "" ? null : v)));
    if (s.grid.length) ws.getRow(1).font = { bold: true };
    s.columnWidths.forEach((width, j) => {
      ws.getColumn(j + 1).width = width;
    });
    // Room below the rows written, for the rows users add.
    const lastRow = Math.max(1000, s.grid.length * 2);
    for (const j of s.percentColumns) {
      for (let r = 2; r <= Math.max(s.grid.length, 2); r++) ws.getCell(r, j + 1).numFmt = "0.00%";
    }
    for (const [r, c] of s.percentCells ?? []) ws.getCell(r + 1, c + 1).numFmt = "0.00%";
    for (const v of s.validations) {
      // A list written in the formula is comma-separated and at most 255 characters: a longer
      // list, or a label with a comma or quote, gets no drop-down rather than a wrong one.
      const listText = v.values.join(",");
      if (v.column < 0 || listText.length > 255 || v.values.some((x) => /[,"]/.test(x))) continue;
      const letters = columnLetters(v.column + 1);
      (ws as unknown as WithValidations).dataValidations.add(`${letters}2:${letters}${lastRow}`, {
        type: "list",
        allowBlank: true,
        formulae: [`"${listText}"`],
        showErrorMessage: true,
        // A warning, not a stop: the reader also accepts synonyms (TRUE, yes, percent…).
        errorStyle: "warning",
        errorTitle: s.name,
        error: `${v.values.join(" · ")}`,
      });
    }
  }
}
