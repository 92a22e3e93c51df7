// Parsing numbers as Vietnamese and English users type them: decimal comma or point, thousands
// separators, percent signs. What could mean two different numbers is refused, never guessed.

export type NumberParse =
  | { ok: true; value: number; percent: boolean }
  | { ok: false; reason: "notNumber" }
  | { ok: false; reason: "ambiguous"; readings: [number, number] };

const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/**
 * Reads `24,39%`, `39,51 %`, `0,2439`, `0.2439`, `1.250,5`, `1,250.5`, `1 250`, `-3`.
 * `1,250` or `1.250` (one separator followed by exactly three digits) is ambiguous and refused.
 */
export function parseNumberText(input: string): NumberParse {
  let s = input
    .normalize("NFC")
    .trim()
    .replace(/[\s\u00a0\u202f]+/g, "");
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1);
  }
  let sign = 1;
  if (s.startsWith("-") || s.startsWith("+")) {
    sign = s.startsWith("-") ? -1 : 1;
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: "notNumber" };

  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  let value: number;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both separators: the later one is the decimal mark, the other groups thousands.
    const decimalMark = lastDot > lastComma ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const [intPart, fracPart, ...rest] = s.split(decimalMark);
    if (rest.length > 0 || !/^\d+$/.test(fracPart ?? "")) return { ok: false, reason: "notNumber" };
    if (!new RegExp(`^\\d{1,3}(?:\\${groupMark}\\d{3})*$`).test(intPart)) return { ok: false, reason: "notNumber" };
    value = Number(`${intPart.split(groupMark).join("")}.${fracPart}`);
  } else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? "." : ",";
    const parts = s.split(mark);
    if (parts.length > 2) {
      if (!GROUPED.test(s)) return { ok: false, reason: "notNumber" };
      value = Number(parts.join(""));
    } else {
      const [intPart, fracPart] = parts;
      if (!/^\d*$/.test(intPart) || !/^\d+$/.test(fracPart)) return { ok: false, reason: "notNumber" };
      const asDecimal = Number(`${intPart || "0"}.${fracPart}`);
      if (fracPart.length === 3 && /^[1-9]\d{0,2}$/.test(intPart)) {
        const asThousands = Number(intPart + fracPart);
        return { ok: false, reason: "ambiguous", readings: [sign * asDecimal, sign * asThousands] };
      }
      value = asDecimal;
    }
  } else {
    value = Number(s);
  }
  if (!Number.isFinite(value)) return { ok: false, reason: "notNumber" };
  return { ok: true, value: sign * value, percent };
}

/** Rounds half away from zero at a decimal place, without binary artefacts (1.005 → 1.01). */
export function roundTo(value: number, decimals: number): number {
  const abs = Math.abs(value);
  // Non-finite values stay as they are; where abs × 10^decimals passes 2^53 a double holds no
  // finer digit than the place rounded to (from 2^53 up every double is a whole number).
  if (!Number.isFinite(value) || abs * 10 ** decimals >= 2 ** 53) return value;
  const sign = value < 0 ? -1 : 1;
  // Fast path, same result: away from a half the product's binary error cannot change the whole
  // number rounded to, and an integer ÷ an exact power of ten is the double the text would give.
  // (Ranking 5,000 units for 12 months rounds 60,000 scores: the text path was a third of it.)
  if (Number.isInteger(decimals) && decimals >= 0 && decimals <= 22) {
    const f = 10 ** decimals;
    const y = abs * f;
    const whole = Math.floor(y);
    if (Math.abs(y - whole - 0.5) > 1e-9 * Math.max(1, y)) return sign * (Math.round(y) / f) || 0;
  }
  const shifted = Math.round(shiftDecimal(abs, decimals));
  // `|| 0`: no negative zero.
  return sign * shiftDecimal(shifted, -decimals) || 0;
}

/**
 * x × 10^by through the decimal text of x (its shortest round-trip form), so that 1.005 stays
 * 1.005 and not 1.00499…; exponent forms (`5e-7`, `1e+21`) shift their exponent.
 */
function shiftDecimal(x: number, by: number): number {
  const [mantissa, exponent = "0"] = String(x).split("e");
  return Number(`${mantissa}e${Number(exponent) + by}`);
}

/**
 * Formats a number the way the language writes it: `1.250,5` and `24,39` in Vietnamese,
 * `1,250.5` in English; at most `maxDecimals` decimals, trailing zeros dropped.
 */
export function formatNumber(value: number, lang: "vi" | "en", maxDecimals = 2): string {
  const rounded = roundTo(value, maxDecimals);
  const [intPart, fracPart] = Math.abs(rounded).toFixed(maxDecimals).split(".");
  const group = lang === "vi" ? "." : ",";
  const decimal = lang === "vi" ? "," : ".";
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const frac = (fracPart ?? "").replace(/0+$/, "");
  return (rounded < 0 ? "-" : "") + grouped + (frac ? decimal + frac : "");
}

/** A fraction as a percent text: 0.2439 → `24,39%` (vi) or `24.39%` (en). */
export function formatPercent(fraction: number, lang: "vi" | "en", maxDecimals = 2): string {
  return `${formatNumber(fraction * 100, lang, maxDecimals)}%`;
}
