// Typed texts as figures and figures as texts: the part of the entry contract that runs in the
// sidebar as well as on the server. No zod here, so that the sidebar's bundle stays small.

import { MAX_COUNT } from "./bounds";
import { denKey, fieldKeys, numKey } from "./indicators";
import { type MessageKey, t } from "./messages";
import { formatNumber, parseNumberText, roundTo } from "./numbers";
import type { Figure, IndicatorType, Language } from "./schemas";

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A period the form saves: a month (`2023-06`) for monthly indicators, a year (`2023`) for yearly ones. */
export const PERIOD_PATTERN = /^\d{4}(-(0[1-9]|1[0-2]))?$/;
export const MAX_NOTE = 1000;
export const MAX_FIELD = 40;
/** Longest evidence kept (`Minh chứng` of `Thẩm định`), in characters: a few links and a document's summary. */
export const MAX_EVIDENCE = 2000;

export type FieldResult =
  | { ok: true; value: Figure }
  | { ok: false; key: MessageKey; params: Record<string, string | number> };

/** What parsing needs of an indicator: its ID, its type, and a choice's labels (the levels of `Mức`). */
export interface FieldSpec {
  id: string;
  type: IndicatorType;
  labels?: readonly string[] | null;
}

const YES = new Set(["có", "co", "yes", "x", "true"]);
const NO = new Set(["không", "khong", "no", "false"]);

/** A choice's label as compared: case, spaces and Unicode form do not matter (as for headers). */
const labelKey = (s: string) => s.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("vi");

/**
 * A typed field as a figure. Percent fields take the percent itself: `24,39` (or `24,39%`) is
 * 24,39 %, stored as 0.2439. A choice is one of `labels`, as the index of its level. An empty
 * field is missing (null). Each part of a ratio is a count (see parseRatio for the pair).
 */
export function parseField(
  type: IndicatorType,
  text: string,
  lang: Language = "vi",
  labels: readonly string[] = [],
): FieldResult {
  const s = text.normalize("NFC").trim();
  if (s === "") return { ok: true, value: null };
  if (type === "boolean") {
    const w = s.toLowerCase();
    if (YES.has(w)) return { ok: true, value: true };
    if (NO.has(w)) return { ok: true, value: false };
    return { ok: false, key: "notYesNo", params: { value: s } };
  }
  if (type === "choice") {
    const i = labels.findIndex((l) => labelKey(l) === labelKey(s));
    if (i >= 0) return { ok: true, value: i };
    return { ok: false, key: "entryNotALabel", params: { value: s, labels: labels.join("; ") } };
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

export type RatioResult =
  | { ok: true; num: number | null; den: number | null }
  | { ok: false; key: MessageKey; params: Record<string, string | number> };

/**
 * A ratio's tử số and mẫu số as typed: both whole counts, tử ≤ mẫu, or both empty (missing).
 * 0/0 is accepted: the reader takes a mẫu of 0 as a missing value.
 */
export function parseRatio(numText: string, denText: string, lang: Language = "vi"): RatioResult {
  const texts = [numText.normalize("NFC").trim(), denText.normalize("NFC").trim()] as const;
  if (texts[0] === "" && texts[1] === "") return { ok: true, num: null, den: null };
  if (texts[0] === "" || texts[1] === "")
    return { ok: false, key: "entryRatioHalf", params: { missing: texts[0] === "" ? "num" : "den" } };
  const parts: number[] = [];
  for (const [i, text] of texts.entries()) {
    const r = parseField("count", text, lang);
    if (r.ok) parts.push(r.value as number);
    else if (r.key === "ambiguousCount" || r.key === "countImplausible") return r;
    else return { ok: false, key: "entryRatioPart", params: { part: i === 0 ? "num" : "den", value: text } };
  }
  const [num, den] = parts;
  if (num > den) return { ok: false, key: "entryRatioAbove", params: { num: texts[0], den: texts[1] } };
  return { ok: true, num, den };
}

/** The percent a ratio makes, as shown beside its two fields: `= 90,00%`; null without one. */
export function ratioPercentText(num: number | null, den: number | null, lang: Language): string | null {
  if (num === null || den === null || den === 0) return null;
  const text = ((num / den) * 100).toFixed(2);
  return `= ${lang === "vi" ? text.replace(".", ",") : text}%`;
}

/** A stored figure as the text its field shows: 0.2439 → `24,39`, true → `có`, a choice → its label. */
export function fieldText(type: IndicatorType, value: Figure, lang: Language, labels: readonly string[] = []): string {
  if (value === null) return "";
  if (type === "boolean") return t(lang, value === true || value === 1 ? "yes" : "no");
  const n = typeof value === "boolean" ? (value ? 1 : 0) : value;
  if (type === "choice") return labels[n] ?? formatNumber(n, lang, 4);
  return type === "percent" ? formatNumber(n * 100, lang, 4) : formatNumber(n, lang, 4);
}

/** A figure as the audit and the previous-period hint read it: `24,39%`, `có`, `Phó Chủ tịch`, `90`. */
export function figureDisplay(
  type: IndicatorType,
  value: Figure,
  lang: Language,
  labels: readonly string[] = [],
): string {
  const text = fieldText(type, value, lang, labels);
  return type === "percent" && text !== "" ? `${text}%` : text;
}

export interface ParsedEntry {
  /** Figures by field key: an indicator's ID, or a ratio's `<ID>_TU` and `<ID>_MAU`. */
  values: Record<string, Figure>;
  /** One message per indicator ID (a ratio's pair has one). */
  errors: Record<string, string>;
  /** IDs of the indicators left empty. */
  missing: string[];
}

/** Every field of a submission: figures, per-indicator error messages, and the indicators left empty. */
export function parseEntry(indicators: FieldSpec[], texts: Record<string, string>, lang: Language): ParsedEntry {
  const values: Record<string, Figure> = {};
  const errors: Record<string, string> = {};
  const missing: string[] = [];
  for (const ind of indicators) {
    if (ind.type === "ratio") {
      const r = parseRatio(texts[numKey(ind.id)] ?? "", texts[denKey(ind.id)] ?? "", lang);
      if (!r.ok) errors[ind.id] = t(lang, r.key, r.params);
      else if (r.num === null) missing.push(ind.id);
      else {
        values[numKey(ind.id)] = r.num;
        values[denKey(ind.id)] = r.den;
      }
      continue;
    }
    const r = parseField(ind.type, texts[ind.id] ?? "", lang, ind.labels ?? []);
    if (!r.ok) errors[ind.id] = t(lang, r.key, r.params);
    else if (r.value === null) missing.push(ind.id);
    else values[ind.id] = r.value;
  }
  return { values, errors, missing };
}

/** Field keys in a submission that are not fields of the form's indicators. */
export function unknownFields(indicators: Pick<FieldSpec, "id" | "type">[], texts: Record<string, string>): string[] {
  const known = new Set(indicators.flatMap((i) => fieldKeys(i)));
  return Object.keys(texts).filter((k) => !known.has(k));
}

/** Evidence as stored and compared: NFC, Windows line ends as `\n`, no spaces around. */
export function evidenceText(text: string): string {
  return text.normalize("NFC").replace(/\r\n?/g, "\n").trim();
}
