// Typed texts as figures and figures as texts: the part of the entry contract that runs in the
// sidebar as well as on the server. No zod here, so that the sidebar's bundle stays small.

import { MAX_COUNT } from "./bounds";
import { type MessageKey, t } from "./messages";
import { formatNumber, parseNumberText, roundTo } from "./numbers";
import type { Figure, Indicator, IndicatorType, Language } from "./schemas";

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const MAX_NOTE = 1000;
export const MAX_FIELD = 40;

export type FieldResult =
  | { ok: true; value: Figure }
  | { ok: false; key: MessageKey; params: Record<string, string | number> };

const YES = new Set(["có", "co", "yes", "x", "true"]);
const NO = new Set(["không", "khong", "no", "false"]);

/**
 * A typed field as a figure. Percent fields take the percent itself: `24,39` (or `24,39%`) is
 * 24,39 %, stored as 0.2439. An empty field is missing (null).
 */
export function parseField(type: IndicatorType, text: string, lang: Language = "vi"): FieldResult {
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
      // The thousands reading without a separator; a count can only be that one.
      const [a, b] = n.readings;
      return {
        ok: false,
        key: type === "count" ? "ambiguousCount" : "ambiguousNumber",
        params: { value: s, a: formatNumber(a, lang, 6), b: String(b) },
      };
    }
    return { ok: false, key: "notNumber", params: { value: s } };
  }
  if (n.value < 0) return { ok: false, key: "negative", params: { value: s } };
  if (type === "percent") {
    if (n.value > 100)
      return { ok: false, key: "percentAbove100", params: { value: `${formatNumber(n.value, lang, 4)}%` } };
    return { ok: true, value: roundTo(n.value / 100, 8) };
  }
  if (n.percent) return { ok: false, key: "notNumber", params: { value: s } };
  if (!Number.isInteger(n.value))
    return { ok: false, key: "notWhole", params: { value: formatNumber(n.value, lang, 6) } };
  if (n.value > MAX_COUNT) {
    const params = { value: formatNumber(n.value, lang, 0), max: formatNumber(MAX_COUNT, lang, 0) };
    return { ok: false, key: "countImplausible", params };
  }
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
    const r = parseField(ind.type, texts[ind.id] ?? "", lang);
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
