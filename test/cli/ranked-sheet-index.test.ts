// `rank --out` on a year index (design §9), read back with ExcelJS: merged pillar and main-index
// headers over each group's own indicators, points out of the group's total, sub-scores, each
// indicator's figure with its points. The groups' columns differ: each has its own header.
import { rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexProvince } from "../bundle/index-province";
import { ensureBuilt, type RunResult, readXlsx, run, sheet, tempDir } from "./helpers";

let dir: string;
let ranked: RunResult;
let ws: ExcelJS.Worksheet;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const p = indexProvince();
  const wb = new ExcelJS.Workbook();
  for (const [name, grid] of [
    ["Đơn vị", p.units],
    ["Chỉ tiêu", p.indicators],
    ["Số liệu", p.data],
    ["Cài đặt", p.settings],
  ] as const) {
    const s = wb.addWorksheet(name);
    for (const row of grid) s.addRow(row.map((v) => (v === "" ? null : v)));
  }
  const file = join(dir, "index.xlsx");
  await wb.xlsx.writeFile(file);
  const out = join(dir, "ranked.xlsx");
  ranked = await run(["rank", file, "--period", "2023", "--out", out]);
  ws = sheet(await readXlsx(out), "Xếp hạng");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const rowValues = (r: number) => Array.from((ws.getRow(r).values as ExcelJS.CellValue[]).slice(1), (v) => v ?? "");
function rowOf(first: unknown, col = 1): number {
  let found = 0;
  ws.eachRow((row, r) => {
    if (!found && row.getCell(col).value === first) found = r;
  });
  if (!found) throw new Error(`no row starting ${String(first)}`);
  return found;
}
/** The merged ranges of the sheet, as A1 ranges. */
const merges = () => (ws.model as unknown as { merges: string[] }).merges;

describe("rank --out on a year index", () => {
  it("ranks the year", () => {
    expect(ranked.code).toBe(0);
    expect(ranked.stderr).toMatch(/Đã ghi bảng xếp hạng 2023: /);
  });

  it("writes three header rows, pillars and main indexes merged over their columns", () => {
    const labels = rowOf("Hạng");
    expect(ws.getCell(labels - 3, 1).value).toBe("Nhóm: Sở, ban, ngành (3 đơn vị)");
    expect(rowValues(labels).slice(8, 17)).toEqual([
      "Chính quyền số (%)",
      "Hoạt động chính quyền số (%)",
      "Chuyển đổi nhận thức (%)",
      "Xã hội số (%)",
      "Tỷ lệ văn bản được ký số (15; ngưỡng 50%)",
      "Văn bản đi được gửi trên môi trường mạng (10)",
      "Trưởng Ban Chỉ đạo chuyển đổi số (7)",
      "Số dịch vụ công trực tuyến toàn trình (5)",
      "Ghi chú",
    ]);
    const [p, m] = [labels - 2, labels - 1];
    expect(ws.getCell(p, 9).value).toBe("Điểm thành phần (%)");
    expect(ws.getCell(p, 13).value).toBe("Chính quyền số");
    expect(ws.getCell(m, 9).value).toBe("Chính quyền số");
    expect(ws.getCell(m, 13).value).toBe("Hoạt động chính quyền số");
    expect(ws.getCell(m, 15).value).toBe("Chuyển đổi nhận thức");
    expect(merges()).toEqual(expect.arrayContaining([`I${p}:L${p}`, `M${p}:O${p}`, `I${m}:K${m}`, `M${m}:N${m}`]));
    // The departments' Xã hội số has one indicator: a label, no merge.
    expect(ws.getCell(p, 16).value).toBe("Xã hội số");
    expect(merges()).not.toContain(`P${p}:Q${p}`);
    for (const r of [p, m, labels]) {
      expect(ws.getCell(r, 13).alignment).toMatchObject({ wrapText: true, horizontal: "center" });
      expect(ws.getCell(r, 13).font?.bold).toBe(true);
    }
    expect((ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit).toBe(labels);
  });

  it("gives the districts' block their own indicator under their pillar", () => {
    const labels = rowOf("Hạng", 1);
    let districts = 0;
    ws.eachRow((row, r) => {
      if (r > labels && row.getCell(1).value === "Hạng") districts = r;
    });
    expect(rowValues(districts).slice(16, 18)).toEqual(["Tỷ lệ hồ sơ trực tuyến cấp xã (20)", "Ghi chú"]);
    expect(merges()).toContain(`P${districts - 2}:Q${districts - 2}`);
    expect(rowValues(rowOf("HBD", 2)).slice(3, 5)).toEqual(["43,75/57", 0.7675]);
  });

  it("shows points out of the unit's own total, the sub-scores and each indicator's figure with its points", () => {
    const r = rowOf("SXD", 2);
    expect(rowValues(r).slice(0, 16)).toEqual([
      2,
      "SXD",
      "Sở Xây dựng",
      "32,5/37",
      0.8784,
      "Dẫn dắt",
      "",
      "",
      0.8594,
      0.96,
      0.5,
      1,
      "90% · 15",
      "90% · 9",
      "Phó Chủ tịch · 3,5",
      "10 · 5",
    ]);
    expect(ws.getCell(r, 9).numFmt).toBe("0.0%");
    // Columns as wide as what they hold: the districts' note is narrower than their indicator.
    expect(ws.getColumn(17).width).toBeGreaterThan(ws.getColumn(18).width!);
    expect(ws.getColumn(3).width! * 7).toBeLessThanOrEqual(220);
  });
});
