// `rank` on the sample province: the --json shape of design §5, the lists of the July 2023 letter
// (seeds/001), competition ranking, the text tables, quarters and years.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  columnOf,
  dataRowOf,
  ensureBuilt,
  initSample,
  mutate,
  type RankJson,
  type RunResult,
  readXlsx,
  run,
  sheet,
  tempDir,
} from "./helpers";
import type { IndexRankJson } from "./index-fixture";

let dir: string;
let sample: string;
let june: RunResult;
let juneText: RunResult;
let quarterText: RunResult;
let year: RunResult;
let tied: RunResult;
let json: IndexRankJson;

const DEPARTMENTS = "Sở, ban, ngành";
const DISTRICTS = "UBND cấp huyện";

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  sample = await initSample(dir);
  // Lộc Ninh's June figures copied onto Bình Long: two districts with equal scores.
  const tiedFile = await mutate(sample, join(dir, "tied.xlsx"), (wb) => {
    const ws = sheet(wb, "Số liệu");
    const from = ws.getRow(dataRowOf(ws, "2023-06", "LOCNINH"));
    const to = ws.getRow(dataRowOf(ws, "2023-06", "BINHLONG"));
    for (let c = columnOf(ws, "KH_CDS"); c <= columnOf(ws, "TIN_CDS"); c++) to.getCell(c).value = from.getCell(c).value;
  });
  [june, juneText, quarterText, year, tied] = await Promise.all([
    run(["rank", sample, "--period", "2023-06", "--json"]),
    run(["rank", sample, "--period", "2023-06"]),
    run(["rank", sample, "--period", "2023-Q2"]),
    run(["rank", sample, "--period", "2023", "--json"]),
    run(["rank", tiedFile, "--period", "2023-06", "--json"]),
  ]);
  json = JSON.parse(june.stdout);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const laggardsOf = (j: RankJson, indicatorId: string) => {
  const list = j.laggards.find((l) => l.indicatorId === indicatorId);
  if (!list) throw new Error(`no laggard list for ${indicatorId}`);
  return list.units.map((u) => [u.unitId, u.value]);
};

const groupOf = (j: RankJson, group: string) => {
  const g = j.groups.find((x) => x.group === group);
  if (!g) throw new Error(`no group ${group}`);
  return g.ranking;
};

/** Competition ranking (1, 2, 2, 4): scores never rise, equal scores share a rank, the next is skipped. */
function expectCompetitionRanks(ranking: RankJson["groups"][number]["ranking"]) {
  ranking.forEach((u, i) => {
    const prev = ranking[i - 1];
    if (!prev) expect(u.rank).toBe(1);
    else if (u.score === prev.score) expect(u.rank, u.unitId).toBe(prev.rank);
    else {
      expect(u.score!, u.unitId).toBeLessThan(prev.score!);
      expect(u.rank, u.unitId).toBe(i + 1);
    }
  });
}

describe("rank --json for June 2023", () => {
  it("prints only JSON on stdout and nothing on stderr", () => {
    expect(june.code).toBe(0);
    expect(june.stderr).toBe("");
    expect(june.stdout.startsWith("{")).toBe(true);
    expect(june.stdout.trimEnd().endsWith("}")).toBe(true);
    expect(() => JSON.parse(june.stdout)).not.toThrow();
  });

  it("has exactly the keys of design §5, with maxPoints and subScores of §9 and selfScore of §10 last in each ranking row", () => {
    // review (§10), then followUp and trend (§13, test/cli/rank-follow-up.test.ts) after the §5 keys.
    expect(Object.keys(json)).toEqual(["period", "groups", "laggards", "notReported", "review", "followUp", "trend"]);
    expect(json.period).toBe("2023-06");
    for (const g of json.groups) {
      expect(Object.keys(g)).toEqual(["group", "ranking"]);
      for (const u of g.ranking)
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
    }
    expect(json.laggards.length).toBeGreaterThan(0);
    for (const l of json.laggards) {
      expect(Object.keys(l)).toEqual(["indicatorId", "indicatorName", "units"]);
      for (const u of l.units) expect(Object.keys(u)).toEqual(["unitId", "unitName", "value"]);
    }
    for (const u of json.notReported) expect(Object.keys(u)).toEqual(["unitId", "unitName"]);
  });

  it("keeps score and points as they were: points out of the unit's own maxPoints, score their rounded %", () => {
    for (const u of json.groups.flatMap((g) => g.ranking)) {
      expect(typeof u.maxPoints, u.unitId).toBe("number");
      expect(u.maxPoints).toBeGreaterThan(0);
      expect(u.points!, u.unitId).toBeLessThanOrEqual(u.maxPoints + 1e-9);
      // `tính 0`: every unit is scored over its whole total, Ban Dân tộc too (0 of it).
      expect(u.score, u.unitId).toBe(Math.round((u.points! / u.maxPoints) * 10000) / 100);
    }
  });

  it("gives each row a sub-score per pillar and main index, rounded like the score", () => {
    const keys = Object.keys(json.groups[0].ranking[0].subScores);
    expect(keys.length).toBeGreaterThan(0);
    for (const u of json.groups.flatMap((g) => g.ranking)) {
      expect(Object.keys(u.subScores)).toEqual(keys);
      for (const v of Object.values(u.subScores)) {
        if (v === null) continue;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
        expect(Math.round(v * 100) / 100).toBe(v);
      }
    }
    // Ban Dân tộc did not report: 0 in every part under `tính 0`.
    const bdt = json.groups.flatMap((g) => g.ranking).find((u) => u.unitId === "BDT")!;
    expect(Object.values(bdt.subScores).every((v) => v === 0 || v === null)).toBe(true);
  });

  it("ranks the 22 departments and the 11 districts in their own groups", () => {
    expect(json.groups.map((g) => g.group)).toEqual([DEPARTMENTS, DISTRICTS]);
    expect(groupOf(json, DEPARTMENTS)).toHaveLength(22);
    expect(groupOf(json, DISTRICTS)).toHaveLength(11);
    const ids = json.groups.flatMap((g) => g.ranking.map((u) => u.unitId));
    expect(new Set(ids).size).toBe(33);
    expect(groupOf(json, DISTRICTS).every((u) => u.unitName.startsWith("UBND "))).toBe(true);
  });

  it("numbers ranks 1..n, highest score first, with rounded scores and matching bands", () => {
    for (const g of json.groups) {
      expectCompetitionRanks(g.ranking);
      expect(g.ranking.map((u) => u.rank)).toEqual(Array.from({ length: g.ranking.length }, (_, i) => i + 1));
      for (const u of g.ranking) {
        expect(u.score).not.toBeNull();
        expect(Math.round(u.score! * 100) / 100).toBe(u.score);
        expect(u.points).toBeGreaterThanOrEqual(0);
        const band =
          u.score! >= 75 ? "Dẫn dắt" : u.score! >= 50 ? "Nâng cao" : u.score! >= 25 ? "Hình thành" : "Khởi động";
        // A unit that did not report was not assessed: it keeps its rank (0 %) but has no band.
        expect(u.band, u.unitId).toBe(u.reported ? band : null);
      }
    }
  });

  it("names the two units without a DX plan", () => {
    expect(laggardsOf(json, "KH_CDS")).toEqual([
      ["SNNPTNT", false],
      ["STNMT", false],
    ]);
    expect(json.laggards.find((l) => l.indicatorId === "KH_CDS")!.units.map((u) => u.unitName)).toEqual([
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Tài nguyên và Môi trường",
    ]);
  });

  it("names exactly the 15 units not using paperless meetings", () => {
    const units = laggardsOf(json, "HOP_KG");
    expect(units).toHaveLength(15);
    expect(new Set(units.map(([id]) => id))).toEqual(
      new Set([
        "SGDDT",
        "SCT",
        "SGTVT",
        "SKHDT",
        "STNMT",
        "SVHTTDL",
        "SYT",
        "STC",
        "SNGV",
        "CAT",
        "BQLKKT",
        "TTXTDT",
        "DONGPHU",
        "BUDOP",
        "CHONTHANH",
      ]),
    );
    expect(units.every(([, v]) => v === false)).toBe(true);
  });

  it("names units below the e-signature threshold, worst first, ties in Đơn vị order", () => {
    expect(laggardsOf(json, "KY_SO")).toEqual([
      ["SGTVT", 0],
      ["TTXTDT", 0],
      ["BUGIAMAP", 0],
      ["BUDOP", 0.0033],
      ["DONGPHU", 0.2439],
      ["TTRA", 0.3951],
    ]);
  });

  it("names units below the official e-mail threshold, worst first", () => {
    expect(laggardsOf(json, "EMAIL_CV")).toEqual([
      ["HONQUAN", 0.4043],
      ["CAT", 0.4101],
      ["BUDANG", 0.4649],
      ["DONGXOAI", 0.49],
    ]);
  });

  it("lists Ban Dân tộc as not reported, ranked last with 0 and in no laggard list", () => {
    expect(json.notReported).toEqual([{ unitId: "BDT", unitName: "Ban Dân tộc" }]);
    const departments = groupOf(json, DEPARTMENTS);
    const bdt = departments.at(-1)!;
    expect(bdt).toMatchObject({ unitId: "BDT", reported: false, score: 0, rank: 22 });
    expect(json.groups.flatMap((g) => g.ranking).filter((u) => !u.reported)).toHaveLength(1);
    for (const l of json.laggards) expect(l.units.map((u) => u.unitId)).not.toContain("BDT");
  });

  it("gives every reporting unit its May rank as previous rank", () => {
    for (const u of json.groups.flatMap((g) => g.ranking)) {
      if (u.reported) expect(u.previousRank, u.unitId).not.toBeNull();
    }
    for (const g of json.groups) {
      const previous = g.ranking.map((u) => u.previousRank).filter((r) => r !== null);
      expect(new Set(previous).size).toBe(previous.length);
      for (const r of previous) expect(r).toBeGreaterThanOrEqual(1);
      for (const r of previous) expect(r).toBeLessThanOrEqual(g.ranking.length);
    }
  });
});

describe("rank with equal scores", () => {
  it("gives tied units the same rank, skips the next, and lists them alphabetically", () => {
    expect(tied.code).toBe(0);
    const districts = groupOf(JSON.parse(tied.stdout), DISTRICTS);
    expectCompetitionRanks(districts);
    const i = districts.findIndex((u) => u.unitId === "LOCNINH");
    const [a, b, next] = districts.slice(i, i + 3);
    expect([a.unitName, b.unitName]).toEqual(["UBND huyện Lộc Ninh", "UBND thị xã Bình Long"]);
    expect(b.score).toBe(a.score);
    expect(b.rank).toBe(a.rank);
    if (next) expect(next.rank).toBe(a.rank! + 2);
    else expect(a.rank).toBe(districts.length - 1);
  });
});

describe("rank as text", () => {
  const lines = () => juneText.stdout.split("\n");

  it("prints a table per group under Vietnamese headings", () => {
    expect(juneText.code).toBe(0);
    expect(juneText.stderr).toBe("");
    expect(lines()[0]).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ — tháng 06/2023");
    expect(lines()).toContain("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(lines()).toContain("Nhóm: UBND cấp huyện (11 đơn vị)");
    const headers = lines().filter((l) => /^\s*Hạng\s+Tên đơn vị\s+%\s+Điểm\s+Xếp loại\s+Hạng kỳ trước$/.test(l));
    expect(headers).toHaveLength(2);
  });

  /** The ranking rows: rank, full name, %, points `x/y`, band. */
  const rankingRows = () => lines().filter((l) => /^\s+\d+\s{2}\S.*\s\d+(,\d+)?\/\d+/.test(l));

  it("shows each unit's rank, name, score and points out of its own total with a decimal comma, in the JSON order", () => {
    const rows = rankingRows();
    const units = json.groups.flatMap((g) => g.ranking);
    expect(rows).toHaveLength(units.length);
    rows.forEach((row, i) => {
      const u = units[i];
      expect(row.trimStart().startsWith(`${u.rank}  ${u.unitName.slice(0, 48)}`), row).toBe(true);
      const m = new RegExp(`  ${u.score!.toFixed(2).replace(".", ",")} +(\\d+(?:,\\d{1,2})?)/(\\d+)  `).exec(row);
      expect(m, row).not.toBeNull();
      // Points to two decimals at most, with a decimal comma.
      expect(Number(m![1].replace(",", "."))).toBeCloseTo(u.points!, 2);
      expect(Number(m![2])).toBe(u.maxPoints);
    });
    expect(rows.find((r) => r.includes("Ban Dân tộc"))).toMatch(/ 0,00 +0\/\d+ {2}Chưa báo cáo/);
  });

  it("shows the sub-scores of each group under the units' short names, as in the JSON", () => {
    const sections = juneText.stdout.split("Điểm thành phần (%):\n").slice(1);
    expect(sections).toHaveLength(2);
    json.groups.forEach((g, k) => {
      const body = sections[k].split("\n\n")[0].split("\n");
      // Numbered columns come with a legend (`  1 Chính quyền số — 1.1 …`); named ones head the table.
      const names = new Map<string, string>();
      for (const l of body.filter((x) => /^ {2}\d/.test(x)))
        for (const part of l.trim().split(/ — |; /)) {
          const [code, ...name] = part.split(" ");
          names.set(code, name.join(" "));
        }
      const tableRows = body.filter((x) => !/^ {2}\d/.test(x));
      const header = tableRows[0].trim().split(/\s{2,}/);
      expect(header.slice(0, 2)).toEqual(["Hạng", "Tên ngắn"]);
      const columns = header.slice(2).map((h) => names.get(h) ?? h);
      expect(columns.length).toBeGreaterThan(0);
      expect(tableRows.slice(1)).toHaveLength(g.ranking.length);
      tableRows.slice(1).forEach((row, i) => {
        const u = g.ranking[i];
        const cells = row.trim().split(/\s{2,}/);
        expect(cells[0]).toBe(String(u.rank));
        expect(u.unitName.endsWith(cells[1]), `${u.unitName} / ${cells[1]}`).toBe(true);
        expect(cells.slice(2)).toEqual(
          columns.map((c) => (u.subScores[c] === null ? "—" : u.subScores[c]!.toFixed(2).replace(".", ","))),
        );
      });
    });
    expect(juneText.stdout).toContain("  Khoa học và Công nghệ  ");
  });

  it("writes the laggard lists as the letter does", () => {
    expect(lines()).toContain("Đơn vị có chỉ tiêu dưới ngưỡng yếu kém:");
    expect(lines()).toContain(
      "- Tỷ lệ văn bản điện tử được ký số: 6 — Sở Giao thông Vận tải (0%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0%), UBND huyện Bù Gia Mập (0%), UBND huyện Bù Đốp (0,33%), UBND huyện Đồng Phú (24,39%), Thanh tra tỉnh (39,51%)",
    );
    expect(lines()).toContain(
      "- Tỷ lệ sử dụng thư điện tử công vụ: 4 — UBND huyện Hớn Quản (40,43%), Công an tỉnh (41,01%), UBND huyện Bù Đăng (46,49%), UBND thành phố Đồng Xoài (49%)",
    );
    expect(lines()).toContain(
      "- Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023: 2 — Sở Nông nghiệp và Phát triển nông thôn (không), Sở Tài nguyên và Môi trường (không)",
    );
    expect(lines().find((l) => l.startsWith("- Triển khai họp không giấy: 15 — "))).toBeDefined();
    expect(lines()).toContain("Đơn vị chưa báo cáo: Ban Dân tộc");
  });

  it("ranks a quarter", () => {
    expect(quarterText.code).toBe(0);
    expect(quarterText.stderr).toBe("");
    const out = quarterText.stdout.split("\n");
    expect(out[0]).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ — quý II/2023");
    expect(out).toContain("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(out).toContain("Nhóm: UBND cấp huyện (11 đơn vị)");
    // Ban Dân tộc reported in April and May, so it is ranked for the quarter.
    expect(out.find((l) => l.includes("Ban Dân tộc"))).not.toContain("Chưa báo cáo");
  });
});

describe("rank --json for the year 2023", () => {
  it("ranks every unit with no previous rank, 2022 having no data", () => {
    expect(year.code).toBe(0);
    expect(year.stderr).toBe("");
    const y: RankJson = JSON.parse(year.stdout);
    expect(y.period).toBe("2023");
    const units = y.groups.flatMap((g) => g.ranking);
    expect(units).toHaveLength(33);
    expect(units.every((u) => u.previousRank === null)).toBe(true);
    expect(units.every((u) => u.reported)).toBe(true);
    expect(y.notReported).toEqual([]);
    for (const g of y.groups) expectCompetitionRanks(g.ranking);
  });
});

describe("figures far from the usual", () => {
  it("ranks a count of ten million and a year of them with finite scores, and writes no NaN", async () => {
    const file = await mutate(sample, join(dir, "big-count.xlsx"), (wb) => {
      const ws = sheet(wb, "Số liệu");
      const col = columnOf(ws, "TIN_CDS");
      // Every month of SGTVT (its year row holds only the yearly indicators).
      for (let r = 2; r <= ws.rowCount; r++)
        if (ws.getRow(r).getCell(2).value === "SGTVT" && ws.getRow(r).getCell(1).value !== "2023")
          ws.getRow(r).getCell(col).value = 10_000_000;
    });
    const out = join(dir, "big-count-ranked.xlsx");
    const [r, ranked] = await Promise.all([
      run(["rank", file, "--period", "2023", "--json"]),
      run(["rank", file, "--period", "2023-06", "--out", out]),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/NaN|null,"points"/);
    const rows = (JSON.parse(r.stdout) as RankJson).groups.flatMap((g) => g.ranking);
    for (const row of rows) if (row.reported) expect(Number.isFinite(row.score), row.unitId).toBe(true);
    expect(ranked.code).toBe(0);
    const wb = await readXlsx(out);
    const values: unknown[] = [];
    sheet(wb, "Xếp hạng").eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expect(values.some((v) => typeof v === "number" && !Number.isFinite(v))).toBe(false);
  });
});
