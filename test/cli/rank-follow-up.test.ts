// `rank --json`'s follow-up and trend (design §13) end to end on the generated sample province:
// July 2023 follows up the 27 unit × indicator failures named in June (10 fixed, 5 improved, 12 not
// fixed), each unit's months carry the scores and ranks `rank` gives month by month, and the fields
// of design §5 stay as they were.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  dataRowOf,
  ensureBuilt,
  initSample,
  mutate,
  type RankJson,
  type RunResult,
  run,
  sheet,
  tempDir,
} from "./helpers";

type Status = "fixed" | "improved" | "notFixed" | "notReported";

interface FollowUpJson {
  previousPeriod: string;
  counts: Record<Status, number>;
  cases: {
    unitId: string;
    unitName: string;
    indicatorId: string;
    indicatorName: string;
    previousValue: number | boolean | string;
    value: number | boolean | string | null;
    status: Status;
  }[];
}

interface TrendJson {
  unitId: string;
  unitName: string;
  months: { period: string; score: number | null; rank: number | null; reported: boolean }[];
  onTimeRate: number | null;
}

type RankFollowUpJson = RankJson & { review: unknown; followUp: FollowUpJson | null; trend: TrendJson[] };

let dir: string;
let july: RankFollowUpJson;
let june: RankFollowUpJson;
let may: RankFollowUpJson;
let january: RankFollowUpJson;
let quarter: RankFollowUpJson;
let julyRun: RunResult;
let julyText: RunResult;
let englishText: RunResult;
let stopped: RankFollowUpJson;

const parse = (r: RunResult): RankFollowUpJson => {
  if (r.code !== 0) throw new Error(`rank failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout);
};

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-follow-up-");
  const sample = await initSample(dir);
  // Bù Đốp, named in June for two indicators, sends nothing for July.
  const silent = await mutate(sample, join(dir, "silent.xlsx"), (wb) => {
    const ws = sheet(wb, "Số liệu");
    ws.spliceRows(dataRowOf(ws, "2023-07", "BUDOP"), 1);
  });
  const english = join(dir, "english.xlsx");
  const init = await run(["init", english, "--sample", "--lang", "en"]);
  if (init.code !== 0) throw new Error(init.stderr);
  const runs = await Promise.all([
    run(["rank", sample, "--period", "2023-07", "--json"]),
    run(["rank", sample, "--period", "2023-06", "--json"]),
    run(["rank", sample, "--period", "2023-05", "--json"]),
    run(["rank", sample, "--period", "2023-01", "--json"]),
    run(["rank", sample, "--period", "2023-Q3", "--json"]),
    run(["rank", sample, "--period", "2023-07"]),
    run(["rank", english, "--period", "2023-07"]),
    run(["rank", silent, "--period", "2023-07", "--json"]),
  ]);
  [julyRun, , , , , julyText, englishText] = runs;
  [july, june, may, january, quarter] = runs.slice(0, 5).map(parse);
  stopped = parse(runs[7]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const laggardValue = (j: RankJson, indicatorId: string, unitId: string) =>
  j.laggards.find((l) => l.indicatorId === indicatorId)?.units.find((u) => u.unitId === unitId)?.value;

const rankRow = (j: RankJson, unitId: string) => {
  const row = j.groups.flatMap((g) => g.ranking).find((u) => u.unitId === unitId);
  if (!row) throw new Error(`no ${unitId}`);
  return row;
};

describe("rank --json: followUp for July 2023", () => {
  it("prints JSON only, with the fields of design §5 unchanged and followUp and trend after them", () => {
    expect(julyRun.stderr).toBe("");
    expect(Object.keys(july)).toEqual(["period", "groups", "laggards", "notReported", "review", "followUp", "trend"]);
    expect(july.period).toBe("2023-07");
    for (const u of july.groups.flatMap((g) => g.ranking))
      expect(Object.keys(u)).toEqual([
        "rank",
        "unitId",
        "unitName",
        "score",
        "points",
        "band",
        "previousRank",
        "reported",
        "maxPoints",
        "subScores",
        "selfScore",
      ]);
    for (const l of july.laggards)
      for (const u of l.units) expect(Object.keys(u)).toEqual(["unitId", "unitName", "value"]);
  });

  it("follows up June's 27 failures: 10 fixed, 5 improved, 12 not fixed, none unreported", () => {
    const f = july.followUp!;
    expect(Object.keys(f)).toEqual(["previousPeriod", "counts", "cases"]);
    expect(f.previousPeriod).toBe("2023-06");
    expect(f.counts).toEqual({ fixed: 10, improved: 5, notFixed: 12, notReported: 0 });
    expect(f.cases).toHaveLength(27);
    const tally = { fixed: 0, improved: 0, notFixed: 0, notReported: 0 };
    for (const c of f.cases) tally[c.status]++;
    expect(tally).toEqual(f.counts);
  });

  it("has every case of June's laggard lists, once, with the value it was named for", () => {
    const named = june.laggards.flatMap((l) => l.units.map((u) => `${l.indicatorId} ${u.unitId}`));
    const cases = july.followUp!.cases;
    expect(cases.map((c) => `${c.indicatorId} ${c.unitId}`)).toEqual(named);
    for (const c of cases) {
      expect(Object.keys(c)).toEqual([
        "unitId",
        "unitName",
        "indicatorId",
        "indicatorName",
        "previousValue",
        "value",
        "status",
      ]);
      expect(c.previousValue, `${c.indicatorId} ${c.unitId}`).toEqual(laggardValue(june, c.indicatorId, c.unitId));
      expect(c.unitName).toBe(rankRow(july, c.unitId).unitName);
      expect(c.indicatorName).toBe(june.laggards.find((l) => l.indicatorId === c.indicatorId)!.indicatorName);
    }
  });

  it("judges each case on July's figures: fixed ones left July's lists, the others are still in them with their value", () => {
    for (const c of july.followUp!.cases) {
      const inJuly = laggardValue(july, c.indicatorId, c.unitId);
      const label = `${c.indicatorId} ${c.unitId} ${c.status}`;
      if (c.status === "fixed") expect(inJuly, label).toBeUndefined();
      else expect(inJuly, label).toEqual(c.value);
      // Better means higher here: every followed indicator of the sample is "cao hơn tốt hơn" but the incidents.
      if (typeof c.value === "number" && typeof c.previousValue === "number" && c.indicatorId !== "SC_ATTT") {
        if (c.status === "improved") expect(c.value, label).toBeGreaterThan(c.previousValue);
        if (c.status === "notFixed") expect(c.value, label).toBeLessThanOrEqual(c.previousValue);
      }
      if (typeof c.previousValue === "boolean") expect(c.status, label).not.toBe("improved");
    }
  });

  it("prints values as the laggard lists do: fractions for percents, booleans for yes/no", () => {
    const cases = july.followUp!.cases;
    const budop = cases
      .filter((c) => c.unitId === "BUDOP")
      .map((c) => [c.indicatorId, c.previousValue, c.value, c.status]);
    expect(budop).toEqual([
      ["HOP_KG", false, false, "notFixed"],
      ["KY_SO", 0.0033, 0.2349, "improved"],
    ]);
    expect(cases.filter((c) => c.indicatorId === "KH_CDS").every((c) => typeof c.value === "boolean")).toBe(true);
  });

  it("counts a unit that sent nothing for July as not reported, with a null value", () => {
    const f = stopped.followUp!;
    expect(f.counts).toEqual({ fixed: 10, improved: 4, notFixed: 11, notReported: 2 });
    const budop = f.cases.filter((c) => c.unitId === "BUDOP");
    expect(budop.map((c) => [c.indicatorId, c.previousValue, c.value, c.status])).toEqual([
      ["HOP_KG", false, null, "notReported"],
      ["KY_SO", 0.0033, null, "notReported"],
    ]);
    expect(stopped.notReported.map((u) => u.unitId)).toContain("BUDOP");
  });

  it("is null when the previous month has no figures (January 2023)", () => {
    expect(january.followUp).toBeNull();
    expect(Object.keys(january)).toEqual([
      "period",
      "groups",
      "laggards",
      "notReported",
      "review",
      "followUp",
      "trend",
    ]);
  });

  it("follows up a quarter from the quarter before", () => {
    expect(quarter.followUp!.previousPeriod).toBe("2023-Q2");
  });
});

describe("rank --json: trend", () => {
  const trendOf = (j: RankFollowUpJson, unitId: string) => {
    const t = j.trend.find((u) => u.unitId === unitId);
    if (!t) throw new Error(`no trend for ${unitId}`);
    return t;
  };

  it("has every active unit, each with the months 2023-01 to 2023-07", () => {
    const units = july.groups.flatMap((g) => g.ranking.map((u) => u.unitId));
    expect(july.trend.map((u) => u.unitId).sort()).toEqual([...units].sort());
    for (const u of july.trend) {
      expect(Object.keys(u)).toEqual(["unitId", "unitName", "months", "onTimeRate"]);
      expect(u.months.map((m) => m.period)).toEqual([
        "2023-01",
        "2023-02",
        "2023-03",
        "2023-04",
        "2023-05",
        "2023-06",
        "2023-07",
      ]);
      for (const m of u.months) expect(Object.keys(m)).toEqual(["period", "score", "rank", "reported"]);
    }
  });

  it("gives each month the score and rank that rank --period gives it", () => {
    for (const [period, j] of [
      ["2023-05", may],
      ["2023-06", june],
      ["2023-07", july],
    ] as const) {
      for (const u of july.trend) {
        const m = u.months.find((x) => x.period === period)!;
        const row = rankRow(j, u.unitId);
        expect({ score: m.score, rank: m.rank, reported: m.reported }, `${u.unitId} ${period}`).toEqual({
          score: row.score,
          rank: row.rank,
          reported: row.reported,
        });
      }
    }
    expect(trendOf(july, "BUDOP").months.find((m) => m.period === "2023-06")).toEqual({
      period: "2023-06",
      score: 55.86,
      rank: 11,
      reported: true,
    });
  });

  it("gives each unit its on-time rate: Bù Đốp 2 of 7 months", () => {
    expect(trendOf(july, "BUDOP").onTimeRate).toBe(0.285714);
    for (const u of july.trend) {
      expect(u.onTimeRate).toBeGreaterThanOrEqual(0);
      expect(u.onTimeRate).toBeLessThanOrEqual(1);
    }
    // The three units that often send late are the least punctual.
    const rates = july.trend.map((u) => [u.unitId, u.onTimeRate!] as const).sort((a, b) => a[1] - b[1]);
    expect(
      rates
        .slice(0, 3)
        .map(([id]) => id)
        .sort(),
    ).toEqual(["BUDOP", "HONQUAN", "SCT"]);
  });

  it("shows the 12 months ending with a quarter's or a year's last month (those with figures)", () => {
    expect(trendOf(quarter, "BUDOP").months.map((m) => m.period)).toEqual(
      Array.from({ length: 9 }, (_, i) => `2023-0${i + 1}`),
    );
    expect(trendOf(january, "BUDOP").months.map((m) => m.period)).toEqual(["2023-01"]);
  });
});

describe("rank text: the follow-up line", () => {
  it("states how many of June's failures were fixed by July", () => {
    expect(julyText.code).toBe(0);
    const lines = julyText.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe(
      "Theo dõi khắc phục so với tháng 06/2023 (27 trường hợp): 10 đã khắc phục, 5 có tiến bộ, 12 chưa khắc phục",
    );
  });

  it("speaks the workbook's language", () => {
    expect(englishText.stdout.trimEnd().split("\n").at(-1)).toBe(
      "Follow-up of June 2023 (27 laggard cases): 10 fixed, 5 improved, 12 not fixed",
    );
  });
});
