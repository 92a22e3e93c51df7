// Rank units writes `Xếp hạng`, then `Tổng quan`: its service calls split where the ranking's
// replacement ends (it shows the new sheet, sheet-swap.ts), so that the ranking and the overview —
// its check that the sheet it replaces is its own, its write — each keep their own budget.
import { asideName } from "../../src/server/sheet-swap";
import type { CallEntry, CallLog } from "../fakes";
import { VALUE_CALLS } from "./harness";

export interface RankCalls {
  /** Reads, the ranking's write, and whatever came before the overview. */
  ranking: CallEntry[];
  /** From the overview's first call on; empty when it was not written. */
  overview: CallEntry[];
}

export function splitAtOverview(calls: CallLog): RankCalls {
  const all = calls.details();
  const overviewStarts = all.some(
    (e) => e.name === "Spreadsheet.getSheetByName" && e.args[0] === asideName("overview", "new"),
  );
  // The ranking's replacement ends by showing the new ranking: the first Sheet.activate.
  const start = all.findIndex((e) => e.name === "Sheet.activate") + 1;
  return !overviewStarts || start === 0
    ? { ranking: [...all], overview: [] }
    : { ranking: all.slice(0, start), overview: all.slice(start) };
}

/** Calls that read or write cell values or formats (harness.ts's VALUE_CALLS). */
export const valueCalls = (entries: CallEntry[]) => entries.filter((e) => VALUE_CALLS.test(e.name));

/** How many calls of each name. */
export function countsOf(entries: CallEntry[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of entries) out[e.name] = (out[e.name] ?? 0) + 1;
  return out;
}
