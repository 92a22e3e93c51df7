// The office's documents as they print: the sample's June 2023 letter and 2023 report written by the
// CLI, converted to PDF by LibreOffice. The letter fits on two A4 pages, like the seed letter; the
// report's body and its Phụ lục (33 units in two group tables) fit on three.
import { readFile, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, run, tempDir } from "../cli/helpers";
import { pdfPageCount, sofficeSkipReason, toPdf } from "./soffice";

const skip = sofficeSkipReason();

/** The pages' sizes in points, from their MediaBox entries. */
async function pageSizes(pdf: string): Promise<string[]> {
  const text = (await readFile(pdf)).toString("latin1");
  return [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
    (m) => `${Math.round(Number(m[1]))}×${Math.round(Number(m[2]))}`,
  );
}

describe.skipIf(skip !== null)(`the office's documents printed by LibreOffice ${skip ?? ""}`, () => {
  let dir: string;
  let letterPdf: string;
  let reportPdf: string;

  beforeAll(async () => {
    ensureBuilt();
    dir = tempDir("dx-docs-print-");
    const sample = await initSample(dir);
    const letter = join(dir, "cong-van-2023-06.docx");
    const report = join(dir, "bao-cao-2023.docx");
    const results = await Promise.all([
      run(["letter", sample, "--period", "2023-06", "--out", letter]),
      run(["report", sample, "--period", "2023", "--out", report]),
    ]);
    for (const r of results) if (r.code !== 0) throw new Error(r.stderr);
    [letterPdf, reportPdf] = await Promise.all([toPdf(letter), toPdf(report)]);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
    for (const pdf of [letterPdf, reportPdf]) if (pdf) await rm(dirname(pdf), { recursive: true, force: true });
  });

  it("prints the June 2023 letter on at most two A4 portrait pages", async () => {
    const pages = await pdfPageCount(letterPdf);
    console.info(`[documents] June 2023 letter: ${pages} pages`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    // A4 portrait: 595 × 842 points.
    expect(new Set(await pageSizes(letterPdf))).toEqual(new Set(["595×842"]));
  });

  it("prints the 2023 report and its Phụ lục on two or three A4 portrait pages", async () => {
    const pages = await pdfPageCount(reportPdf);
    console.info(`[documents] 2023 report with its Phụ lục: ${pages} pages`);
    // The Phụ lục starts on a page of its own; measured: 3 pages (the body on two, the Phụ lục on the third).
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(3);
    expect(new Set(await pageSizes(reportPdf))).toEqual(new Set(["595×842"]));
  });
});
