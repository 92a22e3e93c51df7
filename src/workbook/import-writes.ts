import { t } from "../core/messages";
import type { Indicator, Language } from "../core/schemas";
import type { AuditRow } from "./audit-sheet";
import { cellText, figureCell, figureText } from "./cells";
import { type Cell, DATA_COLUMNS, type Grid, normalizeHeader, UNIT_COLUMNS } from "./contract";
import { locateDataColumns } from "./data-columns";
import { isBlankRow, locateColumns } from "./headers";
import type { ImportPlan } from "./import-plan";
import { readPeriodCell } from "./read";

/** One cell to write, 1-based. */
export interface CellWrite {
  row: number;
  column: number;
  value: Cell;
}

export interface SheetWrites {
  cells: CellWrite[];
}

/** A `Nhật ký` row without its time and author, which the caller adds. */
export type ImportAuditRow = Omit<AuditRow, "at" | "by">;

/** Who writes and when, into `Người nhập` and `Cập nhật lúc` of each row written. */
export interface Stamp {
  by: string;
  at: Cell;
}

/** The plan's cells to write, with the units and field keys they belong to. */
export function writesOf(plan: ImportPlan) {
  return plan.rows.flatMap((r) =>
    r.unitId === null
      ? []
      : r.cells.filter((c) => c.action === "write").map((c) => ({ unitId: r.unitId as string, cell: c })),
  );
}

/**
 * `Số liệu`'s cells to write: each unit's row of the period is found by its keys (the first one
 * when a key repeats, as everywhere else), a unit without one gets a new row below the last.
 * Null when a column the plan writes is missing from the sheet (set-up adds it). `lastRow` is the
 * sheet's last row when `grid` holds only some of its rows (the add-on reads the period's rows and
 * those below them, not the whole sheet): new rows never go above it.
 */
export function dataWrites(
  plan: ImportPlan,
  grid: Grid,
  indicators: Indicator[],
  timeZone: string,
  stamp: Stamp,
  lastRow = 1,
): SheetWrites | { missing: string } {
  const header = grid[0] ?? [];
  const cols = locateDataColumns(header, indicators);
  const keys = [...new Set(plan.layout.columns.map((c) => c.key))];
  const absent = [
    ...(cols.periodCol < 0 ? [DATA_COLUMNS.period.name] : []),
    ...(cols.unitCol < 0 ? [DATA_COLUMNS.unitId.name] : []),
    ...keys.filter((k) => cols.indicatorCols[k] === undefined),
  ];
  if (absent.length > 0) return { missing: absent.join(", ") };

  const rowOf = new Map<string, number>();
  let last = Math.max(1, lastRow);
  for (let i = 1; i < grid.length; i++) {
    if (isBlankRow(grid[i])) continue;
    last = Math.max(last, i + 1);
    const period = readPeriodCell(grid[i][cols.periodCol], timeZone);
    const key = `${period}|${cellText(grid[i][cols.unitCol])}`;
    if (period !== null && !rowOf.has(key)) rowOf.set(key, i + 1);
  }
  const byIndicator = new Map(plan.layout.columns.map((c) => [c.key, c.indicator]));
  const cells: CellWrite[] = [];
  const newRows = new Map<string, number>();
  for (const { unitId, cell } of writesOf(plan)) {
    let row = rowOf.get(`${plan.period}|${unitId}`) ?? newRows.get(unitId);
    if (row === undefined) {
      row = last + newRows.size + 1;
      newRows.set(unitId, row);
      cells.push(
        { row, column: cols.periodCol + 1, value: plan.period },
        { row, column: cols.unitCol + 1, value: unitId },
      );
    }
    const ind = byIndicator.get(cell.key) as Indicator;
    cells.push({ row, column: (cols.indicatorCols[cell.key] as number) + 1, value: figureCell(ind, cell.value) });
  }
  const stamped = new Set(cells.map((c) => c.row));
  for (const row of stamped) {
    if (cols.enteredByCol !== undefined) cells.push({ row, column: cols.enteredByCol + 1, value: stamp.by });
    if (cols.updatedAtCol !== undefined) cells.push({ row, column: cols.updatedAtCol + 1, value: stamp.at });
  }
  return { cells };
}

/**
 * `Tên khác` of `Đơn vị`: each learned name after the unit's own, separated by `; `. When the
 * column is missing it is added at the right, its header included in the writes.
 */
export function aliasWrites(plan: ImportPlan, grid: Grid): SheetWrites {
  if (plan.aliases.length === 0) return { cells: [] };
  const header = grid[0] ?? [];
  const cols = locateColumns("", header, UNIT_COLUMNS, []);
  const cells: CellWrite[] = [];
  let column = cols.aliases;
  if (column === undefined) {
    column = header.reduce<number>((w, h, j) => (cellText(h) === "" ? w : j + 1), 0);
    cells.push({ row: 1, column: column + 1, value: UNIT_COLUMNS.aliases.name });
  }
  const rowOf = new Map<string, number>();
  for (let i = 1; i < grid.length; i++) {
    const id = normalizeHeader(cellText(grid[i]?.[cols.id ?? -1]));
    if (id !== "" && !rowOf.has(id)) rowOf.set(id, i);
  }
  const texts = new Map<number, string>();
  for (const { unitId, name } of plan.aliases) {
    const i = rowOf.get(normalizeHeader(unitId));
    if (i === undefined) continue;
    const before = texts.get(i) ?? cellText(grid[i]?.[column]);
    texts.set(i, before === "" ? name : `${before}; ${name}`);
  }
  for (const [i, text] of texts) cells.push({ row: i + 1, column: column + 1, value: text });
  return { cells };
}

/** One `Nhật ký` row per figure written and per name learned. */
export function importAuditRows(plan: ImportPlan, file: string, lang: Language): ImportAuditRow[] {
  const action = t(lang, "auditImport", { file });
  const rows: ImportAuditRow[] = writesOf(plan).map(({ unitId, cell }) => {
    const ind = plan.layout.columns.find((c) => c.key === cell.key)?.indicator as Indicator;
    return {
      action,
      period: plan.period,
      unitId,
      indicator: cell.key,
      oldValue: figureText(cell.old, ind, lang),
      newValue: figureText(cell.value, ind, lang),
    };
  });
  for (const { unitId, name } of plan.aliases)
    rows.push({ action: t(lang, "auditAlias"), period: "", unitId, indicator: "", oldValue: "", newValue: name });
  return rows;
}
