// The units' side of `Thẩm định` (design §10): a unit's rows for one period read in a fixed number
// of calls (never the whole sheet), and its evidence written — only the four columns a clerk owns
// (Kỳ, Mã đơn vị, Mã chỉ tiêu, Minh chứng), never the office's, which setup protects.
import { evidenceText } from "../core/entry-fields";
import { reviewState } from "../core/entry-review";
import type { Figure, Indicator, ReviewStatus } from "../core/schemas";
import { cellText, readWord } from "../workbook/cells";
import { type Cell, normalizeHeader, REVIEW_COLUMNS, WORDS } from "../workbook/contract";
import { isBlank } from "../workbook/headers";
import { readReviewedValue } from "../workbook/review-read";
import { keepAsText } from "../workbook/text-cells";
import { indexReviews, type ReviewColumn, type ReviewIndex } from "./review-rows";
import type { Sheet } from "./spreadsheet";
import { putBack } from "./undo";

/** The columns a clerk's save may write; every other column of `Thẩm định` is the office's. */
export const CLERK_REVIEW_COLUMNS = ["period", "unitId", "indicatorId", "evidence"] as const;

/** The span of a unit's rows read in one call when they lie close together (they usually follow each other). */
const SPAN_SLACK = 16;

export interface UnitReviewRow {
  /** 1-based row of `Thẩm định`. */
  row: number;
  cells: Cell[];
}

export interface UnitReviews {
  index: ReviewIndex;
  /** The unit's row of each indicator (by normalised ID), the first when a row is doubled. */
  rows: Map<string, UnitReviewRow>;
}

/**
 * A unit's `Thẩm định` rows of a period: the key columns (indexReviews), then the rows themselves,
 * in one read when they lie together, else one read each (at most one per indicator of the form).
 */
export function readUnitReviews(sheet: Sheet, timeZone: string, period: string, unitId: string): UnitReviews {
  const index = indexReviews(sheet, timeZone);
  const found = index.rowsOf(period, unitId);
  const rows = new Map<string, UnitReviewRow>();
  const cellsOf = new Map<number, Cell[]>();
  if (found.length > 0) {
    const first = Math.min(...found);
    const span = Math.max(...found) - first + 1;
    if (span <= found.length + SPAN_SLACK) {
      const grid = sheet.getRange(first, 1, span, index.width).getValues() as Cell[][];
      for (const r of found) cellsOf.set(r, grid[r - first]);
    } else for (const r of found) cellsOf.set(r, index.readRow(r));
  }
  for (const r of found) {
    const cells = cellsOf.get(r) ?? [];
    const id = normalizeHeader(cells[index.columns.indicatorId]);
    if (!rows.has(id)) rows.set(id, { row: r, cells });
  }
  return { index, rows };
}

const text = (cells: Cell[], index: ReviewIndex, column: ReviewColumn) => {
  const c = cells[index.columns[column]];
  return c === undefined ? "" : cellText(c);
};

/** `Trạng thái` as written; blank or a word the contract does not know is pending (never a lock). */
export function statusOf(cells: Cell[], index: ReviewIndex): ReviewStatus {
  const c = cells[index.columns.status];
  if (c === undefined || isBlank(c)) return "pending";
  const r = readWord(c, WORDS.status, REVIEW_COLUMNS.status.name);
  return r.ok ? r.value : "pending";
}

export function evidenceOf(row: UnitReviewRow | undefined, index: ReviewIndex): string {
  return row ? evidenceText(text(row.cells, index, "evidence")) : "";
}

/**
 * The review of one figure as the unit sees it. `self` is the figure now by field key (a cell that
 * cannot be read as a figure is a string); `display` formats the office's value as the form does.
 */
export function unitReviewOf(
  ind: Indicator,
  row: UnitReviewRow,
  index: ReviewIndex,
  self: (Figure | string)[],
  display: (values: Figure[]) => string,
) {
  const status = statusOf(row.cells, index);
  const readable = self.every((v) => typeof v !== "string") ? (self as Figure[]) : null;
  const state = reviewState(ind, status, text(row.cells, index, "selfValue"), readable);
  let reviewed = "";
  if (status === "adjusted") {
    const cell = row.cells[index.columns.reviewedValue];
    const r = cell === undefined ? null : readReviewedValue(cell, ind);
    reviewed = r?.ok ? display(Object.values(r.value)) : cell === undefined ? "" : cellText(cell);
  }
  return {
    evidence: evidenceOf(row, index),
    status: state.status,
    reason: text(row.cells, index, "reason"),
    reviewed,
    locked: state.locked,
    stale: state.stale,
  };
}

export interface EvidenceWrite {
  indicatorId: string;
  /** The unit's existing row, if any. */
  row: UnitReviewRow | undefined;
  text: string;
}

/**
 * Writes evidence: in place for a row that exists (the `Minh chứng` cell alone), in one block below
 * the last row for the new ones (the four clerk columns). Returns the undo: every cell back as it
 * was, new rows blank again. A failure part-way undoes what was written, then throws.
 */
export function writeEvidence(index: ReviewIndex, period: string, unitId: string, writes: EvidenceWrite[]): () => void {
  const undo: (() => void)[] = [];
  const undoAll = () => putBack(undo);
  try {
    for (const w of writes) {
      if (!w.row) continue;
      const { row, cells } = w.row;
      const before = cells[index.columns.evidence] ?? "";
      index.sheet.getRange(row, index.columns.evidence + 1).setValues([[keepAsText(w.text)]]);
      undo.push(() => index.sheet.getRange(row, index.columns.evidence + 1).setValues([[keepAsText(before)]]));
    }
    const added = writes.filter((w) => !w.row);
    if (added.length > 0) {
      const cols = CLERK_REVIEW_COLUMNS.map((k) => index.columns[k]);
      const first = Math.min(...cols);
      const width = Math.max(...cols) - first + 1;
      const top = index.lastRow + 1;
      const block = added.map((w) => {
        const line: Cell[] = Array(width).fill("");
        const cells: Record<(typeof CLERK_REVIEW_COLUMNS)[number], Cell> = {
          period,
          unitId,
          indicatorId: w.indicatorId,
          evidence: w.text,
        };
        for (const k of CLERK_REVIEW_COLUMNS) line[index.columns[k] - first] = keepAsText(cells[k]);
        return line;
      });
      const range = index.sheet.getRange(top, first + 1, block.length, width);
      range.setValues(block);
      index.lastRow = top + block.length - 1;
      undo.push(() => range.setValues(block.map((line) => line.map(() => ""))));
    }
  } catch (e) {
    undoAll();
    throw e;
  }
  return undoAll;
}
