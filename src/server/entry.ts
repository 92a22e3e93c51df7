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
import { sentence, t } from "../core/messages";
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
import { withDocumentLock } from "./lock";
import { readGrid, readLanguage, readSpreadsheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";

/** Sidebar saves go no further back than 2000, whatever the clock says ("2000-01" was an attack). */
const OLDEST_MONTH = "2000-01";
/** How many months the form offers: next month and the 13 before it. */
const MONTHS_OFFERED = 14;

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

/** The months a clerk may open and save in the sidebar, newest first. */
export function monthsOffered(timeZone: string): string[] {
  const months: string[] = [];
  for (let k = nextMonthOf(currentMonth(timeZone)); months.length < MONTHS_OFFERED && k >= OLDEST_MONTH; ) {
    months.push(k);
    k = formatPeriod(previousPeriod(parsePeriod(k)!));
  }
  return months;
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
  const periods = monthsOffered(read.timeZone);
  const fallback = formatPeriod(lastCompleteMonth(read.timeZone));
  const requested = parsed.data.period && parsePeriod(parsed.data.period);
  const requestedMonth = requested && requested.kind === "month" ? formatPeriod(requested) : "";
  const period = periods.includes(requestedMonth) ? requestedMonth : fallback;
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
  return {
    ok: true,
    lang,
    userEmail: email,
    isAdmin: admin,
    units: units.map((u) => ({ id: u.id, name: u.name, group: u.group })),
    unitId: unit.id,
    period,
    periods,
    deadline: deadlineOf(period, settings.dueDay),
    reported,
    closed: settings.closedPeriods.includes(period),
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

/**
 * Saves one unit's figures for one month, all or nothing: the row and its `Nhật ký` rows are both
 * written or neither is, and a failing service call is answered with a message, never thrown.
 */
export function submitFiguresIn(open: () => Spreadsheet, payload: unknown): SubmitResult {
  let lang: Language = "vi";
  try {
    const ss = open();
    // Everything is read and checked inside the lock: a period closed or a row saved a moment ago
    // by someone else is seen.
    return withDocumentLock(
      () => {
        const read = readSpreadsheet(ss, ["units", "indicators", "settings"]);
        lang = read.model.settings.language;
        return submitLocked(ss, read, payload);
      },
      () => ({ ok: false, message: t(readLanguage(ss), "busy") }),
    );
  } catch (e) {
    console.error(e);
    return { ok: false, message: t(lang, "saveFailed") };
  }
}

function submitLocked(ss: Spreadsheet, read: WorkbookRead, payload: unknown): SubmitResult {
  const { settings, indicators } = read.model;
  const lang = settings.language;
  const parsed = SubmissionSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, message: t(lang, "entryMalformed") };
  const sub = parsed.data;
  const month = parsePeriod(sub.period);
  if (month?.kind !== "month" || !MONTH_PATTERN.test(sub.period))
    return { ok: false, message: t(lang, "entryMalformed") };
  const label = periodLabel(month, lang);
  const offered = monthsOffered(read.timeZone);
  if (sub.period > offered[0]) return { ok: false, message: t(lang, "entryFuture", { period: label }) };
  if (!offered.includes(sub.period)) {
    const oldest = periodLabel(parsePeriod(offered.at(-1) ?? OLDEST_MONTH)!, lang);
    return { ok: false, message: t(lang, "entryTooOld", { period: label, oldest }) };
  }
  if (settings.closedPeriods.includes(sub.period)) {
    return { ok: false, message: sentence(t(lang, "periodClosed", { period: label })) };
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
    const range = dataSheet.getRange(target, first + 1, 1, last - first + 1);
    range.setValues([row.slice(first, last + 1).map(keepAsText)]);
    try {
      appendAudit(ss, read.sheets.audit, audit);
    } catch (e) {
      // Figures without their audit rows would be untraceable: put the row back as it was (a new
      // row becomes blank again), so that a retry writes both.
      try {
        range.setValues([old.slice(first, last + 1).map(keepAsText)]);
      } catch {
        // A second failure in a row: the figures stand without audit rows; Sheets' version history keeps them.
      }
      throw e;
    }
    // A failure here is reported as not saved, with nothing undone: the row and its audit rows
    // stand together, so a retry finds no change and writes nothing twice.
    SpreadsheetApp.flush();
  }
  const saved = Object.fromEntries(indicators.map((ind) => [ind.id, fieldText(ind.type, entry.values[ind.id], lang)]));
  const message =
    audit.length > 0 || i < 0
      ? t(lang, "entrySaved", { period: label, unit: unit.name, changes: audit.length })
      : t(lang, "entryUnchanged", { period: label, unit: unit.name });
  return { ok: true, message, values: saved, changes: audit.length, row: i > 0 ? i + 1 : d.grid.length + 1 };
}
