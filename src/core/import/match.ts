// Which unit an export's agency name means (design §12). Three outcomes, never a guess:
// - matched: one unit, by its name, short name or `Tên khác` as written (after folding), or by
//   spelling and abbreviations ("Sở GTVT", "TX. Bình Long") when no other unit fits as well;
// - ambiguous: several units fit equally ("UBND thị xã Long": Bình Long or Phước Long), or the
//   only ones that fit leave some of their words out; the candidates are listed;
// - unknown: nothing fits.
// The index finds the few units sharing a word or initials with a name, so a row is compared with
// those only, and of those, only with the ones that may still change the outcome (a cheap lower
// bound of their cost first): 5,000 names against 5,000 units stay under a second
// (bench/import-match.ts).
import type { Unit } from "../schemas";
import { accentedKey, type NameWord, nameWords, optionalAt } from "./names";

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
  /** The same, laid out for the comparison. */
  prepared: Prepared;
}

export interface NameIndex {
  units: readonly MatchUnit[];
  /** A name as written, accents kept (see accentedKey) → the units that bear it, and as what. */
  accented: Map<string, { unit: number; how: Exclude<MatchHow, "spelling"> }[]>;
  /** Folded name → the units that bear it, and as what. */
  exact: Map<string, { unit: number; how: Exclude<MatchHow, "spelling"> }[]>;
  variants: Variant[];
  /** Retrieval: a word of a unit's name, and the initials of a run of its words → variants, ascending. */
  byWord: Map<string, number[]>;
  byInitials: Map<string, number[]>;
  /** Every word of the units' names → a number, for lowerBound. */
  words: Map<string, number>;
  /** matchName's scratch: keys shared by variant (zeros between calls), and the name's words by number. */
  hits: Uint32Array;
  marks: Uint32Array;
  stamp: number;
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

/**
 * Calls `key` with the initials of each run of 2 to MAX_RUN words from `from` ("gtvt"), and with
 * the same leaving out "và" ("vhttdl" for Văn hóa, Thể thao và Du lịch), built letter by letter.
 */
function runInitials(
  words: readonly NameWord[],
  from: number,
  key: (initials: string, withoutConnectors: string) => void,
): void {
  let all = words[from].text[0];
  let without = words[from].text === CONNECTOR_WORD ? "" : all;
  for (let n = 2; n <= MAX_RUN && from + n <= words.length; n++) {
    const w = words[from + n - 1];
    all += w.text[0];
    if (w.text !== CONNECTOR_WORD) without += w.text[0];
    key(all, without);
  }
}

/**
 * The keys to look a name up under: its words and its runs' initials among the units' words
 * ("Sở GTVT" written out in full), its abbreviations among the units' initials.
 */
function queryKeys(
  words: readonly NameWord[],
  optional: readonly boolean[],
): { words: Set<string>; initials: Set<string> } {
  const keys = { words: new Set<string>(), initials: new Set<string>() };
  words.forEach((w, i) => {
    if (w.text.length >= 2 && !optional[i]) keys.words.add(w.text);
    if (w.abbr && w.text.length >= 2) keys.initials.add(w.text);
    runInitials(words, i, (all) => keys.words.add(all));
  });
  return keys;
}

export function buildNameIndex(units: readonly MatchUnit[]): NameIndex {
  const index: NameIndex = {
    units,
    accented: new Map(),
    exact: new Map(),
    variants: [],
    byWord: new Map(),
    byInitials: new Map(),
    words: new Map(),
    hits: new Uint32Array(0),
    marks: new Uint32Array(0),
    stamp: 0,
  };
  // A unit's name is found under its own words and the initials of its runs of words; a variant
  // is listed once under a key (it is the last one listed when it repeats a key).
  const list = (keys: Map<string, number[]>, key: string, at: number) => {
    const variants = keys.get(key);
    if (variants === undefined) keys.set(key, [at]);
    else if (variants[variants.length - 1] !== at) variants.push(at);
  };
  units.forEach((u, unit) => {
    const names: [string, Exclude<MatchHow, "spelling">][] = [
      [u.name, "name"],
      [u.shortName, "shortName"],
      ...(u.aliases ?? []).map((a): [string, "alias"] => [a, "alias"]),
    ];
    const seen = new Set<string>();
    const seenAccented = new Set<string>();
    for (const [text, how] of names) {
      const accented = accentedKey(text);
      if (accented !== "" && !seenAccented.has(accented)) {
        seenAccented.add(accented);
        const same = index.accented.get(accented);
        if (same) same.push({ unit, how });
        else index.accented.set(accented, [{ unit, how }]);
      }
      const words = nameWords(text);
      const key = words.map((w) => w.text).join(" ");
      if (key === "" || seen.has(key)) continue;
      seen.add(key);
      const same = index.exact.get(key);
      if (same) same.push({ unit, how });
      else index.exact.set(key, [{ unit, how }]);
      const optional = optionalMask(words);
      const telling = words.map((w, i) => !optional[i] && !PLAIN_WORDS.has(w.text));
      for (const w of words) if (!index.words.has(w.text)) index.words.set(w.text, index.words.size);
      const prepared = prepare(words, optional, telling, 2, index.words);
      const at = index.variants.push({ unit, words, optional, telling, prepared }) - 1;
      words.forEach((w, i) => {
        if (!optional[i] && w.text.length >= 2) list(index.byWord, w.text, at);
        runInitials(words, i, (all, without) => {
          list(index.byInitials, all, at);
          if (without !== all) list(index.byInitials, without, at);
        });
      });
    }
  });
  index.hits = new Uint32Array(index.variants.length);
  index.marks = new Uint32Array(index.words.size);
  return index;
}

interface Fit {
  /** Words of the unit's name left out plus words the name adds; 0 is a full fit. */
  cost: number;
  /** Words of the unit's name that tell it apart (see Variant.telling) and that the name accounts for. */
  covered: number;
}

const better = (a: Fit, b: Fit) => a.cost < b.cost || (a.cost === b.cost && a.covered > b.covered);

/** A name's words as the comparison reads them, worked out once per name, not once per comparison. */
interface Prepared {
  length: number;
  texts: string[];
  /** The first UTF-16 unit of each word, which an abbreviation's letters are compared with. */
  firsts: string[];
  /** An abbreviation's letters; null for a word that is not one. */
  letters: (string[] | null)[];
  /** The length of the optional phrase starting at each word, or 0. */
  optionalAt: number[];
  optional: boolean[];
  /** How many words telling the unit apart come before each word (length + 1 entries). */
  tellingBefore: number[];
  /** For lowerBound: each word's number in the index (-1: in no unit's name), whether it may be left out at no cost (in an optional phrase), */
  ids: number[];
  free: boolean[];
  /** …the letter class of each word's first letter, of all of them, and of the abbreviations' letters. */
  firstBits: number[];
  firstMask: number;
  abbrMask: number;
}

/**
 * A letter as a bit: a–z one each, digits one for all, any other one for all. A class shared by
 * several letters only makes lowerBound lower, never wrong.
 */
function letterBit(letter: string): number {
  const c = letter.charCodeAt(0);
  if (c >= 97 && c <= 122) return 1 << (c - 97);
  return c >= 48 && c <= 57 ? 1 << 26 : 1 << 27;
}

/**
 * `minAbbr`: the shortest abbreviation that may spell the other side's words (a unit's must have
 * 2 letters, see fitPrepared).
 */
function prepare(
  words: readonly NameWord[],
  optional: readonly boolean[],
  telling: readonly boolean[],
  minAbbr: number,
  ids?: ReadonlyMap<string, number>,
): Prepared {
  const tellingBefore = [0];
  telling.forEach((t, k) => {
    tellingBefore.push(tellingBefore[k] + (t ? 1 : 0));
  });
  const phraseAt = words.map((_, i) => optionalAt(words, i));
  const free = [...optional];
  phraseAt.forEach((n, i) => {
    for (let k = i; k < i + n; k++) free[k] = true;
  });
  let abbrMask = 0;
  for (const w of words)
    if (w.abbr && w.text.length >= minAbbr) for (const letter of w.text) abbrMask |= letterBit(letter);
  const firstBits = words.map((w) => letterBit(w.text));
  return {
    length: words.length,
    texts: words.map((w) => w.text),
    firsts: words.map((w) => w.text[0]),
    letters: words.map((w) => (w.abbr ? [...w.text] : null)),
    optionalAt: phraseAt,
    optional: [...optional],
    tellingBefore,
    ids: words.map((w) => ids?.get(w.text) ?? -1),
    free,
    firstBits,
    firstMask: firstBits.reduce((m, b) => m | b, 0),
    abbrMask,
  };
}

/**
 * A lower bound of the cost fitPrepared finds for the name `a` against the unit's name `b`,
 * cheaply: a word that nothing on the other side may account for at no cost (no equal word, no
 * abbreviation that may spell it or that it may spell, not in an optional phrase) costs 1 in any
 * alignment. `marks[id] === stamp` for the words of `a`.
 */
function lowerBound(a: Prepared, b: Prepared, marks: Uint32Array, stamp: number): number {
  let bound = 0;
  for (let i = 0; i < a.length; i++) {
    if (a.free[i]) continue;
    const id = a.ids[i];
    if (id >= 0 && b.ids.includes(id)) continue;
    const bit = a.firstBits[i];
    if (a.letters[i] !== null && (b.firstMask & bit) !== 0) continue;
    if (b.abbrMask !== 0 && ((b.abbrMask & bit) !== 0 || a.texts[i] === CONNECTOR_WORD)) continue;
    bound++;
  }
  for (let j = 0; j < b.length; j++) {
    if (b.free[j] || marks[b.ids[j]] === stamp) continue;
    const bit = b.firstBits[j];
    if (b.letters[j] !== null && b.texts[j].length > 1 && (a.firstMask & bit) !== 0) continue;
    if (a.abbrMask !== 0 && ((a.abbrMask & bit) !== 0 || b.texts[j] === CONNECTOR_WORD)) continue;
    bound++;
  }
  return bound;
}

/**
 * How many words from `to.texts[from]` the abbreviation's letters spell the initials of, skipping
 * a "và" it leaves out; 0 when they do not.
 */
function spells(letters: readonly string[], to: Prepared, from: number): number {
  let p = from;
  for (const letter of letters) {
    if (p < to.length && to.firsts[p] !== letter && to.texts[p] === CONNECTOR_WORD) p++;
    if (p >= to.length || to.firsts[p] !== letter) return 0;
    p++;
  }
  return p - from;
}

/** The cost and covered tables of fitPrepared, reused from one comparison to the next. */
let costTable = new Int32Array(256);
let coveredTable = new Int32Array(256);
const UNREACHED = 0x3fffffff;

/**
 * How well the words `a` (the export's) fit the words `b` (a unit's): the least cost of an
 * alignment where a word equals a word, an abbreviation spells the initials of a run of words on
 * the other side, an optional phrase is left out on either side at no cost, and any other word
 * left out costs 1.
 */
function fitPrepared(a: Prepared, b: Prepared): Fit {
  const n = a.length;
  const m = b.length;
  const width = m + 1;
  const size = (n + 1) * width;
  if (costTable.length < size) {
    costTable = new Int32Array(size * 2);
    coveredTable = new Int32Array(size * 2);
  }
  const cost = costTable;
  const covered = coveredTable;
  cost.fill(UNREACHED, 0, size);
  covered.fill(0, 0, size);
  cost[0] = 0;
  const telling = b.tellingBefore;
  // A move to cell `to` with cost `c` and `cov` words covered, kept when better.
  const relax = (to: number, c: number, cov: number) => {
    if (c < cost[to] || (c === cost[to] && cov > covered[to])) {
      cost[to] = c;
      covered[to] = cov;
    }
  };
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const at = i * width + j;
      const c = cost[at];
      if (c === UNREACHED) continue;
      const cov = covered[at];
      if (i < n && j < m) {
        const one = telling[j + 1] - telling[j];
        if (a.texts[i] === b.texts[j]) relax(at + width + 1, c, cov + one);
        const abbr = a.letters[i];
        const run = abbr ? spells(abbr, b, j) : 0;
        if (run > 0) relax(at + width + run, c, cov + telling[j + run] - telling[j]);
        const back = b.letters[j];
        const spelled = back && b.texts[j].length > 1 ? spells(back, a, i) : 0;
        if (spelled > 0) relax(at + spelled * width + 1, c, cov + one);
      }
      if (j < m) {
        const opt = b.optionalAt[j];
        if (opt > 0) relax(at + opt, c, cov);
        relax(at + 1, c + (b.optional[j] ? 0 : 1), cov);
      }
      if (i < n) {
        const opt = a.optionalAt[i];
        if (opt > 0) relax(at + opt * width, c, cov);
        relax(at + width, c + 1, cov);
      }
    }
  }
  return { cost: cost[size - 1], covered: covered[size - 1] };
}

/** How well the export's words `a` fit a unit's words `b`, with `b`'s optional and telling words. */
export function nameFit(
  a: readonly NameWord[],
  b: readonly NameWord[],
  bOptional: readonly boolean[],
  bTelling: readonly boolean[],
): Fit {
  const aOptional = optionalMask(a);
  const f = fitPrepared(prepare(a, aOptional, aOptional, 1), prepare(b, bOptional, bTelling, 2));
  return f.cost === UNREACHED ? { cost: Number.POSITIVE_INFINITY, covered: f.covered } : f;
}

/**
 * The variants to compare with a name: those sharing the most retrieval keys with it, at most
 * MAX_COMPARED, ties going to the lower index. Counted in the index's tally, which is left at zero.
 */
function retrieve(index: NameIndex, keys: ReturnType<typeof queryKeys>): number[] {
  const hits = index.hits;
  const touched: number[] = [];
  const count = (list: number[] | undefined) => {
    if (list !== undefined) for (const v of list) if (hits[v]++ === 0) touched.push(v);
  };
  for (const k of keys.words) count(index.byWord.get(k));
  for (const k of keys.initials) count(index.byInitials.get(k));
  let chosen = touched;
  if (touched.length > MAX_COMPARED) {
    // The count `least` that the last variant chosen shares: every variant above it is chosen, and
    // of those at it the lowest indexes, as a sort by count then index would give.
    let most = 0;
    for (const v of touched) if (hits[v] > most) most = hits[v];
    const byCount = new Int32Array(most + 1);
    for (const v of touched) byCount[hits[v]]++;
    let least = most;
    let above = 0;
    while (above + byCount[least] < MAX_COMPARED) above += byCount[least--];
    chosen = touched.filter((v) => hits[v] > least);
    // The lowest indexes at `least`: found in index order, sooner than by sorting them.
    for (let v = 0, need = MAX_COMPARED - above; need > 0; v++)
      if (hits[v] === least) {
        chosen.push(v);
        need--;
      }
  }
  for (const v of touched) hits[v] = 0;
  return chosen;
}

/** The unit a name means, or the candidates, or nothing. */
export function matchName(index: NameIndex, text: string): MatchOutcome {
  const words = nameWords(text);
  const key = words.map((w) => w.text).join(" ");
  if (key === "") return { kind: "unknown" };
  // Written exactly as one unit's name (accents too): that unit, even if another folds alike.
  const written = index.accented.get(accentedKey(text));
  if (written?.length === 1) return { kind: "matched", unitId: index.units[written[0].unit].id, how: written[0].how };
  const exact = index.exact.get(key);
  if (exact) {
    const units = [...new Set(exact.map((e) => e.unit))];
    if (units.length === 1) return { kind: "matched", unitId: index.units[units[0]].id, how: exact[0].how };
    return { kind: "ambiguous", candidates: units.map((u) => index.units[u].id), partial: false };
  }

  const optional = optionalMask(words);
  const query = prepare(words, optional, optional, 1, index.words);
  const stamp = ++index.stamp;
  for (const id of query.ids) if (id >= 0) index.marks[id] = stamp;
  // The candidates by a lower bound of their cost, compared level by level: once a level settles
  // the outcome, the candidates that certainly cost more cannot change it and are not compared.
  const levels: number[][] = [];
  for (const v of retrieve(index, queryKeys(words, optional))) {
    const bound = lowerBound(query, index.variants[v].prepared, index.marks, stamp);
    if (levels[bound]) levels[bound].push(v);
    else levels[bound] = [v];
  }
  const best = new Map<number, Fit>();
  for (let level = 0; level < levels.length; level++) {
    for (const v of levels[level] ?? []) {
      const variant = index.variants[v];
      const f = fitPrepared(query, variant.prepared);
      const known = best.get(variant.unit);
      if (!known || better(f, known)) best.set(variant.unit, f);
    }
    // Every candidate left costs more than `level`: a unit whose best so far costs `level` or
    // less keeps it, and any other unit costs more than `level`.
    const settled = decide(index, best, level);
    if (settled) return settled;
  }
  return decide(index, best, Number.POSITIVE_INFINITY) ?? { kind: "unknown" };
}

/**
 * The outcome from the units' best fits costing at most `level`, or null when they do not settle
 * it: one full fit is a match, several are ambiguous; else the units that fit in part (accounting
 * for at least as many of their own words as they miss or add) at the least cost are ambiguous.
 */
function decide(index: NameIndex, best: Map<number, Fit>, level: number): MatchOutcome | null {
  const known = [...best].filter(([, f]) => f.cost <= level);
  const full = known.filter(([, f]) => f.cost === 0).map(([u]) => u);
  if (full.length === 1) return { kind: "matched", unitId: index.units[full[0]].id, how: "spelling" };
  if (full.length > 1) return ambiguous(index, full, false);
  const partial = known.filter(([, f]) => f.covered > 0 && f.cost <= f.covered);
  if (partial.length === 0) return null;
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
