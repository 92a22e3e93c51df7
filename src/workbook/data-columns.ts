// The columns of `Số liệu` (design §3): the fixed ones by header, each indicator's by its ID (a
// ratio's two by `<ID>_TU` / `<ID>_MAU`), found wherever an editor has moved them.
import { fieldHeaders, fieldKeys } from "../core/indicators";
import type { Indicator } from "../core/schemas";
import { type Cell, DATA_COLUMNS, normalizeHeader } from "./contract";
import { locateColumns } from "./headers";

export interface DataColumns {
  header: Cell[];
  /** 0-based columns; -1 when missing. */
  periodCol: number;
  unitCol: number;
  noteCol?: number;
  enteredByCol?: number;
  updatedAtCol?: number;
  /** By field key (see fieldKeys). */
  indicatorCols: Record<string, number>;
  /** The missing columns, for a message; undefined when all are there. */
  problem?: string;
}

export function locateDataColumns(header: Cell[], indicators: Indicator[]): DataColumns {
  const cols = locateColumns("Số liệu", header, DATA_COLUMNS, []);
  // Keyed by field key: an indicator's ID, or a ratio's `<ID>_TU` / `<ID>_MAU` (aliases `_NUM`, `_DEN`).
  const indicatorCols: Record<string, number> = {};
  for (const ind of indicators) {
    for (const { key, headers } of fieldHeaders(ind)) {
      const names = new Set(headers.map(normalizeHeader));
      const j = header.findIndex((h) => names.has(normalizeHeader(h)));
      if (j >= 0) indicatorCols[key] = j;
    }
  }
  const absent = indicators.flatMap((i) => fieldKeys(i)).filter((k) => indicatorCols[k] === undefined);
  const missingFixed = [
    ...(cols.period === undefined ? [DATA_COLUMNS.period.name] : []),
    ...(cols.unitId === undefined ? [DATA_COLUMNS.unitId.name] : []),
  ];
  const missing = [...missingFixed, ...absent];
  return {
    header,
    periodCol: cols.period ?? -1,
    unitCol: cols.unitId ?? -1,
    noteCol: cols.note,
    enteredByCol: cols.enteredBy,
    updatedAtCol: cols.updatedAt,
    indicatorCols,
    problem: missing.length > 0 ? missing.join(", ") : undefined,
  };
}
