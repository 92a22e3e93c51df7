// Agency names as the province's systems write them (design §12): folded for comparison (NFC or
// NFD, case, accents, `đ` → `d`, punctuation), and cut into words that know whether they may be an
// abbreviation ("GTVT", "TX.", "UBND") standing for the initials of several words of a name.

export interface NameWord {
  /** Folded: lower case, no accent, `đ` → `d`. */
  text: string;
  /**
   * May stand for the initials of words ("gtvt" = giao thông vận tải): a word without a vowel, a
   * single letter with a dot ("H."), a word in capitals inside a mixed-case name ("UBND"), or
   * a usual abbreviation. A common word ("an", "ban") written in lower case never does.
   */
  abbr: boolean;
}

/** Combining marks left by NFD: the five tones and the circumflex, breve and horn. */
const MARKS = /[\u0300-\u036f]/g;
const VOWELS = /[aeiouy]/;
/** Abbreviations that contain a vowel, so the no-vowel rule does not catch them. */
const KNOWN_ABBREVIATIONS = new Set(["ubnd", "hdnd", "ubmttq", "ub"]);

/** Words folded so far: names repeat their words ("UBND", "huyện", "Sở"), and folding is the slow part of nameWords. */
const folded = new Map<string, string>();
const FOLDED_KEPT = 50_000;

/** Lower case without accents, `đ`/`Đ` as `d`: "Đồng Phú" and "DONG PHU" both give "dong phu". */
export function foldText(text: string): string {
  const known = folded.get(text);
  if (known !== undefined) return known;
  const result = text.normalize("NFD").replace(MARKS, "").replace(/[đĐ]/g, "d").normalize("NFC").toLowerCase();
  if (text.length <= 40) {
    if (folded.size >= FOLDED_KEPT) folded.clear();
    folded.set(text, result);
  }
  return result;
}

/** The words of a name: `&` reads as "và", every other mark separates words. */
export function nameWords(text: string): NameWord[] {
  const source = text.normalize("NFC").replace(/&/g, " và ");
  const mixedCase = /\p{Ll}/u.test(source) && /\p{Lu}/u.test(source);
  const words: NameWord[] = [];
  for (const m of source.matchAll(/[\p{L}\p{M}\p{N}]+(\.?)/gu)) {
    const raw = m[0].replace(/\.$/, "");
    const text = foldText(raw);
    if (text === "") continue;
    const dotted = m[1] === "." && text.length === 1;
    const capitals = mixedCase && raw.length >= 2 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw);
    const abbr = dotted || capitals || KNOWN_ABBREVIATIONS.has(text) || (/^[a-z]+$/.test(text) && !VOWELS.test(text));
    words.push({ text, abbr });
  }
  return words;
}

/**
 * The words with their accents, in lower case, joined by single spaces: "xã Lạc Điền" and "xã Lạc
 * Diên" fold alike, and an export that writes one of them exactly means that one.
 */
export function accentedKey(text: string): string {
  const words = text
    .normalize("NFC")
    .toLowerCase()
    .replace(/&/g, " và ")
    .match(/[\p{L}\p{M}\p{N}]+/gu);
  return words ? words.join(" ") : "";
}

/** The folded words joined by single spaces: the key of an exact (folded) match. */
export function foldedKey(text: string): string {
  return nameWords(text)
    .map((w) => w.text)
    .join(" ");
}

/**
 * Words a name may carry or leave out without naming another agency: the level of government
 * ("UBND", "huyện", "thị xã", "thành phố", "tỉnh"). "TP. Đồng Xoài" is "UBND thành phố Đồng Xoài".
 */
export const OPTIONAL_PHRASES: readonly (readonly string[])[] = [
  ["uy", "ban", "nhan", "dan"],
  ["ubnd"],
  ["thanh", "pho"],
  ["thi", "xa"],
  ["huyen"],
  ["tinh"],
];

/** The length of the optional phrase starting at `i`, or 0. */
export function optionalAt(words: readonly NameWord[], i: number): number {
  for (const phrase of OPTIONAL_PHRASES) if (phrase.every((p, k) => words[i + k]?.text === p)) return phrase.length;
  return 0;
}
