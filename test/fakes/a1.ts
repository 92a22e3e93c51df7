// A1 notation: `A1`, `A1:B2`, `A:C`, `2:3`, `A2:C`, optionally prefixed by `Sheet!` or `'Số liệu'!`.

export interface A1Ref {
  sheetName: string | null;
  /** 1-based; null when the reference leaves it open (`A:A` has no rows). */
  startRow: number | null;
  startColumn: number | null;
  endRow: number | null;
  endColumn: number | null;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(column: number): string {
  let s = "";
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1Notation(row: number, column: number, numRows: number, numColumns: number): string {
  const start = `${columnLetters(column)}${row}`;
  if (numRows === 1 && numColumns === 1) return start;
  return `${start}:${columnLetters(column + numColumns - 1)}${row + numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses an A1 reference; returns null when it is not one (Apps Script says "Range not found"). */
export function parseA1(text: string): A1Ref | null {
  let sheetName: string | null = null;
  let ref = text.trim();
  const bang = ref.lastIndexOf("!");
  if (bang >= 0) {
    const rawSheet = ref.slice(0, bang);
    ref = ref.slice(bang + 1);
    sheetName =
      rawSheet.startsWith("'") && rawSheet.endsWith("'") && rawSheet.length >= 2
        ? rawSheet.slice(1, -1).replace(/''/g, "'")
        : rawSheet;
    if (sheetName === "") return null;
  }
  const [first, second, ...rest] = ref.split(":");
  if (rest.length > 0 || first === undefined) return null;
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b) return null;
  const cell = (m: RegExpExecArray) => ({
    column: m[1] ? columnNumber(m[1]) : null,
    row: m[2] ? Number(m[2]) : null,
  });
  const s = cell(a);
  const e = cell(b);
  if (s.row === 0 || e.row === 0) return null;
  if (second === undefined) {
    // A single cell must name both its column and its row.
    if (s.column === null || s.row === null) return null;
  } else {
    // `A:C` and `2:3` are whole columns or rows; `A2:C` is open below. Mixed nonsense is refused.
    if (s.column === null && e.column !== null) return null;
    if (s.row === null && e.row !== null && s.column !== null) return null;
    if (s.column === null && s.row === null) return null;
  }
  const startRow = s.row;
  const endRow = second === undefined ? s.row : e.row;
  const startColumn = s.column;
  const endColumn = second === undefined ? s.column : e.column;
  return {
    sheetName,
    startRow: startRow !== null && endRow !== null ? Math.min(startRow, endRow) : startRow,
    endRow: startRow !== null && endRow !== null ? Math.max(startRow, endRow) : endRow,
    startColumn: startColumn !== null && endColumn !== null ? Math.min(startColumn, endColumn) : startColumn,
    endColumn: startColumn !== null && endColumn !== null ? Math.max(startColumn, endColumn) : endColumn,
  };
}
