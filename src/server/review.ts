// The office's review (design §10), server side: the period's whole queue in one round trip, and one
// locked, audited write per decision (or per "Đạt tất cả" of a unit). A decision is taken on what
// the reviewer saw: the figure and the status as loaded come back with it, and a decision on an item
// that changed since is refused, never applied to a value the reviewer did not see.
import { fieldText } from "../core/entry-fields";
import { fieldKeys, indicatorsFor } from "../core/indicators";
import { periodLabel } from "../core/labels";
import { sentence, t } from "../core/messages";
import { formatPercent } from "../core/numbers";
import { formatPeriod, parsePeriod, previousPeriod } from "../core/periods";
import { canonicalFigure, figureOf, hasFigure, reviewItems } from "../core/review";
import {
  type QueueIndicator,
  type QueueItem,
  type ReviewBatch,
  ReviewBatchSchema,
  type ReviewDecision,
  ReviewDecisionSchema,
  type ReviewQueue,
  ReviewQueueRequestSchema,
  type ReviewRefusal,
  type ReviewResult,
} from "../core/review-api";
import { parseReviewValue, reviewValueMessage } from "../core/review-fields";
import type { Figure, Indicator, Language, MonthlyRecord, ReviewStatus, Unit } from "../core/schemas";
import { cellText, isDate, readFigure, readWord } from "../workbook/cells";
import { type Cell, WORDS } from "../workbook/contract";
import { isBlank } from "../workbook/headers";
import { caller } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { lastCompleteMonth } from "./clock";
import { indexData } from "./data-rows";
import { formIndicators, monthsOffered, yearsOffered } from "./entry";
import { ensureReviewSheet, indexReviews, type ReviewColumn, type ReviewIndex, writeReviewCells } from "./review-rows";
import { languageOf, sidebarWrite } from "./sidebar-write";
import { readSpreadsheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";

/** The word written in `Trạng thái`: the Vietnamese one, whatever the language (the reader takes both). */
const statusWord = (s: ReviewStatus) => WORDS.status[s][0];

const STATUS_KEYS = {
  pending: "reviewStatusPending",
  accepted: "reviewStatusAccepted",
  adjusted: "reviewStatusAdjusted",
  more: "reviewStatusMore",
} as const;

const statusLabel = (s: ReviewStatus, lang: Language) => t(lang, STATUS_KEYS[s]);

const labelsOf = (ind: Pick<Indicator, "levels">) => (ind.levels ?? []).map((l) => l.label);

/** A figure as it reads: `82,5%`, `có`, a label, `12`, a ratio as `90/100 (90%)`; '' when missing. */
export function figureDisplay(ind: Indicator, values: readonly Figure[], lang: Language): string {
  if (!hasFigure(values)) return "";
  const text = (v: Figure) => (v === null ? "?" : fieldText(ind.type, v, lang, labelsOf(ind)));
  if (ind.type === "ratio") {
    const [n, d] = values;
    const pair = `${text(n)}/${text(d)}`;
    return typeof n === "number" && typeof d === "number" && d > 0 ? `${pair} (${formatPercent(n / d, lang)})` : pair;
  }
  return ind.type === "percent" ? `${text(values[0])}%` : text(values[0]);
}

/** Whether a yearly indicator exists: only then are years offered. */
const hasYearly = (indicators: Indicator[]) => indicators.some((i) => i.frequency === "year");

/** The periods the office may review: the entry sidebar's months, and its years when yearly indicators exist. */
function periodsOffered(read: WorkbookRead): string[] {
  return [...monthsOffered(read.timeZone), ...(hasYearly(read.model.indicators) ? yearsOffered(read.timeZone) : [])];
}

function notAdmin(lang: Language, email: string): string {
  return t(lang, "reviewNotAdmin", { email: email || t(lang, "unknownUser") });
}

// ————————————————————————————————————————————— the queue

export function getReviewQueueIn(ss: Spreadsheet, request: unknown): ReviewQueue | ReviewRefusal {
  try {
    return queueOf(ss, request);
  } catch (e) {
    console.error(e);
    const lang = languageOf(ss);
    return { ok: false, lang, message: t(lang, "reviewLoadFailed") };
  }
}

function queueOf(ss: Spreadsheet, request: unknown): ReviewQueue | ReviewRefusal {
  // Every input sheet once (one getValues each): the queue needs the whole period's figures,
  // the previous period's and every Thẩm định row.
  const read = readSpreadsheet(ss);
  const { model } = read;
  const lang = model.settings.language;
  const who = caller(ss, model.settings);
  if (!who.admin) return { ok: false, lang, message: notAdmin(lang, who.email) };
  const parsed = ReviewQueueRequestSchema.safeParse(request ?? {});
  if (!parsed.success) return { ok: false, lang, message: t(lang, "reviewMalformed") };

  const periods = periodsOffered(read);
  const wanted = parsed.data.period ?? "";
  const chosen = periods.includes(wanted) ? parsePeriod(wanted)! : lastCompleteMonth(read.timeZone);
  const period = formatPeriod(chosen);
  const previous = formatPeriod(previousPeriod(chosen));

  const units = model.units.filter((u) => u.active);
  const unitIndex = new Map(units.map((u, k) => [u.id, k]));
  const yearly = chosen.kind === "year";
  const indicators = model.indicators.filter((i) => (i.frequency === "year") === yearly);
  const indicatorIndex = new Map(indicators.map((ind, k) => [ind.id, k]));

  const prevRecords = new Map<string, MonthlyRecord>();
  for (const r of model.records) if (r.period === previous) prevRecords.set(r.unitId, r);
  const resolved = new Map<string, Map<string, Indicator>>();
  const resolvedFor = (unit: Unit) => {
    let m = resolved.get(unit.group);
    if (!m) {
      m = new Map(indicatorsFor(model.indicators, unit.group, chosen.kind).map((i) => [i.id, i]));
      resolved.set(unit.group, m);
    }
    return m;
  };
  const byId = new Map(units.map((u) => [u.id, u]));

  const items: QueueItem[] = [];
  for (const item of reviewItems(model, chosen)) {
    if (item.period !== period) continue;
    const u = unitIndex.get(item.unitId);
    const i = indicatorIndex.get(item.indicatorId);
    const ind = resolvedFor(byId.get(item.unitId)!).get(item.indicatorId);
    if (u === undefined || i === undefined || !ind) continue;
    const prevRecord = prevRecords.get(item.unitId);
    const prev = prevRecord ? figureDisplay(ind, figureOf(prevRecord, ind), lang) : "";
    const r = item.review;
    const view = itemView(ind, item.self, lang, {
      evidence: r?.evidence ?? "",
      status: item.status,
      reason: r?.reason ?? "",
      reviewer: r?.reviewer ?? "",
      at: r?.reviewedAt ?? "",
      reviewed: r?.reviewed && item.status === "adjusted" ? reviewedText(ind, r.reviewed) : "",
      stale: item.stale,
    });
    items.push({ u, i, ...view, ...(prev ? { prev } : {}) });
  }
  return {
    ok: true,
    lang,
    userEmail: who.email,
    period,
    periods,
    previous,
    closed: model.settings.closedPeriods.includes(period),
    units: units.map((u) => ({ id: u.id, name: u.name, group: u.group })),
    indicators: indicators.map(queueIndicator),
    items,
  };
}

function queueIndicator(ind: Indicator): QueueIndicator {
  return {
    id: ind.id,
    name: ind.name,
    type: ind.type,
    ...(ind.type === "choice" ? { labels: labelsOf(ind) } : {}),
    ...(ind.evidence ? { evidence: true as const } : {}),
  };
}

const reviewedText = (ind: Indicator, reviewed: Record<string, Figure>) =>
  canonicalFigure(
    ind,
    fieldKeys(ind).map((k) => reviewed[k] ?? null),
  );

interface ItemState {
  evidence: string;
  status: ReviewStatus;
  reason: string;
  reviewer: string;
  at: string;
  reviewed: string;
  stale: boolean;
}

/** An item's fields, every empty one left out. */
function itemView(ind: Indicator, self: readonly Figure[], lang: Language, s: ItemState): Omit<QueueItem, "u" | "i"> {
  const shown = figureDisplay(ind, self, lang);
  const canon = canonicalFigure(ind, self);
  const out: Omit<QueueItem, "u" | "i"> = {};
  if (shown) out.self = shown;
  if (canon !== shown) out.canon = canon;
  if (s.evidence) out.evidence = s.evidence;
  if (s.status !== "pending") out.status = s.status;
  if (s.reason) out.reason = s.reason;
  if (s.reviewer) out.reviewer = s.reviewer;
  if (s.at) out.at = s.at;
  if (s.reviewed) out.reviewed = s.reviewed;
  if (s.stale) out.stale = true;
  return out;
}

// ————————————————————————————————————————————— decisions

/** One decision, or one unit's "Đạt tất cả": one lock, one write per row, one audit append. */
export function submitReviewIn(open: () => Spreadsheet, payload: unknown): ReviewResult {
  return sidebarWrite(open, "reviewFailed", (ss, read) => decideLocked(ss, read, payload));
}

interface Wanted {
  indicatorId: string;
  action: ReviewDecision["action"];
  value?: string;
  reason?: string;
  expected: string;
  expectedStatus: ReviewStatus;
}

function parsePayload(payload: unknown): { period: string; unitId: string; wanted: Wanted[] } | null {
  const isObject = typeof payload === "object" && payload !== null && !Array.isArray(payload);
  if (isObject && "items" in payload) {
    const b = ReviewBatchSchema.safeParse(payload);
    if (!b.success) return null;
    const batch: ReviewBatch = b.data;
    return {
      period: batch.period,
      unitId: batch.unitId,
      wanted: batch.items.map((i) => ({ ...i, action: "accept" as const })),
    };
  }
  const d = ReviewDecisionSchema.safeParse(payload);
  if (!d.success) return null;
  const { period, unitId, ...rest } = d.data;
  return { period, unitId, wanted: [rest] };
}

/** A decision ready to write: the row, its cells, its audit row and its answer. */
interface Planned {
  ind: Indicator;
  row: number;
  current: Cell[];
  cells: Partial<Record<ReviewColumn, Cell>>;
  audit: AuditRow;
  view: Omit<QueueItem, "u" | "i">;
}

function decideLocked(ss: Spreadsheet, read: WorkbookRead, payload: unknown): ReviewResult {
  const { settings } = read.model;
  const lang = settings.language;
  const who = caller(ss, settings);
  if (!who.admin) return { ok: false, message: notAdmin(lang, who.email) };
  const refuse = (key: Parameters<typeof t>[1], params: Record<string, string | number> = {}) => ({
    ok: false,
    message: sentence(t(lang, key, params)),
  });
  const parsed = parsePayload(payload);
  if (!parsed) return refuse("reviewMalformed");
  const period = parsePeriod(parsed.period);
  if (!period || (period.kind !== "month" && period.kind !== "year")) return refuse("reviewMalformed");
  const label = periodLabel(period, lang);
  if (!periodsOffered(read).includes(parsed.period)) return refuse("reviewPeriodNotOffered", { period: label });
  const unit = read.model.units.find((u) => u.id === parsed.unitId && u.active);
  if (!unit) return refuse("reviewUnknownUnit", { unit: parsed.unitId });
  const indicators = formIndicators(read.model.indicators, unit.group, period);
  const seen = new Set<string>();
  for (const w of parsed.wanted) {
    if (!indicators.some((i) => i.id === w.indicatorId))
      return refuse("reviewIndicatorNotApplicable", { id: w.indicatorId, unit: unit.name, period: label });
    if (seen.has(w.indicatorId)) return refuse("reviewMalformed");
    seen.add(w.indicatorId);
    const reason = (w.reason ?? "").normalize("NFC").trim();
    if (w.action === "adjust" && ((w.value ?? "").trim() === "" || reason === ""))
      return refuse("reviewAdjustNeeds", { id: w.indicatorId });
    if (w.action === "more" && reason === "") return refuse("reviewMoreNeedsReason", { id: w.indicatorId });
  }

  // The current figures, read inside the lock.
  const dataSheet = read.sheets.data;
  if (!dataSheet) return refuse("sheetMissing", { sheet: "Số liệu" });
  const d = indexData(dataSheet, indicators, read.timeZone);
  if (d.problem) return refuse("entrySheetBroken", { sheet: dataSheet.getName(), columns: d.problem });
  const dataRow = d.rowOf(parsed.period, unit.id);
  const dataCells: Cell[] = dataRow > 0 ? d.readRow(dataRow) : [];
  const existing = read.sheets.review;
  let index: ReviewIndex | null = existing ? indexReviews(existing, read.timeZone) : null;

  const now = new Date();
  const plans: Planned[] = [];
  for (const w of parsed.wanted) {
    const ind = indicators.find((i) => i.id === w.indicatorId)!;
    const keys = fieldKeys(ind);
    const unreadable = keys
      .map((k) => dataCells[d.indicatorCols[k]])
      .find((c) => c !== undefined && !isBlank(c) && !readFigure(c, ind).ok);
    const self = keys.map((k) => {
      const c = dataCells[d.indicatorCols[k]];
      if (c === undefined || isBlank(c)) return null;
      const r = readFigure(c, ind);
      return r.ok ? r.value : null;
    });
    const canon = unreadable !== undefined ? cellText(unreadable) : canonicalFigure(ind, self);
    const row = index ? index.rowOf(parsed.period, unit.id, ind.id) : -1;
    const current: Cell[] = row > 0 && index ? index.readRow(row) : [];
    const col = (k: ReviewColumn) => (index ? current[index.columns[k]] : undefined);
    const stored = storedStatus(col("status"));
    const selfValue = cellText(col("selfValue") ?? "");
    const decided = stored === "accepted" || stored === "adjusted";
    const effective: ReviewStatus = decided && selfValue !== "" && selfValue !== canon ? "pending" : stored;
    const what = { id: ind.id, unit: unit.name, period: label };
    const show = (s: string) => (s === "" ? t(lang, "missingValue") : s);
    if (canon !== w.expected)
      return refuse("reviewFigureChanged", { ...what, was: show(w.expected), now: show(canon) });
    if (effective !== w.expectedStatus)
      return refuse("reviewStatusChanged", {
        ...what,
        was: statusLabel(w.expectedStatus, lang),
        now: statusLabel(effective, lang),
      });
    if (w.action === "accept" && canon === "") return refuse("reviewNoFigure", what);
    if (w.action === "reopen" && effective === "pending") return refuse("reviewNothingToReopen", what);

    let reviewedCell: Cell = "";
    let reviewed = "";
    if (w.action === "adjust") {
      const v = parseReviewValue({ id: ind.id, type: ind.type, labels: labelsOf(ind) }, w.value ?? "", lang);
      if (!v.ok) return refuse("reviewInvalidValue", { id: ind.id, reason: reviewValueMessage(v, lang) });
      const figures = keys.map((k) => v.values[k] ?? null);
      reviewed = canonicalFigure(ind, figures);
      reviewedCell = valueCell(ind, figures);
    }
    const status: ReviewStatus =
      w.action === "accept"
        ? "accepted"
        : w.action === "adjust"
          ? "adjusted"
          : w.action === "more"
            ? "more"
            : "pending";
    const reason = w.action === "accept" ? "" : (w.reason ?? "").normalize("NFC").trim();
    const cells: Partial<Record<ReviewColumn, Cell>> = {
      reviewedValue: reviewedCell,
      status: statusWord(status),
      reason,
      reviewer: who.email,
      reviewedAt: now,
      selfValue: canon,
    };
    if (row < 0) Object.assign(cells, { period: parsed.period, unitId: unit.id, indicatorId: ind.id });
    const oldReviewed = cellText(col("reviewedValue") ?? "");
    const before = `${statusWord(effective)}: ${show(stored === "adjusted" && oldReviewed ? oldReviewed : canon)}`;
    const after = `${statusWord(status)}: ${show(status === "adjusted" ? reviewed : canon)}`;
    plans.push({
      ind,
      row,
      current,
      cells,
      audit: {
        at: now,
        by: who.email,
        action: t(lang, "auditReview", { status: statusWord(status) }),
        period: parsed.period,
        unitId: unit.id,
        indicator: ind.id,
        oldValue: before,
        newValue: reason ? `${after} (${reason})` : after,
      },
      view: itemView(ind, self, lang, {
        evidence: cellText(col("evidence") ?? ""),
        status,
        reason,
        reviewer: who.email,
        at: now.toISOString(),
        reviewed,
        stale: false,
      }),
    });
  }

  // Everything checked: now write. The sheet is created (or its missing columns added) only here,
  // so a refusal leaves the workbook untouched.
  // A sheet this decision creates is protected at once, for the admins and the owner (design §8).
  if (!index?.complete) {
    const protectFor = { lang, editors: [...settings.adminEmails, who.email], owner: who.owner };
    index = indexReviews(ensureReviewSheet(ss, existing, protectFor), read.timeZone);
  }
  const written: { row: number; plan: Planned }[] = [];
  try {
    for (const plan of plans) {
      written.push({ row: writeReviewCells(index, plan.row, plan.cells, plan.current), plan });
    }
    appendAudit(
      ss,
      read.sheets.audit,
      plans.map((p) => p.audit),
    );
  } catch (e) {
    // A decision without its audit row would be untraceable: put the rows back as they were (a
    // new row becomes blank again), so a retry writes both.
    for (const { row, plan } of written.reverse()) {
      try {
        const old = Object.fromEntries(
          Object.keys(plan.cells).map((k) => [
            k,
            plan.row > 0 ? (plan.current[index.columns[k as ReviewColumn]] ?? "") : "",
          ]),
        ) as Partial<Record<ReviewColumn, Cell>>;
        writeReviewCells(index, row, old, plan.current);
      } catch {
        // A second failure: Sheets' version history keeps the rest.
      }
    }
    throw e;
  }
  SpreadsheetApp.flush();
  const message =
    plans.length === 1
      ? t(lang, "reviewSaved", {
          id: plans[0].ind.id,
          unit: unit.name,
          period: label,
          status: statusLabel(plans[0].view.status ?? "pending", lang),
        })
      : t(lang, "reviewBatchSaved", { count: plans.length, unit: unit.name, period: label });
  return { ok: true, message, items: plans.map((p) => ({ indicatorId: p.ind.id, item: p.view })) };
}

/** A `Trạng thái` cell's status; blank or unreadable is pending (the reader drops an unreadable row). */
function storedStatus(c: Cell | undefined): ReviewStatus {
  if (c === undefined || isBlank(c) || isDate(c)) return "pending";
  const r = readWord(c, WORDS.status, "Trạng thái");
  return r.ok ? r.value : "pending";
}

/** The office's value as a clerk would type it: `không`, a label, a number, a percent's fraction, `45/100`. */
function valueCell(ind: Indicator, figures: Figure[]): Cell {
  const [v, den] = figures;
  switch (ind.type) {
    case "boolean":
      return t("vi", v === true || v === 1 ? "yes" : "no");
    case "choice":
      return ind.levels?.[v as number]?.label ?? "";
    case "ratio":
      return `${v}/${den}`;
    default:
      return v as number;
  }
}
