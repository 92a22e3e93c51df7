// The `Xếp hạng` sheet on paper: the sample's rankings written by `rank --out`, reduced to that sheet,
// printed to PDF by LibreOffice as a clerk would print them. The June 2023 ranking fits two A4
// landscape pages (one per group, the header repeated); the quarter too; the year's, with every
// yearly indicator of both groups, also takes one page per group, at a much smaller scale.
import { rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, readXlsx, run, sheetXml, tempDir } from "../cli/helpers";
import { pdfPageCount, sofficeSkipReason, toPdf } from "./soffice";

const RANKING = "Xếp hạng";
const skip = sofficeSkipReason();

/**
 * A copy of a ranked workbook with only `Xếp hạng` (converting the whole workbook prints every
 * sheet). ExcelJS does not read page breaks back: they are taken from the file's XML and put back.
 */
async function rankingOnly(file: string, out: string): Promise<string> {
  const breaks = [...(await sheetXml(file, RANKING)).matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1]));
  const wb = await readXlsx(file);
  for (const ws of [...wb.worksheets]) if (ws.name !== RANKING) wb.removeWorksheet(ws.id);
  const ws = wb.getWorksheet(RANKING)!;
  for (const row of breaks) ws.getRow(row).addPageBreak();
  await wb.xlsx.writeFile(out);
  return out;
}

/** Each page's size in points, from the PDF's MediaBox entries (a page's own, or its page tree's). */
async function mediaBoxes(pdf: string): Promise<{ width: number; height: number }[]> {
  const text = (await readFile(pdf)).toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s+([\d.-]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

describe.skipIf(skip !== null)(`the ranking sheet printed by LibreOffice ${skip ?? ""}`, () => {
  let dir: string;
  const printed: Record<string, { pages: number; boxes: { width: number; height: number }[] }> = {};

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir("dx-print-");
    const sample = await initSample(dir);
    await Promise.all(
      ["2023-06", "2023-Q2", "2023"].map(async (period) => {
        const ranked = join(dir, `ranked-${period}.xlsx`);
        const r = await run(["rank", sample, "--period", period, "--out", ranked]);
        if (r.code !== 0) throw new Error(`rank ${period} failed: ${r.stderr}`);
        const pdf = await toPdf(await rankingOnly(ranked, join(dir, `xep-hang-${period}.xlsx`)));
        printed[period] = { pages: await pdfPageCount(pdf), boxes: await mediaBoxes(pdf) };
      }),
    );
    console.log(
      `[print] Xếp hạng pages: ${Object.entries(printed)
        .map(([p, x]) => `${p} ${x.pages}`)
        .join(", ")}`,
    );
  }, 600_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("prints the June 2023 ranking on at most two pages, every page A4 landscape", () => {
    const { pages, boxes } = printed["2023-06"];
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.width).toBeGreaterThan(box.height);
      // A4: 297 × 210 mm is 842 × 595 pt.
      expect(Math.round(box.width)).toBe(842);
      expect(Math.round(box.height)).toBe(595);
    }
  });

  it("prints the second quarter on at most two landscape pages too", () => {
    const { pages, boxes } = printed["2023-Q2"];
    expect(pages).toBeLessThanOrEqual(2);
    for (const box of boxes) expect(box.width).toBeGreaterThan(box.height);
  });

  it("prints the year's ranking, one page wide, on a page per group", () => {
    // Measured: 2 pages, each group's block on its own. The year has 25 and 30 indicators a group, so the
    // page holds it at a small scale: the year's document to read is the Báo cáo and its Phụ lục.
    const { pages, boxes } = printed["2023"];
    expect(pages).toBe(2);
    for (const box of boxes) expect(box.width).toBeGreaterThan(box.height);
  });
});
