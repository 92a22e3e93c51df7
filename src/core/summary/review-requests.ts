// Requests for more evidence (design §10): the review items of a period the office marked
// `cần bổ sung`, one request per unit, listing each item with the unit's figure, the office's
// reason and the evidence already given, and the day to add evidence by.
// A request belongs to the `Số liệu` row its items are on: a month's request lists the month's
// items, a year's the yearly figures; a quarter has no row of its own, so it asks for nothing that
// its months' requests have not already asked (and a quarter's send never repeats them).

import { periodLabel } from "../labels";
import { t } from "../messages";
import { formatNumber } from "../numbers";
import { formatPeriod, type Period } from "../periods";
import { type ReviewItem, reviewInPeriod, reviewItems } from "../review";
import type { Figure, Indicator, Language, Model, Settings, Unit } from "../schemas";
import { valueText } from "./figures";
import { type CalendarDate, oneLine, safeHttpUrl } from "./mail";
import { dueDateOf, formatDueDate, isOverdue } from "./reminders";

/** Days a unit is given to add evidence, counted from the day the request is written. */
export const EVIDENCE_DAYS = 5;

export interface ReviewRequestItem {
  indicatorId: string;
  indicatorName: string;
  /** The unit's own figure, as the e-mails write values (`có`, `82,50%`, `90/100`). */
  valueText: string;
  /** The office's reason as typed (untrusted text; '' when none). */
  reason: string;
  /** The evidence the unit gave, as typed (untrusted text; '' when none). */
  evidence: string;
}

export interface ReviewRequest {
  lang: Language;
  periodKey: string;
  unitId: string;
  unitName: string;
  /** The day to add evidence by, written for the language (`10/07/2023`, `10 July 2023`). */
  due: string;
  subject: string;
  title: string;
  greeting: string;
  body: string;
  items: ReviewRequestItem[];
  action: string;
  after: string;
  spreadsheetUrl: string | null;
}

/** The items of the period's own row marked `cần bổ sung`, grouped by unit in `Đơn vị` order. */
export function moreEvidenceByUnit(model: Model, period: Period): Map<string, ReviewItem[]> {
  const out = new Map<string, ReviewItem[]>();
  if (!reviewInPeriod(model, period)) return out;
  const key = formatPeriod(period);
  for (const item of reviewItems(model, period)) {
    if (item.status !== "more" || item.period !== key) continue;
    const list = out.get(item.unitId);
    if (list) list.push(item);
    else out.set(item.unitId, [item]);
  }
  return out;
}

function addDays(d: CalendarDate, days: number): CalendarDate {
  const at = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/**
 * The day to add evidence by: the period's due date for figures when it is at least
 * `EVIDENCE_DAYS` days ahead, otherwise `EVIDENCE_DAYS` days after `today` — a request written
 * after (or just before) the due date still gives the clerk a working week.
 */
export function evidenceDueDate(period: Period, settings: Settings, today: CalendarDate): CalendarDate {
  const due = dueDateOf(period, settings.dueDay);
  const soonest = addDays(today, EVIDENCE_DAYS);
  return isOverdue(due, soonest) ? soonest : due;
}

/** A figure as the e-mails write it: a ratio as `90/100`, every other one as its value. */
export function figureText(ind: Indicator, self: readonly Figure[], lang: Language, decimals: number): string {
  if (ind.type === "ratio") {
    const part = (v: Figure | undefined) => (typeof v === "number" ? formatNumber(v, lang, 10) : "—");
    return `${part(self[0])}/${part(self[1])}`;
  }
  const v = self[0] ?? null;
  return valueText(ind, typeof v === "boolean" ? (v ? 1 : 0) : v, lang, decimals);
}

/** The request to `unit` for its `items` (all `cần bổ sung`, of one period), as written on `today`. */
export function buildReviewRequest(
  period: Period,
  unit: Unit,
  items: readonly ReviewItem[],
  indicators: readonly Indicator[],
  settings: Settings,
  today: CalendarDate,
  options: { spreadsheetUrl?: string } = {},
): ReviewRequest {
  const lang = settings.language;
  const periodText = periodLabel(period, lang);
  const due = formatDueDate(evidenceDueDate(period, settings, today), lang);
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const shown = items.map((item): ReviewRequestItem => {
    const ind = byId.get(item.indicatorId);
    return {
      indicatorId: item.indicatorId,
      indicatorName: ind?.name ?? item.indicatorId,
      valueText: ind ? figureText(ind, item.self, lang, settings.decimals) : "—",
      reason: item.review?.reason.trim() ?? "",
      evidence: item.review?.evidence.trim() ?? "",
    };
  });
  const count = shown.length;
  return {
    lang,
    periodKey: formatPeriod(period),
    unitId: unit.id,
    unitName: unit.name,
    due,
    subject: oneLine(t(lang, "reviewRequestSubject", { period: periodText, unit: unit.name, count })),
    title: t(lang, "reviewRequestTitle", { period: periodText }),
    greeting: t(lang, "reviewRequestGreeting", { unit: unit.name }),
    body: t(lang, "reviewRequestBody", { period: periodText, count }),
    items: shown,
    action: t(lang, "reviewRequestAction", { due }),
    after: t(lang, "reviewRequestAfter"),
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}
