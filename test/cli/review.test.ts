// The review on the CLI's outputs (design §10), end to end on a generated workbook: the office
// adjusts Sở Nội vụ's June 2023 plan (KH_CDS có → không) in `Thẩm định`, and `rank` ranks on the
// reviewed figure with the self-assessed score beside — JSON, text and the ranked sheet; `check`
// names each figure without required evidence at its cell.
import { rmSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
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

const VIOLET = "FFD9D2E9";
const RED = "FFF4C7C3";
const REASON = "Không tìm thấy kế hoạch chuyển đổi số năm 2023 của Sở trên hệ thống quản lý văn bản.";

interface ReviewJson extends RankJson {
  groups: (RankJson["groups"][number] & {
    ranking: (RankJson["groups"][number]["ranking"][number] & { selfScore: number | null })[];
  })[];
  review: { items: number; accepted: number; adjusted: number; more: number; pending: number } | null;
}

let dir: string;
let sample: string;
let adjusted: string;
let json: ReviewJson;
let text: RunResult;
let english: RunResult;
let sampleCheck: RunResult;
let evidenceCheck: RunResult;
let evidenceCell: string;
let ws: ExcelJS.Worksheet;
let junePlain: RunResult;

/** Adds a `Thẩm định` row: June 2023, Sở Nội vụ's plan adjusted to `không`. */
function addAdjustment(wb: ExcelJS.Workbook): void {
  const review = sheet(wb, "Thẩm định");
  review.addRow([
    "2023-06",
    "SNV",
    "KH_CDS",
    null,
    "không",
    "điều chỉnh",
    REASON,
    "cds@binhphuoc.example",
    new Date(Date.UTC(2023, 6, 10, 2, 30)),
    "có",
  ]);
}

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-review-");
  sample = await initSample(dir);
  adjusted = await mutate(sample, join(dir, "adjusted.xlsx"), addAdjustment);
  const out = join(dir, "ranked.xlsx");
  const englishFile = await mutate(adjusted, join(dir, "english.xlsx"), (wb) => {
    const settings = sheet(wb, "Cài đặt");
    settings.eachRow((row) => {
      if (row.getCell(1).value === "Ngôn ngữ") row.getCell(2).value = "en";
    });
  });
  // `Minh chứng` = `bắt buộc` on a monthly indicator, whose figures have no evidence in `Thẩm định`.
  const evidenceFile = await mutate(sample, join(dir, "evidence.xlsx"), (wb) => {
    const ind = sheet(wb, "Chỉ tiêu");
    const col = columnOf(ind, "Minh chứng");
    ind.eachRow((row) => {
      if (row.getCell(1).value === "KY_SO") row.getCell(col).value = "bắt buộc";
    });
    const data = sheet(wb, "Số liệu");
    evidenceCell = `Số liệu!${data.getColumn(columnOf(data, "KY_SO")).letter}${dataRowOf(data, "2023-01", "VP_UBND")}`;
  });
  let ranked: RunResult;
  [ranked, text, english, sampleCheck, evidenceCheck, junePlain] = await Promise.all([
    run(["rank", adjusted, "--period", "2023-06", "--json", "--out", out]),
    run(["rank", adjusted, "--period", "2023-06"]),
    run(["rank", englishFile, "--period", "2023-06"]),
    run(["check", sample]),
    run(["check", evidenceFile]),
    run(["rank", sample, "--period", "2023-06"]),
  ]);
  expect(ranked.stderr).not.toMatch(/Error|lỗi/);
  expect(ranked.code).toBe(0);
  json = JSON.parse(ranked.stdout);
  ws = sheet(await readXlsx(out), "Xếp hạng");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const departments = () => json.groups.find((g) => g.group === "Sở, ban, ngành")!.ranking;

describe("rank --json on the reviewed June 2023", () => {
  it("ranks Sở Nội vụ on the office's value, its self-assessed score beside", () => {
    const snv = departments().find((u) => u.unitId === "SNV")!;
    expect(snv).toMatchObject({ score: 71.79, selfScore: 82.9, rank: 11, band: "Nâng cao" });
  });

  it("gives every other unit its own score as the self-assessed one", () => {
    for (const g of json.groups)
      for (const u of g.ranking) if (u.unitId !== "SNV" && u.reported) expect(u.selfScore).toBe(u.score);
  });

  it("puts Sở Nội vụ first in the KH_CDS laggards", () => {
    const plan = json.laggards.find((l) => l.indicatorId === "KH_CDS")!;
    expect(plan.units[0]).toMatchObject({ unitId: "SNV", value: false });
  });

  it("counts the month's review items: one adjusted, every other figure pending", () => {
    expect(json.review).toMatchObject({ accepted: 0, adjusted: 1, more: 0 });
    expect(json.review!.pending).toBe(json.review!.items - 1);
    // 32 units reported in June, 8 figures each, less the blank cells the letter's story needs.
    expect(json.review!.items).toBeGreaterThan(240);
  });
});

describe("rank text on the reviewed June 2023", () => {
  const lineOf = (out: string, name: string) => out.split("\n").find((l) => l.includes(`  ${name}  `))!;

  it("shows the counts under the title", () => {
    const lines = text.stdout.split("\n");
    expect(lines[1]).toBe(`Thẩm định: 0 đạt, 1 điều chỉnh, 0 cần bổ sung, ${json.review!.pending} chờ thẩm định.`);
  });

  it("shows the self-assessed % beside the reviewed one, the adjusted score marked", () => {
    expect(text.stdout).toMatch(/Hạng {2}Tên đơn vị +% {3}% tự đánh giá {2}/);
    expect(lineOf(text.stdout, "Sở Nội vụ")).toMatch(/^ {3}11 {2}Sở Nội vụ +71,79\* +82,90 +64,61\/90 {2}Nâng cao/);
    expect(lineOf(text.stdout, "Sở Khoa học và Công nghệ")).toMatch(/89,92 +89,92/);
  });

  it("names the adjusted indicator under the group's table", () => {
    expect(text.stdout).toContain(
      "* Giá trị đã được Văn phòng điều chỉnh khi thẩm định:\n  Sở Nội vụ: KH_CDS Ban hành Kế hoạch chuyển đổi số",
    );
  });

  it("reads the same in English", () => {
    expect(english.stdout).toContain(
      `Review: 0 accepted, 1 adjusted, 0 more evidence needed, ${json.review!.pending} pending.`,
    );
    expect(english.stdout).toMatch(/ {2}% self-assessed {2}/);
    expect(english.stdout).toContain("* Values adjusted by the office on review:\n  Sở Nội vụ: KH_CDS");
  });

  it("stays as before for a month nobody reviews", () => {
    expect(junePlain.stdout).not.toMatch(/Thẩm định|tự đánh giá|\*/);
    expect(junePlain.stdout.split("\n")[3]).toMatch(/^ Hạng {2}Tên đơn vị +% {6}Điểm {2}Xếp loại/);
  });
});

describe("rank --out on the reviewed June 2023", () => {
  const rows = () => {
    const out: ExcelJS.CellValue[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      out[r] = (row.values as ExcelJS.CellValue[]).slice(1);
    });
    return out;
  };
  const headerRow = () => rows().findIndex((r) => r?.[0] === "Hạng");
  const rowOf = (unitId: string) => rows().findIndex((r) => r?.[1] === unitId);

  it("has both % columns and the pending count", () => {
    expect(rows()[headerRow()].slice(0, 10)).toEqual([
      "Hạng",
      "Mã đơn vị",
      "Tên đơn vị",
      "Điểm",
      "%",
      "% tự đánh giá",
      "Chờ thẩm định",
      "Xếp loại",
      "Hạng kỳ trước",
      "Thay đổi",
    ]);
    const snv = rows()[rowOf("SNV")];
    expect(snv.slice(0, 8)).toEqual([11, "SNV", "Sở Nội vụ", "64,61/90", 0.7179, 0.829, 7, "Nâng cao"]);
    expect(ws.getCell(rowOf("SNV"), 6).numFmt).toBe("0.00%");
  });

  it("says the counts and what the violet means in the title rows", () => {
    const titles = rows()
      .slice(1, 9)
      .map((r) => r?.[0]);
    expect(titles).toContain(`Thẩm định: 0 đạt, 1 điều chỉnh, 0 cần bổ sung, ${json.review!.pending} chờ thẩm định.`);
    expect(titles).toContain("Ô tô tím: giá trị đã được Văn phòng điều chỉnh khi thẩm định.");
  });

  it("marks the adjusted cell violet; other laggard cells stay red", () => {
    const header = rows()[headerRow()];
    const plan = header.findIndex((h) => String(h).startsWith("Ban hành Kế hoạch chuyển đổi số")) + 1;
    expect(plan).toBeGreaterThan(0);
    const fill = (r: number) => (ws.getCell(r, plan).fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
    expect(fill(rowOf("SNV"))).toBe(VIOLET);
    expect(fill(rowOf("SNNPTNT"))).toBe(RED);
  });
});

describe("check and evidence", () => {
  it("finds no problem and no evidence warning in the sample", () => {
    expect(sampleCheck.code).toBe(0);
    expect(sampleCheck.stdout).toMatch(/^Không phát hiện lỗi: 33 đơn vị, 34 chỉ tiêu/);
  });

  it("names each figure without required evidence at its Số liệu cell", () => {
    expect(evidenceCheck.stdout).toContain(
      `${evidenceCell}: chỉ tiêu KY_SO của Văn phòng UBND tỉnh kỳ 2023-01 bắt buộc có minh chứng nhưng chưa có.`,
    );
    // Strict as today: a warning is something to fix, so check exits 1 (design §5).
    expect(evidenceCheck.code).toBe(1);
  });
});
