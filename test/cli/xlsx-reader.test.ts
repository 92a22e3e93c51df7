// The streaming .xlsx reader: Vietnamese text exact across chunk boundaries, the same grids as
// ExcelJS gave, dates and number formats, and what it refuses to read silently.
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWorkbook, workbookGrids } from "../../src/cli/xlsx";
import { readXlsx, XlsxProblem } from "../../src/cli/xlsx-reader";
import { type XmlHandler, XmlScanner } from "../../src/cli/xml-scan";
import { ensureBuilt, initSample, tempDir } from "./helpers";

let dir: string;
let sample: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-reader-");
  sample = await initSample(dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô"];
const MIDDLE = ["Thị", "Văn", "Hữu", "Đức", "Ngọc", "Thành", "Xuân", "Quốc", "Thùy", "Mỹ"];
const GIVEN = ["Đăng", "Ánh", "Hưởng", "Nguyệt", "Ước", "Khuê", "Dũng", "Phượng", "Tuấn", "Ỷ", "Ẩn", "Ưng"];
const PLACES = ["Bù Đăng", "Bù Đốp", "Đồng Xoài", "Lộc Ninh", "Hớn Quản", "Chơn Thành", "Phú Riềng", "Đồng Phú"];

/** 20,000 distinct names full of two- and three-byte UTF-8 characters. */
function vietnameseNames(count: number): string[] {
  return Array.from(
    { length: count },
    (_, i) =>
      `${FAMILY[i % 14]} ${MIDDLE[(i >> 3) % 10]} ${GIVEN[(i >> 5) % 12]} – ${PLACES[i % 8]} ${i.toString(36)} ở xã Đắk Ơ`,
  );
}

describe("Vietnamese text across chunk boundaries", () => {
  const names = vietnameseNames(20_000);

  it("keeps every one of 20,000 names exact, as shared strings and as inline strings", async () => {
    const shared = join(dir, "names-shared.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Tên đơn vị");
    ws.addRow(["Mã", "Tên", "Địa bàn"]);
    names.forEach((n, i) => {
      ws.addRow([`U${i}`, n, PLACES[i % 8]]);
    });
    await wb.xlsx.writeFile(shared);

    const inline = join(dir, "names-inline.xlsx");
    const sw = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: inline, useSharedStrings: false });
    const sws = sw.addWorksheet("Tên đơn vị");
    sws.addRow(["Mã", "Tên", "Địa bàn"]).commit();
    names.forEach((n, i) => {
      sws.addRow([`U${i}`, n, PLACES[i % 8]]).commit();
    });
    sws.commit();
    await sw.commit();

    for (const file of [shared, inline]) {
      const book = await readXlsx(file);
      const grid = book.sheets[0].grid;
      expect(book.sheets[0].name).toBe("Tên đơn vị");
      expect(grid).toHaveLength(20_001);
      const wrong = names.filter((n, i) => grid[i + 1][1] !== n || grid[i + 1][2] !== PLACES[i % 8]);
      expect(wrong).toEqual([]);
      expect(grid.flat().some((c) => typeof c === "string" && c.includes("\uFFFD"))).toBe(false);
    }
  });

  it("tokenizes the same text whatever the chunk boundaries, down to one byte at a time", () => {
    const xml = `<?xml version="1.0"?><sst>${names
      .slice(0, 300)
      .map((n) => `<si><t>${n.replace("–", "&amp;")}</t><rPh><t>ふ</t></rPh></si>`)
      .join("")}</sst>`;
    const bytes = Buffer.from(xml, "utf8");
    const read = (step: number) => {
      const out: string[] = [];
      let current = "";
      let inPhonetic = false;
      const h: XmlHandler = {
        wantsText: false,
        open(name) {
          if (name === "t") h.wantsText = !inPhonetic;
          if (name === "rPh") inPhonetic = true;
        },
        close(name) {
          if (name === "t") h.wantsText = false;
          if (name === "rPh") inPhonetic = false;
          if (name === "si") {
            out.push(current);
            current = "";
          }
        },
        text(t) {
          current += t;
        },
      };
      const scanner = new XmlScanner(h);
      for (let i = 0; i < bytes.length; i += step) scanner.write(bytes.subarray(i, i + step));
      scanner.end();
      return out;
    };
    const expected = names.slice(0, 300).map((n) => n.replace("–", "&"));
    for (const step of [1, 2, 3, 5, 7, 64, 4096]) expect(read(step)).toEqual(expected);
  });
});

describe("the grids", () => {
  it("are exactly what ExcelJS gave for the sample province, number formats included", async () => {
    const book = await readXlsx(sample);
    const wb = await loadWorkbook(sample);
    const old = workbookGrids(wb);
    expect(Object.fromEntries(book.sheets.map((s) => [s.name, s.grid]))).toEqual(old);
    let numbers = 0;
    wb.eachSheet((ws) => {
      ws.eachRow((row, r) => {
        row.eachCell((cell, c) => {
          if (typeof cell.value !== "number" && !(cell.value instanceof Date)) return;
          numbers++;
          expect(book.numberFormat(ws.name, r, c), `${ws.name}!${cell.address}`).toBe(cell.numFmt);
        });
      });
    });
    expect(numbers).toBeGreaterThan(1000);
  });

  it("reads a date cell as a Date at UTC midnight, a percent cell with its format, formulas by their cached value", async () => {
    const file = join(dir, "cells.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ô");
    ws.getCell("A1").value = new Date(Date.UTC(2023, 5, 1));
    ws.getCell("A1").numFmt = "dd/mm/yyyy";
    ws.getCell("B1").value = 0.2439;
    ws.getCell("B1").numFmt = "0.00%";
    ws.getCell("C1").value = { formula: "2+2", result: 4 };
    ws.getCell("D1").value = { formula: 'A2&"x"', result: "Bù Đăng" };
    ws.getCell("E1").value = true;
    ws.getCell("F1").value = { richText: [{ text: "Đồng " }, { text: "Xoài", font: { bold: true } }] };
    ws.getCell("A3").value = { formula: "2+2" } as ExcelJS.CellFormulaValue;
    await wb.xlsx.writeFile(file);
    const book = await readXlsx(file);
    const [sheet] = book.sheets;
    expect(sheet.grid[0]).toEqual([new Date("2023-06-01T00:00:00.000Z"), 0.2439, 4, "Bù Đăng", true, "Đồng Xoài"]);
    expect(book.numberFormat("Ô", 1, 2)).toBe("0.00%");
    expect(book.numberFormat("Ô", 1, 3)).toBeUndefined();
    expect(sheet.uncachedFormulas).toEqual(["A3"]);
    expect(sheet.grid[2] ?? []).toEqual([]);
  });

  it("lists merged ranges and does not copy the first cell's value into the others", async () => {
    const file = join(dir, "merged.xlsx");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Số liệu");
    ws.getCell("J174").value = 0.75;
    ws.mergeCells("J174:J176");
    await wb.xlsx.writeFile(file);
    const [sheet] = (await readXlsx(file)).sheets;
    expect(sheet.merges).toEqual(["J174:J176"]);
    expect(sheet.grid[173][9]).toBe(0.75);
    expect(sheet.grid[174] ?? []).toEqual([]);
    expect(sheet.grid[175] ?? []).toEqual([]);
  });

  it("refuses a file that is not a zip, and a zip that holds no workbook", async () => {
    const text = join(dir, "text.xlsx");
    writeFileSync(text, "Đây không phải bảng tính.\n");
    await expect(readXlsx(text)).rejects.toMatchObject({ kind: "notXlsx" });
    const docx = join(dir, "empty.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A");
    await wb.xlsx.writeFile(docx);
    // A real zip whose workbook part is missing: drop it by renaming the entry in place.
    const bytes = (await import("node:fs")).readFileSync(docx);
    const renamed = Buffer.from(bytes.toString("latin1").replaceAll("xl/workbook.xml", "xl/workbook.xmz"), "latin1");
    writeFileSync(docx, renamed);
    const e = await readXlsx(docx).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(XlsxProblem);
    expect((e as XlsxProblem).kind).toBe("notXlsx");
  });

  it("stops beyond its cell limit instead of running out of memory", async () => {
    await expect(readXlsx(sample, { maxCells: 100 })).rejects.toMatchObject({ kind: "tooLarge" });
  });
});
