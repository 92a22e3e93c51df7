// Codecs from 2-D value arrays (what ExcelJS and Range.getValues give) to the typed model, with
// every problem found at once, each with its cell reference.
import { parsePeriod } from "../core/periods";
import type { Problem } from "../core/problems";
import {
  DEFAULT_SETTINGS,
  type Figure,
  type Indicator,
  type IndicatorType,
  type Model,
  type MonthlyRecord,
  type Settings,
  UNIT_ID_PATTERN,
  type Unit,
} from "../core/schemas";
import { a1 } from "./a1";
import {
  type CellResult,
  cellText,
  isDate,
  readFigure,
  readName,
  readNumber,
  readPercent,
  readWord,
  readYesNo,
  splitEmails,
} from "./cells";
import {
  type Cell,
  DATA_COLUMNS,
  type Grid,
  INDICATOR_COLUMNS,
  normalizeHeader,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
  SHEETS,
  type SheetKey,
  UNIT_COLUMNS,
  WORDS,
} from "./contract";
import { monthOfDate } from "./dates";
import { type ColumnIndex, isBlank, isBlankRow, locateColumns, matchesName } from "./headers";
import { parseBands } from "./settings";
import { type Roles, resolveRoles } from "./sheet-roles";

type HintKey = "day" | "decimals" | "missing" | "language" | "bands";

export interface WorkbookInput {
  /** Every sheet of the workbook by its actual name; only the contract's sheets are read. */
  sheets: Record<string, Grid>;
  /** The spreadsheet's time zone, for `Kỳ` cells that hold dates. */
  timeZone: string;
  /**
   * The number format of a cell (1-based), asked only for a number above 1 in a percent column:
   * in a cell formatted as %, 1.24 is 124 % (above 100 %), not a bare 1,24 meant as 1,24 %.
   */
  numberFormat?: (sheet: string, row: number, column: number) => string | undefined;
  /**
   * The sheet playing each role, by actual name, when the caller knows it by identity (the add-on,
   * after set-up). Without it, roles go by name and two sheets claiming one role are an error.
   */
  roles?: Partial<Record<SheetKey, string>>;
}

export interface DataLayout {
  sheet: string;
  columns: ColumnIndex<keyof typeof DATA_COLUMNS>;
  /** 0-based column of each indicator, by indicator ID. */
  indicatorColumns: Record<string, number>;
  width: number;
}

export interface ReadResult {
  model: Model;
  problems: Problem[];
  /** What does not block ranking but must be fixed: malformed e-mail addresses, which are skipped. */
  warnings: Problem[];
  /** Actual sheet names found, by contract key. */
  sheetNames: Partial<Record<SheetKey, string>>;
  data: DataLayout | null;
}

/** A cell-level problem helper bound to one sheet. */
function reporter(sheet: string, problems: Problem[]) {
  return (row0: number, col0: number, r: { key: Problem["key"]; params: Problem["params"] }) =>
    problems.push({
      key: r.key,
      params: r.params,
      sheet,
      cell: a1(row0 + 1, col0 + 1),
      row: row0 + 1,
      column: col0 + 1,
    });
}

export function readWorkbook(input: WorkbookInput): ReadResult {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const names = Object.keys(input.sheets);
  let sheetNames: Partial<Record<SheetKey, string>> = {};
  let duplicates: SheetKey[] = [];
  if (input.roles) sheetNames = { ...input.roles };
  else {
    const roles = resolveRoles(names.map((name, id) => ({ name, id })));
    for (const [key, i] of Object.entries(roles.byKey) as [SheetKey, number][]) sheetNames[key] = names[i];
    problems.push(...duplicateRoleProblems(roles.duplicates));
    duplicates = roles.duplicates.map((d) => d.key);
  }
  for (const key of ["units", "indicators", "data"] as const) {
    if (!sheetNames[key] && !duplicates.includes(key))
      problems.push({ key: "sheetMissing", params: { sheet: SHEETS[key].name } });
  }
  const grid = (key: SheetKey): Grid | undefined => (sheetNames[key] ? input.sheets[sheetNames[key]] : undefined);

  const settings = sheetNames.settings
    ? readSettings(sheetNames.settings, grid("settings") ?? [], problems, warnings, input.timeZone)
    : DEFAULT_SETTINGS;
  const units = sheetNames.units ? readUnits(sheetNames.units, grid("units") ?? [], problems, warnings) : [];
  const declaredIds = new Set<string>();
  const indicators = sheetNames.indicators
    ? readIndicators(sheetNames.indicators, grid("indicators") ?? [], problems, declaredIds)
    : [];
  let records: MonthlyRecord[] = [];
  let data: DataLayout | null = null;
  if (sheetNames.data) {
    const ctx = { units, indicators, declaredIds, timeZone: input.timeZone, numberFormat: input.numberFormat };
    const r = readData(sheetNames.data, grid("data") ?? [], ctx, problems);
    records = r.records;
    data = r.layout;
  }
  return { model: { units, indicators, settings, records }, problems, warnings, sheetNames, data };
}

/** Two sheets that claim one role: neither is read, since either may be the forged one. */
export function duplicateRoleProblems(duplicates: Roles["duplicates"]): Problem[] {
  return duplicates.map((d) => ({
    key: "sheetRoleDuplicate",
    params: { role: SHEETS[d.key].name, sheets: d.names.map((n) => `“${n}”`).join(", ") },
  }));
}

function bodyRows(g: Grid): { row: Cell[]; index: number }[] {
  const out: { row: Cell[]; index: number }[] = [];
  for (let i = 1; i < g.length; i++) if (!isBlankRow(g[i])) out.push({ row: g[i], index: i });
  return out;
}

export function readUnits(sheet: string, g: Grid, problems: Problem[], warnings: Problem[] = []): Unit[] {
  const cols = locateColumns(sheet, g[0] ?? [], UNIT_COLUMNS, problems);
  if (cols.id === undefined || cols.name === undefined || cols.group === undefined) return [];
  const report = reporter(sheet, problems);
  const seen = new Map<string, string>();
  // Groups are matched like headers (case, spaces, no-break spaces, NFC) and shown as first written.
  const groups = new Map<string, string>();
  const units: Unit[] = [];
  for (const { row, index } of bodyRows(g)) {
    const text = (c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
    const id = text(cols.id);
    const name = text(cols.name);
    const written = text(cols.group).replace(/\s+/g, " ");
    const group = groups.get(normalizeHeader(written)) ?? written;
    if (written !== "") groups.set(normalizeHeader(written), group);
    let ok = true;
    // An unsafe name is reported but the unit is kept, so its figures are not also reported unknown.
    const safe = (value: string, col: number) => {
      const r = readName(value);
      if (value !== "" && !r.ok) report(index, col, r);
    };
    safe(name, cols.name);
    safe(group, cols.group);
    const need = (value: string, col: number, column: string) => {
      if (value === "") {
        report(index, col, { key: "required", params: { column } });
        ok = false;
      }
    };
    need(id, cols.id, UNIT_COLUMNS.id.name);
    need(name, cols.name, UNIT_COLUMNS.name.name);
    need(group, cols.group, UNIT_COLUMNS.group.name);
    if (id !== "" && !UNIT_ID_PATTERN.test(id)) {
      report(index, cols.id, { key: "unitIdInvalid", params: { value: id } });
      ok = false;
    } else if (id !== "" && seen.has(id.toUpperCase())) {
      report(index, cols.id, { key: "duplicateId", params: { value: id, other: seen.get(id.toUpperCase())! } });
      ok = false;
    }
    if (id !== "") seen.set(id.toUpperCase(), a1(index + 1, cols.id + 1));
    const emails = readAddresses(sheet, row, index, cols.email, warnings);
    const headEmails = readAddresses(sheet, row, index, cols.headEmail, warnings);
    const active = readOptional(row, index, cols.active, readYesNo, report) ?? true;
    if (ok) units.push({ id, name, group, emails, headEmails, active });
  }
  if (units.length === 0 && !problems.some((p) => p.sheet === sheet)) {
    problems.push({ key: "noUnits", params: {} });
  }
  return units;
}

function readOptional<T>(
  row: Cell[],
  index: number,
  col: number | undefined,
  read: (c: Cell) => CellResult<T>,
  report: ReturnType<typeof reporter>,
): T | undefined {
  if (col === undefined || isBlank(row[col])) return undefined;
  const r = read(row[col]);
  if (r.ok) return r.value;
  report(index, col, r);
  return undefined;
}

/** The well-formed addresses of a cell; each malformed one is a warning with the cell, and is skipped. */
function readAddresses(
  sheet: string,
  row: Cell[],
  index: number,
  col: number | undefined,
  warnings: Problem[],
): string[] {
  if (col === undefined || isBlank(row[col])) return [];
  const { valid, invalid } = splitEmails(row[col]);
  for (const value of invalid) reporter(sheet, warnings)(index, col, { key: "invalidEmailSkipped", params: { value } });
  return valid;
}

/** Fixed `Số liệu` headers, which an indicator ID may not take. */
function isReservedDataHeader(id: string): boolean {
  return Object.values(DATA_COLUMNS).some((spec) => matchesName(id, spec));
}

/** A target or threshold, in the indicator's own unit (percents as fractions, yes/no as 1/0). */
function readLevel(c: Cell, type: IndicatorType): CellResult<number> {
  if (type === "percent") return readPercent(c);
  if (type === "boolean") {
    const r = readYesNo(c);
    return r.ok ? { ok: true, value: r.value ? 1 : 0 } : r;
  }
  return readNumber(c);
}

/** `declaredIds` collects every ID written in the sheet, valid or not, so that the data columns of
 * an indicator with a problem are not reported a second time as unknown columns. */
export function readIndicators(
  sheet: string,
  g: Grid,
  problems: Problem[],
  declaredIds = new Set<string>(),
): Indicator[] {
  const C = INDICATOR_COLUMNS;
  const cols = locateColumns(sheet, g[0] ?? [], C, problems);
  if (cols.id === undefined || cols.name === undefined || cols.type === undefined || cols.maxPoints === undefined)
    return [];
  const report = reporter(sheet, problems);
  const seen = new Map<string, string>();
  const indicators: Indicator[] = [];
  for (const { row, index } of bodyRows(g)) {
    const before = problems.length;
    const id = cellText(row[cols.id]);
    const name = cellText(row[cols.name]);
    if (id === "") report(index, cols.id, { key: "required", params: { column: C.id.name } });
    else if (!UNIT_ID_PATTERN.test(id)) report(index, cols.id, { key: "indicatorIdInvalid", params: { value: id } });
    else if (isReservedDataHeader(id)) report(index, cols.id, { key: "indicatorIdReserved", params: { value: id } });
    else if (seen.has(normalizeHeader(id)))
      report(index, cols.id, { key: "duplicateId", params: { value: id, other: seen.get(normalizeHeader(id))! } });
    if (id !== "") {
      seen.set(normalizeHeader(id), a1(index + 1, cols.id + 1));
      declaredIds.add(normalizeHeader(id));
    }
    if (name === "") report(index, cols.name, { key: "required", params: { column: C.name.name } });
    else {
      const r = readName(name);
      if (!r.ok) report(index, cols.name, r);
    }

    const word = <K extends string>(col: number | undefined, words: Record<K, readonly string[]>, column: string) =>
      col === undefined || isBlank(row[col])
        ? undefined
        : readOptional(row, index, col, (c) => readWord(c, words, column), report);

    let type: IndicatorType | undefined;
    if (isBlank(row[cols.type])) report(index, cols.type, { key: "required", params: { column: C.type.name } });
    else type = word(cols.type, WORDS.type, C.type.name);
    const t: IndicatorType = type ?? "count";
    const scoring = word(cols.scoring, WORDS.scoring, C.scoring.name) ?? (t === "boolean" ? "boolean" : "target");
    const direction = word(cols.direction, WORDS.direction, C.direction.name) ?? "higher";
    const aggregation =
      word(cols.aggregation, WORDS.aggregation, C.aggregation.name) ??
      (t === "boolean" ? "last" : t === "percent" ? "mean" : "sum");

    let maxPoints = 0;
    if (isBlank(row[cols.maxPoints]))
      report(index, cols.maxPoints, { key: "required", params: { column: C.maxPoints.name } });
    else {
      const r = readNumber(row[cols.maxPoints]);
      if (!r.ok) report(index, cols.maxPoints, r);
      else if (r.value < 0)
        report(index, cols.maxPoints, { key: "negative", params: { value: cellText(row[cols.maxPoints]) } });
      else maxPoints = r.value;
    }
    const target = type ? (readOptional(row, index, cols.target, (c) => readLevel(c, t), report) ?? null) : null;
    const threshold = type ? (readOptional(row, index, cols.threshold, (c) => readLevel(c, t), report) ?? null) : null;
    if (scoring === "target" && target === null && type && cols.target !== undefined && isBlank(row[cols.target])) {
      report(index, cols.target, { key: "targetRequired", params: { id } });
    } else if (scoring === "target" && cols.target === undefined && type) {
      problems.push({ key: "targetRequired", params: { id }, sheet, cell: a1(index + 1, cols.id + 1) });
    } else if (scoring === "target" && target !== null && target <= 0 && direction === "higher") {
      report(index, cols.target!, { key: "targetPositive", params: { id } });
    }
    if (scoring === "boolean" && type && type !== "boolean") {
      report(index, cols.scoring ?? cols.type, {
        key: "booleanScoringNeedsYesNo",
        params: { id, type: cellText(row[cols.type]) },
      });
    }
    const pillar = cols.pillar === undefined ? null : cellText(row[cols.pillar]) || null;
    if (problems.length === before && type) {
      indicators.push({ id, name, type, scoring, direction, maxPoints, target, threshold, aggregation, pillar });
    }
  }
  if (indicators.length === 0 && !problems.some((p) => p.sheet === sheet))
    problems.push({ key: "noIndicators", params: {} });
  return indicators;
}

export function readSettings(
  sheet: string,
  g: Grid,
  problems: Problem[],
  warnings: Problem[] = [],
  timeZone = "UTC",
): Settings {
  const cols = locateColumns(sheet, g[0] ?? [], SETTINGS_COLUMNS, problems);
  const settings: Settings = { ...DEFAULT_SETTINGS };
  if (cols.key === undefined || cols.value === undefined) return settings;
  const report = reporter(sheet, problems);
  for (const { row, index } of bodyRows(g)) {
    const keyCell: Cell = row[cols.key];
    const valueCell: Cell = row[cols.value];
    const key = (Object.keys(SETTING_KEYS) as (keyof typeof SETTING_KEYS)[]).find((k) =>
      matchesName(keyCell, SETTING_KEYS[k]),
    );
    if (!key) {
      report(index, cols.key, { key: "settingUnknown", params: { value: cellText(keyCell) } });
      continue;
    }
    if (isBlank(valueCell)) continue;
    const invalid = (hint: HintKey) =>
      report(index, cols.value!, {
        key: "settingInvalid",
        params: { key: SETTING_KEYS[key].name, value: cellText(valueCell), hint },
      });
    switch (key) {
      case "committeeEmails":
      case "adminEmails": {
        settings[key] = readAddresses(sheet, row, index, cols.value, warnings);
        break;
      }
      case "dueDay":
      case "summaryDay": {
        const r = readNumber(valueCell);
        if (r.ok && Number.isInteger(r.value) && r.value >= 1 && r.value <= 28) settings[key] = r.value;
        else invalid("day");
        break;
      }
      case "decimals": {
        const r = readNumber(valueCell);
        if (r.ok && Number.isInteger(r.value) && r.value >= 0 && r.value <= 6) settings.decimals = r.value;
        else invalid("decimals");
        break;
      }
      case "missing": {
        const r = readWord(valueCell, WORDS.missing, SETTING_KEYS.missing.name);
        if (r.ok) settings.missing = r.value;
        else invalid("missing");
        break;
      }
      case "language": {
        const s = normalizeHeader(valueCell);
        if (s === "vi" || s === "en") settings.language = s;
        else if (s === "tiếng việt" || s === "vietnamese") settings.language = "vi";
        else if (s === "tiếng anh" || s === "english") settings.language = "en";
        else invalid("language");
        break;
      }
      case "bands": {
        const bands = parseBands(cellText(valueCell));
        if (bands) settings.bands = bands;
        else invalid("bands");
        break;
      }
      case "closedPeriods": {
        const r = readClosedPeriods(valueCell, timeZone);
        settings.closedPeriods = r.months;
        for (const value of r.invalid) report(index, cols.value, { key: "closedPeriodInvalid", params: { value } });
        break;
      }
    }
  }
  return settings;
}

export interface DataContext {
  units: Unit[];
  indicators: Indicator[];
  /** Normalised IDs of every indicator row, including those with problems. */
  declaredIds?: Set<string>;
  numberFormat?: WorkbookInput["numberFormat"];
  timeZone: string;
}

export function readData(
  sheet: string,
  g: Grid,
  ctx: DataContext,
  problems: Problem[],
): { records: MonthlyRecord[]; layout: DataLayout | null } {
  const header = g[0] ?? [];
  const cols = locateColumns(sheet, header, DATA_COLUMNS, problems);
  if (cols.period === undefined || cols.unitId === undefined) return { records: [], layout: null };
  const fixed = new Set(Object.values(cols).filter((c): c is number => c !== undefined));
  const byHeader = new Map(ctx.indicators.map((i) => [normalizeHeader(i.id), i]));
  const indicatorColumns: Record<string, number> = {};
  header.forEach((h, j) => {
    if (fixed.has(j) || isBlank(h)) return;
    const ind = byHeader.get(normalizeHeader(h));
    if (!ind && ctx.declaredIds?.has(normalizeHeader(h))) return;
    // No valid indicator at all (the Chỉ tiêu sheet is missing or empty): that one problem says it.
    if (!ind && ctx.indicators.length === 0) return;
    if (!ind) {
      problems.push({
        key: "unknownIndicatorColumn",
        params: { column: cellText(h) },
        sheet,
        cell: a1(1, j + 1),
        row: 1,
        column: j + 1,
      });
    } else if (indicatorColumns[ind.id] !== undefined) {
      problems.push({
        key: "columnDuplicate",
        params: { column: ind.id, other: a1(1, indicatorColumns[ind.id] + 1) },
        sheet,
        cell: a1(1, j + 1),
      });
    } else indicatorColumns[ind.id] = j;
  });
  for (const ind of ctx.indicators) {
    if (indicatorColumns[ind.id] === undefined) {
      problems.push({ key: "indicatorColumnMissing", params: { id: ind.id }, sheet, cell: "1:1" });
    }
  }
  const layout: DataLayout = { sheet, columns: cols, indicatorColumns, width: header.length };

  const report = reporter(sheet, problems);
  const unitIds = new Set(ctx.units.map((u) => u.id));
  const checkUnits = ctx.units.length > 0;
  const firstRow = new Map<string, number>();
  const records: MonthlyRecord[] = [];
  for (const { row, index } of bodyRows(g)) {
    const before = problems.length;
    const period = readPeriodCell(row[cols.period], ctx.timeZone);
    if (period === null) {
      if (isBlank(row[cols.period]))
        report(index, cols.period, { key: "required", params: { column: DATA_COLUMNS.period.name } });
      else report(index, cols.period, { key: "periodCellInvalid", params: { value: cellText(row[cols.period]) } });
    }
    const unitId = cellText(row[cols.unitId]);
    if (unitId === "") report(index, cols.unitId, { key: "required", params: { column: DATA_COLUMNS.unitId.name } });
    else if (checkUnits && !unitIds.has(unitId))
      report(index, cols.unitId, { key: "unknownUnit", params: { value: unitId } });
    if (period !== null && unitId !== "") {
      const k = `${period}\u0000${unitId}`;
      const other = firstRow.get(k);
      if (other !== undefined) {
        report(index, cols.unitId, { key: "duplicateRow", params: { unit: unitId, period, other, row: index + 1 } });
      } else firstRow.set(k, index + 1);
    }
    const values: Record<string, Figure> = {};
    for (const ind of ctx.indicators) {
      const j = indicatorColumns[ind.id];
      if (j === undefined || isBlank(row[j])) {
        values[ind.id] = null;
        continue;
      }
      const cell = row[j];
      const percentFormatted =
        ind.type === "percent" && typeof cell === "number" && cell > 1
          ? (ctx.numberFormat?.(sheet, index + 1, j + 1) ?? "").includes("%")
          : false;
      const r = readFigure(cell, ind.type, percentFormatted);
      if (r.ok) values[ind.id] = r.value;
      else report(index, j, r);
    }
    if (problems.length > before || period === null) continue;
    const updated = cols.updatedAt === undefined ? "" : row[cols.updatedAt];
    records.push({
      period,
      unitId,
      values,
      note: cols.note === undefined ? "" : cellText(row[cols.note]),
      enteredBy: cols.enteredBy === undefined ? "" : cellText(row[cols.enteredBy]),
      updatedAt: isDate(updated) ? updated.toISOString() : cellText(updated),
      row: index + 1,
    });
  }
  return { records, layout };
}

/** A `Kỳ` cell: text `2023-06` or `06/2023`, or a date read in the spreadsheet's time zone. */
/**
 * `Kỳ đã khóa`: months separated by `;` (or lines), as `2023-06` or `06/2023`; a lone month the
 * spreadsheet turned into a date counts too. Sorted, without repeats; what is not a month is returned.
 */
export function readClosedPeriods(c: Cell, timeZone: string): { months: string[]; invalid: string[] } {
  if (isDate(c)) {
    const m = readPeriodCell(c, timeZone);
    return m ? { months: [m], invalid: [] } : { months: [], invalid: [cellText(c)] };
  }
  const months = new Set<string>();
  const invalid: string[] = [];
  for (const part of cellText(c).split(/[;\n]/)) {
    const text = part.trim();
    if (text === "") continue;
    const m = readPeriodCell(text, timeZone);
    if (m) months.add(m);
    else invalid.push(text);
  }
  return { months: [...months].sort(), invalid };
}

export function readPeriodCell(c: Cell, timeZone: string): string | null {
  if (isDate(c)) return Number.isNaN(c.getTime()) ? null : monthOfDate(c, timeZone);
  if (isBlank(c)) return null;
  const p = parsePeriod(cellText(c));
  return p && p.kind === "month" ? `${p.year}-${String(p.month).padStart(2, "0")}` : null;
}
