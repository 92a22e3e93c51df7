// `rank --out`: a copy of the workbook with the `Xếp hạng` sheet, colours and formats included,
// read back with ExcelJS; the input workbook is never modified.
import { existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ensureBuilt,
  initSample,
  listDir,
  type RankJson,
  type RunResult,
  readXlsx,
  run,
  STACK_TRACE,
  sha256,
  sheet,
  tempDir,
} from "./helpers";

const GREEN = "FFD9EAD3";
const GREY = "FFE0E0E0";
const RED = "FFF4C7C3";
const HEADERS = ["Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm", "%", "Xếp loại", "Hạng kỳ trước", "Thay đổi"];

let dir: string;
let sample: string;
let out: string;
let hashBefore: string;
let ranked: RunResult;
let sameAbsolute: RunResult;
let sameRelative: RunResult;
let filesBeforeRefusals: string[];
let filesAfterRefusals: string[];
let json: RankJson;
let ws: ExcelJS.Worksheet;
let wb: ExcelJS.Workbook;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  sample = await initSample(dir);
  hashBefore = sha256(sample);
  out = join(dir, "ranked.xlsx");
  ranked = await run(["rank", sample, "--period", "2023-06", "--json", "--out", out]);
  filesBeforeRefusals = listDir(dir);
  [sameAbsolute, sameRelative] = await Promise.all([
    run(["rank", sample, "--period", "2023-06", "--out", sample]),
    run(["rank", "sample.xlsx", "--period", "2023-06", "--out", "./sample.xlsx"], { cwd: dir }),
  ]);
  filesAfterRefusals = listDir(dir);
  json = JSON.parse(ranked.stdout);
  wb = await readXlsx(out);
  ws = sheet(wb, "Xếp hạng");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const text = (row: number, col: number) => ws.getCell(row, col).value;
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined);

/** Row numbers of the per-group header rows (`Hạng` in column A). */
function headerRows(): number[] {
  const rows: number[] = [];
  ws.eachRow((row, r) => {
    if (row.getCell(1).value === "Hạng") rows.push(r);
  });
  return rows;
}

function rowOfUnit(unitId: string): ExcelJS.Row {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((row) => {
    if (row.getCell(2).value === unitId) found = row;
  });
  if (!found) throw new Error(`no row for ${unitId}`);
  return found;
}

function headerIndex(title: string): number {
  const header = ws.getRow(headerRows()[0]);
  for (let c = 1; c <= header.cellCount; c++) if (header.getCell(c).value === title) return c;
  throw new Error(`no column ${title}`);
}

describe("rank --out", () => {
  it("writes the copy, keeps stdout pure JSON and says where on stderr", () => {
    expect(ranked.code).toBe(0);
    expect(ranked.stderr).toBe(`Đã ghi bảng xếp hạng 2023-06: ${out}\n`);
    expect(json.period).toBe("2023-06");
    expect(existsSync(out)).toBe(true);
  });

  it("leaves the input workbook byte for byte unchanged", () => {
    expect(sha256(sample)).toBe(hashBefore);
  });

  it("keeps every sheet of the workbook, in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Đơn vị",
      "Chỉ tiêu",
      "Số liệu",
      "Thẩm định",
      "Xếp hạng",
      "Nhật ký",
      "Cài đặt",
    ]);
    expect(sheet(wb, "Số liệu").rowCount).toBe(429);
  });

  it("starts the ranking sheet with the title rows", () => {
    expect(text(1, 1)).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
    expect(ws.getCell(1, 1).font?.bold).toBe(true);
    expect(text(2, 1)).toBe("Kỳ đánh giá: tháng 06/2023");
    expect(String(text(3, 1))).toMatch(/^Thời điểm xếp hạng: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(String(text(4, 1))).toMatch(/^Phương pháp: .*làm tròn 2 chữ số.*thiếu số liệu: tính 0 điểm\.$/);
    expect(String(text(5, 1))).toMatch(/^Chú thích: /);
  });

  it("heads each group with its name, the pillars over their columns, and the ranking columns", () => {
    const rows = headerRows();
    expect(rows).toHaveLength(2);
    // The group's heading, then a header row per level of the hierarchy in use, the column labels last.
    const heading = (r: number) => {
      let h = r - 1;
      while (h > 0 && !String(text(h, 1) ?? "").startsWith("Nhóm:")) h--;
      return h;
    };
    expect(text(heading(rows[0]), 1)).toBe("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(text(heading(rows[1]), 1)).toBe("Nhóm: UBND cấp huyện (11 đơn vị)");
    const levels = rows[0] - heading(rows[0]);
    expect(levels).toBeGreaterThanOrEqual(2);
    expect(rows[1] - rows[0]).toBe(22 + 2 + levels);
    const pillarRow = (ws.getRow(heading(rows[0]) + 1).values as ExcelJS.CellValue[]).slice(1);
    expect(pillarRow).toContain("Chính quyền số");
    expect(pillarRow).toContain("Điểm thành phần (%)");
    for (const r of rows) {
      const values = (ws.getRow(r).values as ExcelJS.CellValue[]).slice(1);
      expect(values.slice(0, HEADERS.length)).toEqual(HEADERS);
      expect(values.at(-1)).toBe("Ghi chú");
      expect(values).toContain("Tỷ lệ văn bản điện tử được ký số (15)");
      expect(values).toContain("Chính quyền số (%)");
    }
  });

  it("lists the units in the order and with the scores of the JSON", () => {
    const [first, second] = headerRows();
    const pct = headerIndex("%");
    const rankCol = headerIndex("Hạng kỳ trước");
    json.groups.forEach((g, k) => {
      const start = [first, second][k] + 1;
      g.ranking.forEach((u, i) => {
        const row = ws.getRow(start + i);
        expect(row.getCell(1).value).toBe(u.rank);
        expect(row.getCell(2).value).toBe(u.unitId);
        expect(row.getCell(3).value).toBe(u.unitName);
        expect(row.getCell(pct).value as number).toBeCloseTo(u.score! / 100, 10);
        // Points out of the unit's own total, with the decimal comma: "183,5/220".
        const { maxPoints } = u as typeof u & { maxPoints: number };
        const [earned, total] = String(row.getCell(headerIndex("Điểm")).value).split("/");
        expect(earned).toMatch(/^\d+(,\d{1,2})?$/);
        expect(Number(earned.replace(",", "."))).toBeCloseTo(u.points!, 1);
        expect(total).toBe(String(maxPoints).replace(".", ","));
        expect(row.getCell(rankCol).value ?? null).toBe(u.previousRank);
      });
    });
  });

  it("formats the % column as a percent", () => {
    const start = headerRows()[0] + 1;
    const pct = headerIndex("%");
    for (let r = start; r < start + 22; r++) expect(ws.getCell(r, pct).numFmt).toBe("0.00%");
  });

  it("colours the top three of each group green", () => {
    for (const h of headerRows()) {
      for (const r of [h + 1, h + 2, h + 3]) {
        expect(fillOf(ws.getCell(r, 1)), `row ${r}`).toBe(GREEN);
        expect(fillOf(ws.getCell(r, 3)), `row ${r}`).toBe(GREEN);
      }
      expect(fillOf(ws.getCell(h + 4, 1))).not.toBe(GREEN);
    }
  });

  it("greys the row of the unit that did not report", () => {
    const row = rowOfUnit("BDT");
    for (const c of [1, 2, 3, headerIndex("%"), headerIndex("Ghi chú")]) expect(fillOf(row.getCell(c))).toBe(GREY);
    expect(row.getCell(headerIndex("Ghi chú")).value).toBe("Chưa báo cáo");
  });

  it("marks a laggard's indicator cell red and gives the reason", () => {
    const row = rowOfUnit("SGTVT");
    const kySo = headerIndex("Tỷ lệ văn bản điện tử được ký số (15)");
    expect(fillOf(row.getCell(kySo))).toBe(RED);
    expect(fillOf(row.getCell(headerIndex("Ghi chú")))).toBe(RED);
    expect(fillOf(row.getCell(headerIndex("Tỷ lệ sử dụng thư điện tử công vụ (15)")))).not.toBe(RED);
    expect(String(row.getCell(headerIndex("Ghi chú")).value)).toContain(
      "Tỷ lệ văn bản điện tử được ký số: 0% (ngưỡng 50%)",
    );
  });

  it("freezes the title and header rows", () => {
    expect(ws.views[0]?.state).toBe("frozen");
    expect((ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit).toBe(headerRows()[0]);
  });
});

describe("rank --out onto the input file", () => {
  it("is refused with exit 2 and nothing written, however the path is spelled", () => {
    for (const [r, file] of [
      [sameAbsolute, sample],
      [sameRelative, "sample.xlsx"],
    ] as const) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).toBe(
        `dx-scorecard: ${file}: Tệp kết quả không được trùng tệp đầu vào; tệp đầu vào không bao giờ bị ghi đè.\n`,
      );
    }
    expect(sha256(sample)).toBe(hashBefore);
    expect(filesAfterRefusals).toEqual(filesBeforeRefusals);
  });
});
