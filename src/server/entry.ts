// The data-entry sidebar's server side: the form in one round trip, and a locked, audited upsert
// of one (period, unit) row. Every argument from the browser is parsed again here.
import {
  type EntryForm,
  type EntryRefusal,
  EntryRequestSchema,
  fieldText,
  MONTH_PATTERN,
  parseEntry,
  SubmissionSchema,
  type SubmitResult,
  unknownFields,
} from "../core/entry";
import { periodLabel } from "../core/labels";
import { t } from "../core/messages";
import { formatPeriod, monthKey, nextPeriod, parsePeriod, previousPeriod } from "../core/periods";
import type { Figure, Indicator, Language, Settings, Unit } from "../core/schemas";
import { dueDateOf } from "../core/summary";
import { cellText, readFigure } from "../workbook/cells";
import { type Cell, DATA_COLUMNS, type Grid, normalizeHeader } from "../workbook/contract";
import { dateParts } from "../workbook/dates";
import { isBlank, locateColumns } from "../workbook/headers";
import { readPeriodCell } from "../workbook/read";
import { keepAsText } from "../workbook/text-cells";
import { activeUserEmail, isAdmin, isListed, ownerEmail } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { lastCompleteMonth } from "./clock";
import { readGrid, readSpreadsheet, type Spreadsheet } from "./spreadsheet";

const LOCK_WAIT_MS = 10_000;

/**
 * The units a user may enter for: every active unit for an admin (or the owner), their own (by
 * e-mail in `Đơn vị`) for a clerk, none for anyone else. A blank list or e-mail grants nothing.
 */
export function unitsFor(
  units: Unit[],
  settings: Settings,
  email: string,
  owner: string,
): { units: Unit[]; admin: boolean } {
  const active = units.filter((u) => u.active);
  if (isAdmin(settings, email, owner)) return { units: active, admin: true };
  return { units: active.filter((u) => isListed([...u.emails, ...u.headEmails], email)), admin: false };
}

function currentMonth(timeZone: string): string {
  const p = dateParts(new Date(), timeZone);
  return monthKey(p.year, p.month);
}

function nextMonthOf(key: string): string {
  return formatPeriod(nextPeriod(parsePeriod(key)!));
}

/** The due date of a month's figures: `Hạn nộp (ngày)` of the next month, `YYYY-MM-DD`. */
export function deadlineOf(period: string, dueDay: number): string {
  const d = dueDateOf(parsePeriod(period)!, dueDay);
  return `${monthKey(d.year, d.month)}-${String(d.day).padStart(2, "0")}`;
}

interface DataRows {
  grid: Grid;
  periodCol: number;
  unitCol: number;
  noteCol?: number;
  enteredByCol?: number;
  updatedAtCol?: number;
  indicatorCols: Record<string, number>;
  problem?: string;
}

function locateData(grid: Grid, indicators: Indicator[]): DataRows {
  const problems: Parameters<typeof locateColumns>[3] = [];
  const header = grid[0] ?? [];
  const cols = locateColumns("Số liệu", header, DATA_COLUMNS, problems);
  const indicatorCols: Record<string, number> = {};
  for (const ind of indicators) {
    const j = header.findIndex((h) => normalizeHeader(h) === normalizeHeader(ind.id));
    if (j >= 0) indicatorCols[ind.id] = j;
  }
  const absent = indicators.filter((i) => indicatorCols[i.id] === undefined).map((i) => i.id);
  const missingFixed = [
    ...(cols.period === undefined ? [DATA_COLUMNS.period] : []),
    ...(cols.unitId === undefined ? [DATA_COLUMNS.unitId] : []),
  ];
  const problem =
    missingFixed.length || absent.length ? [...missingFixed.map((c) => c.name), ...absent].join(", ") : undefined;
  return {
    grid,
    periodCol: cols.period ?? -1,
    unitCol: cols.unitId ?? -1,
    noteCol: cols.note,
    enteredByCol: cols.enteredBy,
    updatedAtCol: cols.updatedAt,
    indicatorCols,
    problem,
  };
}

/** The 0-based row of (period, unit), or -1. */
function findRow(d: DataRows, period: string, unitId: string, timeZone: string): number {
  for (let i = 1; i < d.grid.length; i++) {
    const row = d.grid[i];
    if (cellText(row[d.unitCol]) === unitId && readPeriodCell(row[d.periodCol], timeZone) === period) return i;
  }
  return -1;
}

/** A stored cell as a figure; an unreadable cell stays as its text so nothing is silently lost. */
function figureOf(cell: Cell, ind: Indicator): Figure | string {
  if (isBlank(cell)) return null;
  const r = readFigure(cell, ind.type);
  return r.ok ? r.value : cellText(cell);
}

function displayOf(v: Figure | string, ind: Indicator, lang: Language): string {
  if (typeof v === "string") return v;
  const text = fieldText(ind.type, v, lang);
  return ind.type === "percent" && text !== "" ? `${text}%` : text;
}

export function getEntryFormIn(ss: Spreadsheet, request: unknown): EntryForm | EntryRefusal {
  const read = readSpreadsheet(ss);
  const { settings, indicators } = read.model;
  const lang = settings.language;
  const parsed = EntryRequestSchema.safeParse(request ?? {});
  if (!parsed.success) return { ok: false, lang, message: t(lang, "entryMalformed") };
  const email = activeUserEmail();
  const { units, admin } = unitsFor(read.model.units, settings, email, ownerEmail(ss));
  if (units.length === 0)
    return { ok: false, lang, message: t(lang, "entryNoUnit", { email: email || t(lang, "unknownUser") }) };

  const unit = units.find((u) => u.id === parsed.data.unitId) ?? units[0];
  const now = currentMonth(read.timeZone);
  const fallback = formatPeriod(lastCompleteMonth(read.timeZone));
  const requested = parsed.data.period && parsePeriod(parsed.data.period);
  const period =
    requested && requested.kind === "month" && formatPeriod(requested) <= nextMonthOf(now)
      ? formatPeriod(requested)
      : fallback;
  const previous = formatPeriod(previousPeriod(parsePeriod(period)!));

  const values: Record<string, string> = {};
  const prev: Record<string, string> = {};
  let note = "";
  let enteredBy = "";
  let updatedAt = "";
  let reported = false;
  const grid = read.grids.data;
  if (grid) {
    const d = locateData(grid, indicators);
    if (d.periodCol >= 0 && d.unitCol >= 0) {
      const i = findRow(d, period, unit.id, read.timeZone);
      const p = findRow(d, previous, unit.id, read.timeZone);
      for (const ind of indicators) {
        const j = d.indicatorCols[ind.id];
        if (j === undefined) continue;
        if (i > 0) {
          const v = figureOf(grid[i][j], ind);
          values[ind.id] = typeof v === "string" ? v : fieldText(ind.type, v, lang);
        }
        if (p > 0) prev[ind.id] = displayOf(figureOf(grid[p][j], ind), ind, lang);
      }
      if (i > 0) {
        reported = true;
        const row = grid[i];
        note = d.noteCol === undefined ? "" : cellText(row[d.noteCol]);
        enteredBy = d.enteredByCol === undefined ? "" : cellText(row[d.enteredByCol]);
        updatedAt = d.updatedAtCol === undefined ? "" : cellText(row[d.updatedAtCol]);
      }
    }
  }
  const periods: string[] = [];
  for (let k = nextMonthOf(now), n = 0; n < 14; n++) {
    periods.push(k);
    k = formatPeriod(previousPeriod(parsePeriod(k)!));
  }
  if (!periods.includes(period)) periods.push(period);
  return {
    ok: true,
    lang,
    userEmail: email,
    isAdmin: admin,
    units: units.map((u) => ({ id: u.id, name: u.name, group: u.group })),
    unitId: unit.id,
    period,
    periods: periods.filter((k) => k <= nextMonthOf(now)),
    deadline: deadlineOf(period, settings.dueDay),
    reported,
    indicators: indicators.map((i) => ({
      id: i.id,
      name: i.name,
      type: i.type,
      threshold: i.threshold,
      target: i.target,
      direction: i.direction,
    })),
    values,
    previous: prev,
    note,
    enteredBy,
    updatedAt,
  };
}

export function submitFiguresIn(ss: Spreadsheet, payload: unknown): SubmitResult {
  const read = readSpreadsheet(ss, ["units", "indicators", "settings"]);
  const { settings, indicators } = read.model;
  const lang = settings.language;
  const parsed = SubmissionSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, message: t(lang, "entryMalformed") };
  const sub = parsed.data;
  const month = parsePeriod(sub.period);
  if (month?.kind !== "month" || !MONTH_PATTERN.test(sub.period))
    return { ok: false, message: t(lang, "entryMalformed") };
  const label = periodLabel(month, lang);
  if (sub.period > nextMonthOf(currentMonth(read.timeZone))) {
    return { ok: false, message: t(lang, "entryFuture", { period: label }) };
  }
  const email = activeUserEmail();
  const unit = read.model.units.find((u) => u.id === sub.unitId && u.active);
  if (!unit) return { ok: false, message: t(lang, "entryUnknownUnit", { unit: sub.unitId }) };
  if (!unitsFor(read.model.units, settings, email, ownerEmail(ss)).units.some((u) => u.id === unit.id)) {
    return {
      ok: false,
      message: t(lang, "entryNotAllowed", { email: email || t(lang, "unknownUser"), unit: unit.name }),
    };
  }
  const unknown = unknownFields(indicators, sub.values);
  if (unknown.length > 0) return { ok: false, message: t(lang, "entryUnknownField", { ids: unknown.join(", ") }) };
  const entry = parseEntry(indicators, sub.values, lang);
  if (Object.keys(entry.errors).length > 0) {
    return {
      ok: false,
      message: t(lang, "entryInvalidFields", { count: Object.keys(entry.errors).length }),
      fieldErrors: entry.errors,
    };
  }
  if (entry.missing.length > 0) {
    const names = indicators.filter((i) => entry.missing.includes(i.id)).map((i) => i.name);
    return { ok: false, message: t(lang, "entryMissing", { names: names.join("; ") }) };
  }
  const dataSheet = read.sheets.data;
  if (!dataSheet) return { ok: false, message: t(lang, "sheetMissing", { sheet: "Số liệu" }) };

  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    return { ok: false, message: t(lang, "busy") };
  }
  try {
    // Read the data inside the lock: another clerk may have saved a moment ago.
    const d = locateData(readGrid(dataSheet), indicators);
    if (d.problem)
      return {
        ok: false,
        message: t(lang, "entrySheetBroken", { sheet: dataSheet.getName(), columns: d.problem }),
      };
    const width = Math.max(d.grid[0].length, 1);
    const i = findRow(d, sub.period, unit.id, read.timeZone);
    const old: Cell[] = i > 0 ? [...d.grid[i]] : Array(width).fill("");
    // Every string goes back through keepAsText: rewriting `2023-06` or `12` must not turn it into a date or number.
    const row: Cell[] = [...old];
    const now = new Date();
    const audit: AuditRow[] = [];
    const action = t(lang, "auditForm");
    for (const ind of indicators) {
      const j = d.indicatorCols[ind.id];
      const before = figureOf(old[j], ind);
      const after = entry.values[ind.id];
      row[j] = ind.type === "boolean" ? t("vi", after ? "yes" : "no") : (after as number);
      if (before !== after) {
        audit.push({
          at: now,
          by: email,
          action,
          period: sub.period,
          unitId: unit.id,
          indicator: ind.id,
          oldValue: displayOf(before, ind, lang),
          newValue: displayOf(after, ind, lang),
        });
      }
    }
    const note = sub.note.normalize("NFC").trim();
    if (d.noteCol !== undefined) {
      const before = cellText(old[d.noteCol]);
      row[d.noteCol] = note;
      if (before !== note)
        audit.push({
          at: now,
          by: email,
          action,
          period: sub.period,
          unitId: unit.id,
          indicator: t(lang, "auditNote"),
          oldValue: before,
          newValue: note,
        });
    }
    if (i < 0) {
      row[d.periodCol] = sub.period;
      row[d.unitCol] = unit.id;
    }
    if (audit.length > 0 || i < 0) {
      if (d.enteredByCol !== undefined) row[d.enteredByCol] = email;
      if (d.updatedAtCol !== undefined) row[d.updatedAtCol] = now;
      const target = i > 0 ? i + 1 : d.grid.length + 1;
      // Only the span of the columns this form owns is written: a column of the user's own (a
      // formula, a remark) before or after it keeps what it had.
      const owned = [
        d.periodCol,
        d.unitCol,
        d.noteCol,
        d.enteredByCol,
        d.updatedAtCol,
        ...Object.values(d.indicatorCols),
      ];
      const first = Math.min(...owned.filter((c): c is number => c !== undefined && c >= 0));
      const last = Math.max(...owned.filter((c): c is number => c !== undefined && c >= 0));
      const span = row.slice(first, last + 1).map(keepAsText);
      dataSheet.getRange(target, first + 1, 1, span.length).setValues([span]);
      appendAudit(ss, read.sheets.audit, audit);
      SpreadsheetApp.flush();
    }
    const saved = Object.fromEntries(
      indicators.map((ind) => [ind.id, fieldText(ind.type, entry.values[ind.id], lang)]),
    );
    const message =
      audit.length > 0 || i < 0
        ? t(lang, "entrySaved", { period: label, unit: unit.name, changes: audit.length })
        : t(lang, "entryUnchanged", { period: label, unit: unit.name });
    return { ok: true, message, values: saved, changes: audit.length, row: i > 0 ? i + 1 : d.grid.length + 1 };
  } finally {
    lock.releaseLock();
  }
}
