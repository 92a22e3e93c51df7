// A1 references: column letters and cell names, 1-based as the spreadsheet counts.

export function columnLetter(column: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}
