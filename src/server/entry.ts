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
import { formatPeriod, monthKey, parsePeriod, previousPeriod } from "../core/periods";
import type { Figure, Indicator, Language } from "../core/schemas";
import { dueDateOf } from "../core/summary";
import { cellText, readFigure } from "../workbook/cells";
import type { Cell } from "../workbook/contract";
import { isBlank } from "../workbook/headers";
import { keepAsText } from "../workbook/text-cells";
import { activeUserEmail, ownerEmail, unitsFor } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { lastCompleteMonth } from "./clock";
import { indexData } from "./data-rows";
import { withDocumentLock } from "./lock";
import { readLanguage, readSpreadsheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";

/** Sidebar saves go no further back than 2000, whatever the clock says ("2000-01" was an attack). */
const OLDEST_MONTH = "2000-01";
/** How many months the form offers: the last complete month and the 13 before it. */
const MONTHS_OFFERED = 14;

/**
 * The months a clerk may open and save in the sidebar, newest first: the last complete month (the
 * one due now, and the form's default) and the 13 before it. A month still running, or ahead, is
 * not offered: its figures are not known yet.
 */
export function monthsOffered(timeZone: string): string[] {
  const months: string[] = [];
  const newest = formatPeriod(lastCompleteMonth(timeZone));
  for (let k = newest; months.length < MONTHS_OFFERED && k >= OLDEST_MONTH; ) {
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

/** A stored cell as a figure; an unreadable cell stays as its text so nothing is silently lost. */
function figureOf(cell: Cell, ind: Indicator): Figure | string {
  if (isBlank(cell)) return null;
  const r = readFigure(cell, ind);
  return r.ok ? r.value : cellText(cell);
}

function displayOf(v: Figure | string, ind: Indicator, lang: Language): string {
  if (typeof v === "string") return v;
  const text = fieldText(ind.type, v, lang);
  return ind.type === "percent" && text !== "" ? `${text}%` : text;
}

export function getEntryFormIn(ss: Spreadsheet, request: unknown): EntryForm | EntryRefusal {
  // `Số liệu` is not read whole: only its key columns and the two rows the form shows.
  const read = readSpreadsheet(ss, ["units", "indicators", "settings"]);
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
  const dataSheet = read.sheets.data;
  if (dataSheet) {
    const d = indexData(dataSheet, indicators, read.timeZone);
    if (d.periodCol >= 0 && d.unitCol >= 0) {
      const i = d.rowOf(period, unit.id);
      const p = d.rowOf(previous, unit.id);
      const row = i > 0 ? d.readRow(i) : [];
      const prevRow = p > 0 ? d.readRow(p) : [];
      for (const ind of indicators) {
        const j = d.indicatorCols[ind.id];
        if (j === undefined) continue;
        if (i > 0) {
          const v = figureOf(row[j] ?? "", ind);
          values[ind.id] = typeof v === "string" ? v : fieldText(ind.type, v, lang);
        }
        if (p > 0) prev[ind.id] = displayOf(figureOf(prevRow[j] ?? "", ind), ind, lang);
      }
      if (i > 0) {
        reported = true;
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

  const d = indexData(dataSheet, indicators, read.timeZone);
  if (d.problem)
    return {
      ok: false,
      message: t(lang, "entrySheetBroken", { sheet: dataSheet.getName(), columns: d.problem }),
    };
  const width = Math.max(d.header.length, 1);
  const i = d.rowOf(sub.period, unit.id);
  const old: Cell[] = i > 0 ? [...d.readRow(i)] : Array(width).fill("");
  // Every string goes back through keepAsText: rewriting `2023-06` or `12` must not turn it into a date or number.
  const row: Cell[] = [...old];
  const changed = new Set<number>();
  const now = new Date();
  const audit: AuditRow[] = [];
  /** One changed cell: written, and one `Nhật ký` row (old → new). */
  const change = (col: number, value: Cell, indicator: string, oldValue: string, newValue: string) => {
    row[col] = value;
    changed.add(col);
    const action = t(lang, "auditForm");
    audit.push({ at: now, by: email, action, period: sub.period, unitId: unit.id, indicator, oldValue, newValue });
  };
  for (const ind of indicators) {
    const j = d.indicatorCols[ind.id];
    const before = figureOf(old[j], ind);
    const after = entry.values[ind.id];
    if (before === after) continue;
    const value = ind.type === "boolean" ? t("vi", after ? "yes" : "no") : (after as number);
    change(j, value, ind.id, displayOf(before, ind, lang), displayOf(after, ind, lang));
  }
  const note = sub.note.normalize("NFC").trim();
  if (d.noteCol !== undefined && cellText(old[d.noteCol]) !== note) {
    change(d.noteCol, note, t(lang, "auditNote"), cellText(old[d.noteCol]), note);
  }
  if (i < 0) {
    row[d.periodCol] = sub.period;
    row[d.unitCol] = unit.id;
    changed.add(d.periodCol).add(d.unitCol);
  }
  if (audit.length > 0 || i < 0) {
    for (const [col, value] of [
      [d.enteredByCol, email],
      [d.updatedAtCol, now],
    ] as const) {
      if (col === undefined) continue;
      row[col] = value;
      changed.add(col);
    }
    const target = i > 0 ? i : d.lastRow + 1;
    // Only the span of the changed cells is written, and inside it every cell not changed is
    // written back as it was, a formula as its formula: a helper column (`=E174*100`) survives.
    const first = Math.min(...changed);
    const last = Math.max(...changed);
    const range = dataSheet.getRange(target, first + 1, 1, last - first + 1);
    const formulas = i > 0 ? range.getFormulas()[0] : [];
    const unchanged = (j: number) => formulas[j - first] || keepAsText(old[j]);
    range.setValues([
      row.slice(first, last + 1).map((c, k) => (changed.has(first + k) ? keepAsText(c) : unchanged(first + k))),
    ]);
    try {
      appendAudit(ss, read.sheets.audit, audit);
    } catch (e) {
      // Figures without their audit rows would be untraceable: put the row back as it was (a new
      // row becomes blank again), so that a retry writes both.
      try {
        range.setValues([old.slice(first, last + 1).map((_, k) => unchanged(first + k))]);
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
  return { ok: true, message, values: saved, changes: audit.length, row: i > 0 ? i : d.lastRow + 1 };
}
