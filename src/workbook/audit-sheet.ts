// `Nhật ký` as the hash chain sees it: columns found by header (an inserted column changes nothing),
// and each cell in a canonical text that reads the same from Sheets' getValues and from an .xlsx.
import { type Anchor, type ChainRow, continueChain, verifyChain } from "../core/audit-chain";
import type { Problem } from "../core/problems";
import { a1 } from "./a1";
import { cellText } from "./cells";
import { AUDIT_COLUMNS, type Cell, type Grid } from "./contract";
import { dateParts } from "./dates";
import { isBlankRow, locateColumns } from "./headers";

/** The columns a row's hash covers, in this order; the code column itself is not one of them. */
export const CHAINED_COLUMNS = [
  "at",
  "by",
  "action",
  "period",
  "unitId",
  "indicatorId",
  "oldValue",
  "newValue",
] as const;
export type ChainedColumn = (typeof CHAINED_COLUMNS)[number];

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * A cell as the chain hashes it. A date is its wall-clock time in the workbook's zone, to the
 * second: Sheets keeps a date as that wall time (a serial number) and gives it back in the
 * spreadsheet's zone; an .xlsx keeps the same serial and ExcelJS reads it as UTC, so the CLI passes
 * "UTC". Milliseconds do not survive a serial number, hence the rounding. Numbers are plain text.
 */
export function canonicalCell(cell: Cell | undefined, timeZone: string): string {
  if (cell === null || cell === undefined) return "";
  if (cell instanceof Date || Object.prototype.toString.call(cell) === "[object Date]") {
    const d = new Date(Math.round((cell as Date).getTime() / 1000) * 1000);
    const p = dateParts(d, timeZone);
    return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  }
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return String(cell).normalize("NFC");
}

export interface AuditLayout {
  /** 0-based column of each contract column found in the header. */
  columns: Partial<Record<keyof typeof AUDIT_COLUMNS, number>>;
}

export function auditLayout(header: readonly Cell[]): AuditLayout {
  const index = locateColumns("", header, AUDIT_COLUMNS, []);
  const columns: AuditLayout["columns"] = {};
  for (const key of Object.keys(AUDIT_COLUMNS) as (keyof typeof AUDIT_COLUMNS)[])
    if (index[key] !== undefined) columns[key] = index[key];
  return { columns };
}

/** The canonical fields of a sheet row, by header. */
export function rowFields(row: readonly Cell[], layout: AuditLayout, timeZone: string): string[] {
  return CHAINED_COLUMNS.map((k) => {
    const j = layout.columns[k];
    return j === undefined ? "" : canonicalCell(row[j], timeZone);
  });
}

/**
 * Every break in the chain of an audit grid (row 0 = header), with its cell. `anchor`: what the
 * add-on last wrote, when known (offline there is none: a cut-off tail cannot be seen there).
 */
export function verifyAuditGrid(sheet: string, grid: Grid, timeZone: string, anchor: Anchor | null): Problem[] {
  const layout = auditLayout(grid[0] ?? []);
  const codeColumn = layout.columns.code;
  if (codeColumn === undefined) {
    if (!anchor || anchor.at.seq === 0) return [];
    // No sheet at all (deleted): every entry the anchor knows is gone.
    if (isBlankRow(grid[0])) return verifyChain([], anchor, () => ({}));
    return [{ key: "auditChainColumn", params: { sheet, column: AUDIT_COLUMNS.code.name }, sheet, cell: "1:1" }];
  }
  const rows: ChainRow[] = [];
  for (let i = 1; i < grid.length; i++) {
    const row = grid[i];
    if (isBlankRow(row)) continue;
    rows.push({ row: i + 1, code: canonicalCell(row[codeColumn], timeZone), fields: rowFields(row, layout, timeZone) });
  }
  const place = (row: number) => ({ sheet, cell: a1(row, codeColumn + 1), row, column: codeColumn + 1 });
  return verifyChain(rows, anchor, place);
}

/** One `Nhật ký` entry: who did what, when, to which figure, old → new. */
export interface AuditRow {
  at: Date;
  by: string;
  action: string;
  period: string;
  unitId: string;
  indicator: string;
  oldValue: string;
  newValue: string;
}

export interface AuditAppend {
  /** The header as it must be: the sheet's, then the contract columns it lacks, added at the right. */
  header: Cell[];
  /** How many of `header`'s columns the sheet already had. */
  width: number;
  /** The new rows, as wide as `header`, each with its `Mã kiểm tra`. */
  rows: Cell[][];
  /** What to keep out of the sheet's reach for the next append (src/core/audit-chain.ts). */
  anchor: Anchor;
}

/**
 * New `Nhật ký` rows chained after the sheet's last one (`lastCode`, its code cell as canonicalCell
 * reads it): for the add-on's appendAudit and the command line's import alike. Columns are found
 * by header, so one an editor inserted is left blank and one missing is added.
 */
export function chainAuditRows(
  sheetHeader: readonly Cell[],
  lastCode: string,
  entries: readonly AuditRow[],
  timeZone: string,
  anchor: Anchor | null,
  when: string,
): AuditAppend {
  const width = sheetHeader.reduce<number>((w, h, j) => (cellText(h) === "" ? w : j + 1), 0);
  const before = auditLayout(sheetHeader);
  const missing = (Object.keys(AUDIT_COLUMNS) as (keyof typeof AUDIT_COLUMNS)[]).filter(
    (k) => before.columns[k] === undefined,
  );
  const header: Cell[] = [
    ...Array.from({ length: width }, (_, j) => sheetHeader[j] ?? ""),
    ...missing.map((k) => AUDIT_COLUMNS[k].name),
  ];
  const layout = auditLayout(header);
  const rows = entries.map((r) => {
    const row: Cell[] = new Array(header.length).fill("");
    const put = (k: ChainedColumn, v: Cell) => {
      row[layout.columns[k] as number] = v;
    };
    // A date keeps whole seconds only, as a spreadsheet serial does: the hash must survive the trip.
    put("at", new Date(Math.floor(r.at.getTime() / 1000) * 1000));
    put("by", r.by);
    put("action", r.action);
    put("period", r.period);
    put("unitId", r.unitId);
    put("indicatorId", r.indicator);
    put("oldValue", r.oldValue);
    put("newValue", r.newValue);
    return row;
  });
  const next = continueChain(
    lastCode,
    anchor,
    rows.map((row) => rowFields(row, layout, timeZone)),
    when,
  );
  rows.forEach((row, i) => {
    row[layout.columns.code as number] = next.codes[i];
  });
  return { header, width, rows, anchor: next.anchor };
}
