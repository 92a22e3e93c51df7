// The review sidebar's contract (design §10) shared by the server and the browser: what the queue
// holds, what a decision sends, and what comes back. The zod schemas parse what the browser sends;
// the sidebar imports only the types and ./review-fields (no zod), so its bundle stays small.
import * as z from "zod/mini";
import { MAX_FIELD, PERIOD_PATTERN } from "./entry-fields";
import { MAX_BATCH, MAX_REASON } from "./review-fields";
import type { IndicatorType, Language, ReviewStatus } from "./schemas";
import { ReviewStatusSchema, UNIT_ID_PATTERN } from "./schemas";

export { MAX_BATCH, MAX_REASON, REVIEW_ACTIONS, type ReviewAction } from "./review-fields";

const ID = z.string().check(z.minLength(1), z.maxLength(64));
/** What the sidebar sends back of an item as it was loaded: its figure and its status. */
const EXPECTED = z.string().check(z.maxLength(200));

/** The queue's request: a period (optional; the last complete month by default). */
export const ReviewQueueRequestSchema = z.strictObject({
  period: z.optional(z.string().check(z.maxLength(16))),
});

/** One decision on one item. */
export const ReviewDecisionSchema = z.strictObject({
  period: z.string().check(z.regex(PERIOD_PATTERN)),
  unitId: z.string().check(z.minLength(1), z.maxLength(64), z.regex(UNIT_ID_PATTERN)),
  indicatorId: ID,
  action: z.enum(["accept", "adjust", "more", "reopen"]),
  value: z.optional(z.string().check(z.maxLength(MAX_FIELD * 2 + 1))),
  reason: z.optional(z.string().check(z.maxLength(MAX_REASON))),
  expected: EXPECTED,
  expectedStatus: ReviewStatusSchema,
});

/** "Đạt tất cả": every listed item of one unit accepted, in one locked write. */
export const ReviewBatchSchema = z.strictObject({
  period: z.string().check(z.regex(PERIOD_PATTERN)),
  unitId: z.string().check(z.minLength(1), z.maxLength(64), z.regex(UNIT_ID_PATTERN)),
  action: z.literal("accept"),
  items: z
    .array(z.strictObject({ indicatorId: ID, expected: EXPECTED, expectedStatus: ReviewStatusSchema }))
    .check(z.minLength(1), z.maxLength(MAX_BATCH)),
});

export type ReviewQueueRequest = z.infer<typeof ReviewQueueRequestSchema>;
export type ReviewDecision = z.infer<typeof ReviewDecisionSchema>;
export type ReviewBatch = z.infer<typeof ReviewBatchSchema>;

/** An indicator as the queue shows it. */
export interface QueueIndicator {
  id: string;
  name: string;
  type: IndicatorType;
  /** A choice's labels, in order (omitted for other types). */
  labels?: string[];
  /** `Minh chứng` = `bắt buộc` (omitted when not). */
  evidence?: true;
}

/**
 * One review item, compact: the unit and indicator as indexes into the queue's lists, every empty
 * field omitted. `canon` (the canonical figure, sent back as `expected`) is omitted when it equals
 * `self`; `status` when pending.
 */
export interface QueueItem {
  /** Index into `units`. */
  u: number;
  /** Index into `indicators`. */
  i: number;
  /** The unit's own figure as it reads (`82,5%`, `có`, `90/100 (90%)`). */
  self?: string;
  /** canonicalFigure of the unit's own figure, when it differs from `self`. */
  canon?: string;
  /** The previous period's figure, as it reads. */
  prev?: string;
  /** The clerk's evidence, untrusted: shown as text, a link only for an http(s) URL. */
  evidence?: string;
  status?: ReviewStatus;
  reason?: string;
  reviewer?: string;
  /** ISO 8601 instant. */
  at?: string;
  /** The office's value (`không`, `45/100`), when adjusted. */
  reviewed?: string;
  /** Decided on a figure that changed since: pending again. */
  stale?: true;
}

export interface ReviewQueue {
  ok: true;
  lang: Language;
  userEmail: string;
  period: string;
  /** Months newest first, then years (when a yearly indicator exists), newest first. */
  periods: string[];
  /** The period the items' `prev` comes from. */
  previous: string;
  closed: boolean;
  units: { id: string; name: string; group: string }[];
  indicators: QueueIndicator[];
  items: QueueItem[];
}

export interface ReviewRefusal {
  ok: false;
  lang?: Language;
  message: string;
}

/** A decision's answer: the items as they now stand, to update in place. */
export interface ReviewResult {
  ok: boolean;
  message: string;
  /** On success, each decided item as the queue would now show it (same indexes). */
  items?: { indicatorId: string; item: Omit<QueueItem, "u" | "i"> }[];
}

/** The server functions the review sidebar calls. */
export interface ReviewApi {
  getReviewQueue(request?: ReviewQueueRequest): ReviewQueue | ReviewRefusal;
  submitReview(payload: ReviewDecision | ReviewBatch): ReviewResult;
}
