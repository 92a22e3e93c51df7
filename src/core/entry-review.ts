// What a unit's form makes of the office's review of one figure (design §10): its state now, and
// whether the clerk may still change it. The office's queue and the ranking judge staleness the
// same way (src/core/review.ts): by the figure's canonical text at decision time.
import { canonicalFigure } from "./review";
import type { Figure, Indicator, ReviewStatus } from "./schemas";

export interface ReviewState {
  status: ReviewStatus;
  /** Accepted or adjusted, on the figure that is there now. */
  locked: boolean;
  /** Accepted or adjusted, but the figure has changed since: pending again. */
  stale: boolean;
}

/**
 * The state of a figure whose `Thẩm định` row says `status`, decided when the figure read
 * `selfValue` (`Giá trị tự đánh giá`), given the figure now (null: a cell that cannot be read as a
 * figure, which no decision can have been about). A decision without `selfValue` (written by hand)
 * stands.
 */
export function reviewState(
  ind: Pick<Indicator, "type" | "levels">,
  status: ReviewStatus,
  selfValue: string,
  self: readonly Figure[] | null,
): ReviewState {
  const decided = status === "accepted" || status === "adjusted";
  const stale = decided && (self === null || (selfValue !== "" && selfValue !== canonicalFigure(ind, self)));
  return { status: stale ? "pending" : status, locked: decided && !stale, stale };
}

/** A text shortened for a `Nhật ký` cell: evidence can be 2 000 characters, a log line need not. */
export function auditExcerpt(text: string, max = 200): string {
  const oneLine = text.replace(/\s*\n\s*/g, " ⏎ ");
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}
