// `trend FILE --unit ID [--from P --to P] [--json]` end to end on the generated sample province: the
// table the office reads on the phone with a unit (figures, score, rank, on time or late), checked
// against `rank --json` and against the workbook's own `Cập nhật lúc` stamps; its errors; the demo's copy.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  columnOf,
  ensureBuilt,
  initSample,
  mutate,
  type RankJson,
  type RunResult,
  readXlsx,
  run,
  STACK_TRACE,
  sheet,
  tempDir,
} from "./helpers";

let dir: string;
let sample: string;
let english: string;
let budop: RunResult;
let budopWindow: RunResult;
let sct: RunResult;
let honquanJson: RunResult;
let englishRun: RunResult;
let demo: RunResult;
const ranks = new Map<string, RankJson>();
/** Days late (0 = on time) of each unit's figures by month, from the sample's `Cập nhật lúc` cells. */
const lateness = new Map<string, number>();

const MONTHS = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, "0")}`);

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-trend-");
  sample = await initSample(dir);
  english = join(dir, "english.xlsx");
  const init = await run(["init", english, "--sample", "--lang", "en"]);
  if (init.code !== 0) throw new Error(init.stderr);
  const monthRuns = ["2023-04", "2023-06", "2023-07", "2023-12"];
  const results = await Promise.all([
    run(["trend", sample, "--unit", "BUDOP"]),
    run(["trend", sample, "--unit", "BUDOP", "--from", "2023-04", "--to", "2023-07"]),
    run(["trend", sample, "--unit", "SCT"]),
    run(["trend", sample, "--unit", "HONQUAN", "--json"]),
    run(["trend", english, "--unit", "SCT", "--from", "2023-05", "--to", "2023-08"]),
    run(["demo", "--dir", join(dir, "demo")]),
    ...monthRuns.map((p) => run(["rank", sample, "--period", p, "--json"])),
  ]);
  [budop, budopWindow, sct, honquanJson, englishRun, demo] = results;
  monthRuns.forEach((p, i) => {
    ranks.set(p, JSON.parse(results[6 + i].stdout));
  });
  // The stamps as the workbook has them: a date cell is the office's wall time (read as UTC).
  const ws = sheet(await readXlsx(sample), "Số liệu");
  const [kCol, uCol, sCol] = [columnOf(ws, "Kỳ"), columnOf(ws, "Mã đơn vị"), columnOf(ws, "Cập nhật lúc")];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const period = String(row.getCell(kCol).value);
    const stamp = row.getCell(sCol).value;
    if (!/^\d{4}-\d{2}$/.test(period) || !(stamp instanceof Date)) continue;
    const [y, m] = period.split("-").map(Number);
    const due = Date.UTC(y, m, 5); // day 5 of the next month (Hạn nộp (ngày) = 5)
    const sent = Date.UTC(stamp.getUTCFullYear(), stamp.getUTCMonth(), stamp.getUTCDate());
    lateness.set(`${row.getCell(uCol).value} ${period}`, Math.max(0, Math.round((sent - due) / 86_400_000)));
  }
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lines = (r: RunResult) => r.stdout.split("\n");
/** The table's row of a month (`06/2023 …`), split on runs of two spaces or more. */
const monthRow = (r: RunResult, label: string) => {
  const line = lines(r).find((l) => l.startsWith(`${label} `));
  if (!line) throw new Error(`no row ${label}:\n${r.stdout}`);
  return line.split(/ {2,}/).map((c) => c.trim());
};
const rankRow = (period: string, unitId: string) =>
  ranks
    .get(period)!
    .groups.flatMap((g) => g.ranking)
    .find((u) => u.unitId === unitId)!;
const vi = (x: number) => x.toFixed(2).replace(".", ",");
const punctuality = (days: number) => (days === 0 ? "đúng hạn" : `trễ ${days} ngày`);

describe("trend --unit BUDOP (12 months ending with the last month that has figures)", () => {
  it("prints the unit, its group and the window, then one row per month", () => {
    expect(budop.code).toBe(0);
    expect(budop.stderr).toBe("");
    const out = lines(budop);
    expect(out[0]).toBe("UBND huyện Bù Đốp (BUDOP) — nhóm UBND cấp huyện (11 đơn vị)");
    expect(out[1]).toBe("Từ tháng 01/2023 đến tháng 12/2023; hạn nộp số liệu: ngày 5 tháng sau.");
    expect(out[3].split(/ +/)).toEqual([
      "Tháng",
      "KH_CDS",
      "HOP_KG",
      "KY_SO",
      "EMAIL_CV",
      "DVC_34",
      "HS_TT",
      "SC_ATTT",
      "TIN_CDS",
      "%",
      "Hạng",
      "Nộp",
      "số",
      "liệu",
    ]);
    expect(out.slice(4, 16).map((l) => l.slice(0, 7))).toEqual(MONTHS.map((m) => `${m.slice(5)}/2023`));
    expect(out[16]).toBe("* dưới ngưỡng yếu kém; — chưa nhập.");
    // The sample's 8 monthly indicators fit a terminal of 120 columns with months as rows.
    for (const l of out) expect(l.length, l).toBeLessThanOrEqual(120);
  });

  it("shows June's figures as the ranking does, * on those below their threshold", () => {
    expect(monthRow(budop, "06/2023")).toEqual([
      "06/2023",
      "có",
      "không*",
      "0,33%*",
      "60,64%",
      "87,13%",
      "29,09%",
      "0",
      "5",
      "55,86",
      "11/11",
      "trễ 1 ngày",
    ]);
  });

  it("gives each month the score and rank of rank --period, out of the group's units", () => {
    for (const period of ["2023-04", "2023-06", "2023-07", "2023-12"]) {
      const row = monthRow(budop, `${period.slice(5)}/2023`);
      const ranked = rankRow(period, "BUDOP");
      expect(row.slice(-3, -1), period).toEqual([vi(ranked.score!), `${ranked.rank}/11`]);
    }
  });

  it("says on time or late by how many days, as the Cập nhật lúc stamps against day 5 give it", () => {
    let onTime = 0;
    for (const m of MONTHS) {
      const days = lateness.get(`BUDOP ${m}`)!;
      if (days === 0) onTime++;
      expect(monthRow(budop, `${m.slice(5)}/2023`).at(-1), m).toBe(punctuality(days));
    }
    expect(onTime).toBe(2);
    expect(budop.stdout).toContain("\nNộp đúng hạn 2/12 tháng (16,67%); trễ hạn 10 tháng; chưa nộp 0 tháng.\n");
  });

  it("lists the indicators with their thresholds", () => {
    expect(budop.stdout).toContain("\nChỉ tiêu:\n  KH_CDS    Ban hành Kế hoạch chuyển đổi số");
    expect(lines(budop)).toContain("  KY_SO     Tỷ lệ văn bản điện tử được ký số (ngưỡng yếu kém: 50,00%)");
    expect(lines(budop)).toContain("  TIN_CDS   Số tin bài tuyên truyền chuyển đổi số");
  });

  it("ends with the follow-up of the last month: November's failure, still not fixed in December", () => {
    expect(lines(budop).slice(-3)).toEqual([
      "Theo dõi khắc phục tháng 12/2023, các chỉ tiêu yếu kém tháng 11/2023:",
      "- HOP_KG Triển khai họp không giấy: không → không: chưa khắc phục",
      "",
    ]);
  });
});

describe("trend --from --to", () => {
  it("shows only the months asked for, and follows up the last of them", () => {
    expect(budopWindow.code).toBe(0);
    const out = lines(budopWindow);
    expect(out[1]).toBe("Từ tháng 04/2023 đến tháng 07/2023; hạn nộp số liệu: ngày 5 tháng sau.");
    expect(out.filter((l) => /^\d{2}\/2023 /.test(l)).map((l) => l.slice(0, 7))).toEqual([
      "04/2023",
      "05/2023",
      "06/2023",
      "07/2023",
    ]);
    expect(out.slice(-4, -1)).toEqual([
      "Theo dõi khắc phục tháng 07/2023, các chỉ tiêu yếu kém tháng 06/2023:",
      "- HOP_KG Triển khai họp không giấy: không → không: chưa khắc phục",
      "- KY_SO Tỷ lệ văn bản điện tử được ký số: 0,33% → 23,49%: có tiến bộ",
    ]);
    const late = ["2023-04", "2023-05", "2023-06", "2023-07"].filter((m) => lateness.get(`BUDOP ${m}`)! > 0).length;
    expect(budopWindow.stdout).toContain(`Nộp đúng hạn ${4 - late}/4 tháng`);
  });
});

describe("trend for the other units that often send late", () => {
  it("shows Sở Công Thương's late months and ranks out of its group of 22", () => {
    expect(sct.code).toBe(0);
    expect(lines(sct)[0]).toBe("Sở Công Thương (SCT) — nhóm Sở, ban, ngành (22 đơn vị)");
    for (const m of MONTHS)
      expect(monthRow(sct, `${m.slice(5)}/2023`).at(-1), m).toBe(punctuality(lateness.get(`SCT ${m}`)!));
    expect(MONTHS.some((m) => lateness.get(`SCT ${m}`)! > 0)).toBe(true);
    const june = rankRow("2023-06", "SCT");
    expect(monthRow(sct, "06/2023").slice(-3, -1)).toEqual([vi(june.score!), `${june.rank}/22`]);
  });
});

describe("trend --json", () => {
  it("gives the same in a shape for programs: raw values, punctuality, the on-time rate and the follow-up", () => {
    expect(honquanJson.code).toBe(0);
    expect(honquanJson.stderr).toBe("");
    const j = JSON.parse(honquanJson.stdout);
    expect(Object.keys(j)).toEqual([
      "unitId",
      "unitName",
      "group",
      "groupSize",
      "from",
      "to",
      "dueDay",
      "indicators",
      "months",
      "onTime",
      "late",
      "missing",
      "onTimeRate",
      "followUp",
    ]);
    expect(j).toMatchObject({
      unitId: "HONQUAN",
      group: "UBND cấp huyện",
      groupSize: 11,
      from: "2023-01",
      to: "2023-12",
    });
    expect(j.indicators[2]).toEqual({
      indicatorId: "KY_SO",
      indicatorName: "Tỷ lệ văn bản điện tử được ký số",
      threshold: 0.5,
    });
    expect(j.months.map((m: { period: string }) => m.period)).toEqual(MONTHS);
    const june = j.months[5];
    expect(Object.keys(june)).toEqual([
      "period",
      "values",
      "belowThreshold",
      "score",
      "rank",
      "reported",
      "punctuality",
    ]);
    // Hớn Quản's June e-mail rate is the one the June letter names.
    expect(june.values.EMAIL_CV).toBe(0.4043);
    expect(june.values.KH_CDS).toBe(true);
    expect(june.belowThreshold).toEqual(["EMAIL_CV"]);
    const ranked = rankRow("2023-06", "HONQUAN");
    expect([june.score, june.rank]).toEqual([ranked.score, ranked.rank]);
    let onTime = 0;
    j.months.forEach((m: { period: string; punctuality: { status: string; days: number } }) => {
      const days = lateness.get(`HONQUAN ${m.period}`)!;
      if (days === 0) onTime++;
      expect(m.punctuality.status, m.period).toBe(days === 0 ? "onTime" : "late");
      expect(m.punctuality.days, m.period).toBe(days);
    });
    expect([j.onTime, j.late, j.missing]).toEqual([onTime, 12 - onTime, 0]);
    expect(j.onTimeRate).toBe(Math.round((onTime / 12) * 1e6) / 1e6);
    expect(Object.keys(j.followUp)).toEqual(["period", "previousPeriod", "counts", "cases"]);
    expect(j.followUp).toMatchObject({ period: "2023-12", previousPeriod: "2023-11" });
  });
});

describe("trend in an English workbook", () => {
  it("speaks the workbook's language", () => {
    expect(englishRun.code).toBe(0);
    const out = lines(englishRun);
    expect(out[0]).toBe("Sở Công Thương (SCT) — group Sở, ban, ngành (22 units)");
    expect(out[1]).toBe("From May 2023 to August 2023; figures are due on day 5 of the next month.");
    expect(out[3]).toMatch(/^Month +KH_CDS .* % +Rank +Figures sent$/);
    expect(out.filter((l) => /^(May|Jun|Jul|Aug) 2023 /.test(l))).toHaveLength(4);
    expect(englishRun.stdout).toMatch(/ (on time|\d+ days? late)\n/);
    expect(englishRun.stdout).toContain("\nIndicators:\n");
    expect(englishRun.stdout).toContain("Follow-up in August 2023 of the laggard figures of July 2023:");
    expect(englishRun.stdout).not.toMatch(/Tháng|đúng hạn|trễ|Nộp đúng hạn/);
  });
});

describe("trend: mistakes", () => {
  /** Exit code, nothing on stdout, one sentence (then the usage hint for a usage mistake). */
  const expectError = (r: RunResult, code: number, sentence: string) => {
    expect(r.code).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(sentence);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  };

  it("names the Đơn vị sheet and the close IDs for an unknown unit (exit 1)", async () => {
    const [typo, none] = await Promise.all([
      run(["trend", sample, "--unit", "BUDO"]),
      run(["trend", sample, "--unit", "XYZ"]),
    ]);
    expectError(typo, 1, "Mã đơn vị “BUDO” không có trong trang Đơn vị. Mã gần giống: BUDOP (UBND huyện Bù Đốp).");
    expectError(none, 1, "Mã đơn vị “XYZ” không có trong trang Đơn vị. Vui lòng kiểm tra lại mã ở cột Mã đơn vị.");
  });

  it("takes an ID in another case, and refuses a unit no longer followed (exit 1)", async () => {
    const inactive = await mutate(sample, join(dir, "inactive.xlsx"), (wb) => {
      const ws = sheet(wb, "Đơn vị");
      const id = columnOf(ws, "Mã đơn vị");
      for (let r = 2; r <= ws.rowCount; r++)
        if (ws.getRow(r).getCell(id).value === "BUDOP") ws.getRow(r).getCell(columnOf(ws, "Theo dõi")).value = "không";
    });
    const [lower, gone] = await Promise.all([
      run(["trend", sample, "--unit", "budop", "--from", "2023-06", "--to", "2023-06"]),
      run(["trend", inactive, "--unit", "BUDOP"]),
    ]);
    expect(lower.code).toBe(0);
    expect(lines(lower)[0]).toBe("UBND huyện Bù Đốp (BUDOP) — nhóm UBND cấp huyện (11 đơn vị)");
    expectError(gone, 1, "Đơn vị UBND huyện Bù Đốp (BUDOP) không còn theo dõi (cột Theo dõi của trang Đơn vị)");
  });

  it("refuses a quarter, a year or nonsense for --from/--to, and --from after --to (exit 2)", async () => {
    const [quarter, year, nonsense, reversed] = await Promise.all([
      run(["trend", sample, "--unit", "BUDOP", "--from", "2023-Q2"]),
      run(["trend", sample, "--unit", "BUDOP", "--to", "2023"]),
      run(["trend", sample, "--unit", "BUDOP", "--from", "tháng sáu"]),
      run(["trend", sample, "--unit", "BUDOP", "--from", "2023-09", "--to", "2023-03"]),
    ]);
    expectError(
      quarter,
      2,
      "dx-scorecard: --from cần một tháng, ví dụ --from 2023-01; “2023-Q2” không phải một tháng (lệnh trend xem từng tháng, không nhận quý hay năm).\nXem hướng dẫn: dx-scorecard trend --help\n",
    );
    expectError(year, 2, "--to cần một tháng, ví dụ --to 2023-12; “2023” không phải một tháng");
    expectError(nonsense, 2, "“tháng sáu” không phải một tháng");
    expectError(
      reversed,
      2,
      "dx-scorecard: Tháng đầu --from 2023-09 đứng sau tháng cuối --to 2023-03. Vui lòng đổi chỗ hai tháng.\n",
    );
  });

  it("asks for --unit, and points at it when the ID is typed without it (exit 2)", async () => {
    const [missing, bare] = await Promise.all([run(["trend", sample]), run(["trend", sample, "BUDOP"])]);
    expectError(missing, 2, "Lệnh trend cần mã đơn vị, ví dụ --unit BUDOP (cột Mã đơn vị của trang Đơn vị).");
    expectError(bare, 2, "“BUDOP” không phải tệp .xlsx. Có phải ý là --unit BUDOP?");
  });

  it("says when the months asked for have no figures (exit 1)", async () => {
    const r = await run(["trend", sample, "--unit", "BUDOP", "--from", "2022-01", "--to", "2022-06"]);
    expectError(
      r,
      1,
      "Trang Số liệu chưa có số liệu nào từ tháng 01/2022 đến tháng 06/2022. Vui lòng chọn tháng khác.",
    );
  });

  it("has its own help, with examples", async () => {
    const r = await run(["trend", "--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Cách dùng: dx-scorecard trend <tệp.xlsx> --unit MÃ");
    expect(r.stdout).toContain("  dx-scorecard trend tinh.xlsx --unit BUDOP --from 2023-04 --to 2023-07");
    const global = await run(["--help"]);
    expect(global.stdout).toContain("  trend <tệp.xlsx>     diễn biến từng tháng của một đơn vị");
  });
});

describe("demo: July's follow-up and a laggard's months", () => {
  it("writes July's ranking as rank --json has it, and BUDOP's months up to July as trend prints them", async () => {
    expect(demo.code).toBe(0);
    const demoDir = join(dir, "demo");
    const workbook = join(demoDir, "binh-phuoc-2023.xlsx");
    const [rankJuly, trendBudop] = await Promise.all([
      run(["rank", workbook, "--period", "2023-07", "--json"]),
      run(["trend", workbook, "--unit", "BUDOP", "--to", "2023-07"]),
    ]);
    const julyJson = JSON.parse(readFileSync(join(demoDir, "xep-hang-2023-07.json"), "utf8"));
    expect(julyJson).toEqual(JSON.parse(rankJuly.stdout));
    expect(julyJson.followUp.counts).toEqual({ fixed: 10, improved: 5, notFixed: 12, notReported: 0 });
    expect(readFileSync(join(demoDir, "trend-BUDOP.txt"), "utf8")).toBe(trendBudop.stdout);
    expect(demo.stderr).toContain(`  ${join(demoDir, "trend-BUDOP.txt")}\n`);
    expect(demo.stderr).toContain(`  dx-scorecard trend ${workbook} --unit BUDOP --to 2023-07\n`);
  });
});
