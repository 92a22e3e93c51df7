// The data-entry sidebar's server side: the form in one round trip, and a locked, audited upsert
// of one (period, unit) row. Every argument from the browser is parsed again here. A month's form
// holds the monthly indicators that apply to the unit's group, a year's form the yearly ones.
import {
  type EntryForm,
  type EntryIndicator,
  type EntryRefusal,
  EntryRequestSchema,
  type EntryReview,
  evidenceText,
  type FieldSpec,
  fieldText,
  PERIOD_PATTERN,
  parseEntry,
  SubmissionSchema,
  type SubmitResult,
  unknownFields,
} from "../core/entry";
import { auditExcerpt } from "../core/entry-review";
import { appliesToGroup, fieldKeys, indicatorsFor } from "../core/indicators";
import { periodLabel } from "../core/labels";
import { sentence, t } from "../core/messages";
import { formatPercent } from "../core/numbers";
import { formatPeriod, monthKey, type Period, parsePeriod, previousPeriod } from "../core/periods";
import type { Figure, Indicator, Language } from "../core/schemas";
import { dueDateOf } from "../core/summary";
import { cellText, figureCell, figureText, storedFigure } from "../workbook/cells";
import { type Cell, normalizeHeader } from "../workbook/contract";
import { keepAsText } from "../workbook/text-cells";
import { activeUserEmail, ownerEmail, unitsFor } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { lastCompleteMonth, today } from "./clock";
import { indexData } from "./data-rows";
import {
  type EvidenceWrite,
  evidenceOf,
  readUnitReviews,
  type UnitReviews,
  unitReviewOf,
  writeEvidence,
} from "./entry-evidence";
import { ensureReviewSheet, indexReviews } from "./review-rows";
import { sidebarWrite } from "./sidebar-write";
import { readSpreadsheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";
import { putBack } from "./undo";

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

/**
 * The years a clerk may open and save: this year (a year-end index is self-assessed before the year
 * ends, by 20/11) and the last, newest first.
 */
export function yearsOffered(timeZone: string): string[] {
  const { year } = today(timeZone);
  return [String(year), String(year - 1)];
}

/** Whether a yearly indicator applies to a group: only then are years offered to its units. */
function hasYearly(indicators: Indicator[], group: string): boolean {
  return indicators.some((i) => i.frequency === "year" && appliesToGroup(i, group));
}

/**
 * The indicators of a unit's form for a period, resolved for its group: the monthly ones for a
 * month, the yearly ones for a year (a year row never holds monthly figures).
 */
export function formIndicators(indicators: Indicator[], group: string, period: Period): Indicator[] {
  if (period.kind !== "year") return indicatorsFor(indicators, group, "month");
  return indicatorsFor(indicators, group, "year").filter((i) => i.frequency === "year");
}

/**
 * The due date of a period's figures, `YYYY-MM-DD`: `Hạn nộp (ngày)` of the next month; for a year,
 * that day of January of the next year (the figures of its last month are due then too).
 */
export function deadlineOf(period: string, dueDay: number): string {
  const d = dueDateOf(parsePeriod(period)!, dueDay);
  return `${monthKey(d.year, d.month)}-${String(d.day).padStart(2, "0")}`;
}

const labelsOf = (ind: Indicator) => (ind.levels ?? []).map((l) => l.label);

/** A field's text for a stored figure (a choice's label, a ratio part's count). */
function textOf(v: Figure | string, ind: Indicator, lang: Language): string {
  return typeof v === "string" ? v : fieldText(ind.type, v, lang, labelsOf(ind));
}

/** The office's value as it reads beside the field: `không`, `60%`, a ratio as `45/100`. */
function reviewedText(values: Figure[], ind: Indicator, lang: Language): string {
  if (ind.type === "ratio") return values.map((v) => textOf(v, ind, lang)).join("/");
  return figureText(values[0] ?? null, ind, lang);
}

/** The figure of a row by field key, for the review's staleness: unreadable cells stay texts. */
function selfOf(ind: Indicator, row: Cell[], cols: Record<string, number>): (Figure | string)[] {
  return fieldKeys(ind).map((k) => (cols[k] === undefined ? null : storedFigure(row[cols[k]], ind)));
}

/** The previous period's figure of an indicator, for reading: a ratio as `90/100 (90%)`. */
function previousText(ind: Indicator, row: Cell[], cols: Record<string, number>, lang: Language): string {
  const [n, d] = fieldKeys(ind).map((k) => (cols[k] === undefined ? null : storedFigure(row[cols[k]], ind)));
  if (ind.type !== "ratio") return n === null ? "" : figureText(n, ind, lang);
  if (n === null && d === null) return "";
  const part = (v: Figure | string) => (v === null ? "?" : textOf(v, ind, lang));
  const pair = `${part(n)}/${part(d)}`;
  return typeof n === "number" && typeof d === "number" && d > 0 ? `${pair} (${formatPercent(n / d, lang)})` : pair;
}

/** What parsing needs of an indicator (a choice's labels). */
const specOf = (ind: Indicator): FieldSpec => ({ id: ind.id, type: ind.type, labels: labelsOf(ind) });

function entryIndicator(ind: Indicator): EntryIndicator {
  const choice = ind.type === "choice";
  const scored = choice && ind.scoring === "levels" && ind.maxPoints > 0;
  return {
    id: ind.id,
    name: ind.name,
    type: ind.type,
    threshold: ind.threshold,
    target: ind.target,
    direction: ind.direction,
    labels: choice ? labelsOf(ind) : null,
    shares: scored ? (ind.levels ?? []).map((l) => l.share) : null,
    evidenceRequired: ind.evidence,
  };
}

/** The period a form request names when it is offered, else the last complete month. */
function chosenPeriod(requested: string | undefined, offered: string[], timeZone: string): Period {
  const p = requested ? parsePeriod(requested) : null;
  const key = p && (p.kind === "month" || p.kind === "year") ? formatPeriod(p) : "";
  return offered.includes(key) ? p! : lastCompleteMonth(timeZone);
}

export function getEntryFormIn(ss: Spreadsheet, request: unknown): EntryForm | EntryRefusal {
  // `Số liệu` is not read whole: only its key columns and the two rows the form shows.
  const read = readSpreadsheet(ss, ["units", "indicators", "settings"]);
  const { settings } = read.model;
  const lang = settings.language;
  const parsed = EntryRequestSchema.safeParse(request ?? {});
  if (!parsed.success) return { ok: false, lang, message: t(lang, "entryMalformed") };
  const email = activeUserEmail();
  const { units, admin } = unitsFor(read.model.units, settings, email, ownerEmail(ss));
  if (units.length === 0)
    return { ok: false, lang, message: t(lang, "entryNoUnit", { email: email || t(lang, "unknownUser") }) };

  const unit = units.find((u) => u.id === parsed.data.unitId) ?? units[0];
  const years = hasYearly(read.model.indicators, unit.group) ? yearsOffered(read.timeZone) : [];
  const periods = [...monthsOffered(read.timeZone), ...years];
  const chosen = chosenPeriod(parsed.data.period, periods, read.timeZone);
  const period = formatPeriod(chosen);
  const previous = formatPeriod(previousPeriod(chosen));
  const indicators = formIndicators(read.model.indicators, unit.group, chosen);

  const values: Record<string, string> = {};
  const prev: Record<string, string> = {};
  let note = "";
  let enteredBy = "";
  let updatedAt = "";
  let reported = false;
  let current: Cell[] = [];
  let currentCols: Record<string, number> = {};
  const dataSheet = read.sheets.data;
  if (dataSheet) {
    const d = indexData(dataSheet, indicators, read.timeZone);
    if (d.periodCol >= 0 && d.unitCol >= 0) {
      const i = d.rowOf(period, unit.id);
      const p = d.rowOf(previous, unit.id);
      const row = i > 0 ? d.readRow(i) : [];
      const prevRow = p > 0 ? d.readRow(p) : [];
      current = row;
      currentCols = d.indicatorCols;
      for (const ind of indicators) {
        if (i > 0) {
          for (const key of fieldKeys(ind)) {
            const j = d.indicatorCols[key];
            if (j !== undefined) values[key] = textOf(storedFigure(row[j], ind), ind, lang);
          }
        }
        if (p > 0) prev[ind.id] = previousText(ind, prevRow, d.indicatorCols, lang);
      }
      if (i > 0) {
        reported = true;
        note = d.noteCol === undefined ? "" : cellText(row[d.noteCol]);
        enteredBy = d.enteredByCol === undefined ? "" : cellText(row[d.enteredByCol]);
        updatedAt = d.updatedAtCol === undefined ? "" : cellText(row[d.updatedAtCol]);
      }
    }
  }
  // The unit's Thẩm định rows of the period only: a fixed number of calls, whatever the sheet's size.
  const reviews: Record<string, EntryReview> = {};
  const reviewSheet = read.sheets.review;
  if (reviewSheet) {
    const r = readUnitReviews(reviewSheet, read.timeZone, period, unit.id);
    for (const ind of indicators) {
      const row = r.rows.get(normalizeHeader(ind.id));
      if (!row) continue;
      const self = selfOf(ind, current, currentCols);
      reviews[ind.id] = unitReviewOf(ind, row, r.index, self, (v) => reviewedText(v, ind, lang));
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
    indicators: indicators.map(entryIndicator),
    values,
    previous: prev,
    note,
    enteredBy,
    updatedAt,
    reviews,
  };
}

/**
 * Saves one unit's figures for one month or year, all or nothing: the row and its `Nhật ký` rows are both
 * written or neither is, and a failing service call is answered with a message, never thrown.
 */
export function submitFiguresIn(open: () => Spreadsheet, payload: unknown): SubmitResult {
  return sidebarWrite(open, "saveFailed", (ss, read) => submitLocked(ss, read, payload));
}

function submitLocked(ss: Spreadsheet, read: WorkbookRead, payload: unknown): SubmitResult {
  const { settings } = read.model;
  const lang = settings.language;
  const parsed = SubmissionSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, message: t(lang, "entryMalformed") };
  const sub = parsed.data;
  const period = parsePeriod(sub.period);
  if (!period || (period.kind !== "month" && period.kind !== "year") || !PERIOD_PATTERN.test(sub.period))
    return { ok: false, message: t(lang, "entryMalformed") };
  const label = periodLabel(period, lang);
  if (period.kind === "month") {
    const offered = monthsOffered(read.timeZone);
    if (sub.period > offered[0]) return { ok: false, message: t(lang, "entryFuture", { period: label }) };
    if (!offered.includes(sub.period)) {
      const oldest = periodLabel(parsePeriod(offered.at(-1) ?? OLDEST_MONTH)!, lang);
      return { ok: false, message: t(lang, "entryTooOld", { period: label, oldest }) };
    }
  } else {
    const [current, previous] = yearsOffered(read.timeZone);
    if (sub.period !== current && sub.period !== previous)
      return { ok: false, message: t(lang, "entryYearNotOffered", { year: sub.period, current, previous }) };
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
  // Only the fields of this unit's form for this period: another group's indicator, or a monthly
  // one in a year, is refused like a field that does not exist.
  const indicators = formIndicators(read.model.indicators, unit.group, period);
  if (period.kind === "year" && indicators.length === 0)
    return { ok: false, message: t(lang, "entryNoYearly", { unit: unit.name }) };
  // Evidence only for the form's indicators; a key named like a column (`Trạng thái`) is no indicator.
  const evidenceIn = sub.evidence ?? {};
  const formIds = new Set(indicators.map((ind) => ind.id));
  const unknown = [...unknownFields(indicators, sub.values), ...Object.keys(evidenceIn).filter((k) => !formIds.has(k))];
  if (unknown.length > 0) return { ok: false, message: t(lang, "entryUnknownField", { ids: unknown.join(", ") }) };
  const entry = parseEntry(indicators.map(specOf), sub.values, lang);
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
  // The office's decisions of this unit and period: an accepted or adjusted figure (and its
  // evidence) is not changed unless the office reopens it. Without a Thẩm định sheet, nothing is.
  const reviewSheet = read.sheets.review;
  const reviews: UnitReviews | null = reviewSheet
    ? readUnitReviews(reviewSheet, read.timeZone, sub.period, unit.id)
    : null;
  // Own keys only: a key like `constructor` is looked up nowhere else.
  const evidenceById = new Map(Object.entries(evidenceIn));
  const lockedOut: Indicator[] = [];
  const evidenceWrites: (EvidenceWrite & { before: string })[] = [];
  for (const ind of indicators) {
    const reviewRow = reviews?.rows.get(normalizeHeader(ind.id));
    const before = reviews ? evidenceOf(reviewRow, reviews.index) : "";
    const sent = evidenceById.get(ind.id);
    const after = sent === undefined ? before : evidenceText(sent);
    const self = selfOf(ind, old, d.indicatorCols);
    const review =
      reviews && reviewRow
        ? unitReviewOf(ind, reviewRow, reviews.index, self, (v) => reviewedText(v, ind, lang))
        : null;
    const figureChanged = fieldKeys(ind).some((key, k) => self[k] !== entry.values[key]);
    if (review?.locked && (figureChanged || after !== before)) lockedOut.push(ind);
    else if (after !== before) evidenceWrites.push({ indicatorId: ind.id, row: reviewRow, text: after, before });
  }
  if (lockedOut.length > 0) {
    return {
      ok: false,
      message: t(lang, "entryReviewedLocked", { names: lockedOut.map((ind) => ind.name).join("; ") }),
      fieldErrors: Object.fromEntries(lockedOut.map((ind) => [ind.id, t(lang, "entryReviewedField")])),
    };
  }
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
    // One cell per field key, audited under its column header (`KY_SO`, `VB_KY_SO_TU`).
    for (const key of fieldKeys(ind)) {
      const j = d.indicatorCols[key];
      const before = storedFigure(old[j], ind);
      const after = entry.values[key];
      if (before === after) continue;
      change(j, figureCell(ind, after), key, figureText(before, ind, lang), figureText(after, ind, lang));
    }
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
  const evidenceAudit: AuditRow[] = evidenceWrites.map((w) => ({
    at: now,
    by: email,
    action: t(lang, "auditEvidence"),
    period: sub.period,
    unitId: unit.id,
    indicator: w.indicatorId,
    oldValue: auditExcerpt(w.before),
    newValue: auditExcerpt(w.text),
  }));
  const writeRow = audit.length > 0 || i < 0;
  /** What was written, to be put back if the audit cannot be: all or nothing. */
  const undo: (() => void)[] = [];
  if (writeRow) {
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
    // Figures without their audit rows would be untraceable: if the rest fails, the row is put back
    // as it was (a new row becomes blank again), so that a retry writes both.
    undo.push(() => range.setValues([old.slice(first, last + 1).map((_, k) => unchanged(first + k))]));
  }
  if (writeRow || evidenceWrites.length > 0) {
    try {
      if (evidenceWrites.length > 0) {
        // The sheet is created (or its missing columns added) only when a clerk writes evidence.
        const complete = reviews?.index.complete ? reviews.index : null;
        const index = complete ?? indexReviews(ensureReviewSheet(ss, reviewSheet), read.timeZone);
        undo.push(writeEvidence(index, sub.period, unit.id, evidenceWrites));
      }
      appendAudit(ss, read.sheets.audit, [...audit, ...evidenceAudit]);
    } catch (e) {
      putBack(undo);
      throw e;
    }
    // A failure here is reported as not saved, with nothing undone: the cells and their audit rows
    // stand together, so a retry finds no change and writes nothing twice.
    SpreadsheetApp.flush();
  }
  const saved = Object.fromEntries(
    indicators.flatMap((ind) => fieldKeys(ind).map((key) => [key, textOf(entry.values[key], ind, lang)])),
  );
  const changes = audit.length + evidenceAudit.length;
  const message =
    changes > 0 || i < 0
      ? t(lang, "entrySaved", { period: label, unit: unit.name, changes })
      : t(lang, "entryUnchanged", { period: label, unit: unit.name });
  const evidence = Object.fromEntries(evidenceWrites.map((w) => [w.indicatorId, w.text]));
  return { ok: true, message, values: saved, changes, row: i > 0 ? i : d.lastRow + 1, evidence };
}
