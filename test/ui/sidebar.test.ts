import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fieldText } from "../../src/core/entry";
import { t } from "../../src/core/messages";
import type { Figure, IndicatorType } from "../../src/core/schemas";
import { sampleProvince } from "../../src/workbook/sample";
import { launchChromium } from "./browser";
import { Backend, screenshotPath } from "./stand-in";

const CLERK = "vanthu.sgtvt@binhphuoc.example";
/** The clerk of Ban Dân tộc, the unit that sent nothing for June 2023. */
const SILENT_CLERK = "vanthu.bdt@binhphuoc.example";
const ADMIN = "ban.cds@binhphuoc.example";
/** Early July 2023 in Vietnam: the default period is June 2023, due on 5 July. */
const NOW = "2023-07-03T09:00:00+07:00";

const TYPES: Record<string, IndicatorType> = {
  KH_CDS: "boolean",
  HOP_KG: "boolean",
  KY_SO: "percent",
  EMAIL_CV: "percent",
  DVC_34: "percent",
  HS_TT: "percent",
  SC_ATTT: "count",
  TIN_CDS: "count",
};
const IDS = Object.keys(TYPES);

/** A full set of valid figures as a clerk would type them. */
const TYPED: Record<string, string> = {
  KH_CDS: "có",
  HOP_KG: "không",
  KY_SO: "24,39",
  EMAIL_CV: "55.5",
  DVC_34: "80",
  HS_TT: "12,5",
  SC_ATTT: "0",
  TIN_CDS: "4",
};

type SampleEdit = (s: ReturnType<typeof sampleProvince>) => void;

function setting(key: string, value: string): SampleEdit {
  return (s) => {
    const row = s.settings.find((r) => r[0] === key);
    if (!row) throw new Error(`the sample has no setting ${key}`);
    row[1] = value;
  };
}

/** The sample's figures of a unit for a month, by indicator ID. */
function sampleFigures(period: string, unitId: string): Record<string, Figure> {
  const [header, ...rows] = sampleProvince().data;
  const row = rows.find((r) => r[0] === period && r[1] === unitId);
  if (!row) throw new Error(`no sample row for ${unitId} ${period}`);
  return Object.fromEntries(IDS.map((id) => [id, row[header.indexOf(id)] as Figure]));
}

/** What a field shows for a stored figure, and what "Tháng trước" shows for it. */
const shown = (id: string, v: Figure) => fieldText(TYPES[id], v, "vi");
const read = (id: string, v: Figure) => (TYPES[id] === "percent" ? `${shown(id, v)}%` : shown(id, v));

const field = (page: Page, id: string) => page.locator(`[data-indicator="${id}"]`);
const control = (page: Page, id: string) => field(page, id).locator("input, select");
const submitButton = (page: Page) => page.getByRole("button", { name: /Lưu số liệu|Đang lưu|Save figures/ });

async function typeFigures(page: Page, figures: Record<string, string>): Promise<void> {
  for (const [id, text] of Object.entries(figures)) {
    if (TYPES[id] === "boolean") await control(page, id).selectOption(text);
    else await control(page, id).fill(text);
  }
}

/** Rows of a sheet of the fake spreadsheet as objects keyed by header. */
function sheetRows(backend: Backend, sheet: string): Record<string, unknown>[] {
  const snap = backend.fakes.ss.snapshot()[sheet];
  if (!snap) return [];
  const [header, ...rows] = snap.values;
  return rows.map((r) => Object.fromEntries(header.map((h, j) => [String(h), r[j]])));
}

const periodOf = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 7) : String(v));
const dataRows = (backend: Backend, unitId: string, period: string) =>
  sheetRows(backend, "Số liệu").filter((r) => r["Mã đơn vị"] === unitId && periodOf(r["Kỳ"]) === period);
const auditRows = (backend: Backend, unitId: string) =>
  sheetRows(backend, "Nhật ký").filter((r) => r["Mã đơn vị"] === unitId);

/**
 * The whole sidebar as one picture: the viewport is stretched to the page's height first, so the
 * sticky footer sits at the end instead of floating over the fields (as fullPage would draw it).
 */
async function shoot(page: Page, scenario: string): Promise<void> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  await page.screenshot({ path: screenshotPath(scenario), animations: "disabled" });
  await page.setViewportSize(viewport);
}

/** Nothing left the page but calls to the server, and every call was serialisable. */
function expectCleanTraffic(backend: Backend): void {
  expect(backend.violations).toEqual([]);
  expect(backend.external).toEqual([]);
}

async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBe(0);
}

describe("the data-entry sidebar, in Chromium against the built bundle", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openAs(email: string, edit?: SampleEdit) {
    const backend = new Backend(edit);
    backend.freezeClock(NOW);
    backend.fakes.session.setActiveUser(email);
    const page = await backend.open(browser, { now: NOW });
    return { backend, page };
  }

  it("opens on the clerk's own unit and last month, with the figures entered and last month's beside them, in one round trip", async () => {
    const { backend, page } = await openAs(CLERK);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sở Giao thông Vận tải");

    const june = sampleFigures("2023-06", "SGTVT");
    const may = sampleFigures("2023-05", "SGTVT");
    for (const id of IDS) {
      expect(await control(page, id).inputValue(), id).toBe(shown(id, june[id]));
      expect(await field(page, id).locator(".hint").textContent(), id).toContain(`Tháng trước: ${read(id, may[id])}`);
    }
    expect(await field(page, "KY_SO").locator(".suffix").textContent()).toBe("%");
    expect(await field(page, "KY_SO").locator(".hint").textContent()).toContain("Mức yêu cầu: tối thiểu 50%");
    expect(await field(page, "SC_ATTT").locator(".hint").textContent()).toContain("Mức yêu cầu: tối đa 3");
    expect(await field(page, "HOP_KG").locator(".hint").textContent()).toContain("Mức yêu cầu: có");
    await expect.poll(() => page.getByLabel("Tỷ lệ văn bản điện tử được ký số").count()).toBe(1);

    const header = await page.locator("header").textContent();
    expect(header).toContain("Kỳ: tháng 06/2023");
    expect(header).toContain("Hạn nộp: 05/07/2023");
    expect(header).toContain("Đã báo cáo");
    expect(await page.locator("#period").inputValue()).toBe("2023-06");
    expect(await page.locator("#unit").count()).toBe(0); // one unit: nothing to choose
    expect(await page.locator("html").getAttribute("lang")).toBe("vi");
    expect(await submitButton(page).isEnabled()).toBe(true);

    expect(backend.calls).toEqual([{ name: "getEntryForm", args: [] }]);
    await expectNoHorizontalScroll(page);
    expectCleanTraffic(backend);
    await shoot(page, "1-open");
  });

  it("says that 0,5 in a percent box is half a percent, without blocking, and drops a typed % on leaving", async () => {
    const { page } = await openAs(CLERK);
    await control(page, "KY_SO").fill("0,5");
    expect(await field(page, "KY_SO").locator(".warning").textContent()).toBe(
      "Bạn nhập 0,5% (không quá 1%). Ô này nhận phần trăm: nếu ý là 50%, hãy nhập 50.",
    );
    expect(await field(page, "KY_SO").locator(".error").textContent()).toBe("");
    await shoot(page, "small-percent");
    await control(page, "KY_SO").fill("50");
    expect(await field(page, "KY_SO").locator(".warning").textContent()).toBe("");
    await control(page, "EMAIL_CV").fill("55%");
    await control(page, "EMAIL_CV").blur();
    expect(await control(page, "EMAIL_CV").inputValue()).toBe("55");
    expect(await field(page, "EMAIL_CV").locator(".error").textContent()).toBe("");
  });

  it("accepts 24,39 and refuses 124 in percent fields as the user types, in Vietnamese, and says why saving is blocked", async () => {
    const { backend, page } = await openAs(CLERK);
    // Half-typed "24," is judged when the clerk leaves the field, not mid-number.
    await control(page, "KY_SO").fill("24,");
    expect(await field(page, "KY_SO").locator(".error").textContent()).toBe("");
    expect(await submitButton(page).isDisabled()).toBe(true);
    await control(page, "KY_SO").blur();
    expect(await field(page, "KY_SO").locator(".error").textContent()).toMatch(/^“24,” không phải là số/);
    await control(page, "KY_SO").fill("24,39");
    await control(page, "EMAIL_CV").fill("124");

    expect(await control(page, "KY_SO").getAttribute("aria-invalid")).toBeNull();
    expect(await field(page, "KY_SO").locator(".error").textContent()).toBe("");

    const refused = field(page, "EMAIL_CV");
    expect(await refused.locator(".error").textContent()).toBe(
      "Tỷ lệ 124% vượt quá 100%. Vui lòng nhập giá trị từ 0 đến 100%.",
    );
    expect(await control(page, "EMAIL_CV").getAttribute("aria-invalid")).toBe("true");
    expect(await control(page, "EMAIL_CV").evaluate((el) => getComputedStyle(el).borderTopColor)).toBe(
      "rgb(217, 48, 37)",
    );
    expect(await submitButton(page).isDisabled()).toBe(true);
    expect(await page.locator("#submit-hint").textContent()).toBe(
      "Có 1 ô chưa hợp lệ. Vui lòng sửa các ô được đánh dấu.",
    );
    await shoot(page, "2-validation");

    // A count must be whole; an emptied field is named as missing.
    await control(page, "TIN_CDS").fill("2,5");
    expect(await field(page, "TIN_CDS").locator(".error").textContent()).toMatch(/^2,5 không phải số nguyên/);
    await control(page, "EMAIL_CV").fill("24.39");
    await control(page, "TIN_CDS").fill("");
    await control(page, "KH_CDS").selectOption("");
    expect(await control(page, "EMAIL_CV").getAttribute("aria-invalid")).toBeNull();
    expect(await page.locator("#submit-hint").textContent()).toBe(
      "Chưa nhập: Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023; Số tin bài tuyên truyền chuyển đổi số.",
    );
    expect(await submitButton(page).isDisabled()).toBe(true);
    await control(page, "TIN_CDS").fill("3");
    await control(page, "KH_CDS").selectOption("có");
    expect(await submitButton(page).isEnabled()).toBe(true);

    // Validation happened in the page: still the one call that opened the form.
    expect(backend.calls.map((c) => c.name)).toEqual(["getEntryForm"]);
    expectCleanTraffic(backend);
  });

  it("saves a month not yet reported: one new row in Số liệu and one audit row per figure in Nhật ký", async () => {
    const { backend, page } = await openAs(SILENT_CLERK);
    await expect.poll(() => page.locator("h1").textContent()).toBe("Ban Dân tộc");
    expect(await page.locator(".chip").textContent()).toBe("Chưa báo cáo");
    const rowsBefore = sheetRows(backend, "Số liệu").length;
    await typeFigures(page, TYPED);
    await page.getByLabel("Ghi chú").fill("Số liệu tạm tính");

    backend.delayMs = 500;
    await submitButton(page).click();
    await expect.poll(() => submitButton(page).textContent()).toBe("Đang lưu…");
    expect(await submitButton(page).isDisabled()).toBe(true);
    expect(await submitButton(page).getAttribute("aria-busy")).toBe("true");
    expect(await control(page, "KY_SO").isDisabled()).toBe(true);
    await shoot(page, "3-saving");

    const banner = page.locator(".notice-ok");
    await banner.waitFor();
    expect(await banner.textContent()).toBe("Đã lưu số liệu tháng 06/2023 của Ban Dân tộc (9 thay đổi).");
    expect(await banner.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(24, 128, 56)");
    expect(await page.locator(".chip").textContent()).toBe("Đã báo cáo");
    expect(await control(page, "EMAIL_CV").inputValue()).toBe("55,5"); // as the server saved it
    expect(await submitButton(page).isEnabled()).toBe(true);

    expect(backend.calls.map((c) => c.name)).toEqual(["getEntryForm", "submitFigures"]);
    expect(backend.calls[1].args).toEqual([
      { unitId: "BDT", period: "2023-06", values: TYPED, note: "Số liệu tạm tính" },
    ]);

    expect(sheetRows(backend, "Số liệu")).toHaveLength(rowsBefore + 1);
    const [row] = dataRows(backend, "BDT", "2023-06");
    expect(row).toMatchObject({
      KH_CDS: "có",
      HOP_KG: "không",
      KY_SO: 0.2439,
      EMAIL_CV: 0.555,
      DVC_34: 0.8,
      HS_TT: 0.125,
      SC_ATTT: 0,
      TIN_CDS: 4,
      "Ghi chú": "Số liệu tạm tính",
      "Người nhập": SILENT_CLERK,
    });
    expect(row["Cập nhật lúc"]).toBeInstanceOf(Date);

    const audit = auditRows(backend, "BDT");
    expect(audit).toHaveLength(9);
    expect(audit.every((r) => r["Người thực hiện"] === SILENT_CLERK && periodOf(r["Kỳ"]) === "2023-06")).toBe(true);
    expect(audit.find((r) => r["Chỉ tiêu"] === "KY_SO")).toMatchObject({ "Giá trị cũ": "", "Giá trị mới": "24,39%" });
    expectCleanTraffic(backend);
    await shoot(page, "3-saved");
  });

  it("saving changed figures again updates the same row in place and audits only the changes", async () => {
    const { backend, page } = await openAs(SILENT_CLERK);
    await typeFigures(page, TYPED);
    await submitButton(page).click();
    await page.locator(".notice-ok").waitFor();
    const rowsAfterFirst = sheetRows(backend, "Số liệu").length;
    const auditAfterFirst = auditRows(backend, "BDT").length;

    await control(page, "KY_SO").fill("30");
    await control(page, "TIN_CDS").fill("5");
    // Editing clears the previous answer, so the next one is unmistakable.
    expect(await page.locator(".notice").count()).toBe(0);
    await submitButton(page).click();
    await expect
      .poll(() => page.locator(".notice-ok").textContent())
      .toBe("Đã lưu số liệu tháng 06/2023 của Ban Dân tộc (2 thay đổi).");

    expect(sheetRows(backend, "Số liệu")).toHaveLength(rowsAfterFirst);
    const rows = dataRows(backend, "BDT", "2023-06");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ KY_SO: 0.3, TIN_CDS: 5, EMAIL_CV: 0.555 });
    const audit = auditRows(backend, "BDT");
    expect(audit).toHaveLength(auditAfterFirst + 2);
    expect(audit.slice(-2).map((r) => [r["Chỉ tiêu"], r["Giá trị cũ"], r["Giá trị mới"]])).toEqual([
      ["KY_SO", "24,39%", "30%"],
      ["TIN_CDS", "4", "5"],
    ]);
    expectCleanTraffic(backend);
    await shoot(page, "4-resubmit");
  });

  it("refuses figures sent for another unit and writes nothing", async () => {
    const { backend, page } = await openAs(CLERK);
    await submitButton(page).waitFor();
    const before = backend.fakes.ss.snapshot();
    // A tampered page: the submission names Sở Y tế instead of the clerk's own unit.
    backend.tamper = (call) => {
      if (call.name === "submitFigures") (call.args[0] as { unitId: string }).unitId = "SYT";
    };
    await control(page, "KY_SO").fill("99");
    await submitButton(page).click();

    const banner = page.locator(".notice-error");
    await banner.waitFor();
    expect(await banner.textContent()).toBe(`Tài khoản ${CLERK} không được nhập số liệu cho đơn vị Sở Y tế.`);
    expect(await banner.evaluate((el) => getComputedStyle(el).color)).toBe("rgb(217, 48, 37)");
    expect(await page.locator(".chip").textContent()).toBe("Đã báo cáo");
    const after = backend.fakes.ss.snapshot();
    expect(after["Số liệu"].values).toEqual(before["Số liệu"].values);
    expect(after["Nhật ký"]?.values ?? []).toEqual(before["Nhật ký"]?.values ?? []);

    // The same through google.script.run directly, without the form.
    backend.tamper = undefined;
    const answer = await page.evaluate(
      (values) =>
        new Promise((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, CallableFunction> } } }).google
            .script.run;
          run
            .withSuccessHandler(resolve)
            .withFailureHandler((e: Error) => resolve({ thrown: e.message }))
            .submitFigures({ unitId: "SYT", period: "2023-06", values, note: "" });
        }),
      TYPED,
    );
    expect(answer).toMatchObject({
      ok: false,
      message: `Tài khoản ${CLERK} không được nhập số liệu cho đơn vị Sở Y tế.`,
    });
    expect(backend.fakes.ss.snapshot()["Số liệu"].values).toEqual(before["Số liệu"].values);
    expectCleanTraffic(backend);
    await shoot(page, "5-other-unit");
  });

  it("shows the server's field errors under their fields and keeps saving blocked until they are edited", async () => {
    const { backend, page } = await openAs(CLERK);
    await submitButton(page).waitFor();
    const before = backend.fakes.ss.snapshot()["Số liệu"].values;
    // The page checked 30; the server receives 124 and refuses it field by field.
    backend.tamper = (call) => {
      if (call.name === "submitFigures") (call.args[0] as { values: Record<string, string> }).values.KY_SO = "124";
    };
    await control(page, "KY_SO").fill("30");
    await submitButton(page).click();

    await expect
      .poll(() => page.locator(".notice-error").textContent())
      .toBe(t("vi", "entryInvalidFields", { count: 1 }));
    expect(await field(page, "KY_SO").locator(".error").textContent()).toBe(
      "Tỷ lệ 124% vượt quá 100%. Vui lòng nhập giá trị từ 0 đến 100%.",
    );
    expect(await control(page, "KY_SO").getAttribute("aria-invalid")).toBe("true");
    expect(await control(page, "KY_SO").evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await submitButton(page).isDisabled()).toBe(true);
    expect(backend.fakes.ss.snapshot()["Số liệu"].values).toEqual(before);

    await control(page, "KY_SO").fill("31");
    expect(await control(page, "KY_SO").getAttribute("aria-invalid")).toBeNull();
    expect(await submitButton(page).isEnabled()).toBe(true);
    expectCleanTraffic(backend);
  });

  it("shows the refusal instead of the form to an account that belongs to no unit", async () => {
    const { backend, page } = await openAs("nguoi.la@example.com", setting("Email quản trị", ADMIN));
    const notice = page.locator(".notice-error");
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      "Tài khoản nguoi.la@example.com chưa được gán cho đơn vị nào (cột Email của trang Đơn vị). Vui lòng liên hệ cơ quan thường trực chuyển đổi số.",
    );
    expect(await page.locator("form").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Thử lại" }).isVisible()).toBe(true);
    await expectNoHorizontalScroll(page);
    expectCleanTraffic(backend);
    await shoot(page, "5-no-unit");
  });

  it("says so when the server fails, and opens the form on a second try", async () => {
    const backend = new Backend();
    backend.freezeClock(NOW);
    backend.fakes.session.setActiveUser(CLERK);
    backend.failNext = "Exception: Service Spreadsheets timed out while accessing document";
    const page = await backend.open(browser, { now: NOW });
    const notice = page.locator(".notice-error");
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      "Máy chủ báo lỗi hoặc không phản hồi (Exception: Service Spreadsheets timed out while accessing document). Vui lòng thử lại.",
    );
    await shoot(page, "server-error");
    await page.getByRole("button", { name: "Thử lại" }).click();
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sở Giao thông Vận tải");
    expect(backend.calls.map((c) => c.name)).toEqual(["getEntryForm", "getEntryForm"]);
    expectCleanTraffic(backend);
  });

  it("says the workbook is busy when another save holds the lock, and writes nothing", async () => {
    const { backend, page } = await openAs(CLERK);
    await control(page, "KY_SO").fill("30");
    const before = backend.fakes.ss.snapshot()["Số liệu"].values;
    backend.fakes.lock.simulateContention(1);
    await submitButton(page).click();

    const banner = page.locator(".notice-error");
    await banner.waitFor();
    expect(await banner.textContent()).toBe(t("vi", "busy"));
    expect(await submitButton(page).isEnabled()).toBe(true); // the clerk can try again
    expect(await control(page, "KY_SO").inputValue()).toBe("30"); // nothing typed is lost
    expect(backend.fakes.ss.snapshot()["Số liệu"].values).toEqual(before);
    expect(backend.fakes.lock.isHeld()).toBe(false);
    expectCleanTraffic(backend);
    await shoot(page, "6-busy");
  });

  it("reloads the figures when the clerk picks another month", async () => {
    const { backend, page } = await openAs(CLERK);
    await submitButton(page).waitFor();
    backend.delayMs = 500;
    await page.locator("#period").selectOption("2023-05");
    // While the month loads, the form cannot be edited or saved.
    await expect.poll(() => page.locator(".reloading").isVisible()).toBe(true);
    expect(await control(page, "KY_SO").isDisabled()).toBe(true);
    expect(await submitButton(page).isDisabled()).toBe(true);
    await shoot(page, "period-reloading");
    await expect.poll(() => page.locator("header .meta").textContent()).toContain("Kỳ: tháng 05/2023");
    expect(await page.locator("#period").evaluate((el) => el === document.activeElement)).toBe(true);

    const may = sampleFigures("2023-05", "SGTVT");
    const april = sampleFigures("2023-04", "SGTVT");
    for (const id of IDS) {
      expect(await control(page, id).inputValue(), id).toBe(shown(id, may[id]));
      expect(await field(page, id).locator(".hint").textContent(), id).toContain(`Tháng trước: ${read(id, april[id])}`);
    }
    expect(await page.locator("header").textContent()).toContain("Hạn nộp: 05/06/2023");
    expect(backend.calls).toEqual([
      { name: "getEntryForm", args: [] },
      { name: "getEntryForm", args: [{ unitId: "SGTVT", period: "2023-05" }] },
    ]);
    expectCleanTraffic(backend);
  });

  it("lets a DX-office admin pick any unit, grouped, and loads that unit's figures", async () => {
    const { backend, page } = await openAs(ADMIN, setting("Email quản trị", ADMIN));
    const units = page.locator("#unit");
    await units.waitFor();
    expect(await units.locator("option").count()).toBe(33);
    expect(await units.locator("optgroup").evaluateAll((gs) => gs.map((g) => g.getAttribute("label")))).toEqual([
      "Sở, ban, ngành",
      "UBND cấp huyện",
    ]);
    await units.selectOption("SNNPTNT");
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sở Nông nghiệp và Phát triển nông thôn");
    const june = sampleFigures("2023-06", "SNNPTNT");
    for (const id of IDS) expect(await control(page, id).inputValue(), id).toBe(shown(id, june[id]));
    expect(backend.calls[1]).toEqual({ name: "getEntryForm", args: [{ unitId: "SNNPTNT", period: "2023-06" }] });
    await expectNoHorizontalScroll(page);
    expectCleanTraffic(backend);
    await shoot(page, "admin");
  });

  it("speaks English when the workbook's language is en", async () => {
    const { backend, page } = await openAs(CLERK, setting("Ngôn ngữ", "en"));
    await expect.poll(() => page.locator("html").getAttribute("lang")).toBe("en");
    const header = await page.locator("header").textContent();
    expect(header).toContain(t("en", "sidebarPeriodLine", { period: "June 2023" }));
    expect(header).toContain(t("en", "sidebarDeadline", { date: "5 July 2023" }));
    expect(header).toContain("Reported");
    await control(page, "EMAIL_CV").fill("124");
    expect(await field(page, "EMAIL_CV").locator(".error").textContent()).toBe(
      "124% is above 100 %. Please enter a value from 0 to 100 %.",
    );
    expect(await submitButton(page).textContent()).toBe("Save figures");
    expectCleanTraffic(backend);
    await shoot(page, "english");
  });
});
