// `rank` on a province index (design §9) through the CLI: per-group targets, indicators for one
// group only, levels, pooled ratios, yearly indicators only in the year's ranking, and the text
// with points out of each unit's own total and the sub-scores.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, type RunResult, run, tempDir } from "./helpers";
import {
  BCD,
  DEPARTMENTS,
  DISTRICTS,
  HS_XA,
  type IndexRankJson,
  type IndexRankRow,
  type IndexSpec,
  indexSpec,
  KY_SO,
  TAP_HUAN,
  UNITS,
  writeIndex,
} from "./index-fixture";

type Json = IndexRankJson;
type Row = IndexRankRow;

let dir: string;
let kySo: RunResult;
let kySoText: RunResult;
let kySoTextEnglish: RunResult;
let yearJson: RunResult;
let yearText: RunResult;
let quarterJson: RunResult;
let quarterText: RunResult;
let monthJson: RunResult;
/** KY_SO alone, and KY_SO with HS_XA (districts only), under both missing-value policies. */
const onlyDistricts: Record<string, { without: RunResult; with: RunResult }> = {};

const parse = (r: RunResult): Json => {
  if (r.code !== 0) throw new Error(`rank failed (${r.code}): ${r.stderr}`);
  return JSON.parse(r.stdout);
};
const unitOf = (j: Json, unitId: string): Row => {
  const u = j.groups.flatMap((g) => g.ranking).find((x) => x.unitId === unitId);
  if (!u) throw new Error(`no unit ${unitId}`);
  return u;
};
const laggards = (j: Json, id: string) =>
  j.laggards.find((l) => l.indicatorId === id)?.units.map((u) => [u.unitId, u.value]) ?? null;

/** One month of KY_SO at `value` for every unit. */
function kySoMonth(value: number, extra: Partial<IndexSpec> = {}): IndexSpec {
  return {
    indicators: [KY_SO],
    columns: ["KY_SO"],
    data: UNITS.map(([id]) => ({ Kỳ: "2023-06", "Mã đơn vị": id, KY_SO: value })),
    ...extra,
  };
}

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const sample = await initSample(dir);
  const kySoFile = await writeIndex(sample, join(dir, "ky-so.xlsx"), kySoMonth(0.8));
  const kySoEnglish = await writeIndex(
    sample,
    join(dir, "ky-so-en.xlsx"),
    kySoMonth(0.8, { settings: { "Ngôn ngữ": "en" } }),
  );
  const index = await writeIndex(sample, join(dir, "index.xlsx"), indexSpec());
  const policies = ["tính 0", "bỏ qua"];
  const files = await Promise.all(
    policies.flatMap((missing) => [
      writeIndex(
        sample,
        join(dir, `without-${missing}.xlsx`),
        kySoMonth(0.85, { settings: { "Thiếu số liệu": missing } }),
      ),
      writeIndex(sample, join(dir, `with-${missing}.xlsx`), {
        ...kySoMonth(0.85, { settings: { "Thiếu số liệu": missing } }),
        indicators: [KY_SO, HS_XA],
        columns: ["KY_SO", "HS_XA"],
        // One district has its figure, the other leaves it blank.
        data: UNITS.map(([id]) => ({
          Kỳ: "2023-06",
          "Mã đơn vị": id,
          KY_SO: 0.85,
          HS_XA: id === "BUDOP" ? 0.6 : null,
        })),
      }),
    ]),
  );
  const rank = (file: string, period: string, json = true) =>
    run(["rank", file, "--period", period, ...(json ? ["--json"] : [])]);
  const results = await Promise.all([
    rank(kySoFile, "2023-06"),
    rank(kySoFile, "2023-06", false),
    rank(kySoEnglish, "2023-06", false),
    rank(index, "2023"),
    rank(index, "2023", false),
    rank(index, "2023-Q2"),
    rank(index, "2023-Q2", false),
    rank(index, "2023-06"),
    ...files.map((f) => rank(f, "2023-06")),
  ]);
  [kySo, kySoText, kySoTextEnglish, yearJson, yearText, quarterJson, quarterText, monthJson] = results;
  policies.forEach((p, i) => {
    onlyDistricts[p] = { without: results[8 + 2 * i], with: results[9 + 2 * i] };
  });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("a target per group", () => {
  it("gives a district at 80 % all 15 points and a department at 80 % 13,33 of 15", () => {
    const j = parse(kySo);
    expect(unitOf(j, "DONGXOAI")).toMatchObject({ points: 15, maxPoints: 15, score: 100 });
    expect(unitOf(j, "SNV")).toMatchObject({ points: 13.333333, maxPoints: 15, score: 88.89 });
  });

  it("shows the points out of the unit's own total beside the %", () => {
    expect(kySoText.code).toBe(0);
    const line = (name: string) => kySoText.stdout.split("\n").find((l) => l.includes(`  ${name}  `)) ?? "";
    expect(line("Sở Nội vụ")).toMatch(/ 88,89 {2}13,33\/15 {2}Dẫn dắt/);
    expect(line("UBND thành phố Đồng Xoài")).toMatch(/ 100,00 {2}15\/15 {2}Dẫn dắt/);
  });

  it("writes the points with a decimal point in English", () => {
    expect(kySoTextEnglish.code).toBe(0);
    const line = kySoTextEnglish.stdout.split("\n").find((l) => l.includes("  Sở Nội vụ  ")) ?? "";
    expect(line).toMatch(/ 88\.89 {2}13\.33\/15 {2}Leading/);
    expect(kySoTextEnglish.stdout).toMatch(/Rank +Unit name +% +Points +Band/);
  });
});

describe("an indicator for the districts only", () => {
  for (const missing of ["tính 0", "bỏ qua"]) {
    it(`leaves the departments' maximum and scores as they were (Thiếu số liệu: ${missing})`, () => {
      const without = parse(onlyDistricts[missing].without);
      const withIt = parse(onlyDistricts[missing].with);
      const departments = (j: Json) => j.groups.find((g) => g.group === DEPARTMENTS)!.ranking;
      // The departments' rows gain only null sub-scores: Dịch vụ công has nothing for them.
      const scored = (j: Json) =>
        departments(j).map((u) => ({
          ...u,
          subScores: Object.fromEntries(Object.entries(u.subScores).filter(([, v]) => v !== null)),
        }));
      expect(scored(withIt)).toEqual(scored(without));
      for (const u of departments(withIt)) expect(u.subScores["Dịch vụ công"]).toBeNull();
      for (const u of departments(withIt)) expect(u.maxPoints).toBe(15);
      // The districts' own total counts it: 15 + 20.
      for (const id of ["DONGXOAI", "BUDOP"]) expect(unitOf(withIt, id).maxPoints).toBe(35);
      // Bù Đốp: 15 + 0,6/0,8 × 20 = 30 of 35.
      expect(unitOf(withIt, "BUDOP")).toMatchObject({ points: 30, score: 85.71 });
      // Đồng Xoài left HS_XA blank: 0 of 35 under `tính 0`; under `bỏ qua` it leaves the maximum.
      expect(unitOf(withIt, "DONGXOAI").score).toBe(missing === "tính 0" ? 42.86 : 100);
    });
  }
});

describe("the year's ranking on the index", () => {
  it("counts the yearly indicators in each unit's own total: 40 for departments, 60 for districts", () => {
    const j = parse(yearJson);
    expect(j.period).toBe("2023");
    for (const [id, , group] of UNITS) expect(unitOf(j, id).maxPoints, id).toBe(group === DISTRICTS ? 60 : 40);
    // Sở Tư pháp: KY_SO 15 + VB_KS 10 % × 10 + BCD Phó Chủ tịch 5 + TAP_HUAN ≥2 2,5 = 23,5 of 40.
    expect(unitOf(j, "STP")).toMatchObject({ points: 23.5, score: 58.75 });
  });

  it("gives “Phó Chủ tịch” half the points of the levels, “Chưa có” none", () => {
    const j = parse(yearJson);
    const sub = (id: string) => unitOf(j, id).subScores["Chỉ đạo, điều hành"];
    expect([sub("SNV"), sub("STP"), sub("STC"), sub("DONGXOAI"), sub("BUDOP")]).toEqual([100, 50, 0, 100, 50]);
  });

  it("gives a sub-score per pillar and per main index, null where nothing applies to the unit's group", () => {
    const j = parse(yearJson);
    expect(Object.keys(unitOf(j, "BUDOP").subScores)).toEqual([
      "Chính quyền số",
      "Dịch vụ công",
      "Nhận thức số",
      "Ký số",
      "Dịch vụ công trực tuyến",
      "Chỉ đạo, điều hành",
      "Văn bản điện tử",
      "Đào tạo",
    ]);
    const snv = unitOf(j, "SNV").subScores;
    // Dịch vụ công holds only the districts' HS_XA: nothing to score for a department.
    expect(snv["Dịch vụ công"]).toBeNull();
    expect(snv["Dịch vụ công trực tuyến"]).toBeNull();
    // Nhận thức số: BCD 10 + TAP_HUAN 5 of 15.
    expect(snv["Nhận thức số"]).toBe(100);
    expect(unitOf(j, "STC").subScores["Nhận thức số"]).toBe(0);
  });

  it("names the unit without a steering committee with its label, judged against “Phó Chủ tịch”", () => {
    expect(laggards(parse(yearJson), "BCD")).toEqual([["STC", "Chưa có"]]);
  });

  it("leaves the yearly indicators out of a quarter's and a month's ranking", () => {
    for (const r of [quarterJson, monthJson]) {
      const j = parse(r);
      for (const [id, , group] of UNITS) expect(unitOf(j, id).maxPoints, id).toBe(group === DISTRICTS ? 45 : 25);
      expect(Object.keys(unitOf(j, "SNV").subScores)).not.toContain("Chỉ đạo, điều hành");
      expect(Object.keys(unitOf(j, "SNV").subScores)).not.toContain("Đào tạo");
      expect(laggards(j, "BCD")).toBeNull();
    }
  });
});

describe("a ratio over a quarter", () => {
  it("pools April 90/100, May 10/10 and June 0/890 into 10 %, a laggard below 50 %", () => {
    const j = parse(quarterJson);
    expect(laggards(j, "VB_KS")).toEqual([["STP", 0.1]]);
  });

  it("judges each unit against its own group's threshold", () => {
    // 65 %: below the departments' 70 %, above the districts' 60 %.
    expect(laggards(parse(quarterJson), "KY_SO")).toEqual([["SNV", 0.65]]);
  });

  it("writes the ratio as a percent and the group's threshold beside a per-group one", () => {
    expect(quarterText.code).toBe(0);
    const lines = quarterText.stdout.split("\n");
    expect(lines).toContain("- Tỷ lệ văn bản phát hành được ký số: 1 — Sở Tư pháp (10%)");
    expect(lines).toContain("- Tỷ lệ văn bản điện tử được ký số: 1 — Sở Nội vụ (65%; ngưỡng 70%)");
  });
});

describe("the year's ranking as text", () => {
  const lines = () => yearText.stdout.split("\n");

  it("shows each unit's points out of its own total: 40 for a department, 60 for a district", () => {
    expect(yearText.code).toBe(0);
    expect(lines()[0]).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ — năm 2023");
    const row = (name: string) => lines().find((l) => l.includes(`  ${name}  `) && l.includes("/")) ?? "";
    expect(row("Sở Tư pháp")).toMatch(/ 58,75 +23,5\/40 {2}Nâng cao/);
    expect(row("UBND thành phố Đồng Xoài")).toMatch(/\/60 {2}/);
  });

  it("numbers the pillars and main indexes with a legend when their names do not fit, one column each", () => {
    const text = yearText.stdout;
    expect(lines()).toContain("  1 Chính quyền số — 1.1 Ký số; 1.2 Văn bản điện tử");
    expect(lines()).toContain("  2 Dịch vụ công — 2.1 Dịch vụ công trực tuyến");
    expect(lines()).toContain("  3 Nhận thức số — 3.1 Chỉ đạo, điều hành; 3.2 Đào tạo");
    // The departments' table has no column for Dịch vụ công, which is the districts' only.
    const tables = text.split("Điểm thành phần (%):").slice(1);
    expect(tables).toHaveLength(2);
    const header = (t: string) =>
      t
        .split("\n")
        .find((l) => l.includes("Tên ngắn"))!
        .trim()
        .split(/\s{2,}/);
    expect(header(tables[0])).toEqual(["Hạng", "Tên ngắn", "1", "1.1", "1.2", "3", "3.1", "3.2"]);
    expect(header(tables[1])).toEqual(["Hạng", "Tên ngắn", "1", "1.1", "1.2", "2", "2.1", "3", "3.1", "3.2"]);
    // Sở Tư pháp under its short name: Ký số 100, Văn bản điện tử 10 %, Chỉ đạo 50, Đào tạo 50.
    const tp = tables[0]
      .split("\n")
      .find((l) => l.includes("  Tư pháp  "))!
      .trim()
      .split(/\s{2,}/);
    expect(tp.slice(2)).toEqual(["64,00", "100,00", "10,00", "50,00", "50,00", "50,00"]);
    for (const l of lines()) expect(l.length, l).toBeLessThanOrEqual(120);
  });
});

describe("the missing-months note on the year", () => {
  let yearlyOnly: RunResult;
  let withMonthly: RunResult;

  beforeAll(async () => {
    const full = indexSpec();
    const yearRows = full.data.filter((r) => r["Kỳ"] === "2023");
    const sample = join(dir, "sample.xlsx");
    const files = await Promise.all([
      writeIndex(sample, join(dir, "yearly-only.xlsx"), {
        indicators: [BCD, TAP_HUAN],
        columns: ["BCD", "TAP_HUAN"],
        data: yearRows,
      }),
      writeIndex(sample, join(dir, "with-monthly.xlsx"), full),
    ]);
    [yearlyOnly, withMonthly] = await Promise.all(files.map((f) => run(["rank", f, "--period", "2023"])));
  });

  it("is not printed when every indicator is yearly: there are no months to miss", () => {
    expect(yearlyOnly.code).toBe(0);
    expect(yearlyOnly.stdout).toContain("Trưởng Ban Chỉ đạo chuyển đổi số");
    expect(yearlyOnly.stderr).not.toMatch(/thiếu số liệu/);
  });

  it("names the months without figures when some indicator is monthly", () => {
    expect(withMonthly.code).toBe(0);
    expect(withMonthly.stderr).toMatch(/thiếu số liệu các tháng 01\/2023, 02\/2023, 03\/2023, 07\/2023/);
  });
});
