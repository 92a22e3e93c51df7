// Codecs from 2-D value arrays (what ExcelJS and Range.getValues give) to the typed model, with
// every problem found at once, each with its cell reference.
import { defaultShortName, denKey, fieldHeaders, fieldKeys, numKey } from "../core/indicators";
import { parsePeriod } from "../core/periods";
import type { Problem } from "../core/problems";
import {
  DEFAULT_SETTINGS,
  type Figure,
  type GroupValues,
  type Indicator,
  type IndicatorType,
  type Level,
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
  readChoice,
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
import { GroupNames, isPerGroup, readGroupList, readLevels, readPerGroup } from "./index-cells";
import { readReviews, reviewWarnings } from "./review-read";
import { linesOf, parseBands, parseDayMonth, parseGroupLabels } from "./settings";
import { type Roles, resolveRoles } from "./sheet-roles";

type HintKey = "day" | "decimals" | "missing" | "language" | "bands" | "groupLabels" | "dayMonth";

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
    ? readIndicators(
        sheetNames.indicators,
        grid("indicators") ?? [],
        problems,
        declaredIds,
        units.map((u) => u.group),
      )
    : [];
  let records: MonthlyRecord[] = [];
  let data: DataLayout | null = null;
  if (sheetNames.data) {
    const ctx = { units, indicators, declaredIds, timeZone: input.timeZone, numberFormat: input.numberFormat };
    const r = readData(sheetNames.data, grid("data") ?? [], ctx, problems);
    records = r.records;
    data = r.layout;
  }
  const model: Model = { units, indicators, settings, records };
  // Without units or indicators (a missing sheet or required column, already a problem) every review row
  // would name an unknown code: that one problem is enough.
  if (sheetNames.review && units.length > 0 && indicators.length > 0) {
    const periodOf = (c: Cell) => readPeriodCell(c, input.timeZone);
    model.reviews = readReviews(sheetNames.review, grid("review") ?? [], { units, indicators, periodOf }, problems);
  }
  warnings.push(...reviewWarnings(model, data, sheetNames.review));
  return { model, problems, warnings, sheetNames, data };
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

/** `Tên khác`: one name per line, or names separated by `;` (a name may hold commas). */
export function aliasesOf(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((a) => a.replace(/\s+/g, " ").trim())
    .filter((a) => a !== "");
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
    const shortName = text(cols.shortName).replace(/\s+/g, " ") || defaultShortName(name);
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
    if (cols.shortName !== undefined) safe(text(cols.shortName), cols.shortName);
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
    const aliases = aliasesOf(text(cols.aliases));
    for (const alias of aliases) safe(alias, cols.aliases as number);
    if (ok) units.push({ id, name, shortName, group, emails, headEmails, active, aliases });
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

/**
 * A target or threshold, in the indicator's own unit: percents and ratios as fractions, yes/no as
 * 1/0, a choice as the index of its level.
 */
function readLevel(c: Cell, ind: { id: string; type: IndicatorType; levels: Level[] | null }): CellResult<number> {
  if (ind.type === "percent" || ind.type === "ratio") return readPercent(c);
  if (ind.type === "boolean") {
    const r = readYesNo(c);
    return r.ok ? { ok: true, value: r.value ? 1 : 0 } : r;
  }
  if (ind.type === "choice") return readChoice(c, ind);
  return readNumber(c);
}

function readPoints(c: Cell): CellResult<number> {
  const r = readNumber(c);
  if (r.ok && r.value < 0) return { ok: false, key: "negative", params: { value: cellText(c) } };
  return r;
}

/** `declaredIds` collects every ID written in the sheet, valid or not, so that the data columns of
 * an indicator with a problem are not reported a second time as unknown columns. `groups` are the
 * groups of `Đơn vị`, which `Áp dụng cho nhóm` and per-group values must name. */
export function readIndicators(
  sheet: string,
  g: Grid,
  problems: Problem[],
  declaredIds = new Set<string>(),
  groups: string[] = [],
): Indicator[] {
  const C = INDICATOR_COLUMNS;
  const cols = locateColumns(sheet, g[0] ?? [], C, problems);
  if (cols.id === undefined || cols.name === undefined || cols.type === undefined || cols.maxPoints === undefined)
    return [];
  const report = reporter(sheet, problems);
  const groupNames = new GroupNames(groups);
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
    const typeText = cellText(row[cols.type]);
    const defaultScoring = t === "boolean" ? "boolean" : t === "choice" ? "levels" : "target";
    const scoring = word(cols.scoring, WORDS.scoring, C.scoring.name) ?? defaultScoring;
    const direction = word(cols.direction, WORDS.direction, C.direction.name) ?? "higher";
    const frequency = word(cols.frequency, WORDS.frequency, C.frequency.name) ?? "month";
    const aggregationWritten = word(cols.aggregation, WORDS.aggregation, C.aggregation.name);
    // A choice keeps its last month's label and a ratio pools its months: no other way is offered.
    if (aggregationWritten !== undefined && (t === "choice" || t === "ratio") && type) {
      report(index, cols.aggregation!, { key: "aggregationFixed", params: { id, type: typeText, kind: t } });
    }
    const aggregation =
      aggregationWritten ?? (t === "boolean" || t === "choice" ? "last" : t === "percent" ? "mean" : "sum");

    // Levels come before the target and threshold: a choice's threshold is one of its labels.
    let levels: Level[] | null = null;
    if (cols.levels !== undefined && !isBlank(row[cols.levels]) && type) {
      // A choice's bounds are read as plain numbers, only to say that a choice takes labels.
      const bound = (text: string) =>
        t === "choice" ? readNumber(text) : readLevel(text, { id, type: t, levels: null });
      const r = readLevels(row[cols.levels], bound);
      if (!r.ok) report(index, cols.levels, r);
      else if (t === "choice" && r.value.some((l) => l.op !== null))
        report(index, cols.levels, { key: "levelsNeedLabels", params: { id } });
      else if (t !== "choice" && r.value.some((l) => l.op === null))
        report(index, cols.levels, { key: "levelsNeedSteps", params: { id, type: typeText } });
      else levels = r.value;
    }
    if (type && scoring === "levels" && levels === null && (cols.levels === undefined || isBlank(row[cols.levels])))
      report(index, cols.levels ?? cols.scoring ?? cols.type, { key: "levelsRequired", params: { id } });
    if (type && scoring !== "levels" && (t === "choice" || t === "boolean") && scoring !== defaultScoring) {
      report(index, cols.scoring ?? cols.type, {
        key: t === "choice" ? "levelsScoringOnly" : "booleanScoringNeedsYesNo",
        params: { id, type: typeText, scoring: WORDS.scoring[defaultScoring][0] },
      });
    } else if (type && scoring === "levels" && t === "boolean") {
      report(index, cols.scoring ?? cols.type, {
        key: "levelsScoringOnly",
        params: { id, type: typeText, scoring: WORDS.scoring.boolean[0] },
      });
    }

    const applies = readOptional(row, index, cols.groups, (c) => readGroupList(c, groupNames), report) ?? null;
    const level = (c: Cell) => readLevel(c, { id, type: t, levels });
    const byGroup: Record<string, GroupValues> = {};
    /** One value for all groups, or one per group (recorded in `byGroup`); undefined when blank. */
    // A choice's target and threshold are its labels: unreadable while its Mức is.
    const levelsUnread = t === "choice" && levels === null;
    const perGroup = (col: number | undefined, field: keyof GroupValues, read: (c: Cell) => CellResult<number>) => {
      if (col === undefined || isBlank(row[col]) || !type) return undefined;
      if (levelsUnread && field !== "maxPoints") return undefined;
      if (!isPerGroup(row[col])) return readOptional(row, index, col, read, report);
      const r = readPerGroup(row[col], groupNames, read);
      if (!r.ok) {
        report(index, col, r);
        return undefined;
      }
      const need = applies ?? groupNames.all;
      const missing = need.filter((grp) => !(grp in r.value));
      if (missing.length > 0) {
        report(index, col, {
          key: "groupValueMissing",
          params: {
            column: INDICATOR_COLUMNS[field].name,
            id,
            groups: missing.map((m) => `“${m}”`).join(", "),
            example: missing[0],
          },
        });
      }
      for (const [grp, v] of Object.entries(r.value)) byGroup[grp] = { ...byGroup[grp], [field]: v };
      return null;
    };

    let maxPoints = 0;
    if (isBlank(row[cols.maxPoints]))
      report(index, cols.maxPoints, { key: "required", params: { column: C.maxPoints.name } });
    else {
      const r = perGroup(cols.maxPoints, "maxPoints", readPoints);
      if (r === null) maxPoints = Math.max(0, ...Object.values(byGroup).map((v) => v.maxPoints ?? 0));
      else if (r !== undefined) maxPoints = r;
    }
    const targetCell = perGroup(cols.target, "target", level);
    const thresholdCell = perGroup(cols.threshold, "threshold", level);
    const target = targetCell ?? null;
    const threshold = thresholdCell ?? null;
    const targets = targetCell === null ? Object.values(byGroup).map((v) => v.target ?? null) : [target];
    if (scoring === "target" && type) {
      if (cols.target === undefined) {
        problems.push({ key: "targetRequired", params: { id }, sheet, cell: a1(index + 1, cols.id + 1) });
      } else if (isBlank(row[cols.target])) {
        report(index, cols.target, { key: "targetRequired", params: { id } });
      } else if (direction === "higher" && targets.some((v) => v !== null && v <= 0)) {
        report(index, cols.target, { key: "targetPositive", params: { id } });
      }
    }
    if (scoring === "boolean" && type && type !== "boolean") {
      report(index, cols.scoring ?? cols.type, {
        key: "booleanScoringNeedsYesNo",
        params: { id, type: typeText },
      });
    }
    const text = (col: number | undefined) => (col === undefined ? "" : cellText(row[col]).replace(/\s+/g, " "));
    const evidence = word(cols.evidence, WORDS.evidence, C.evidence.name) === "required";
    const pillar = text(cols.pillar) || null;
    const mainIndex = text(cols.mainIndex) || null;
    const letterPhrase = text(cols.letterPhrase) || null;
    if (problems.length === before && type) {
      indicators.push({
        id,
        name,
        type,
        scoring,
        direction,
        maxPoints,
        target,
        threshold,
        aggregation,
        pillar,
        mainIndex,
        groups: applies,
        frequency,
        levels,
        byGroup: Object.keys(byGroup).length > 0 ? byGroup : null,
        evidence,
        letterPhrase,
      });
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
        settings.closedPeriods = r.periods;
        for (const value of r.invalid) report(index, cols.value, { key: "closedPeriodInvalid", params: { value } });
        break;
      }
      case "issuer":
      case "grounds":
      case "addressees":
      case "recipients":
      case "signer":
        settings.letter = { ...settings.letter, [key]: linesOf(valueCell) };
        break;
      case "letterSymbol":
      case "place":
      case "advisor":
        settings.letter = {
          ...settings.letter,
          [key === "letterSymbol" ? "symbol" : key]: cellText(valueCell).replace(/\s+/g, " "),
        };
        break;
      case "groupLabels": {
        const labels = parseGroupLabels(cellText(valueCell));
        if (labels) settings.letter = { ...settings.letter, groupLabels: labels };
        else invalid("groupLabels");
        break;
      }
      case "yearDeadline": {
        const deadline = parseDayMonth(valueCell, timeZone);
        if (deadline) settings.letter = { ...settings.letter, yearDeadline: deadline };
        else invalid("dayMonth");
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
  // Header → field key: an indicator's ID, or a ratio's `<ID>_TU` / `<ID>_MAU` (aliases `_NUM`, `_DEN`).
  const byHeader = new Map<string, { ind: Indicator; key: string }>();
  const bareRatio = new Map<string, Indicator>();
  for (const ind of ctx.indicators) {
    if (ind.type === "ratio") bareRatio.set(normalizeHeader(ind.id), ind);
    for (const { key, headers } of fieldHeaders(ind))
      for (const h of headers) byHeader.set(normalizeHeader(h), { ind, key });
  }
  const indicatorColumns: Record<string, number> = {};
  /** Ratios typed as one bare `<ID>` column: that problem already asks for `<ID>_TU` and `<ID>_MAU`. */
  const bareReported = new Set<string>();
  header.forEach((h, j) => {
    if (fixed.has(j) || isBlank(h)) return;
    const found = byHeader.get(normalizeHeader(h));
    const ratio = bareRatio.get(normalizeHeader(h));
    if (!found && ratio) {
      const params = { id: ratio.id, num: numKey(ratio.id), den: denKey(ratio.id) };
      problems.push({ key: "ratioColumnBare", params, sheet, cell: a1(1, j + 1), row: 1, column: j + 1 });
      bareReported.add(ratio.id);
      return;
    }
    if (!found && ctx.declaredIds?.has(normalizeHeader(h))) return;
    if (!found && ctx.declaredIds && /_(TU|MAU|NUM|DEN)$/i.test(cellText(h))) {
      // The column of a ratio whose `Chỉ tiêu` row has a problem: that problem says it.
      if (ctx.declaredIds.has(normalizeHeader(cellText(h).replace(/_(TU|MAU|NUM|DEN)$/i, "")))) return;
    }
    // No valid indicator at all (the Chỉ tiêu sheet is missing or empty): that one problem says it.
    if (!found && ctx.indicators.length === 0) return;
    if (!found) {
      problems.push({
        key: "unknownIndicatorColumn",
        params: { column: cellText(h) },
        sheet,
        cell: a1(1, j + 1),
        row: 1,
        column: j + 1,
      });
    } else if (indicatorColumns[found.key] !== undefined) {
      problems.push({
        key: "columnDuplicate",
        params: { column: found.key, other: a1(1, indicatorColumns[found.key] + 1) },
        sheet,
        cell: a1(1, j + 1),
      });
    } else indicatorColumns[found.key] = j;
  });
  for (const ind of ctx.indicators) {
    if (bareReported.has(ind.id)) continue;
    for (const key of fieldKeys(ind)) {
      if (indicatorColumns[key] === undefined) {
        problems.push({ key: "indicatorColumnMissing", params: { id: key }, sheet, cell: "1:1" });
      }
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
    const period = readPeriodCell(row[cols.period], ctx.timeZone, true);
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
    const yearRow = period !== null && !period.includes("-");
    const values: Record<string, Figure> = {};
    for (const ind of ctx.indicators) {
      for (const key of fieldKeys(ind)) {
        const j = indicatorColumns[key];
        if (j === undefined || isBlank(row[j])) {
          values[key] = null;
          continue;
        }
        const cell = row[j];
        // A yearly figure belongs in the year's row, a monthly one in a month's row.
        if (period !== null && (ind.frequency === "year") !== yearRow) {
          const year = period.slice(0, 4);
          report(index, j, {
            key: yearRow ? "monthlyInYearRow" : "yearlyInMonthRow",
            params: { id: ind.id, period, year },
          });
          continue;
        }
        const percentFormatted =
          ind.type === "percent" && typeof cell === "number" && cell > 1
            ? (ctx.numberFormat?.(sheet, index + 1, j + 1) ?? "").includes("%")
            : false;
        const r = readFigure(cell, ind, percentFormatted);
        if (r.ok) values[key] = r.value;
        else report(index, j, r);
      }
      if (ind.type === "ratio") checkRatio(ind, row, index, indicatorColumns, values, report);
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

/**
 * `Kỳ đã khóa`: months separated by `;` (or lines), as `2023-06` or `06/2023`, and years (`2023`,
 * whose year rows hold the yearly figures); a lone month the spreadsheet turned into a date counts
 * too. Sorted, without repeats; what is neither a month nor a year is returned.
 */
export function readClosedPeriods(c: Cell, timeZone: string): { periods: string[]; invalid: string[] } {
  if (isDate(c)) {
    const m = readPeriodCell(c, timeZone);
    return m ? { periods: [m], invalid: [] } : { periods: [], invalid: [cellText(c)] };
  }
  const periods = new Set<string>();
  const invalid: string[] = [];
  for (const part of cellText(c).split(/[;\n]/)) {
    const text = part.trim();
    if (text === "") continue;
    const p = readPeriodCell(text, timeZone);
    if (p) periods.add(p);
    else invalid.push(text);
  }
  return { periods: [...periods].sort(), invalid };
}

/**
 * A `Kỳ` cell: text `2023-06` or `06/2023`, or a date read in the spreadsheet's time zone; and,
 * where the row holds yearly figures, a year (`2023`, typed as text or a number).
 */
export function readPeriodCell(c: Cell, timeZone: string, allowYear = true): string | null {
  if (isDate(c)) return Number.isNaN(c.getTime()) ? null : monthOfDate(c, timeZone);
  if (isBlank(c)) return null;
  const p = parsePeriod(cellText(c));
  if (p?.kind === "month") return `${p.year}-${String(p.month).padStart(2, "0")}`;
  return p?.kind === "year" && allowYear ? String(p.year) : null;
}

/** A ratio's row: both parts or neither, tử ≤ mẫu. A mẫu of 0 (with a tử of 0) is a missing value. */
function checkRatio(
  ind: Indicator,
  row: Cell[],
  index: number,
  columns: Record<string, number>,
  values: Record<string, Figure>,
  report: ReturnType<typeof reporter>,
) {
  const [nk, dk] = fieldKeys(ind);
  const [nj, dj] = [columns[nk], columns[dk]];
  if (nj === undefined || dj === undefined) return;
  const [nBlank, dBlank] = [isBlank(row[nj]), isBlank(row[dj])];
  if (nBlank !== dBlank) {
    // Reported at the blank cell, where the missing part is to be typed.
    const [blank, filled] = nBlank ? [nj, dj] : [dj, nj];
    const part = nBlank ? "den" : "num";
    report(index, blank, { key: "ratioHalf", params: { id: ind.id, part, other: a1(index + 1, filled + 1) } });
    return;
  }
  const [n, d] = [values[nk], values[dk]];
  if (typeof n === "number" && typeof d === "number" && n > d) {
    report(index, nj, { key: "ratioAboveOne", params: { id: ind.id, num: cellText(row[nj]), den: cellText(row[dj]) } });
  }
}
