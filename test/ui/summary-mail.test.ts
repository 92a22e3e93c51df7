// The committee summary's HTML as a phone and a desktop show it: Chromium at 390 and 800 px, no
// script, no network. Every unit of every group must be named, readable and inside the screen.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import { buildSummary, renderSummary, type Summary } from "../../src/core/summary";
import { readWorkbook } from "../../src/workbook/read";
import { SAMPLE_PERIOD, sampleProvince } from "../../src/workbook/sample";
import { launchChromium } from "./browser";
import { screenshotPath } from "./stand-in";

function sampleSummary(): Summary {
  const s = sampleProvince();
  const read = readWorkbook({
    sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data, "Cài đặt": s.settings },
    timeZone: "Asia/Ho_Chi_Minh",
  });
  const report = buildReport(read.model, parsePeriod(SAMPLE_PERIOD)!);
  return buildSummary(report, read.model.settings, { spreadsheetUrl: "https://docs.google.com/spreadsheets/d/x/edit" });
}

type Row = Summary["groups"][number]["units"][number];
/** The change of rank the chart adds: `▲2`, `▼1`, `mới`; nothing for "=" or no previous rank. */
const chartChange = (r: Row) => (r.change === "=" || r.change === "—" || r.change === "" ? "" : ` ${r.change}`);
/** The chart's figure of a unit: `89,92% · Dẫn dắt ▲1`, or "Chưa báo cáo". */
const chartFigure = (r: Row) => (r.reported ? `${r.scoreText} · ${r.band}${chartChange(r)}` : "Chưa báo cáo");
/** The chart's line of a unit: `12. Sở Y tế 89,92% · Dẫn dắt` when ranked, the bare name when it did not report. */
const chartLabel = (r: Row) => `${r.rank === null ? r.unitName : `${r.rank}. ${r.unitName}`} ${chartFigure(r)}`;

interface Seen {
  text: string;
  left: number;
  right: number;
  height: number;
  fontSize: number;
  visible: boolean;
}

/** Every table cell whose whole text is one of `labels`, with its box and font size. */
async function cellsNamed(page: Page, labels: string[]): Promise<Seen[]> {
  return page.evaluate((wanted) => {
    const out: Seen[] = [];
    for (const td of Array.from(document.querySelectorAll("td"))) {
      const text = (td.textContent ?? "").replace(/[\s\u00a0]+/g, " ").trim();
      if (!wanted.includes(text)) continue;
      const box = td.getBoundingClientRect();
      const style = getComputedStyle(td);
      out.push({
        text,
        left: box.left,
        right: box.right,
        height: box.height,
        fontSize: Number.parseFloat(style.fontSize),
        visible: style.visibility !== "hidden" && style.display !== "none" && box.width > 0 && box.height > 0,
      });
    }
    return out;
  }, labels);
}

describe("the summary e-mail in a browser", () => {
  let browser: Browser;
  const summary = sampleSummary();
  const mail = renderSummary(summary);
  const units = summary.groups.flatMap((g) => g.units);

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  for (const width of [390, 800]) {
    it(`names every unit of the chart, readable and within the screen, at ${width} px`, async () => {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      try {
        await page.route("**/*", (route) => route.abort());
        await page.setContent(mail.html, { waitUntil: "load" });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBe(0);
        const seen = await cellsNamed(page, units.map(chartLabel));
        expect(units).toHaveLength(33);
        for (const u of units) {
          const cell = seen.find((s) => s.text === chartLabel(u));
          expect(cell, chartLabel(u)).toBeDefined();
          expect(cell!.visible).toBe(true);
          expect(cell!.left).toBeGreaterThanOrEqual(0);
          expect(cell!.right).toBeLessThanOrEqual(width);
          expect(cell!.fontSize).toBeGreaterThanOrEqual(13);
        }
        // The score and band after each name are whole (one line) and on screen too.
        const figures = await page.evaluate(() =>
          Array.from(document.querySelectorAll("td > b")).map((b) => {
            const box = b.getBoundingClientRect();
            return {
              text: (b.textContent ?? "").replace(/\u00a0/g, " "),
              right: box.right,
              lines: b.getClientRects().length,
            };
          }),
        );
        for (const u of units) {
          const f = figures.find((x) => x.text === chartFigure(u));
          expect(f, chartFigure(u)).toBeDefined();
        }
        for (const f of figures) {
          expect(f.lines).toBe(1);
          expect(f.right).toBeLessThanOrEqual(width);
        }
        await page.screenshot({ path: screenshotPath(`summary-${width}`), fullPage: true });
      } finally {
        await page.close();
      }
    });
  }
});
