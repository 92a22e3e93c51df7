// The data-entry contract shared by the sidebar and the server: what the form receives, what it
// submits, and how typed texts become figures — the same code validates as-you-type and on save.
// The parsing lives in ./entry-fields (no zod, so the sidebar can bundle it) and is re-exported here.
import * as z from "zod/mini";
import { MAX_EVIDENCE, MAX_FIELD, MAX_NOTE, PERIOD_PATTERN } from "./entry-fields";
import type { IndicatorType, Language, ReviewStatus } from "./schemas";
import { UNIT_ID_PATTERN } from "./schemas";

export {
  evidenceText,
  type FieldResult,
  type FieldSpec,
  fieldText,
  figureDisplay,
  MAX_EVIDENCE,
  MAX_FIELD,
  MAX_NOTE,
  MONTH_PATTERN,
  type ParsedEntry,
  PERIOD_PATTERN,
  parseEntry,
  parseField,
  parseRatio,
  type RatioResult,
  ratioPercentText,
  unknownFields,
} from "./entry-fields";

/** What the sidebar asks for: a unit and a period (month or year), both optional (defaults chosen by the server). */
export const EntryRequestSchema = z.strictObject({
  unitId: z.optional(z.string().check(z.maxLength(64))),
  period: z.optional(z.string().check(z.maxLength(16))),
});

/**
 * A submission: the texts as typed, by field key (`24,39` for 24,39 %; `có`/`không`; counts; a
 * choice's label; a ratio's two counts under `<ID>_TU` and `<ID>_MAU`), for a month or a year.
 */
export const SubmissionSchema = z.strictObject({
  unitId: z.string().check(z.minLength(1), z.maxLength(64), z.regex(UNIT_ID_PATTERN)),
  period: z.string().check(z.regex(PERIOD_PATTERN)),
  values: z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.string().check(z.maxLength(MAX_FIELD))),
  note: z.string().check(z.maxLength(MAX_NOTE)),
  /**
   * Evidence (`Minh chứng` of `Thẩm định`, design §10) by indicator ID: only the texts the clerk
   * changed are sent; an empty text clears the evidence. Nothing else of `Thẩm định` can be sent.
   */
  evidence: z.optional(
    z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.string().check(z.maxLength(MAX_EVIDENCE))),
  ),
});

export type EntryRequest = z.infer<typeof EntryRequestSchema>;
export type Submission = z.infer<typeof SubmissionSchema>;

export interface EntryIndicator {
  id: string;
  name: string;
  type: IndicatorType;
  /** Threshold and target as stored (fractions for percents); null when there is none. */
  threshold: number | null;
  target: number | null;
  direction: "higher" | "lower";
  /** A choice's labels (the levels of `Mức`), in order; null for other types. */
  labels: string[] | null;
  /** The share of the points each label earns (0–1), when the choice is scored; else null. */
  shares: number[] | null;
  /** `Minh chứng` = `bắt buộc`: a figure without evidence is a warning (never a refusal). */
  evidenceRequired: boolean;
}

/** An indicator's evidence and the office's review of it, as the unit's form shows them. */
export interface EntryReview {
  evidence: string;
  /**
   * The state now: a decision on a figure the unit has changed since (`stale`) is pending again,
   * as in the office's queue.
   */
  status: ReviewStatus;
  /** The office's reason (`Lý do`), as text. */
  reason: string;
  /** `điều chỉnh`: the office's value as it reads (`không`, `45/100`, `60%`); else ''. */
  reviewed: string;
  /** Accepted or adjusted, and not stale: the figure and its evidence can no longer be changed. */
  locked: boolean;
  /** Accepted or adjusted on a figure that has changed since: waiting for the office again. */
  stale: boolean;
}

/** Everything the sidebar needs, in one round trip. Dates travel as ISO strings. */
export interface EntryForm {
  ok: true;
  lang: Language;
  userEmail: string;
  isAdmin: boolean;
  units: { id: string; name: string; group: string }[];
  unitId: string;
  period: string;
  /**
   * Periods offered in the list: months newest first, then (when a yearly indicator applies to the
   * unit) this year and the last, newest first.
   */
  periods: string[];
  /** Due date of the figures of `period`, `YYYY-MM-DD` (for a year: `Hạn nộp` of the next January). */
  deadline: string;
  reported: boolean;
  /** The period is closed (`Kỳ đã khóa`): the form is shown read-only and a save is refused. */
  closed: boolean;
  /**
   * The indicators of this form: those that apply to the unit's group, monthly ones for a month and
   * yearly ones for a year, with the group's own target and threshold.
   */
  indicators: EntryIndicator[];
  /** Texts to show in the fields for the unit and period, by field key (empty when not entered). */
  values: Record<string, string>;
  /** The previous period's figures by indicator ID, formatted for reading (`24,39%`, `có`, `90/100 (90%)`). */
  previous: Record<string, string>;
  note: string;
  enteredBy: string;
  updatedAt: string;
  /** By indicator ID, the indicators that have a `Thẩm định` row for this unit and period. */
  reviews: Record<string, EntryReview>;
}

export interface EntryRefusal {
  ok: false;
  lang: Language;
  message: string;
}

export interface SubmitResult {
  ok: boolean;
  message: string;
  /** Per indicator ID, the message of a refused field (a ratio's pair has one). */
  fieldErrors?: Record<string, string>;
  /** On success, the saved texts by field key and the audit rows written. */
  values?: Record<string, string>;
  changes?: number;
  row?: number;
  /** On success, the evidence saved, by indicator ID (only those sent). */
  evidence?: Record<string, string>;
}

/** The functions of the server that the sidebar calls (typed on both sides). */
export interface EntryApi {
  getEntryForm(request?: EntryRequest): EntryForm | EntryRefusal;
  submitFigures(submission: Submission): SubmitResult;
}
