// Ranking within each group: rounded % score, shared ranks (1, 2, 2, 4), bands (design §4).
import { roundTo } from "./numbers";
import type { Band } from "./schemas";
import type { UnitScore } from "./unit-scores";

export interface RankedUnit extends UnitScore {
  /** Competition rank within the group; null for a unit with no score. */
  rank: number | null;
  /** % score rounded to the `Làm tròn` decimals; ties are judged on this. */
  roundedScore: number | null;
  band: string | null;
}

export interface GroupRanking {
  group: string;
  ranking: RankedUnit[];
}

const collator = new Intl.Collator("vi", { sensitivity: "variant", numeric: true });

/** Vietnamese alphabetical order of unit names, the order ties are displayed in. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

export function bandOf(score: number | null, bands: Band[]): string | null {
  if (score === null) return null;
  for (const b of bands) if (score >= b.min) return b.name;
  return null;
}

/** Groups in the order they first appear in `Đơn vị`, each ranked. */
export function rankGroups(scores: UnitScore[], decimals: number, bands: Band[]): GroupRanking[] {
  const groups = new Map<string, UnitScore[]>();
  for (const s of scores) {
    const list = groups.get(s.unit.group);
    if (list) list.push(s);
    else groups.set(s.unit.group, [s]);
  }
  return [...groups].map(([group, members]) => ({ group, ranking: rankMembers(members, decimals, bands) }));
}

function rankMembers(members: UnitScore[], decimals: number, bands: Band[]): RankedUnit[] {
  // Each unit is copied once, with its rank: at 5,000 units × 12 months (trends) copies add up.
  const rounded = members.map((m) => ({ m, roundedScore: m.score === null ? null : roundTo(m.score, decimals) }));
  rounded.sort((a, b) => {
    if (a.roundedScore !== b.roundedScore) {
      if (a.roundedScore === null) return 1;
      if (b.roundedScore === null) return -1;
      return b.roundedScore - a.roundedScore;
    }
    return compareNames(a.m.unit.name, b.m.unit.name);
  });
  let previous: number | null = null;
  let rank = 0;
  return rounded.map(({ m, roundedScore }, index) => {
    if (roundedScore === null) return ranked(m, null, null, null);
    if (roundedScore !== previous) {
      rank = index + 1;
      previous = roundedScore;
    }
    // A unit that did not report has a rank (0 % under `tính 0`) but no band: it was not assessed.
    return ranked(m, roundedScore, rank, m.reported ? bandOf(roundedScore, bands) : null);
  });
}

/** The unit with its rank, field by field: a spread of a UnitScore is several times slower (trends rank 60,000). */
function ranked(m: UnitScore, roundedScore: number | null, rank: number | null, band: string | null): RankedUnit {
  return {
    unit: m.unit,
    reported: m.reported,
    values: m.values,
    points: m.points,
    earned: m.earned,
    possible: m.possible,
    maxPoints: m.maxPoints,
    score: m.score,
    pillarScores: m.pillarScores,
    mainIndexScores: m.mainIndexScores,
    roundedScore,
    rank,
    band,
  };
}
