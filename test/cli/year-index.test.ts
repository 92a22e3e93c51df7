// The sample province's year-end index through the command line (design §9): `rank --period 2023
// --json` on an `init --sample` workbook scores the departments out of 220 and the districts out of
// 230, with a sub-score per pillar and per main index; an indicator of one group is absent from the
// other's scoring and laggard lists; the months are still scored on the letter's 90 points.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, type RankJson, run, tempDir } from "./helpers";

/** A ranking row with the §9 fields. */
type Row = RankJson["groups"][number]["ranking"][number] & {
  maxPoints: number;
  subScores: Record<string, number | null>;
};

const DEPARTMENTS = "Sở, ban, ngành";
const DISTRICTS = "UBND cấp huyện";

const PILLARS = ["Nền tảng số", "Chính quyền số", "Kinh tế số", "Xã hội số"];
const MAIN_INDEXES = [
  "Thể chế số",
  "Hoạt động chính quyền số",
  "Dịch vụ công trực tuyến",
  "An toàn thông tin mạng",
  "Nhận thức số",
  "Hạ tầng số",
  "Nhân lực số",
  "Dữ liệu số",
  "Thanh toán số",
  "Thương mại điện tử",
  "Kỹ năng số",
  "Công dân số",
];
/** Main indexes made only of district indicators. */
const DISTRICT_ONLY_MAIN_INDEXES = ["Thương mại điện tử", "Công dân số"];

let dir: string;
let year: RankJson;
let june: RankJson;
let yearCode: number | null;
let yearErr: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const sample = await initSample(dir);
  const [y, j] = await Promise.all([
    run(["rank", sample, "--period", "2023", "--json"]),
    run(["rank", sample, "--period", "2023-06", "--json"]),
  ]);
  yearCode = y.code;
  yearErr = y.stderr;
  year = JSON.parse(y.stdout);
  june = JSON.parse(j.stdout);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const rowsOf = (j: RankJson, group: string): Row[] => {
  const g = j.groups.find((x) => x.group === group);
  if (!g) throw new Error(`no group ${group}`);
  return g.ranking as Row[];
};

const laggards = (j: RankJson, indicatorId: string) => {
  const list = j.laggards.find((l) => l.indicatorId === indicatorId);
  if (!list) throw new Error(`no laggard list for ${indicatorId}`);
  return list.units;
};

const groupOfUnit = (j: RankJson) =>
  new Map(j.groups.flatMap((g) => g.ranking.map((u): [string, string] => [u.unitId, g.group])));

describe("rank --period 2023 on the sample's year-end index", () => {
  it("ranks every unit with nothing on stderr", () => {
    expect(yearCode).toBe(0);
    expect(yearErr).toBe("");
    expect(rowsOf(year, DEPARTMENTS)).toHaveLength(22);
    expect(rowsOf(year, DISTRICTS)).toHaveLength(11);
    expect(year.notReported).toEqual([]);
  });

  it("scores every department out of 220 and every district out of 230", () => {
    for (const u of rowsOf(year, DEPARTMENTS)) expect(u.maxPoints, u.unitId).toBe(220);
    for (const u of rowsOf(year, DISTRICTS)) expect(u.maxPoints, u.unitId).toBe(230);
    for (const u of [...rowsOf(year, DEPARTMENTS), ...rowsOf(year, DISTRICTS)]) {
      expect(u.points!, u.unitId).toBeLessThanOrEqual(u.maxPoints);
      expect(u.score!, u.unitId).toBeCloseTo((u.points! / u.maxPoints) * 100, 2);
    }
  });

  it("gives each unit a sub-score per pillar and per main index, none for a main index not its group's", () => {
    for (const u of [...rowsOf(year, DEPARTMENTS), ...rowsOf(year, DISTRICTS)])
      expect(Object.keys(u.subScores).sort(), u.unitId).toEqual([...PILLARS, ...MAIN_INDEXES].sort());
    for (const u of rowsOf(year, DEPARTMENTS)) {
      for (const name of DISTRICT_ONLY_MAIN_INDEXES) expect(u.subScores[name], `${u.unitId} ${name}`).toBeNull();
      for (const name of [...PILLARS, ...MAIN_INDEXES].filter((n) => !DISTRICT_ONLY_MAIN_INDEXES.includes(n))) {
        expect(u.subScores[name], `${u.unitId} ${name}`).toBeGreaterThanOrEqual(0);
        expect(u.subScores[name], `${u.unitId} ${name}`).toBeLessThanOrEqual(100);
      }
    }
    for (const u of rowsOf(year, DISTRICTS))
      for (const name of [...PILLARS, ...MAIN_INDEXES]) expect(u.subScores[name], `${u.unitId} ${name}`).not.toBeNull();
  });

  it("names laggards of a districts-only indicator among the districts only, and of a departments-only one among the departments", () => {
    const group = groupOfUnit(year);
    for (const id of ["HS_TT_XA", "TSLCD_XA", "TCNS", "KY_SO_XA", "BCD_HUYEN"]) {
      const units = laggards(year, id);
      expect(units.length, id).toBeGreaterThan(0);
      for (const u of units) expect(group.get(u.unitId), `${id} ${u.unitId}`).toBe(DISTRICTS);
    }
    expect(laggards(year, "BCD_SO").map((u) => [u.unitId, group.get(u.unitId)])).toEqual([
      ["SGTVT", DEPARTMENTS],
      ["TTXTDT", DEPARTMENTS],
    ]);
  });

  it("shows a choice by its label: a steering committee without a head", () => {
    expect(laggards(year, "BCD_HUYEN")).toEqual([
      { unitId: "BUGIAMAP", unitName: "UBND huyện Bù Gia Mập", value: "Chưa có" },
    ]);
  });

  it("judges the year's e-signing share against each group's threshold (70 % departments, 60 % districts)", () => {
    const group = groupOfUnit(year);
    const units = laggards(year, "VB_KYSO");
    for (const u of units) {
      const limit = group.get(u.unitId) === DEPARTMENTS ? 0.7 : 0.6;
      expect(u.value as number, u.unitId).toBeLessThan(limit);
    }
    // Sở Ngoại vụ at 65,74 % is below its group's 70 %, where a district at that share would not be.
    expect(units.find((u) => u.unitId === "SNGV")?.value).toBeCloseTo(0.6574, 4);
    expect(units.map((u) => u.unitId)).not.toContain("BINHLONG");
  });

  it("puts the leaders and the laggards of the sample's story first and last", () => {
    const ids = (group: string) => rowsOf(year, group).map((u) => u.unitId);
    expect(ids(DEPARTMENTS)[0]).toBe("SKHCN");
    expect(ids(DEPARTMENTS).at(-1)).toBe("TTXTDT");
    expect(ids(DISTRICTS)[0]).toBe("DONGXOAI");
    expect(ids(DISTRICTS).at(-1)).toBe("BUDOP");
  });
});

describe("the months of the same workbook", () => {
  it("score June on the letter's 90 points, without the yearly indicators", () => {
    for (const u of [...rowsOf(june, DEPARTMENTS), ...rowsOf(june, DISTRICTS)]) expect(u.maxPoints).toBe(90);
    const yearly = ["BCD_SO", "BCD_HUYEN", "HOP_BCD", "VB_KYSO", "HS_TT_XA", "TCNS"];
    expect(june.laggards.map((l) => l.indicatorId).filter((id) => yearly.includes(id))).toEqual([]);
    const keys = Object.keys((rowsOf(june, DEPARTMENTS)[0] as Row).subScores);
    expect(keys).not.toContain("Kinh tế số");
    expect(keys).toContain("Hoạt động chính quyền số");
  });
});
