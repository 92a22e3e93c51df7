// Evidence and review (design §10): the units assess themselves, the DX office reviews each figure.
// Here: which figures are review items and in which state, and the model the ranking uses, where
// every adjusted figure (`điều chỉnh`) is replaced by the office's value.
import { rowKeysOf } from "./aggregation";
import { fieldKeys, indicatorsFor } from "./indicators";
import { roundTo } from "./numbers";
import type { Period } from "./periods";
import type { Figure, Indicator, Model, MonthlyRecord, Review, ReviewStatus } from "./schemas";

export const reviewKey = (period: string, unitId: string, indicatorId: string) =>
  `${period}\u0000${unitId}\u0000${indicatorId}`;

export function reviewsByKey(reviews: readonly Review[] | undefined): Map<string, Review> {
  const out = new Map<string, Review>();
  for (const r of reviews ?? []) out.set(reviewKey(r.period, r.unitId, r.indicatorId), r);
  return out;
}

/**
 * Whether the office reviews the period: some `Thẩm định` row (evidence or a decision) lies in its
 * rows. Without one, nothing about review is shown for the period: a month nobody reviews is not
 * "everything pending".
 */
export function reviewInPeriod(model: Pick<Model, "reviews">, period: Period): boolean {
  if (!model.reviews?.length) return false;
  const keys = new Set(rowKeysOf(period));
  return model.reviews.some((r) => keys.has(r.period));
}

/** A figure's values by field key, from a record (a ratio has two). */
export function figureOf(record: MonthlyRecord | undefined, ind: Pick<Indicator, "id" | "type">): Figure[] {
  return fieldKeys(ind).map((k) => record?.values[k] ?? null);
}

export const hasFigure = (values: readonly Figure[]) => values.some((v) => v !== null);

/**
 * A figure as one canonical text, the same whatever the language: `có`/`không`, a choice's label,
 * a ratio's `90/100`, a percent as `82,5%`, a count as `12`; '' when missing. `Giá trị tự đánh giá`
 * holds it, so a figure changed after a decision is seen by comparing two texts.
 */
export function canonicalFigure(ind: Pick<Indicator, "type" | "levels">, values: readonly Figure[]): string {
  const num = (v: Figure) => (typeof v === "number" ? String(roundTo(v, 10)).replace(".", ",") : "");
  if (!hasFigure(values)) return "";
  const [v] = values;
  switch (ind.type) {
    case "ratio":
      return `${num(values[0])}/${num(values[1])}`;
    case "boolean":
      return v === true || v === 1 ? "có" : "không";
    case "choice":
      return typeof v === "number" ? (ind.levels?.[v]?.label ?? num(v)) : "";
    case "percent":
      return typeof v === "number" ? `${String(roundTo(v * 100, 8)).replace(".", ",")}%` : "";
    default:
      return num(v);
  }
}

export interface ReviewItem {
  period: string;
  unitId: string;
  indicatorId: string;
  /** The unit's own figure by field key. */
  self: Figure[];
  review: Review | null;
  /**
   * The state the item is in now: a row's status, blank rows and items without a row pending. An
   * acceptance or adjustment of a figure the unit changed afterwards (`Giá trị tự đánh giá` differs)
   * is pending again: what was accepted is no longer what is there.
   */
  status: ReviewStatus;
  /** Decided on a figure that has changed since. */
  stale: boolean;
}

/**
 * The review items of a period's rows (a month; a quarter's months; a year's months and its year
 * row): every figure a unit entered for an indicator that applies to it, and every `Thẩm định` row
 * of those rows, in the order of `Đơn vị`, the period's rows, then `Chỉ tiêu`.
 */
export function reviewItems(model: Model, period: Period): ReviewItem[] {
  const keys = rowKeysOf(period);
  const wanted = new Set(keys);
  const records = new Map<string, MonthlyRecord>();
  for (const r of model.records) if (wanted.has(r.period)) records.set(`${r.period}\u0000${r.unitId}`, r);
  const reviews = reviewsByKey(model.reviews);
  const items: ReviewItem[] = [];
  const byGroup = new Map<string, Indicator[]>();
  for (const unit of model.units) {
    if (!unit.active) continue;
    let inds = byGroup.get(unit.group);
    if (!inds) {
      inds = indicatorsFor(model.indicators, unit.group, period.kind);
      byGroup.set(unit.group, inds);
    }
    for (const key of keys) {
      const record = records.get(`${key}\u0000${unit.id}`);
      const yearRow = !key.includes("-");
      for (const ind of inds) {
        if ((ind.frequency === "year") !== yearRow) continue;
        const self = figureOf(record, ind);
        const review = reviews.get(reviewKey(key, unit.id, ind.id)) ?? null;
        if (!hasFigure(self) && !review) continue;
        const decided = review !== null && (review.status === "accepted" || review.status === "adjusted");
        const stale = decided && review.selfValue !== "" && review.selfValue !== canonicalFigure(ind, self);
        const status = review === null || stale ? "pending" : review.status;
        items.push({ period: key, unitId: unit.id, indicatorId: ind.id, self, review, status, stale });
      }
    }
  }
  return items;
}

export interface ReviewCounts {
  items: number;
  /** `đạt` and `điều chỉnh`: reviewed. */
  accepted: number;
  adjusted: number;
  /** `cần bổ sung`: sent back to the unit. */
  more: number;
  /** Waiting for the office, stale decisions included. */
  pending: number;
}

export function countReviews(items: readonly ReviewItem[]): ReviewCounts {
  const c: ReviewCounts = { items: items.length, accepted: 0, adjusted: 0, more: 0, pending: 0 };
  for (const i of items) c[i.status]++;
  return c;
}

/**
 * The model the ranking uses: each figure whose review says `điều chỉnh` takes the office's value;
 * every other figure is the unit's own. `adjusted` holds the review keys applied. A figure whose
 * `Số liệu` row does not exist is not created: the unit did not report (the reader warns).
 */
export function reviewedModel(model: Model): { model: Model; adjusted: Set<string> } {
  const adjusted = new Set<string>();
  const byRow = new Map<string, Review[]>();
  for (const r of model.reviews ?? []) {
    if (r.status !== "adjusted" || r.reviewed === null) continue;
    const k = `${r.period}\u0000${r.unitId}`;
    byRow.set(k, [...(byRow.get(k) ?? []), r]);
  }
  if (byRow.size === 0) return { model, adjusted };
  const records = model.records.map((rec) => {
    const list = byRow.get(`${rec.period}\u0000${rec.unitId}`);
    if (!list) return rec;
    const values = { ...rec.values };
    for (const r of list) {
      Object.assign(values, r.reviewed);
      adjusted.add(reviewKey(r.period, r.unitId, r.indicatorId));
    }
    return { ...rec, values };
  });
  return { model: { ...model, records }, adjusted };
}
