// Reading one cell as the value its column expects: percent, count, yes/no, words, e-mail lists.
import { MAX_COUNT } from "../core/bounds";
import { figureDisplay } from "../core/entry-fields";
import { type MessageKey, type MessageParams, t } from "../core/messages";
import { formatNumber, parseNumberText } from "../core/numbers";
import type { Figure, Indicator, Language } from "../core/schemas";
import { type Cell, normalizeHeader } from "./contract";

export type CellResult<T> = { ok: true; value: T } | { ok: false; key: MessageKey; params: MessageParams };

const fail = (key: MessageKey, params: MessageParams = {}): CellResult<never> => ({ ok: false, key, params });

/** True for a Date from any realm (the vm-loaded bundle and the fakes have different `Date`s). */
/** Longer than any real agency's name, well inside a spreadsheet cell's 32,767 characters. */
export const MAX_NAME_LENGTH = 300;
/** Line breaks, other C0/C1 controls, and the bidirectional embeddings, overrides and isolates. */
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === "[object Date]";
}

export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (isDate(c)) return c.toISOString();
  return String(c).normalize("NFC").trim();
}

function displayOf(c: Cell): string {
  return typeof c === "number" ? formatNumber(c, "vi", 6) : cellText(c);
}

/** A plain number (decimal comma accepted); no percent sign. */
export function readNumber(c: Cell): CellResult<number> {
  if (typeof c === "number")
    return Number.isFinite(c) ? { ok: true, value: c } : fail("notNumber", { value: String(c) });
  if (isDate(c)) return fail("notNumberDate");
  if (typeof c === "boolean") return fail("notNumber", { value: displayOf(c) });
  const parsed = parseNumberText(String(c));
  if (!parsed.ok) {
    if (parsed.reason === "ambiguous") {
      // The thousands reading is written without a separator, or the message would repeat the ambiguity.
      const [a, b] = parsed.readings;
      return fail("ambiguousNumber", { value: cellText(c), a: formatNumber(a, "vi", 6), b: String(b) });
    }
    return fail("notNumber", { value: cellText(c) });
  }
  if (parsed.percent) return fail("notNumber", { value: cellText(c) });
  return { ok: true, value: parsed.value };
}

/**
 * A percent as a fraction: `24,39%`, `0,2439`, 0.2439 → 0.2439. A bare number above 1 is refused
 * ("did you mean 24,39 %?"), as is anything above 100 % or below 0.
 * `percentFormatted`: the cell is known to carry a percent number format, so 1.24 means 124 %.
 */
export function readPercent(c: Cell, percentFormatted = false): CellResult<number> {
  let fraction: number;
  if (typeof c === "number" && Number.isFinite(c)) {
    if (c > 1 && !percentFormatted) return bare(c);
    fraction = c;
  } else if (typeof c === "string") {
    const parsed = parseNumberText(c);
    if (!parsed.ok) return readNumber(c);
    if (!parsed.percent && parsed.value > 1) return bare(parsed.value);
    fraction = parsed.percent ? parsed.value / 100 : parsed.value;
  } else {
    return readNumber(c);
  }
  // Messages are formatted only on failure: this runs for every percent cell of the workbook.
  if (fraction < 0) {
    return fail("negative", { value: typeof c === "number" ? `${formatNumber(c * 100, "vi", 4)}%` : cellText(c) });
  }
  if (fraction > 1 + 1e-12) return fail("percentAbove100", { value: `${formatNumber(fraction * 100, "vi", 4)}%` });
  return { ok: true, value: Math.min(fraction, 1) };
}

function bare(v: number): CellResult<never> {
  return fail("percentBare", {
    value: formatNumber(v, "vi", 6),
    suggestion: `${formatNumber(v, "vi", 4)}%`,
    fraction: formatNumber(v / 100, "vi", 6),
  });
}

export function readCount(c: Cell): CellResult<number> {
  const r = readNumber(c);
  // A count is whole, so of `1.250`'s two readings only 1250 can be meant.
  if (!r.ok && r.key === "ambiguousNumber") return fail("ambiguousCount", r.params);
  if (!r.ok) return r;
  if (r.value < 0) return fail("negative", { value: formatNumber(r.value, "vi", 6) });
  if (!Number.isInteger(r.value)) return fail("notWhole", { value: formatNumber(r.value, "vi", 6) });
  if (r.value > MAX_COUNT)
    return fail("countImplausible", { value: formatNumber(r.value, "vi", 0), max: formatNumber(MAX_COUNT, "vi", 0) });
  return r;
}

/**
 * A name shown in rankings, e-mails and documents: at most MAX_NAME_LENGTH characters, on one line,
 * with no control or bidirectional-override character (U+202E would reorder a report's line).
 */
export function readName(c: Cell): CellResult<string> {
  const s = cellText(c);
  if (s.length > MAX_NAME_LENGTH) return fail("nameTooLong", { length: s.length, max: MAX_NAME_LENGTH });
  const bad = UNSAFE_IN_NAME.exec(s);
  if (bad) {
    const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;
    return fail("nameUnsafeCharacter", { code });
  }
  return { ok: true, value: s };
}

const YES = new Set(["có", "co", "x", "yes", "y", "true", "đúng", "1", "đã ban hành", "đã triển khai"]);
const NO = new Set(["không", "khong", "no", "n", "false", "sai", "0", "chưa", "chưa ban hành", "chưa triển khai"]);

export function readYesNo(c: Cell): CellResult<boolean> {
  if (typeof c === "boolean") return { ok: true, value: c };
  if (typeof c === "number" && (c === 0 || c === 1)) return { ok: true, value: c === 1 };
  const s = normalizeHeader(c);
  if (YES.has(s)) return { ok: true, value: true };
  if (NO.has(s)) return { ok: true, value: false };
  return fail("notYesNo", { value: displayOf(c) });
}

/**
 * A figure of an indicator; blank cells are handled by the caller. A choice is the index of its
 * label in `Mức`; each of a ratio's two cells is a count.
 */
export function readFigure(
  c: Cell,
  ind: Pick<Indicator, "id" | "type" | "levels">,
  percentFormatted = false,
): CellResult<number | boolean> {
  switch (ind.type) {
    case "percent":
      return readPercent(c, percentFormatted);
    case "count":
    case "ratio":
      return readCount(c);
    case "boolean":
      return readYesNo(c);
    case "choice":
      return readChoice(c, ind);
  }
}

/** A choice's label, matched like headers (case, spaces, Unicode form), as the index of its level. */
export function readChoice(c: Cell, ind: Pick<Indicator, "id" | "levels">): CellResult<number> {
  const levels = ind.levels ?? [];
  const s = normalizeHeader(c);
  const i = levels.findIndex((l) => normalizeHeader(l.label) === s);
  if (i >= 0) return { ok: true, value: i };
  return fail("notALevel", { value: cellText(c), id: ind.id, labels: levels.map((l) => l.label).join("; ") });
}

/** One of the enumerated words of a column (`tỷ lệ`, `theo mục tiêu`, …), by its canonical key. */
export function readWord<K extends string>(
  c: Cell,
  words: Record<K, readonly string[]>,
  column: string,
): CellResult<K> {
  const s = normalizeHeader(c);
  for (const key of Object.keys(words) as K[]) {
    if (words[key].some((w) => normalizeHeader(w) === s)) return { ok: true, value: key };
  }
  const allowed = (Object.values(words) as string[][]).map((w) => w[0]).join(", ");
  return fail("unknownWord", { value: cellText(c), column, allowed });
}

const EMAIL = /^[^\s@,;<>"()[\]]+@[^\s@,;<>"()[\]]+\.[^\s@,;<>"()[\]]+$/;

export function isEmail(s: string): boolean {
  return EMAIL.test(s);
}

/** Addresses separated by `,` or `;`: the well-formed ones, and the malformed ones to report. */
export function splitEmails(c: Cell): { valid: string[]; invalid: string[] } {
  const parts = cellText(c)
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  return { valid: parts.filter(isEmail), invalid: parts.filter((p) => !isEmail(p)) };
}

/** A figure as its cell: `có`/`không`, a choice's label (as a clerk would type it), or a number. */
export function figureCell(ind: Pick<Indicator, "type" | "levels">, value: Figure): Cell {
  if (value === null) return "";
  if (ind.type === "boolean") return t("vi", value ? "yes" : "no");
  if (ind.type === "choice") return ind.levels?.[value as number]?.label ?? "";
  return value as number;
}

/** A stored cell as a figure; an unreadable one stays as its text, so nothing is silently lost. */
export function storedFigure(cell: Cell | undefined, ind: Pick<Indicator, "id" | "type" | "levels">): Figure | string {
  if (cell === undefined || cell === null || cellText(cell) === "") return null;
  const r = readFigure(cell, ind);
  return r.ok ? r.value : cellText(cell);
}

/** A figure as the audit writes it and the forms show it: `24,39%`, `có`, a label, `12`; '' when none. */
export function figureText(v: Figure | string, ind: Pick<Indicator, "type" | "levels">, lang: Language): string {
  if (typeof v === "string") return v;
  return figureDisplay(
    ind.type,
    v,
    lang,
    (ind.levels ?? []).map((l) => l.label),
  );
}
