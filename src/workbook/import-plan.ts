// Importing an export of the province's systems (design §12), as a plan before anything is
// written: where its header and columns are, which unit each row is (src/core/import/match.ts),
// and for every mapped cell the figure it holds, the figure there now, and what would happen to
// it. The command line prints the plan or writes it; the add-on previews it, then writes it. A plan
// with problems writes nothing: an ambiguous, unknown or repeated name, or a figure that cannot be
// read, is named with its row and candidates.

import { reviewState } from "../core/entry-review";
import type { RowKind } from "../core/import/api";
import { buildNameIndex, type MatchOutcome, matchName, type NameIndex } from "../core/import/match";
import { foldedKey } from "../core/import/names";
import { appliesToGroup, fieldKeys } from "../core/indicators";
import { periodLabel } from "../core/labels";
import { parseNumberText, roundTo } from "../core/numbers";
import { parsePeriod } from "../core/periods";
import type { Problem } from "../core/problems";
import { reviewKey } from "../core/review";
import type { Figure, Indicator, Review, Settings, Unit } from "../core/schemas";
import { a1 } from "./a1";
import { cellText, readFigure } from "./cells";
import type { Cell, Grid } from "./contract";

export interface ImportMapping {
  /** The header of the column holding the agencies' names; undefined = found by its header. */
  nameColumn?: string;
  /** Field key (an indicator's ID, or a ratio's `<ID>_TU` / `<ID>_MAU`) → the export's header. */
  columns: Record<string, string>;
}

export interface MappedColumn {
  key: string;
  indicator: Indicator;
  header: string;
  /** 0-based column of the export. */
  column: number;
  /** A percent column of bare numbers some of which exceed 1: every bare number is a percent (45,5 = 45,5%). */
  percentScale: boolean;
}

export interface ExportLayout {
  /** 0-based row of the header. */
  headerRow: number;
  nameColumn: number;
  nameHeader: string;
  columns: MappedColumn[];
}

/**
 * What becomes of one mapped cell: written; the same figure already there; a different figure kept
 * (no --overwrite); a figure the office accepted or adjusted, kept whatever is asked; a blank
 * cell, never written; an indicator that does not apply to the unit's group; a unit no longer
 * followed (`Theo dõi` = không); a value that cannot be read.
 */
export type CellAction = "write" | "same" | "keep" | "reviewed" | "blank" | "notApplicable" | "inactive" | "invalid";

export interface PlannedCell {
  key: string;
  indicatorId: string;
  /** 0-based column of the export. */
  column: number;
  /** The figure there now: null when none, a text when the cell holds something unreadable. */
  old: Figure | string;
  value: Figure;
  action: CellAction;
}

export interface PlannedRow {
  /** 1-based row of the export. */
  row: number;
  name: string;
  kind: RowKind;
  outcome: MatchOutcome;
  /** The unit written to: matched or chosen rows only. */
  unitId: string | null;
  /** For an ambiguous row, the units it may be; for a repeated one, the unit. */
  candidates: string[];
  cells: PlannedCell[];
  /** The name is learned into the unit's `Tên khác` when the plan is written. */
  learn: boolean;
}

export interface ImportPlan {
  period: string;
  layout: ExportLayout;
  rows: PlannedRow[];
  /** Names learned into `Tên khác`, in row order, one per unit and name. */
  aliases: { unitId: string; name: string }[];
  /** What stops the plan from being written; empty when it can be. */
  problems: Problem[];
}

export interface ImportInput {
  units: Unit[];
  indicators: Indicator[];
  settings: Settings;
  /** `2023-07` or `2023`. */
  period: string;
  /** The export's cells, header included (CSV cells are texts, xlsx cells numbers too). */
  grid: Grid;
  /** How the export is named in messages: its file name, or the sheet it was pasted into. */
  source: string;
  mapping: ImportMapping;
  /** The period's figures now, by unit and field key (a text when the cell is unreadable). */
  current: ReadonlyMap<string, Readonly<Record<string, Figure | string>>>;
  /** `Thẩm định` rows (any period: the plan picks the period's). */
  reviews?: readonly Review[];
  /** Rows resolved by hand (1-based export row → unit ID), from the add-on's preview. */
  chosen?: Readonly<Record<number, string>>;
  /** Replace figures already there (never one the office accepted or adjusted). */
  overwrite: boolean;
  /** Leave ambiguous, unknown and repeated rows out instead of refusing the whole import. */
  skipUnmatched: boolean;
  /** How the caller chooses the name column, named when it cannot be found (` (--name-column)`); '' by default. */
  nameColumnOption?: string;
  /** Built once for repeated plans (the add-on's preview): the units' names, short names and aliases. */
  index?: NameIndex;
}

/** Rows of totals that exports add below the agencies: skipped, and said so. */
const TOTAL_NAMES = new Set([
  "tong",
  "tong cong",
  "cong",
  "tong so",
  "toan tinh",
  "ca tinh",
  "total",
  "binh quan",
  "trung binh",
]);
/** The header is looked for in the first rows: exports put a title above it. */
export const HEADER_SEARCH_ROWS = 30;
/** Headers that name the agency column, folded. */
export const NAME_HEADERS = new Set([
  "ten don vi",
  "don vi",
  "ten co quan",
  "co quan",
  "co quan don vi",
  "ten co quan don vi",
  "co quan, don vi",
  "ten",
  "unit",
  "unit name",
  "agency",
  "name",
]);

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; problems: Problem[] };

export function planImport(input: ImportInput): PlanResult {
  const { settings } = input;
  const lang = settings.language;
  const period = parsePeriod(input.period);
  if (!period || (period.kind !== "month" && period.kind !== "year"))
    return fail({ key: "importPeriodKind", params: { value: input.period } });
  if (settings.closedPeriods.includes(input.period))
    return fail({ key: "importPeriodClosed", params: { period: periodLabel(period, lang) } });

  const byKey = new Map<string, Indicator>();
  for (const ind of input.indicators) for (const key of fieldKeys(ind)) byKey.set(key.toUpperCase(), ind);
  const mapped = Object.entries(input.mapping.columns);
  if (mapped.length === 0) return fail({ key: "importNoColumns", params: {} });
  const problems: Problem[] = [];
  for (const [key] of mapped) {
    const ind = byKey.get(key.toUpperCase());
    const ids = input.indicators.map((i) => i.id).join(", ");
    if (!ind) problems.push({ key: "importUnknownIndicator", params: { key, ids } });
    else if ((ind.frequency === "year") !== (period.kind === "year"))
      problems.push({
        key: ind.frequency === "year" ? "importYearlyInMonth" : "importMonthlyInYear",
        params: { id: ind.id, period: input.period, year: period.year },
      });
  }
  if (problems.length > 0) return { ok: false, problems };

  const located = locateExport(input.grid, input.mapping, input.source, input.nameColumnOption);
  if (!located.ok) return located;
  const layout: ExportLayout = {
    ...located.layout,
    columns: located.columns.map(({ key, header, column }) => {
      const indicator = byKey.get(key.toUpperCase()) as Indicator;
      const fieldKey = fieldKeys(indicator).find((k) => k.toUpperCase() === key.toUpperCase()) as string;
      return {
        key: fieldKey,
        indicator,
        header,
        column,
        percentScale: indicator.type === "percent" && hasBareAboveOne(input.grid, located.layout.headerRow, column),
      };
    }),
  };

  const index = input.index ?? buildNameIndex(input.units);
  const unitsById = new Map(input.units.map((u) => [u.id, u]));
  const reviews = new Map<string, Review>();
  for (const r of input.reviews ?? [])
    if (r.period === input.period) reviews.set(reviewKey(r.period, r.unitId, r.indicatorId), r);

  const rows: PlannedRow[] = [];
  for (let i = layout.headerRow + 1; i < input.grid.length; i++) {
    const cells = input.grid[i] ?? [];
    const name = cellText(cells[layout.nameColumn]).replace(/\s+/g, " ");
    const values = layout.columns.map((c) => cells[c.column]);
    const hasValue = values.some((v) => cellText(v) !== "");
    if (name === "" && !hasValue) continue;
    const row = i + 1;
    const outcome: MatchOutcome = name === "" ? { kind: "unknown" } : matchName(index, name);
    const chosen = input.chosen?.[row];
    const planned: PlannedRow = {
      row,
      name,
      kind: "unknown",
      outcome,
      unitId: null,
      candidates: [],
      cells: [],
      learn: false,
    };
    if (chosen !== undefined && unitsById.has(chosen)) {
      Object.assign(planned, { kind: "chosen", unitId: chosen, learn: name !== "" });
    } else if (outcome.kind === "matched") {
      Object.assign(planned, { kind: "matched", unitId: outcome.unitId, learn: outcome.how === "spelling" });
    } else if (TOTAL_NAMES.has(foldedKey(name))) {
      planned.kind = "total";
    } else {
      planned.kind = outcome.kind;
      planned.candidates = outcome.kind === "ambiguous" ? outcome.candidates : [];
    }
    rows.push(planned);
  }

  // Two rows for one unit: which one is meant is not guessed either.
  const firstRowOf = new Map<string, PlannedRow>();
  for (const r of rows) {
    if (r.unitId === null) continue;
    const first = firstRowOf.get(r.unitId);
    if (!first) {
      firstRowOf.set(r.unitId, r);
      continue;
    }
    for (const dup of [first, r]) {
      if (dup.kind === "duplicate") continue;
      dup.candidates = [dup.unitId as string];
      dup.kind = "duplicate";
    }
  }
  const repeated = new Map<string, number[]>();
  for (const r of rows) {
    if (r.kind !== "duplicate") continue;
    const unitId = r.unitId as string;
    repeated.set(unitId, [...(repeated.get(unitId) ?? []), r.row]);
    r.unitId = null;
  }

  for (const r of rows) {
    if (r.unitId === null) continue;
    const unit = unitsById.get(r.unitId) as Unit;
    const now = input.current.get(unit.id) ?? {};
    for (const c of layout.columns) {
      const cell = input.grid[r.row - 1]?.[c.column] ?? null;
      const old = now[c.key] ?? null;
      const planned = (value: Figure, action: CellAction): PlannedCell => ({
        key: c.key,
        indicatorId: c.indicator.id,
        column: c.column,
        old,
        value,
        action,
      });
      if (cellText(cell) === "") {
        r.cells.push(planned(null, "blank"));
        continue;
      }
      const read = readExportFigure(cell, c);
      if (!read.ok) {
        r.cells.push(planned(null, "invalid"));
        problems.push({ key: read.key, params: read.params, sheet: input.source, cell: a1(r.row, c.column + 1) });
        continue;
      }
      const value = read.value;
      let action: CellAction;
      if (!unit.active) action = "inactive";
      else if (!appliesToGroup(c.indicator, unit.group)) action = "notApplicable";
      else if (sameFigure(old, value)) action = "same";
      else if (isLocked(c.indicator, reviews.get(reviewKey(input.period, unit.id, c.indicator.id)), now))
        action = "reviewed";
      else if (old !== null && !input.overwrite) action = "keep";
      else action = "write";
      r.cells.push(planned(value, action));
    }
  }

  for (const r of rows) {
    if (r.kind !== "ambiguous" && r.kind !== "unknown" && r.kind !== "duplicate") continue;
    if (input.skipUnmatched) continue;
    problems.push(rowProblem(r, input, layout.nameColumn, unitsById, repeated));
  }

  const aliases: ImportPlan["aliases"] = [];
  const learned = new Set<string>();
  for (const r of rows) {
    if (!r.learn || r.unitId === null) continue;
    const unit = unitsById.get(r.unitId) as Unit;
    const key = `${unit.id}\u0000${foldedKey(r.name)}`;
    const known = [unit.name, unit.shortName, ...unit.aliases].some((n) => foldedKey(n) === foldedKey(r.name));
    if (known || learned.has(key)) {
      r.learn = false;
      continue;
    }
    learned.add(key);
    aliases.push({ unitId: unit.id, name: r.name });
  }

  return { ok: true, plan: { period: input.period, layout, rows, aliases, problems } };
}

const fail = (problem: Problem): PlanResult => ({ ok: false, problems: [problem] });

/** The header row (the first of the top rows holding every mapped header) and the columns. */
export function locateExport(
  grid: Grid,
  mapping: ImportMapping,
  source: string,
  nameColumnOption = "",
):
  | { ok: true; layout: Omit<ExportLayout, "columns">; columns: { key: string; header: string; column: number }[] }
  | { ok: false; problems: Problem[] } {
  const wanted = Object.entries(mapping.columns);
  const folded = (c: Cell | undefined) => foldedKey(cellText(c ?? ""));
  const top = Math.min(grid.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < top; r++) {
    const header = grid[r] ?? [];
    const find = (text: string) => header.findIndex((h) => folded(h) === foldedKey(text) && foldedKey(text) !== "");
    const columns = wanted.map(([key, text]) => ({ key, header: text, column: find(text) }));
    if (columns.some((c) => c.column < 0)) continue;
    let nameColumn: number;
    if (mapping.nameColumn !== undefined) {
      nameColumn = find(mapping.nameColumn);
      if (nameColumn < 0) continue;
    } else {
      const named = header.flatMap((h, j) => (NAME_HEADERS.has(folded(h)) ? [j] : []));
      if (named.length !== 1) {
        const headers = headersText(header);
        const key = named.length === 0 ? "importNameColumnMissing" : "importNameColumnMany";
        return {
          ok: false,
          problems: [
            { key, params: { headers, source, option: nameColumnOption }, sheet: source, cell: `${r + 1}:${r + 1}` },
          ],
        };
      }
      nameColumn = named[0];
    }
    return {
      ok: true,
      layout: { headerRow: r, nameColumn, nameHeader: cellText(header[nameColumn]) },
      columns: columns.map((c) => ({ ...c, header: cellText(header[c.column]) })),
    };
  }
  // No row holds them all: name the ones missing from the likeliest header.
  const header = grid[likeliestHeader(grid, Object.values(mapping.columns))] ?? [];
  const missing = [...wanted.map(([, text]) => text), ...(mapping.nameColumn ? [mapping.nameColumn] : [])].filter(
    (text) => !header.some((h) => folded(h) === foldedKey(text)),
  );
  return {
    ok: false,
    problems: [
      {
        key: "importColumnMissing",
        params: { columns: missing.map((m) => `“${m}”`).join(", "), rows: top, headers: headersText(header), source },
      },
    ],
  };
}

/**
 * The row of the top rows most like a header: the one holding the most of `wanted`, then the one
 * with the most texts (a title above the header has one).
 */
export function likeliestHeader(grid: Grid, wanted: readonly string[] = []): number {
  const keys = new Set(wanted.map(foldedKey));
  let best = 0;
  let bestScore = -1;
  for (let r = 0; r < Math.min(grid.length, HEADER_SEARCH_ROWS); r++) {
    const cells = (grid[r] ?? []).map((c) => foldedKey(cellText(c ?? "")));
    const score = cells.filter((c) => keys.has(c)).length * 1000 + cells.filter((c) => c !== "").length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

function headersText(header: readonly Cell[]): string {
  return header
    .map((h) => cellText(h))
    .filter((h) => h !== "")
    .map((h) => `“${h}”`)
    .join(", ");
}

/** A bare number of a percent column: a number, or a text without `%`. */
function bareNumber(cell: Cell | undefined): number | null {
  if (typeof cell === "number") return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const parsed = parseNumberText(cell);
  return parsed.ok && !parsed.percent ? parsed.value : null;
}

/** Whether a column's bare numbers are percents: one of them is above 1 (0,455 and 45,5 are never mixed). */
function hasBareAboveOne(grid: Grid, headerRow: number, column: number): boolean {
  for (let i = headerRow + 1; i < grid.length; i++) {
    const n = bareNumber(grid[i]?.[column]);
    if (n !== null && n > 1) return true;
  }
  return false;
}

/** An export cell as a figure: a percent column's bare numbers are percents when the column says so. */
export function readExportFigure(cell: Cell, column: Pick<MappedColumn, "indicator" | "percentScale">) {
  const bare = column.percentScale ? bareNumber(cell) : null;
  // Rounded: 80,1 / 100 is 0.8009999999999999 in floating point, which would be written as such.
  return readFigure(bare === null ? cell : roundTo(bare / 100, 12), column.indicator);
}

function sameFigure(old: Figure | string, value: Figure): boolean {
  if (typeof old === "number" && typeof value === "number") return roundTo(old, 10) === roundTo(value, 10);
  return old === value;
}

/** Whether the office accepted or adjusted the figure that is there now (design §10). */
function isLocked(ind: Indicator, review: Review | undefined, now: Readonly<Record<string, Figure | string>>): boolean {
  if (!review) return false;
  const self = fieldKeys(ind).map((k) => now[k] ?? null);
  const figures = self.some((v) => typeof v === "string") ? null : (self as Figure[]);
  return reviewState(ind, review.status, review.selfValue, figures).locked;
}

function rowProblem(
  r: PlannedRow,
  input: ImportInput,
  nameColumn: number,
  units: Map<string, Unit>,
  repeated: Map<string, number[]>,
): Problem {
  const named = (id: string) => `${units.get(id)?.name ?? id} (${id})`;
  const place = { sheet: input.source, cell: a1(r.row, nameColumn + 1), row: r.row, column: nameColumn + 1 };
  const name = r.name;
  if (r.kind === "duplicate") {
    const unit = r.candidates[0] as string;
    const rows = (repeated.get(unit) ?? []).filter((x) => x !== r.row).join(", ");
    return { key: "importDuplicate", params: { name, unit: named(unit), rows }, ...place };
  }
  if (r.kind === "unknown") return { key: name === "" ? "importNoName" : "importUnknown", params: { name }, ...place };
  const candidates = r.candidates.map(named).join("; ");
  const partial = r.outcome.kind === "ambiguous" && r.outcome.partial;
  return { key: partial ? "importPartial" : "importAmbiguous", params: { name, candidates }, ...place };
}
