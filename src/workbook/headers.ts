// Finding columns by header text (trimmed, case-insensitive, NFC), never by position.
import type { Problem } from "../core/problems";
import { a1 } from "./a1";
import { type Cell, type ColumnSpec, normalizeHeader, type SheetSpec } from "./contract";

export type ColumnIndex<K extends string> = Record<K, number | undefined>;

export function matchesName(text: unknown, spec: { name: string; aliases: readonly string[] }): boolean {
  const h = normalizeHeader(text);
  return h !== "" && (h === normalizeHeader(spec.name) || spec.aliases.some((a) => normalizeHeader(a) === h));
}

/** The actual name of the workbook sheet that matches a contract sheet, or undefined. */
export function findSheetName(names: readonly string[], spec: SheetSpec): string | undefined {
  return names.find((n) => matchesName(n, spec));
}

/**
 * Locates the contract's columns in a header row (0-based indices). Missing required columns and
 * duplicated headers are reported against row 1.
 */
export function locateColumns<K extends string>(
  sheet: string,
  header: readonly Cell[],
  columns: Record<K, ColumnSpec>,
  problems: Problem[],
): ColumnIndex<K> {
  const index = {} as ColumnIndex<K>;
  for (const key of Object.keys(columns) as K[]) {
    const spec = columns[key];
    const found: number[] = [];
    header.forEach((h, j) => {
      if (matchesName(h, spec)) found.push(j);
    });
    if (found.length === 0) {
      if (spec.required)
        problems.push({ key: "columnMissing", params: { sheet, column: spec.name }, sheet, cell: "1:1" });
      continue;
    }
    if (found.length > 1) {
      problems.push({
        key: "columnDuplicate",
        params: { column: spec.name, other: a1(1, found[0] + 1) },
        sheet,
        cell: a1(1, found[1] + 1),
        row: 1,
        column: found[1] + 1,
      });
    }
    index[key] = found[0];
  }
  return index;
}

export function isBlank(c: Cell | undefined): boolean {
  return c === null || c === undefined || (typeof c === "string" && c.trim() === "");
}

export function isBlankRow(row: readonly Cell[] | undefined): boolean {
  return !row || row.every(isBlank);
}
