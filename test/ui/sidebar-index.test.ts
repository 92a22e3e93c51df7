// The sidebar on a province's real index (design §9), in Chromium against the built bundle: a year
// in the period list, a choice as a list of its labels, a ratio as two counts with its percent.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEPT_CLERK, useIndexWorkbook } from "../bundle/index-workbook";
import { launchChromium } from "./browser";
import { Backend, screenshotPath } from "./stand-in";

/** Early July 2023 in Vietnam: June 2023 is due; the years offered are 2023 and 2022. */
const NOW = "2023-07-03T09:00:00+07:00";

const field = (page: Page, id: string) => page.locator(`[data-indicator="${id}"]`);
const submitButton = (page: Page) => page.getByRole("button", { name: /Lưu số liệu|Đang lưu/ });
const ratio = (page: Page) => field(page, "VB_KS");
const percentShown = (page: Page) => ratio(page).locator("output").textContent();
const ratioError = (page: Page) => ratio(page).locator(".error").textContent();

function sheetRows(backend: Backend, sheet: string): Record<string, unknown>[] {
  const [header, ...rows] = backend.fakes.ss.snapshot()[sheet]?.values ?? [[]];
  return rows.map((r) => Object.fromEntries(header.map((h, j) => [String(h), r[j]])));
}

describe("the sidebar on a real index, in Chromium", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openYear(): Promise<{ backend: Backend; page: Page }> {
    const backend = new Backend((s) => useIndexWorkbook(s));
    backend.freezeClock(NOW);
    backend.fakes.session.setActiveUser(DEPT_CLERK);
    const page = await backend.open(browser, { now: NOW });
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sở Nội vụ");
    await page.locator("#period").selectOption("2023");
    await expect.poll(() => page.locator("header .meta").textContent()).toContain("Kỳ: năm 2023");
    return { backend, page };
  }

  it("offers the years after the months, and a year's form shows only the yearly indicators of the unit's group", async () => {
    const backend = new Backend((s) => useIndexWorkbook(s));
    backend.freezeClock(NOW);
    backend.fakes.session.setActiveUser(DEPT_CLERK);
    const page = await backend.open(browser, { now: NOW });
    await expect.poll(() => page.locator("[data-indicator]").count()).toBe(3);
    expect(await page.locator("[data-indicator]").evaluateAll((els) => els.map((e) => e.dataset.indicator))).toEqual([
      "KY_SO",
      "TIN",
      "HS_TINH",
    ]);
    const options = await page.locator("#period option").allTextContents();
    expect(options.slice(0, 1)).toEqual(["Tháng 06/2023"]);
    expect(options.slice(-2)).toEqual(["Năm 2023 (chỉ tiêu năm)", "Năm 2022 (chỉ tiêu năm)"]);

    await page.locator("#period").selectOption("2023");
    await expect.poll(() => page.locator("header .meta").textContent()).toContain("Kỳ: năm 2023");
    expect(await page.locator("header").textContent()).toContain("Hạn nộp: 05/01/2024");
    expect(await page.locator("[data-indicator]").evaluateAll((els) => els.map((e) => e.dataset.indicator))).toEqual([
      "BCD",
      "VB_KS",
      "KH_SO",
    ]);
    expect(await field(page, "BCD").locator(".hint").textContent()).toContain("Năm trước: Chưa có");
    expect(await field(page, "BCD").locator(".hint").textContent()).toContain("Mức yêu cầu: tối thiểu Phó Chủ tịch");
    expect(await ratio(page).locator(".hint").textContent()).toContain("Năm trước: 80/100 (80%)");
    expect(backend.calls.map((c) => c.name)).toEqual(["getEntryForm", "getEntryForm"]);
    expect(backend.violations).toEqual([]);
  });

  it("shows a choice as a list of its labels, saves the label, and shows it again on reopening", async () => {
    const { backend, page } = await openYear();
    const choice = page.getByLabel("Trưởng Ban chỉ đạo chuyển đổi số");
    expect(await choice.evaluate((el) => el.tagName)).toBe("SELECT");
    expect(await choice.locator("option").allTextContents()).toEqual([
      "—",
      "Chủ tịch (100% điểm)",
      "Phó Chủ tịch (50% điểm)",
      "Chưa có (0% điểm)",
    ]);
    await choice.selectOption({ label: "Phó Chủ tịch (50% điểm)" });
    await page.getByLabel("Tử số").fill("90");
    await page.getByLabel("Mẫu số").fill("100");
    await page.getByLabel("Ban hành kế hoạch chuyển đổi số của sở").selectOption("có");
    await submitButton(page).click();
    await expect
      .poll(() => page.locator(".notice-ok").textContent())
      .toBe("Đã lưu số liệu năm 2023 của Sở Nội vụ (4 thay đổi).");

    expect(backend.calls[2]).toEqual({
      name: "submitFigures",
      args: [
        {
          unitId: "SNV",
          period: "2023",
          values: { BCD: "Phó Chủ tịch", VB_KS_TU: "90", VB_KS_MAU: "100", KH_SO: "có" },
          note: "",
        },
      ],
    });
    const row = sheetRows(backend, "Số liệu").find((r) => r["Kỳ"] === "2023" && r["Mã đơn vị"] === "SNV");
    expect(row).toMatchObject({ BCD: "Phó Chủ tịch", VB_KS_TU: 90, VB_KS_MAU: 100, KH_SO: "có" });
    expect(sheetRows(backend, "Nhật ký").map((r) => r["Chỉ tiêu"])).toEqual(["BCD", "VB_KS_TU", "VB_KS_MAU", "KH_SO"]);

    // Opened again: the label is chosen, the ratio's counts and their percent are there.
    const again = await backend.open(browser, { now: NOW });
    await again.locator("#period").waitFor();
    await again.locator("#period").selectOption("2023");
    await expect.poll(() => again.getByLabel("Trưởng Ban chỉ đạo chuyển đổi số").inputValue()).toBe("Phó Chủ tịch");
    expect(await again.getByLabel("Tử số").inputValue()).toBe("90");
    expect(await again.getByLabel("Mẫu số").inputValue()).toBe("100");
    expect(await percentShown(again)).toBe("= 90,00%");
    expect(backend.violations).toEqual([]);
  });

  it("shows a ratio's percent as the clerk types, and refuses tử > mẫu or one part alone in one sentence", async () => {
    const { backend, page } = await openYear();
    expect(await ratio(page).getAttribute("role")).toBe("group");
    expect(await page.getByRole("group", { name: "Số văn bản ký số" }).count()).toBe(1);
    await page.getByLabel("Tử số").fill("90");
    // While the clerk is on the pair, the mẫu số is still to come; leaving with one part alone is refused.
    expect(await ratioError(page)).toBe("");
    await page.getByLabel("Mẫu số").focus();
    expect(await ratioError(page)).toBe("");
    await page.getByLabel("Trưởng Ban chỉ đạo chuyển đổi số").focus();
    expect(await ratioError(page)).toBe("Chưa nhập mẫu số: vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.");
    expect(await percentShown(page)).toBe("");
    expect(await submitButton(page).isDisabled()).toBe(true);
    await page.getByLabel("Mẫu số").fill("100");
    expect(await percentShown(page)).toBe("= 90,00%");
    expect(await ratioError(page)).toBe("");

    await page.getByLabel("Trưởng Ban chỉ đạo chuyển đổi số").selectOption("Chủ tịch");
    await page.getByLabel("Ban hành kế hoạch chuyển đổi số của sở").selectOption("không");
    await page.getByLabel("Tử số").fill("120");
    expect(await ratioError(page)).toBe("Tử số 120 lớn hơn mẫu số 100: tử số không được vượt mẫu số.");
    expect(await percentShown(page)).toBe("");
    expect(await page.getByLabel("Tử số").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByLabel("Mẫu số").getAttribute("aria-invalid")).toBe("true");
    expect(await submitButton(page).isDisabled()).toBe(true);
    await shoot(page, "index-ratio-refused");

    await page.getByLabel("Tử số").fill("");
    await page.getByLabel("Tử số").blur();
    expect(await ratioError(page)).toBe("Chưa nhập tử số: vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.");
    await page.getByLabel("Tử số").fill("87");
    await page.getByLabel("Mẫu số").fill("93");
    expect(await percentShown(page)).toBe("= 93,55%");
    expect(await submitButton(page).isEnabled()).toBe(true);
    await shoot(page, "index-year");
    // All of it happened in the page: only the two forms were asked for.
    expect(backend.calls.map((c) => c.name)).toEqual(["getEntryForm", "getEntryForm"]);
  });

  it("shows the server's refusal of a ratio under it when the page was bypassed", async () => {
    const { backend, page } = await openYear();
    backend.tamper = (call) => {
      if (call.name === "submitFigures") (call.args[0] as { values: Record<string, string> }).values.VB_KS_TU = "120";
    };
    await page.getByLabel("Trưởng Ban chỉ đạo chuyển đổi số").selectOption("Chưa có");
    await page.getByLabel("Tử số").fill("90");
    await page.getByLabel("Mẫu số").fill("100");
    await page.getByLabel("Ban hành kế hoạch chuyển đổi số của sở").selectOption("có");
    await submitButton(page).click();
    await expect.poll(() => ratioError(page)).toBe("Tử số 120 lớn hơn mẫu số 100: tử số không được vượt mẫu số.");
    expect(await page.getByLabel("Tử số").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(sheetRows(backend, "Số liệu").some((r) => r["Kỳ"] === "2023")).toBe(false);
  });
});

/** The whole sidebar as one picture (the sticky footer at the end, as in sidebar.test.ts). */
async function shoot(page: Page, scenario: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path: screenshotPath(scenario), animations: "disabled" });
  await page.setViewportSize(viewport);
}
