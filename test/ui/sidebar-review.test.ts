// The entry sidebar's evidence and review (design §10), in Chromium against the built bundle: an
// evidence box under each figure, the office's decision as a badge with its reason, a reviewed
// figure read-only, and evidence that never becomes a link unless it is an http(s) address.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Cell } from "../../src/workbook/contract";
import { launchChromium } from "./browser";
import { Backend, screenshotPath } from "./stand-in";

const CLERK = "vanthu.sgtvt@binhphuoc.example";
const NOW = "2023-07-03T09:00:00+07:00";
const REVIEW = "Thẩm định";
const HEADER = [
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
const row = (id: string, evidence: string, status: string, reason = "", reviewed: Cell = "", self = ""): Cell[] => [
  "2023-06",
  "SGTVT",
  id,
  evidence,
  reviewed,
  status,
  reason,
  status ? "cds@binhphuoc.example" : "",
  "",
  self,
];
const ROWS: Cell[][] = [
  row("KH_CDS", "https://sgtvt.example/ke-hoach-cds-2023.pdf", "đạt", "", "", "có"),
  row(
    "KY_SO",
    "Báo cáo số 12/BC-SGTVT ngày 03/07/2023",
    "điều chỉnh",
    "Theo số liệu hệ thống quản lý văn bản",
    0.1,
    "0%",
  ),
  row(
    "HOP_KG",
    'javascript:alert("x") <img src=x onerror=alert(1)>',
    "cần bổ sung",
    "Thiếu biên bản họp <b>giao ban</b>",
  ),
];

const field = (page: Page, id: string) => page.locator(`[data-indicator="${id}"]`);
const control = (page: Page, id: string) => field(page, id).locator(".box:not(.box-evidence) input, select");
const evidence = (page: Page, id: string) => field(page, id).locator("textarea");
const submitButton = (page: Page) => page.getByRole("button", { name: /Lưu số liệu|Đang lưu/ });

async function shoot(page: Page, scenario: string): Promise<string> {
  const viewport = page.viewportSize()!;
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.max(height, viewport.height) });
  const path = screenshotPath(scenario);
  await page.screenshot({ path, animations: "disabled" });
  await page.setViewportSize(viewport);
  return path;
}

describe("the entry sidebar's evidence and review, in Chromium", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(rows: Cell[][] | null = ROWS) {
    const backend = new Backend((s) => {
      const col = s.indicators[0].indexOf("Minh chứng");
      for (const r of s.indicators) if (r[0] === "DVC_34" || r[0] === "KH_CDS") r[col] = "bắt buộc";
    });
    if (rows) backend.fakes.ss.loadGrid(REVIEW, [HEADER, ...rows]);
    backend.freezeClock(NOW);
    backend.fakes.session.setActiveUser(CLERK);
    const page = await backend.open(browser, { now: NOW });
    await expect.poll(() => page.locator("h1").textContent()).toBe("Sở Giao thông Vận tải");
    return { backend, page };
  }

  it("shows the status, the reason and the office's value, locks a reviewed figure, and never makes javascript: a link", async () => {
    const { backend, page } = await open();
    // Accepted: a green badge, the figure and its evidence read-only, with the one-line explanation.
    expect(await field(page, "KH_CDS").locator(".badge").textContent()).toBe("Đạt");
    expect(await control(page, "KH_CDS").isDisabled()).toBe(true);
    expect(await evidence(page, "KH_CDS").evaluate((e) => (e as HTMLTextAreaElement).readOnly)).toBe(true);
    expect(await field(page, "KH_CDS").locator(".review-locked").textContent()).toBe(
      "Đã được thẩm định; liên hệ Văn phòng để mở lại nếu cần sửa.",
    );
    const link = field(page, "KH_CDS").locator(".evidence-links a");
    expect(await link.getAttribute("href")).toBe("https://sgtvt.example/ke-hoach-cds-2023.pdf");
    expect(await link.getAttribute("target")).toBe("_blank");
    expect(await link.getAttribute("rel")).toBe("noopener noreferrer");

    // Adjusted: the office's value and reason.
    const adjusted = field(page, "KY_SO");
    expect(await adjusted.locator(".badge").textContent()).toBe("Điều chỉnh");
    expect(await adjusted.locator(".reviewed").textContent()).toBe("Giá trị thẩm định: 10%");
    expect(await adjusted.locator(".review-reason").textContent()).toBe("Lý do: Theo số liệu hệ thống quản lý văn bản");
    expect(await control(page, "KY_SO").isDisabled()).toBe(true);

    // Sent back: highlighted, editable, its reason as text; its evidence is not a link and no HTML.
    const more = field(page, "HOP_KG");
    expect(await more.getAttribute("class")).toContain("review-more");
    expect(await more.locator(".badge").textContent()).toBe("Cần bổ sung");
    expect(await more.locator(".review-reason").textContent()).toBe("Lý do: Thiếu biên bản họp <b>giao ban</b>");
    expect(await more.locator(".review-reason b").count()).toBe(0);
    expect(await control(page, "HOP_KG").isEnabled()).toBe(true);
    expect(await evidence(page, "HOP_KG").inputValue()).toBe('javascript:alert("x") <img src=x onerror=alert(1)>');
    expect(await more.locator("a, img").count()).toBe(0);
    expect(await page.locator("a[href^='javascript' i], img").count()).toBe(0);
    await evidence(page, "HOP_KG").fill("data:text/html,<script>alert(1)</script> file:///etc/passwd");
    expect(await page.locator(".evidence-links a").count()).toBe(1); // only KH_CDS's https link

    // No review row: no badge, an empty evidence box, the placeholder saying what to write.
    expect(await field(page, "TIN_CDS").locator(".badge").count()).toBe(0);
    expect(await evidence(page, "TIN_CDS").getAttribute("placeholder")).toBe(
      "Đường liên kết, hoặc số, ngày và trích yếu văn bản",
    );
    expect(await evidence(page, "TIN_CDS").getAttribute("maxlength")).toBe("2000");

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(backend.violations).toEqual([]);
    expect(backend.external).toEqual([]);
    await shoot(page, "sidebar-review");
    await page.screenshot({ path: screenshotPath("sidebar-review-top"), animations: "disabled" });
  });

  it("warns, without blocking, when a required evidence is missing beside a figure, and saves only the evidence changed", async () => {
    const { backend, page } = await open();
    const dvc = field(page, "DVC_34");
    expect(await dvc.locator(".evidence-label").textContent()).toBe("Minh chứng (bắt buộc)");
    expect(await dvc.locator(".evidence-warning").textContent()).toMatch(/^Chỉ tiêu này bắt buộc có minh chứng/);
    expect(await page.locator("#submit-hint").textContent()).toBe(
      "Đã nhập đủ số liệu. 1 chỉ tiêu bắt buộc minh chứng chưa có minh chứng (vẫn lưu được, nhưng sẽ bị cảnh báo).",
    );
    expect(await submitButton(page).isEnabled()).toBe(true);
    // A locked required one (KH_CDS) has evidence and is not counted; typing clears the warning.
    await evidence(page, "DVC_34").fill("https://dichvucong.example/bao-cao-thang-6");
    expect(await dvc.locator(".evidence-warning").textContent()).toBe("");
    expect(await page.locator("#submit-hint").textContent()).toBe("Đã nhập đủ số liệu.");
    await evidence(page, "HOP_KG").fill("Biên bản họp giao ban ngày 28/06/2023");
    await control(page, "TIN_CDS").fill("5");

    await submitButton(page).click();
    await page.locator(".notice-ok").waitFor();
    const sent = backend.calls.at(-1)!;
    expect(sent.name).toBe("submitFigures");
    expect((sent.args[0] as { evidence: unknown }).evidence).toEqual({
      DVC_34: "https://dichvucong.example/bao-cao-thang-6",
      HOP_KG: "Biên bản họp giao ban ngày 28/06/2023",
    });
    const rows = backend.fakes.ss.snapshot()[REVIEW].values;
    expect(rows.find((r) => r[2] === "HOP_KG")?.slice(3, 7)).toEqual([
      "Biên bản họp giao ban ngày 28/06/2023",
      "",
      "cần bổ sung",
      "Thiếu biên bản họp <b>giao ban</b>",
    ]);
    expect(rows.find((r) => r[2] === "DVC_34")?.slice(0, 4)).toEqual([
      "2023-06",
      "SGTVT",
      "DVC_34",
      "https://dichvucong.example/bao-cao-thang-6",
    ]);
    // Saved again unchanged: no evidence is sent.
    await submitButton(page).click();
    await expect.poll(() => backend.calls.length).toBe(3);
    await page.locator(".notice-ok").waitFor();
    expect(backend.calls[2].args[0]).not.toHaveProperty("evidence");
  });

  it("shows the server's refusal on a figure accepted after the form was opened", async () => {
    const { backend, page } = await open([]);
    await control(page, "TIN_CDS").fill("5");
    // The office accepts TIN_CDS (3) while the clerk types.
    backend.fakes.ss.loadGrid(REVIEW, [HEADER, row("TIN_CDS", "", "đạt", "", "", "3")]);
    await submitButton(page).click();
    const alert = page.locator(".notice-error");
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /^Không thể sửa số liệu hoặc minh chứng đã được thẩm định của chỉ tiêu: /,
    );
    expect(await field(page, "TIN_CDS").locator(".error").textContent()).toBe(
      "Đã được thẩm định; liên hệ Văn phòng để mở lại nếu cần sửa.",
    );
  });
});
