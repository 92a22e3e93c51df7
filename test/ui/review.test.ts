// The office's review sidebar (dist/Review.html) in Chromium against the built bundle: keyboard
// flow, adjust with a reason, ask for more, accept all of a unit, a non-admin refused, and evidence
// that is a link only when it is an http(s) URL.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE_ADMIN } from "../bundle/harness";
import { launchChromium } from "./browser";
import { Backend, screenshotPath } from "./stand-in";

/** Early July 2023 in Vietnam: the queue opens on June 2023. */
const NOW = "2023-07-03T09:00:00+07:00";
const CLERK = "vanthu.sgtvt@binhphuoc.example";
const REVIEW_HEADER = [
  "Kỳ",
  "Mã đơn vị",
  "Mã chỉ tiêu",
  "Minh chứng",
  "Giá trị thẩm định",
  "Trạng thái",
  "Lý do",
  "Người thẩm định",
  "Thẩm định lúc",
  "Giá trị tự đánh giá",
];

function sheetRows(backend: Backend, sheet: string): Record<string, unknown>[] {
  const snap = backend.fakes.ss.snapshot()[sheet];
  if (!snap) return [];
  const [header, ...rows] = snap.values;
  return rows.map((r) => Object.fromEntries(header.map((h, j) => [String(h), r[j]])));
}

const item = (page: Page, unit: string, indicator: string) =>
  page.locator(`li.item[data-unit="${unit}"][data-indicator="${indicator}"]`);

async function shoot(page: Page, scenario: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 2400) });
  await page.screenshot({ path: screenshotPath(scenario), animations: "disabled" });
  await page.setViewportSize(viewport);
}

describe("the review sidebar, in Chromium against the built bundle", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openAs(email: string, evidence: unknown[][] = []) {
    const backend = new Backend();
    if (evidence.length > 0) backend.fakes.ss.loadGrid("Thẩm định", [REVIEW_HEADER, ...evidence]);
    backend.freezeClock(NOW);
    backend.fakes.session.setActiveUser(email);
    const page = await backend.open(browser, { now: NOW, file: "Review" });
    return { backend, page };
  }

  it("opens June's queue in one round trip, shows evidence as text or safe links, and fits 300 px", async () => {
    const { backend, page } = await openAs(SAMPLE_ADMIN, [
      ["2023-06", "SNV", "KH_CDS", "javascript:alert(1)", "", "", "", "", "", ""],
      [
        "2023-06",
        "SNV",
        "HOP_KG",
        "QĐ 12/QĐ-SNV ngày 02/06/2023 https://snv.binhphuoc.example/qd-12.pdf",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
      ["2023-06", "SNV", "KY_SO", '<img src=x onerror="window.__pwned=1">', "", "", "", "", "", ""],
    ]);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Thẩm định số liệu");
    expect(backend.calls).toEqual([{ name: "getReviewQueue", args: [] }]);
    expect(await page.locator(".counts").textContent()).toMatch(/^Chờ \d+ · Đạt 0 · Điều chỉnh 0 · Cần bổ sung 0$/);

    await page.locator("#f-unit").selectOption("SNV");
    const js = item(page, "SNV", "KH_CDS").locator(".evidence .v");
    expect(await js.textContent()).toBe("javascript:alert(1)");
    expect(await js.locator("a").count()).toBe(0);
    const link = item(page, "SNV", "HOP_KG").locator(".evidence a");
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute("href")).toBe("https://snv.binhphuoc.example/qd-12.pdf");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await item(page, "SNV", "HOP_KG").locator(".evidence .v").textContent()).toMatch(/^QĐ 12\/QĐ-SNV/);
    expect(await item(page, "SNV", "KY_SO").locator(".evidence .v").textContent()).toBe(
      '<img src=x onerror="window.__pwned=1">',
    );
    expect(await item(page, "SNV", "KY_SO").locator("img").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await item(page, "SNV", "KH_CDS").locator(".self .v").textContent()).toBe("có");
    expect(await item(page, "SNV", "KH_CDS").locator(".prev .v").textContent()).toBe("có");

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(backend.violations).toEqual([]);
    expect(backend.external).toEqual([]);
    await shoot(page, "review");
  });

  it("moves with j/k and accepts with a, updating the item in place and moving on", async () => {
    const { backend, page } = await openAs(SAMPLE_ADMIN);
    await page.locator("#f-unit").selectOption("SNV");
    await page.locator("li.item").first().focus();
    await page.keyboard.press("j");
    await page.keyboard.press("k");
    await page.keyboard.press("ArrowDown");
    const second = page.locator("li.item").nth(1);
    expect(await second.evaluate((el) => el === document.activeElement)).toBe(true);
    const indicator = await second.getAttribute("data-indicator");
    await page.keyboard.press("a");
    await expect.poll(() => item(page, "SNV", indicator!).getAttribute("data-status")).toBe("accepted");
    expect(await item(page, "SNV", indicator!).locator(".chip").textContent()).toBe("Đạt");
    expect(await item(page, "SNV", indicator!).locator(".msg-ok").textContent()).toMatch(/^Đã ghi /);
    // Focus went on to the next item; no reload happened.
    expect(
      await page
        .locator("li.item")
        .nth(2)
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);
    expect(backend.calls.map((c) => c.name)).toEqual(["getReviewQueue", "submitReview"]);
    expect(backend.calls[1].args[0]).toMatchObject({ unitId: "SNV", indicatorId: indicator, action: "accept" });
    const row = sheetRows(backend, "Thẩm định").find((r) => r["Mã chỉ tiêu"] === indicator)!;
    expect(row["Trạng thái"]).toBe("đạt");
    expect(await page.locator(".counts").textContent()).toMatch(/Đạt 1 /);
  });

  it("adjusts with a value and a reason (Enter confirms), refusing a bad value in the form first", async () => {
    const { backend, page } = await openAs(SAMPLE_ADMIN);
    await page.locator("#f-unit").selectOption("SNV");
    await page.locator("#f-indicator").selectOption("KH_CDS");
    await item(page, "SNV", "KH_CDS").focus();
    await page.keyboard.press("d");
    const value = item(page, "SNV", "KH_CDS").locator('input[name="value"]');
    expect(await value.evaluate((el) => el === document.activeElement)).toBe(true);
    await value.fill("có lẽ");
    await page.keyboard.press("Enter");
    expect(await item(page, "SNV", "KH_CDS").locator(".decide .error").textContent()).toMatch(/có lẽ/);
    expect(backend.calls).toHaveLength(1);
    await value.fill("không");
    await item(page, "SNV", "KH_CDS").locator("textarea").fill("Không có quyết định ban hành kế hoạch.");
    await page.keyboard.press("Enter");
    await expect.poll(() => item(page, "SNV", "KH_CDS").getAttribute("data-status")).toBe("adjusted");
    expect(await item(page, "SNV", "KH_CDS").locator(".reviewed .v").textContent()).toBe("không");
    expect(await item(page, "SNV", "KH_CDS").locator(".reason .v").textContent()).toBe(
      "Không có quyết định ban hành kế hoạch.",
    );
    expect(backend.calls[1].args[0]).toEqual({
      period: "2023-06",
      unitId: "SNV",
      indicatorId: "KH_CDS",
      action: "adjust",
      value: "không",
      reason: "Không có quyết định ban hành kế hoạch.",
      expected: "có",
      expectedStatus: "pending",
    });
    await shoot(page, "review-adjusted");
  });

  it("asks for more evidence with m (reason required), Esc cancels a form", async () => {
    const { backend, page } = await openAs(SAMPLE_ADMIN);
    await page.locator("#f-unit").selectOption("SGTVT");
    const first = page.locator("li.item").first();
    const id = (await first.getAttribute("data-indicator"))!;
    await first.focus();
    await page.keyboard.press("m");
    const reason = item(page, "SGTVT", id).locator("textarea");
    expect(await reason.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("Escape");
    expect(await item(page, "SGTVT", id).locator("form").count()).toBe(0);
    expect(await first.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press("m");
    await page.keyboard.press("Enter");
    expect(await item(page, "SGTVT", id).locator(".decide .error").textContent()).toMatch(/cần lý do/);
    await reason.fill("Vui lòng gửi văn bản ký số mẫu.");
    await page.keyboard.press("Enter");
    await expect.poll(() => item(page, "SGTVT", id).getAttribute("data-status")).toBe("more");
    expect(await item(page, "SGTVT", id).locator(".chip").textContent()).toBe("Cần bổ sung");
    expect(backend.calls.at(-1)!.args[0]).toMatchObject({ action: "more", reason: "Vui lòng gửi văn bản ký số mẫu." });
  });

  it("accepts every pending item of a unit with one key, in one call", async () => {
    const { backend, page } = await openAs(SAMPLE_ADMIN);
    await page.locator("#f-unit").selectOption("SKHCN");
    const count = await page.locator("li.item").count();
    expect(count).toBeGreaterThan(3);
    await page.locator("li.item").first().focus();
    await page.keyboard.press("u");
    await expect.poll(() => page.locator('li.item[data-status="accepted"]').count()).toBe(count);
    expect(backend.calls.map((c) => c.name)).toEqual(["getReviewQueue", "submitReview"]);
    expect((backend.calls[1].args[0] as { items: unknown[] }).items).toHaveLength(count);
    expect(await page.locator(".top-result .msg-ok").textContent()).toBe(
      `Đã ghi đạt ${count} mục của Sở Khoa học và Công nghệ kỳ tháng 06/2023.`,
    );
    expect(sheetRows(backend, "Nhật ký").filter((r) => r["Mã đơn vị"] === "SKHCN")).toHaveLength(count);
  });

  it("shows a refusal beside the item when the figure changed after loading", async () => {
    const { backend, page } = await openAs(SAMPLE_ADMIN);
    await page.locator("#f-unit").selectOption("SNV");
    await page.locator("#f-indicator").selectOption("KY_SO");
    // Someone changes the figure in the grid after the list was loaded.
    const data = backend.fakes.ss.getSheetByName("Số liệu")!;
    const values = data.getDataRange().getValues();
    const col = values[0].indexOf("KY_SO");
    const row = values.findIndex((r) => r[0] === "2023-06" && r[1] === "SNV");
    data.getRange(row + 1, col + 1).setValue(0.5);
    await item(page, "SNV", "KY_SO").focus();
    await page.keyboard.press("a");
    await expect
      .poll(() => item(page, "SNV", "KY_SO").locator(".msg-error").textContent())
      .toMatch(
        /^Số liệu KY_SO của Sở Nội vụ kỳ tháng 06\/2023 đã đổi từ .+ thành 50% sau khi bạn mở danh sách; vui lòng tải lại trước khi thẩm định\.$/,
      );
    expect(await item(page, "SNV", "KY_SO").getAttribute("data-status")).toBe("pending");
  });

  it("refuses a clerk in one sentence", async () => {
    const { backend, page } = await openAs(CLERK);
    await expect
      .poll(() => page.locator('[role="alert"]').textContent())
      .toMatch(/^Tài khoản vanthu\.sgtvt@binhphuoc\.example không có quyền thẩm định/);
    expect(await page.locator("li.item").count()).toBe(0);
    expect(backend.calls).toHaveLength(1);
  });
});
