// Which unit an export's agency name means (design §12). Three outcomes, never a guess:
// - matched: one unit, by its name, short name or `Tên khác` as written (after folding), or by
//   spelling and abbreviations ("Sở GTVT", "TX. Bình Long") when no other unit fits as well;
// - ambiguous: several units fit equally ("UBND thị xã Long": Bình Long or Phước Long), or the
//   only ones that fit leave some of their words out; the candidates are listed;
// - unknown: nothing fits.
// The index finds the few units sharing a word or initials with a name, so a row is compared with
// those only: 5,000 names against 5,000 units stay well under a second (bench/import-match.ts).
import type { Unit } from "../schemas";
import { foldedKey, type NameWord, nameWords, optionalAt } from "./names";

/** "và", which abbreviations leave out: "VHTTDL" is Văn hóa, Thể thao và Du lịch. */
const CONNECTOR_WORD = "va";

export type MatchHow = "name" | "shortName" | "alias" | "spelling";

export type MatchOutcome =
  | { kind: "matched"; unitId: string; how: MatchHow }
  /** `partial`: the candidates fit only in part (words of theirs missing, or words the name adds). */
  | { kind: "ambiguous"; candidates: string[]; partial: boolean }
  | { kind: "unknown" };

export type MatchUnit = Pick<Unit, "id" | "name" | "shortName" | "aliases">;

interface Variant {
  unit: number;
  words: NameWord[];
  /** Whether each word belongs to an optional phrase ("UBND", "huyện"). */
  optional: boolean[];
  /** Whether each word tells the unit apart: not optional, not "và" nor "Sở". */
  telling: boolean[];
}

export interface NameIndex {
  units: readonly MatchUnit[];
  /** Folded name → the units that bear it, and as what. */
  exact: Map<string, { unit: number; how: Exclude<MatchHow, "spelling"> }[]>;
  variants: Variant[];
  /** Retrieval key (`w:word`, `i:initials`) → variants. */
  keys: Map<string, number[]>;
}

/** Words that every other name has: matching them tells nothing of which unit is meant. */
const PLAIN_WORDS = new Set([CONNECTOR_WORD, "so"]);
/** Longest run of words an abbreviation stands for ("ubmttq" is 6). */
const MAX_RUN = 8;
/** At most this many candidates are compared word by word; the best retrieved come first. */
const MAX_COMPARED = 300;
/** At most this many candidates are listed for an ambiguous name. */
export const MAX_CANDIDATES = 8;

function optionalMask(words: readonly NameWord[]): boolean[] {
  const mask = words.map(() => false);
  for (let i = 0; i < words.length; ) {
    const n = optionalAt(words, i);
    for (let k = 0; k < n; k++) mask[i + k] = true;
    i += Math.max(n, 1);
  }
  return mask;
}

const initials = (words: readonly NameWord[], from: number, length: number) =>
  words
    .slice(from, from + length)
    .map((w) => w.text[0])
    .join("");

const initialsWithoutConnectors = (words: readonly NameWord[], from: number, length: number) =>
  words
    .slice(from, from + length)
    .filter((w) => w.text !== CONNECTOR_WORD)
    .map((w) => w.text[0])
    .join("");

/** The keys a unit's name is found under: its own words, and the initials of its runs of words. */
function variantKeys(v: Variant): Set<string> {
  const keys = new Set<string>();
  v.words.forEach((w, i) => {
    if (!v.optional[i] && w.text.length >= 2) keys.add(`w:${w.text}`);
    for (let n = 2; n <= MAX_RUN && i + n <= v.words.length; n++) {
      keys.add(`i:${initials(v.words, i, n)}`);
      keys.add(`i:${initialsWithoutConnectors(v.words, i, n)}`);
    }
  });
  return keys;
}

/** The keys to look a name up under: its words, its abbreviations as initials, its runs' initials. */
function queryKeys(words: readonly NameWord[], optional: readonly boolean[]): Set<string> {
  const keys = new Set<string>();
  words.forEach((w, i) => {
    if (w.text.length >= 2 && !optional[i]) keys.add(`w:${w.text}`);
    if (w.abbr && w.text.length >= 2) keys.add(`i:${w.text}`);
    for (let n = 2; n <= MAX_RUN && i + n <= words.length; n++) keys.add(`w:${initials(words, i, n)}`);
  });
  return keys;
}

export function buildNameIndex(units: readonly MatchUnit[]): NameIndex {
  const index: NameIndex = { units, exact: new Map(), variants: [], keys: new Map() };
  units.forEach((u, unit) => {
    const names: [string, Exclude<MatchHow, "spelling">][] = [
      [u.name, "name"],
      [u.shortName, "shortName"],
      ...(u.aliases ?? []).map((a): [string, "alias"] => [a, "alias"]),
    ];
    const seen = new Set<string>();
    for (const [text, how] of names) {
      const key = foldedKey(text);
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const list = index.exact.get(key) ?? [];
      list.push({ unit, how });
      index.exact.set(key, list);
      const words = nameWords(text);
      const optional = optionalMask(words);
      const telling = words.map((w, i) => !optional[i] && !PLAIN_WORDS.has(w.text));
      const variant: Variant = { unit, words, optional, telling };
      const at = index.variants.push(variant) - 1;
      for (const k of variantKeys(variant)) {
        const list = index.keys.get(k);
        if (list) list.push(at);
        else index.keys.set(k, [at]);
      }
    }
  });
  return index;
}

interface Fit {
  /** Words of the unit's name left out plus words the name adds; 0 is a full fit. */
  cost: number;
  /** Words of the unit's name that tell it apart (see Variant.telling) and that the name accounts for. */
  covered: number;
}

const better = (a: Fit, b: Fit) => a.cost < b.cost || (a.cost === b.cost && a.covered > b.covered);

/**
 * How many words from `words[from]` the abbreviation spells the initials of, skipping a "và" it
 * leaves out; 0 when it does not.
 */
function spells(abbr: NameWord, words: readonly NameWord[], from: number): number {
  if (!abbr.abbr) return 0;
  let p = from;
  for (const letter of abbr.text) {
    if (words[p]?.text[0] !== letter && words[p]?.text === CONNECTOR_WORD) p++;
    if (words[p]?.text[0] !== letter) return 0;
    p++;
  }
  return p - from;
}

/**
 * How well the words `a` (the export's) fit the words `b` (a unit's): the least cost of an
 * alignment where a word equals a word, an abbreviation spells the initials of a run of words on
 * the other side, an optional phrase is left out on either side at no cost, and any other word
 * left out costs 1.
 */
export function nameFit(
  a: readonly NameWord[],
  b: readonly NameWord[],
  bOptional: readonly boolean[],
  bTelling: readonly boolean[],
): Fit {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const cost = new Array<number>((n + 1) * width).fill(Number.POSITIVE_INFINITY);
  const covered = new Array<number>((n + 1) * width).fill(0);
  cost[0] = 0;
  const relax = (i: number, j: number, c: number, cov: number) => {
    const at = i * width + j;
    if (better({ cost: c, covered: cov }, { cost: cost[at], covered: covered[at] })) {
      cost[at] = c;
      covered[at] = cov;
    }
  };
  const coveredIn = (from: number, length: number) => {
    let count = 0;
    for (let k = from; k < from + length; k++) if (bTelling[k]) count++;
    return count;
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const c = cost[i * width + j];
      if (c === Number.POSITIVE_INFINITY) continue;
      const cov = covered[i * width + j];
      if (i < n && j < m) {
        if (a[i].text === b[j].text) relax(i + 1, j + 1, c, cov + coveredIn(j, 1));
        const run = spells(a[i], b, j);
        if (run > 0) relax(i + 1, j + run, c, cov + coveredIn(j, run));
        const back = b[j].text.length > 1 ? spells(b[j], a, i) : 0;
        if (back > 0) relax(i + back, j + 1, c, cov + coveredIn(j, 1));
      }
      if (j < m) {
        const opt = optionalAt(b, j);
        if (opt > 0) relax(i, j + opt, c, cov);
        relax(i, j + 1, c + (bOptional[j] ? 0 : 1), cov);
      }
      if (i < n) {
        const opt = optionalAt(a, i);
        if (opt > 0) relax(i + opt, j, c, cov);
        relax(i + 1, j, c + 1, cov);
      }
    }
  }
  return { cost: cost[n * width + m], covered: covered[n * width + m] };
}

/** The unit a name means, or the candidates, or nothing. */
export function matchName(index: NameIndex, text: string): MatchOutcome {
  const key = foldedKey(text);
  if (key === "") return { kind: "unknown" };
  const exact = index.exact.get(key);
  if (exact) {
    const units = [...new Set(exact.map((e) => e.unit))];
    if (units.length === 1) return { kind: "matched", unitId: index.units[units[0]].id, how: exact[0].how };
    return { kind: "ambiguous", candidates: units.map((u) => index.units[u].id), partial: false };
  }

  const words = nameWords(text);
  const optional = optionalMask(words);
  const hits = new Map<number, number>();
  for (const k of queryKeys(words, optional))
    for (const v of index.keys.get(k) ?? []) hits.set(v, (hits.get(v) ?? 0) + 1);
  const ranked = [...hits].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, MAX_COMPARED);

  const best = new Map<number, Fit>();
  for (const [v] of ranked) {
    const variant = index.variants[v];
    const f = nameFit(words, variant.words, variant.optional, variant.telling);
    const known = best.get(variant.unit);
    if (!known || better(f, known)) best.set(variant.unit, f);
  }
  const full = [...best].filter(([, f]) => f.cost === 0).map(([u]) => u);
  if (full.length === 1) return { kind: "matched", unitId: index.units[full[0]].id, how: "spelling" };
  if (full.length > 1) return ambiguous(index, full, false);

  // Partly: the name accounts for at least as many of a unit's own words as it misses or adds.
  const partial = [...best].filter(([, f]) => f.covered > 0 && f.cost <= f.covered);
  if (partial.length === 0) return { kind: "unknown" };
  const least = Math.min(...partial.map(([, f]) => f.cost));
  return ambiguous(
    index,
    partial.filter(([, f]) => f.cost === least).map(([u]) => u),
    true,
  );
}

function ambiguous(index: NameIndex, units: number[], partial: boolean): MatchOutcome {
  const ids = units
    .sort((x, y) => x - y)
    .slice(0, MAX_CANDIDATES)
    .map((u) => index.units[u].id);
  return { kind: "ambiguous", candidates: ids, partial };
}
