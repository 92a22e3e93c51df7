// Which indicators a unit is judged on, and with which values (design §9): an indicator may apply
// to some groups only, be yearly, take per-group targets, thresholds and points, score by levels,
// or be a ratio entered as two `Số liệu` columns.
import type { PeriodKind } from "./periods";
import type { Indicator, Level } from "./schemas";

/** `Số liệu` header suffixes of a ratio's two columns, canonical first. */
const RATIO_SUFFIXES = { num: ["_TU", "_NUM"], den: ["_MAU", "_DEN"] } as const;

/** The `Số liệu` columns (and record keys) of an indicator: its ID, or `<ID>_TU` and `<ID>_MAU`. */
export function fieldKeys(ind: Pick<Indicator, "id" | "type">): string[] {
  return ind.type === "ratio" ? [numKey(ind.id), denKey(ind.id)] : [ind.id];
}

export const numKey = (id: string) => `${id}${RATIO_SUFFIXES.num[0]}`;
export const denKey = (id: string) => `${id}${RATIO_SUFFIXES.den[0]}`;

/**
 * Each field key of an indicator with the `Số liệu` headers its column may have, the one written
 * first: `KY_SO`; a ratio's `VB_TU` (or `VB_NUM`) and `VB_MAU` (or `VB_DEN`).
 */
export function fieldHeaders(ind: Pick<Indicator, "id" | "type">): { key: string; headers: string[] }[] {
  if (ind.type !== "ratio") return [{ key: ind.id, headers: [ind.id] }];
  return [RATIO_SUFFIXES.num, RATIO_SUFFIXES.den].map((suffixes) => ({
    key: ind.id + suffixes[0],
    headers: suffixes.map((s) => ind.id + s),
  }));
}

/** A yearly indicator counts only in a year's ranking; a monthly one in every period. */
export function inPeriodKind(ind: Pick<Indicator, "frequency">, kind: PeriodKind): boolean {
  return ind.frequency === "month" || kind === "year";
}

export function appliesToGroup(ind: Pick<Indicator, "groups">, group: string): boolean {
  return ind.groups === null || ind.groups.includes(group);
}

/** The indicator as one group sees it: its own points, target and threshold; no per-group table. */
export function resolveFor(ind: Indicator, group: string): Indicator {
  if (ind.byGroup === null) return ind;
  const own = ind.byGroup[group] ?? {};
  return {
    ...ind,
    maxPoints: own.maxPoints ?? ind.maxPoints,
    target: own.target !== undefined ? own.target : ind.target,
    threshold: own.threshold !== undefined ? own.threshold : ind.threshold,
    byGroup: null,
  };
}

/** The indicators that apply to a group in a period of this kind, resolved for the group. */
export function indicatorsFor(indicators: Indicator[], group: string, kind: PeriodKind): Indicator[] {
  const out: Indicator[] = [];
  for (const ind of indicators) {
    if (appliesToGroup(ind, group) && inPeriodKind(ind, kind)) out.push(resolveFor(ind, group));
  }
  return out;
}

/** The share of the points a value earns under `theo mức`: the first level that matches, else 0. */
export function levelShare(levels: Level[], type: Indicator["type"], value: number): number {
  if (type === "choice") return levels[value]?.share ?? 0;
  for (const l of levels) if (l.op !== null && l.bound !== null && compare(value, l.op, l.bound)) return l.share;
  return 0;
}

function compare(v: number, op: NonNullable<Level["op"]>, bound: number): boolean {
  // A hair of tolerance, so that 0.9 typed as 90 % meets `≥90%` despite binary fractions.
  const eps = 1e-9;
  switch (op) {
    case ">=":
      return v >= bound - eps;
    case "<=":
      return v <= bound + eps;
    case ">":
      return v > bound + eps;
    case "<":
      return v < bound - eps;
  }
}

/** Leading words dropped by the default short name, longest first. */
const SHORT_NAME_PREFIXES = ["UBND thành phố ", "UBND thị xã ", "UBND huyện ", "Sở "];

/** `Tên ngắn` when it is blank: "Sở Y tế" → "Y tế", "UBND huyện Bù Đốp" → "Bù Đốp". */
export function defaultShortName(name: string): string {
  for (const p of SHORT_NAME_PREFIXES) {
    if (name.length > p.length && name.slice(0, p.length).toLowerCase() === p.toLowerCase())
      return name.slice(p.length);
  }
  return name;
}

/** Pillars, their main indexes and indicators, in the order of `Chỉ tiêu`; null = none given. */
export interface PillarNode {
  pillar: string | null;
  mainIndexes: { mainIndex: string | null; indicators: Indicator[] }[];
}

/**
 * The hierarchy of a list of indicators. Indicators of one pillar (and of one main index) are
 * brought together where the sheet scatters them, each group at the place of its first indicator.
 */
export function hierarchyOf(indicators: Indicator[]): PillarNode[] {
  const pillars: PillarNode[] = [];
  for (const ind of indicators) {
    let p = pillars.find((n) => n.pillar === ind.pillar);
    if (!p) {
      p = { pillar: ind.pillar, mainIndexes: [] };
      pillars.push(p);
    }
    let m = p.mainIndexes.find((n) => n.mainIndex === ind.mainIndex);
    if (!m) {
      m = { mainIndex: ind.mainIndex, indicators: [] };
      p.mainIndexes.push(m);
    }
    m.indicators.push(ind);
  }
  return pillars;
}
