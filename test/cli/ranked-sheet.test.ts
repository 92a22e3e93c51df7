// `rank --out`: a copy of the workbook with the `Xếp hạng` sheet, colours and formats included,
// read back with ExcelJS (and, for what ExcelJS does not read back, the file's XML); the input
// workbook is never modified. The month's groups share one header: the units' figures with their
// points in the indicator cells, the thresholds in the labels; printed on A4 landscape, one page
// wide, the header repeated, each group from a new page; the file opens on the ranking.
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
  sheetXml,
  tempDir,
  xlsxPart,
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
let bookXml: string;
let rankingXml: string;

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
  bookXml = await xlsxPart(out, "xl/workbook.xml");
  rankingXml = await sheetXml(out, "Xếp hạng");
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const text = (row: number, col: number) => ws.getCell(row, col).value;
const fillOf = (cell: ExcelJS.Cell) => (cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined);

/** Row numbers of the header rows' last row (`Hạng` in column A): one, shared by the month's groups. */
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

/** Row numbers of the groups' heading rows, `Nhóm: …`. */
function headingRows(): number[] {
  const rows: number[] = [];
  ws.eachRow((row, r) => {
    if (String(row.getCell(1).value ?? "").startsWith("Nhóm:")) rows.push(r);
  });
  return rows;
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

  it("keeps every sheet of the workbook, in order, with Tổng quan after Xếp hạng", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Đơn vị",
      "Chỉ tiêu",
      "Số liệu",
      "Thẩm định",
      "Xếp hạng",
      "Tổng quan",
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

  it("heads the table once and each group with its name, the pillars over their columns", () => {
    const rows = headerRows();
    // The groups have the same columns: one header, frozen and repeated on paper, a heading row per group.
    expect(rows).toHaveLength(1);
    const [label] = rows;
    const headings = headingRows();
    expect(headings).toEqual([label + 1, label + 1 + 22 + 1]);
    expect(text(headings[0], 1)).toBe("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(text(headings[1], 1)).toBe("Nhóm: UBND cấp huyện (11 đơn vị)");
    expect(ws.rowCount).toBe(headings[1] + 11);
    // A header row per level of the hierarchy in use (pillar, main index), the column labels last.
    const pillarRow = (ws.getRow(label - 2).values as ExcelJS.CellValue[]).slice(1);
    expect(pillarRow).toContain("Chính quyền số");
    expect(pillarRow).toContain("Điểm thành phần (%)");
    const values = (ws.getRow(label).values as ExcelJS.CellValue[]).slice(1);
    expect(values.slice(0, HEADERS.length)).toEqual(HEADERS);
    expect(values.at(-1)).toBe("Ghi chú");
    // Each indicator's label gives its points and the laggard threshold.
    expect(values).toContain("Tỷ lệ văn bản điện tử được ký số (15; ngưỡng 50%)");
    expect(values).toContain("Triển khai họp không giấy (10; ngưỡng có)");
    expect(values).toContain("Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến (15)");
    expect(values).toContain("Chính quyền số (%)");
  });

  it("lists the units in the order and with the scores of the JSON", () => {
    const pct = headerIndex("%");
    const rankCol = headerIndex("Hạng kỳ trước");
    const headings = headingRows();
    json.groups.forEach((g, k) => {
      const start = headings[k] + 1;
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

  it("shows each unit's figure with its points in the indicator cells, the figure as the letter writes it", () => {
    const cell = (unitId: string, label: string) => rowOfUnit(unitId).getCell(headerIndex(label)).value;
    const kySo = "Tỷ lệ văn bản điện tử được ký số (15; ngưỡng 50%)";
    // The seed letter's figures: Đồng Phú 24,39 %, Bù Đốp 0,33 %, each with the points it earned.
    expect(cell("DONGPHU", kySo)).toMatch(/^24,39% · \d+(,\d{1,2})?$/);
    expect(cell("BUDOP", kySo)).toMatch(/^0,33% · \d+(,\d{1,2})?$/);
    expect(cell("SGTVT", kySo)).toBe("0% · 0");
    expect(cell("SKHCN", "Triển khai họp không giấy (10; ngưỡng có)")).toBe("có · 10");
    expect(cell("SGTVT", "Triển khai họp không giấy (10; ngưỡng có)")).toBe("không · 0");
    // Points agree with the JSON's total: the cells of SKHCN add up to its points.
    const skhcn = json.groups[0].ranking.find((u) => u.unitId === "SKHCN")!;
    const labels = (ws.getRow(headerRows()[0]).values as ExcelJS.CellValue[]).slice(1).map(String);
    const sum = labels
      .filter((l) => /\(\d+(; ngưỡng [^)]*)?\)$/.test(l) && !l.endsWith("(%)"))
      .reduce((n, l) => n + Number(String(cell("SKHCN", l)).split(" · ")[1].replace(",", ".")), 0);
    expect(sum).toBeCloseTo(skhcn.points!, 1);
    // Right-aligned like the figures they are; a unit that did not report has blank cells.
    expect(rowOfUnit("SGTVT").getCell(headerIndex(kySo)).alignment?.horizontal).toBe("right");
    expect(cell("BDT", kySo) ?? "").toBe("");
  });

  it("explains the cells in a legend line under the title", () => {
    expect(String(text(6, 1))).toBe(
      "Ô chỉ tiêu ghi số liệu của đơn vị và điểm đạt, cách nhau bởi dấu ·: “24,39% · 2,44” là 24,39%, được 2,44 điểm. Trong ngoặc ở tên chỉ tiêu: điểm tối đa và ngưỡng yếu kém.",
    );
  });

  it("formats the % column as a percent, the sub-scores to one decimal", () => {
    const start = headingRows()[0] + 1;
    const pct = headerIndex("%");
    for (let r = start; r < start + 22; r++) expect(ws.getCell(r, pct).numFmt).toBe("0.00%");
    expect(ws.getCell(start, headerIndex("Chính quyền số (%)")).numFmt).toBe("0.0%");
  });

  it("colours the top three of each group green", () => {
    for (const h of headingRows()) {
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

  it("marks a laggard's indicator cells red and counts them in the note", () => {
    const row = rowOfUnit("SGTVT");
    const kySo = headerIndex("Tỷ lệ văn bản điện tử được ký số (15; ngưỡng 50%)");
    expect(fillOf(row.getCell(kySo))).toBe(RED);
    expect(fillOf(row.getCell(headerIndex("Triển khai họp không giấy (10; ngưỡng có)")))).toBe(RED);
    expect(fillOf(row.getCell(headerIndex("Ghi chú")))).toBe(RED);
    expect(fillOf(row.getCell(headerIndex("Tỷ lệ sử dụng thư điện tử công vụ (15; ngưỡng 50%)")))).not.toBe(RED);
    expect(row.getCell(headerIndex("Ghi chú")).value).toBe("2 chỉ tiêu yếu kém");
  });

  it("freezes the title and header rows", () => {
    expect(ws.views[0]?.state).toBe("frozen");
    expect((ws.views[0] as ExcelJS.WorksheetViewFrozen).ySplit).toBe(headerRows()[0]);
  });

  it("names a font on every cell, the title 14-pt bold in a row tall enough for its capitals' marks", () => {
    ws.eachRow((row) => {
      row.eachCell({ includeEmpty: true }, (cell) => {
        expect(cell.font?.name, cell.address).toBe("Arial");
      });
    });
    expect(ws.getCell(1, 1).font).toMatchObject({ name: "Arial", size: 14, bold: true });
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(24);
    expect(ws.getCell(2, 1).font).toMatchObject({ name: "Arial", size: 10 });
  });

  it("prints on A4 landscape, one page wide, the header rows repeated, each group from a new page", () => {
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    const m = ws.pageSetup.margins!;
    for (const side of [m.left, m.right, m.top, m.bottom]) expect(side).toBeGreaterThanOrEqual(0.25);
    expect(m.left).toBeLessThanOrEqual(0.8);
    const label = headerRows()[0];
    expect(ws.pageSetup.printTitlesRow).toBe(`${label - 2}:${label}`);
    // ExcelJS does not read page breaks back: the file's XML has the one before the second group.
    expect([...rankingXml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((b) => Number(b[1]) + 1)).toEqual([
      headingRows()[1],
    ]);
    expect(rankingXml).toMatch(/<oddFooter>&amp;C&amp;P\/&amp;N<\/oddFooter>/);
  });

  it("opens on Xếp hạng, the only selected tab", async () => {
    expect(bookXml).toMatch(/<workbookView [^>]*activeTab="4"/);
    expect(rankingXml).toMatch(/<sheetView [^>]*tabSelected="1"/);
    expect(wb.views[0].activeTab).toBe(wb.worksheets.findIndex((w) => w.name === "Xếp hạng"));
    for (const other of ["Đơn vị", "Chỉ tiêu", "Số liệu", "Thẩm định", "Tổng quan", "Nhật ký", "Cài đặt"])
      expect(await sheetXml(out, other), other).not.toMatch(/tabSelected="1"/);
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
