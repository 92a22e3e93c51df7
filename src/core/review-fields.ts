// The office's value typed in the review sidebar, as a figure: the part of the review contract that
// runs in the browser as well as on the server (no zod here). Typed as in the entry sidebar: a
// percent as `45,5`, `có`/`không`, a label, a count, a ratio as `tử/mẫu`.
import { type FieldSpec, parseField, parseRatio } from "./entry-fields";
import { denKey, numKey } from "./indicators";
import { type MessageKey, t } from "./messages";
import type { Figure, Language } from "./schemas";

/** Longest reason kept, in characters: one or two sentences for the unit. */
export const MAX_REASON = 500;
/** Most items accepted in one "Đạt tất cả" (a unit has at most a few dozen indicators). */
export const MAX_BATCH = 200;

export const REVIEW_ACTIONS = ["accept", "adjust", "more", "reopen"] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

export type ReviewValueResult =
  | { ok: true; values: Record<string, Figure> }
  | { ok: false; key: MessageKey; params: Record<string, string | number> };

/** The office's typed value by field key; an empty text is refused (`reviewValueRequired`). */
export function parseReviewValue(spec: FieldSpec, text: string, lang: Language): ReviewValueResult {
  const s = text.normalize("NFC").trim();
  if (s === "") return { ok: false, key: "reviewValueRequired", params: {} };
  if (spec.type === "ratio") {
    const parts = s.split("/");
    if (parts.length !== 2) return { ok: false, key: "reviewRatioFormat", params: { value: s, id: spec.id } };
    const r = parseRatio(parts[0], parts[1], lang);
    if (!r.ok) return r;
    if (r.num === null || r.den === null)
      return { ok: false, key: "reviewRatioFormat", params: { value: s, id: spec.id } };
    return { ok: true, values: { [numKey(spec.id)]: r.num, [denKey(spec.id)]: r.den } };
  }
  const r = parseField(spec.type, s, lang, spec.labels ?? []);
  if (!r.ok) return r;
  return { ok: true, values: { [spec.id]: r.value } };
}

/** A refusal of parseReviewValue as one sentence. */
export function reviewValueMessage(r: Extract<ReviewValueResult, { ok: false }>, lang: Language): string {
  return t(lang, r.key, r.params);
}
