// The `Thẩm định` sheet (design §10) to review records, every problem with its cell; and the
// warnings of evidence: a figure of an indicator whose `Minh chứng` is `bắt buộc` with none.
import { MAX_EVIDENCE } from "../core/entry-fields";
import { fieldKeys, indicatorsFor } from "../core/indicators";
import type { Problem } from "../core/problems";
import { canonicalFigure, figureOf, hasFigure, reviewKey } from "../core/review";
import type { Figure, Indicator, Model, Review, ReviewStatus, Unit } from "../core/schemas";
import { a1 } from "./a1";
import { type CellResult, cellText, isDate, readCount, readFigure, readWord } from "./cells";
import { type Cell, type Grid, normalizeHeader, REVIEW_COLUMNS, WORDS } from "./contract";
import { isBlank, isBlankRow, locateColumns } from "./headers";

export interface ReviewContext {
  units: Unit[];
  indicators: Indicator[];
  /** Reads a `Kỳ` cell (text or date, in the spreadsheet's time zone) as `2023-06` or `2023`. */
  periodOf: (c: Cell) => string | null;
}

// The sidebar bounds the evidence field with it too: it lives with the entry contract.
export { MAX_EVIDENCE };

/**
 * The office's value in `Giá trị thẩm định`, by field key: a figure as in `Số liệu`, a ratio as
 * `tử/mẫu` (`45/100`).
 */
export function readReviewedValue(c: Cell, ind: Indicator): CellResult<Record<string, Figure>> {
  const keys = fieldKeys(ind);
  if (ind.type !== "ratio") {
    const r = readFigure(c, ind);
    return r.ok ? { ok: true, value: { [keys[0]]: r.value } } : r;
  }
  const parts = cellText(c).split("/");
  if (parts.length !== 2) return { ok: false, key: "reviewRatioFormat", params: { value: cellText(c), id: ind.id } };
  const [n, d] = parts.map((p) => readCount(p.trim()));
  if (!n.ok) return n;
  if (!d.ok) return d;
  if (n.value > d.value)
    return { ok: false, key: "ratioAboveOne", params: { id: ind.id, num: String(n.value), den: String(d.value) } };
  return { ok: true, value: { [keys[0]]: n.value, [keys[1]]: d.value } };
}

export function readReviews(sheet: string, g: Grid, ctx: ReviewContext, problems: Problem[]): Review[] {
  const C = REVIEW_COLUMNS;
  const cols = locateColumns(sheet, g[0] ?? [], C, problems);
  if (cols.period === undefined || cols.unitId === undefined || cols.indicatorId === undefined) return [];
  const report = (row0: number, col0: number, r: { key: Problem["key"]; params: Problem["params"] }) =>
    problems.push({ ...r, sheet, cell: a1(row0 + 1, col0 + 1), row: row0 + 1, column: col0 + 1 });
  const units = new Map(ctx.units.map((u) => [u.id, u]));
  const indicators = new Map(ctx.indicators.map((i) => [normalizeHeader(i.id), i]));
  const first = new Map<string, number>();
  const reviews: Review[] = [];
  for (let index = 1; index < g.length; index++) {
    const row = g[index];
    if (isBlankRow(row)) continue;
    const before = problems.length;
    const text = (c: number | undefined) => (c === undefined ? "" : cellText(row[c]));
    const period = ctx.periodOf(row[cols.period]);
    if (period === null) {
      if (isBlank(row[cols.period])) report(index, cols.period, { key: "required", params: { column: C.period.name } });
      else report(index, cols.period, { key: "periodCellInvalid", params: { value: text(cols.period) } });
    }
    const unitId = text(cols.unitId);
    const unit = units.get(unitId);
    if (unitId === "") report(index, cols.unitId, { key: "required", params: { column: C.unitId.name } });
    else if (!unit) report(index, cols.unitId, { key: "unknownUnit", params: { value: unitId } });
    const indicatorText = text(cols.indicatorId);
    const written = indicators.get(normalizeHeader(indicatorText));
    // The indicator as the unit's group sees it, if it applies to the group and to the row's period.
    const ind =
      written && unit && period
        ? indicatorsFor([written], unit.group, period.includes("-") ? "month" : "year").find(
            (i) => (i.frequency === "year") === !period.includes("-"),
          )
        : undefined;
    if (indicatorText === "")
      report(index, cols.indicatorId, { key: "required", params: { column: C.indicatorId.name } });
    else if (!written)
      report(index, cols.indicatorId, { key: "reviewUnknownIndicator", params: { value: indicatorText } });
    else if (unit && period && !ind)
      report(index, cols.indicatorId, {
        key: "reviewIndicatorNotForRow",
        params: { id: written.id, unit: unit.name, period },
      });
    if (period && unit && written) {
      const k = reviewKey(period, unit.id, written.id);
      const other = first.get(k);
      if (other !== undefined)
        report(index, cols.indicatorId, {
          key: "reviewDuplicate",
          params: { unit: unit.id, id: written.id, period, other },
        });
      else first.set(k, index + 1);
    }
    let status: ReviewStatus = "pending";
    if (cols.status !== undefined && !isBlank(row[cols.status])) {
      const r = readWord(row[cols.status], WORDS.status, C.status.name);
      if (r.ok) status = r.value;
      else report(index, cols.status, r);
    }
    let reviewed: Record<string, Figure> | null = null;
    const valueCol = cols.reviewedValue;
    if (status === "adjusted") {
      if (valueCol === undefined || isBlank(row[valueCol]))
        report(index, valueCol ?? cols.status ?? cols.indicatorId, { key: "reviewValueRequired", params: {} });
      else if (ind) {
        const r = readReviewedValue(row[valueCol], ind);
        if (r.ok) reviewed = r.value;
        else report(index, valueCol, r);
      }
    }
    const evidence = text(cols.evidence);
    if (evidence.length > MAX_EVIDENCE)
      report(index, cols.evidence!, { key: "evidenceTooLong", params: { max: MAX_EVIDENCE } });
    if (problems.length > before || period === null || !unit || !written) continue;
    const at = cols.reviewedAt === undefined ? "" : row[cols.reviewedAt];
    reviews.push({
      period,
      unitId: unit.id,
      indicatorId: written.id,
      evidence,
      reviewed,
      status,
      reason: text(cols.reason),
      reviewer: text(cols.reviewer),
      reviewedAt: isDate(at) ? at.toISOString() : cellText(at),
      selfValue: text(cols.selfValue),
      row: index + 1,
    });
  }
  return reviews;
}

/** Where the figures are in `Số liệu`, for the warnings' cells. */
export interface FigureCells {
  sheet: string;
  /** 0-based column by field key. */
  indicatorColumns: Record<string, number>;
}

/**
 * Warnings that do not block the ranking: a figure of an indicator whose evidence is required
 * (`Minh chứng` = `bắt buộc`) with no evidence in `Thẩm định`, at the figure's cell; an adjustment
 * of a figure whose `Số liệu` row does not exist, at the review's row; a decision taken on a figure
 * the unit has changed since, at the figure's cell.
 */
export function reviewWarnings(model: Model, data: FigureCells | null, reviewSheet: string | undefined): Problem[] {
  const warnings: Problem[] = [];
  const reviews = new Map((model.reviews ?? []).map((r) => [reviewKey(r.period, r.unitId, r.indicatorId), r]));
  const units = new Map(model.units.map((u) => [u.id, u]));
  const rows = new Set<string>();
  const cellOf = (row: number | undefined, key: string) => {
    const j = data?.indicatorColumns[key];
    return row !== undefined && j !== undefined && data
      ? { sheet: data.sheet, cell: a1(row, j + 1), row, column: j + 1 }
      : {};
  };
  for (const rec of model.records) {
    rows.add(`${rec.period}\u0000${rec.unitId}`);
    const unit = units.get(rec.unitId);
    if (!unit) continue;
    const yearRow = !rec.period.includes("-");
    for (const ind of indicatorsFor(model.indicators, unit.group, yearRow ? "year" : "month")) {
      if ((ind.frequency === "year") !== yearRow) continue;
      const self = figureOf(rec, ind);
      if (!hasFigure(self)) continue;
      const review = reviews.get(reviewKey(rec.period, rec.unitId, ind.id));
      const at = cellOf(rec.row, fieldKeys(ind)[0]);
      if (ind.evidence && (review?.evidence ?? "").trim() === "")
        warnings.push({ key: "evidenceMissing", params: { id: ind.id, unit: unit.name, period: rec.period }, ...at });
      const decided = review && (review.status === "accepted" || review.status === "adjusted");
      if (decided && review.selfValue !== "" && review.selfValue !== canonicalFigure(ind, self))
        warnings.push({
          key: "reviewStale",
          params: {
            id: ind.id,
            unit: unit.name,
            period: rec.period,
            was: review.selfValue,
            now: canonicalFigure(ind, self),
          },
          ...at,
        });
    }
  }
  for (const r of model.reviews ?? []) {
    if (r.status === "adjusted" && !rows.has(`${r.period}\u0000${r.unitId}`))
      warnings.push({
        key: "reviewNoFigureRow",
        params: { id: r.indicatorId, unit: r.unitId, period: r.period },
        ...(reviewSheet && r.row ? { sheet: reviewSheet, cell: `${r.row}:${r.row}` } : {}),
      });
  }
  return warnings;
}
