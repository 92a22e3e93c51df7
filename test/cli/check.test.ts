// `check`: the OK line on the sample, every problem with its `Sheet!Cell` on a broken workbook,
// and the decimal comma accepted in percent cells.
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
  readXlsx,
  run,
  STACK_TRACE,
  sheet,
  tempDir,
} from "./helpers";

let dir: string;
let sample: string;
let broken: string;
let ok: RunResult;
let brokenCheck: RunResult;
let brokenRank: RunResult;
let commaCheck: RunResult;
let commaRank: RunResult;
let commaRows: { dongPhu: number; buDang: number };

const OK_LINE = "Không phát hiện lỗi: 33 đơn vị, 34 chỉ tiêu, 428 dòng số liệu.\n";

/** The problems put into the broken workbook: 12 cells in three sheets. */
const BROKEN_REFS = [
  "Đơn vị!A35",
  "Chỉ tiêu!F3",
  "Số liệu!AU1",
  ...[2, 3, 4, 5, 6, 7, 8].map((r) => `Số liệu!E${r}`),
  "Số liệu!B50",
  "Số liệu!E192",
];

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  sample = await initSample(dir);
  broken = await mutate(sample, join(dir, "broken.xlsx"), (wb) => {
    sheet(wb, "Đơn vị").addRow(["VP_UBND", "Văn phòng UBND tỉnh (bản sao)", "Sở, ban, ngành"]);
    sheet(wb, "Chỉ tiêu").getCell("F3").value = -5;
    const data = sheet(wb, "Số liệu");
    data.getCell("AU1").value = "CHU_KY";
    for (let r = 2; r <= 8; r++) data.getCell(`E${r}`).value = "abc";
    data.getCell("B50").value = "XYZ";
    data.getCell("E192").value = "124%";
  });
  const wb = await readXlsx(sample);
  const data = sheet(wb, "Số liệu");
  commaRows = { dongPhu: dataRowOf(data, "2023-06", "DONGPHU"), buDang: dataRowOf(data, "2023-06", "BUDANG") };
  const comma = await mutate(sample, join(dir, "decimal-comma.xlsx"), (w) => {
    const ws = sheet(w, "Số liệu");
    ws.getCell(`E${commaRows.dongPhu}`).value = "24,39%";
    ws.getCell(`E${commaRows.buDang}`).value = "0,2439";
  });
  [ok, brokenCheck, brokenRank, commaCheck, commaRank] = await Promise.all([
    run(["check", sample]),
    run(["check", broken]),
    run(["rank", broken, "--period", "2023-06"]),
    run(["check", comma]),
    run(["rank", comma, "--period", "2023-06", "--json"]),
  ]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("check", () => {
  it("passes the sample with the OK line", () => {
    expect(ok.code).toBe(0);
    expect(ok.stdout).toBe(OK_LINE);
    expect(ok.stderr).toBe("");
  });

  it("lists every problem of a broken workbook with its sheet and cell, and exits 1", () => {
    expect(brokenCheck.code).toBe(1);
    expect(brokenCheck.stderr).toBe("");
    const lines = brokenCheck.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe("Phát hiện 12 lỗi.");
    const problems = lines.slice(0, -1);
    expect(problems).toHaveLength(12);
    for (const line of problems) expect(line.startsWith(`${broken}: `), line).toBe(true);
    const refs = problems.map((l) => l.slice(broken.length + 2).split(": ")[0]);
    expect([...refs].sort()).toEqual([...BROKEN_REFS].sort());
  });

  it("says what is wrong in each cell", () => {
    const line = (ref: string) => brokenCheck.stdout.split("\n").find((l) => l.startsWith(`${broken}: ${ref}: `));
    expect(line("Đơn vị!A35")).toContain("mã “VP_UBND” bị trùng với ô A2");
    expect(line("Chỉ tiêu!F3")).toContain("giá trị -5 âm");
    expect(line("Số liệu!AU1")).toContain("cột “CHU_KY” không phải mã chỉ tiêu nào");
    expect(line("Số liệu!E2")).toContain("“abc” không phải là số");
    expect(line("Số liệu!B50")).toContain("mã đơn vị “XYZ” không có trong trang Đơn vị");
    expect(line("Số liệu!E192")).toContain("tỷ lệ 124% vượt quá 100%");
  });

  it("makes rank show the first ten problems and count the rest", () => {
    expect(brokenRank.code).toBe(1);
    expect(brokenRank.stdout).toBe("");
    expect(brokenRank.stderr).not.toMatch(STACK_TRACE);
    const lines = brokenRank.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(12);
    const checkLines = brokenCheck.stdout.split("\n");
    for (let i = 0; i < 10; i++) expect(lines[i]).toBe(`dx-scorecard: ${checkLines[i]}`);
    expect(lines[10]).toBe(`dx-scorecard: ${broken}: … và 2 lỗi khác.`);
    expect(lines[11]).toBe(
      `dx-scorecard: ${broken}: Bảng tính có 12 lỗi, chưa thể xếp hạng. Vui lòng sửa các lỗi trên (chạy lệnh check để xem tất cả).`,
    );
  });
});

describe("percent cells typed with a decimal comma", () => {
  it("accepts 24,39% and 0,2439 as 24,39 %", () => {
    expect(commaRows).toEqual({ dongPhu: 192, buDang: 193 });
    expect(commaCheck.code).toBe(0);
    expect(commaCheck.stdout).toBe(OK_LINE);
    expect(commaCheck.stderr).toBe("");
  });

  it("ranks them as the fraction 0.2439, the tie in Đơn vị order", () => {
    expect(commaRank.code).toBe(0);
    const json: RankJson = JSON.parse(commaRank.stdout);
    const kySo = json.laggards.find((l) => l.indicatorId === "KY_SO")!;
    expect(kySo.units.map((u) => [u.unitId, u.value])).toEqual([
      ["SGTVT", 0],
      ["TTXTDT", 0],
      ["BUGIAMAP", 0],
      ["BUDOP", 0.0033],
      ["DONGPHU", 0.2439],
      ["BUDANG", 0.2439],
      ["TTRA", 0.3951],
    ]);
  });
});
