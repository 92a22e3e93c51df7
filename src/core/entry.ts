// The data-entry contract shared by the sidebar and the server: what the form receives, what it
// submits, and how typed texts become figures — the same code validates as-you-type and on save.
import * as z from "zod/mini";
import { type MessageKey, t } from "./messages";
import { formatNumber, parseNumberText, roundTo } from "./numbers";
import type { Figure, Indicator, IndicatorType, Language } from "./schemas";
import { UNIT_ID_PATTERN } from "./schemas";

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_NOTE = 1000;
export const MAX_FIELD = 40;

/** What the sidebar asks for: a unit and a month, both optional (defaults chosen by the server). */
export const EntryRequestSchema = z.strictObject({
  unitId: z.optional(z.string().check(z.maxLength(64))),
  period: z.optional(z.string().check(z.maxLength(16))),
});

/** A submission: the texts as typed, by indicator ID (`24,39` for 24,39 %; `có`/`không`; counts). */
export const SubmissionSchema = z.strictObject({
  unitId: z.string().check(z.minLength(1), z.maxLength(64), z.regex(UNIT_ID_PATTERN)),
  period: z.string().check(z.regex(MONTH_PATTERN)),
  values: z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.string().check(z.maxLength(MAX_FIELD))),
  note: z.string().check(z.maxLength(MAX_NOTE)),
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
  /** Months offered in the period list, newest first. */
  periods: string[];
  /** Due date of the figures of `period`, `YYYY-MM-DD`. */
  deadline: string;
  reported: boolean;
  indicators: EntryIndicator[];
  /** Texts to show in the fields for the unit and period (empty when not entered). */
  values: Record<string, string>;
  /** Last month's figures, formatted for reading (`24,39%`, `có`). */
  previous: Record<string, string>;
  note: string;
  enteredBy: string;
  updatedAt: string;
}

export interface EntryRefusal {
  ok: false;
  lang: Language;
  message: string;
}

export interface SubmitResult {
  ok: boolean;
  message: string;
  /** Per indicator ID, the message of a refused field. */
  fieldErrors?: Record<string, string>;
  /** On success, the saved texts and the audit rows written. */
  values?: Record<string, string>;
  changes?: number;
  row?: number;
}

/** The functions of the server that the sidebar calls (typed on both sides). */
export interface EntryApi {
  getEntryForm(request?: EntryRequest): EntryForm | EntryRefusal;
  submitFigures(submission: Submission): SubmitResult;
}

export type FieldResult =
  | { ok: true; value: Figure }
  | { ok: false; key: MessageKey; params: Record<string, string | number> };

const YES = new Set(["có", "co", "yes", "x", "true"]);
const NO = new Set(["không", "khong", "no", "false"]);

/**
 * A typed field as a figure. Percent fields take the percent itself: `24,39` (or `24,39%`) is
 * 24,39 %, stored as 0.2439. An empty field is missing (null).
 */
export function parseField(type: IndicatorType, text: string): FieldResult {
  const s = text.normalize("NFC").trim();
  if (s === "") return { ok: true, value: null };
  if (type === "boolean") {
    const w = s.toLowerCase();
    if (YES.has(w)) return { ok: true, value: true };
    if (NO.has(w)) return { ok: true, value: false };
    return { ok: false, key: "notYesNo", params: { value: s } };
  }
  const n = parseNumberText(s);
  if (!n.ok) {
    if (n.reason === "ambiguous") {
      const [a, b] = n.readings;
      return {
        ok: false,
        key: "ambiguousNumber",
        params: { value: s, a: formatNumber(a, "vi", 6), b: formatNumber(b, "vi", 6) },
      };
    }
    return { ok: false, key: "notNumber", params: { value: s } };
  }
  if (n.value < 0) return { ok: false, key: "negative", params: { value: s } };
  if (type === "percent") {
    if (n.value > 100)
      return { ok: false, key: "percentAbove100", params: { value: `${formatNumber(n.value, "vi", 4)}%` } };
    return { ok: true, value: roundTo(n.value / 100, 8) };
  }
  if (n.percent) return { ok: false, key: "notNumber", params: { value: s } };
  if (!Number.isInteger(n.value))
    return { ok: false, key: "notWhole", params: { value: formatNumber(n.value, "vi", 6) } };
  return { ok: true, value: n.value };
}

/** A stored figure as the text its field shows: 0.2439 → `24,39`, true → `có`. */
export function fieldText(type: IndicatorType, value: Figure, lang: Language): string {
  if (value === null) return "";
  if (type === "boolean") return t(lang, value === true || value === 1 ? "yes" : "no");
  const n = typeof value === "boolean" ? (value ? 1 : 0) : value;
  return type === "percent" ? formatNumber(n * 100, lang, 4) : formatNumber(n, lang, 4);
}

export interface ParsedEntry {
  values: Record<string, Figure>;
  errors: Record<string, string>;
  missing: string[];
}

/** Every field of a submission: figures, per-field error messages, and the fields left empty. */
export function parseEntry(
  indicators: Pick<Indicator, "id" | "type">[],
  texts: Record<string, string>,
  lang: Language,
): ParsedEntry {
  const values: Record<string, Figure> = {};
  const errors: Record<string, string> = {};
  const missing: string[] = [];
  for (const ind of indicators) {
    const r = parseField(ind.type, texts[ind.id] ?? "");
    if (!r.ok) errors[ind.id] = t(lang, r.key, r.params);
    else if (r.value === null) missing.push(ind.id);
    else values[ind.id] = r.value;
  }
  return { values, errors, missing };
}

/** IDs in a submission that are not indicators of the workbook. */
export function unknownFields(indicators: Pick<Indicator, "id">[], texts: Record<string, string>): string[] {
  const known = new Set(indicators.map((i) => i.id));
  return Object.keys(texts).filter((k) => !known.has(k));
}
