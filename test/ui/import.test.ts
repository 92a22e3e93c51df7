// The Nhập từ tệp xuất dialog (dist/Import.html) in Chromium, at the add-on's 900 × 640, against a
// stand-in of its four server functions that plans with the real core on the sample province
// (./import-server.ts): a CSV uploaded and read in the browser, the columns mapped, an ambiguous
// row resolved by hand and another skipped, then written; a pasted sheet with a hostile name;
// Windows-1258 and files refused in one sentence; a non-admin refused; a failed call survived.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ImportRequest } from "../../src/core/import/api";
import type { Grid } from "../../src/workbook/contract";
import { launchChromium } from "./browser";
import { ImportServer } from "./import-server";
import { openStandIn, screenshotPath, sidebarHtml } from "./stand-in";

const SIZE = { width: 900, height: 640 };

/** An export as the document-management system writes it: a title, a header, 34 agencies, a total. */
const NAMES = [
  "Văn phòng UBND tỉnh",
  "SỞ NỘI VỤ",
  "Sở Tư pháp",
  "Sở KH&ĐT",
  "Sở Tài chính",
  "Sở Công thương",
  "Sở NN&PTNT",
  "Sở GTVT",
  "Sở Xây dựng",
  "Sở TN&MT",
  "Sở TT&TT",
  "Sở LĐTBXH",
  "Sở VHTTDL",
  "Sở KH&CN",
  "Sở GD&ĐT",
  "Sở Y tế",
  "Thanh tra tỉnh",
  "Ban Dân tộc",
  "Sở Ngoại vụ",
  "BQL Khu kinh tế",
  "Công an tỉnh",
  "TT XTĐT, TM và DL",
  "TP. Đồng Xoài",
  "TX. Bình Long",
  "UBND thị xã Long",
  "TX. Chơn Thành",
  "UBND huyen Dong Phu",
  "UBND H. Bù Đăng",
  "UBND H. Bù Đốp",
  "Huyện Bù Gia Mập",
  "UBND huyện Hớn Quản".normalize("NFD"),
  "UBND HUYỆN LỘC NINH",
  "UBND huyện Phú Riềng",
  "Văn phòng Tỉnh ủy",
];
const HEADER = ["STT", "Tên cơ quan", "Tổng số văn bản đi", "Tỷ lệ văn bản ký số (%)", "Tỷ lệ sử dụng thư điện tử (%)"];

function exportRows(): string[][] {
  const rows = NAMES.map((name, i) => [
    String(i + 1),
    name,
    String(200 + i * 7),
    `${(60 + (i % 9) * 3.5).toFixed(1).replace(".", ",")}%`,
    `${(70 + (i % 5) * 4).toFixed(1).replace(".", ",")}%`,
  ]);
  return [["THỐNG KÊ VĂN BẢN ĐIỆN TỬ THÁNG 7/2023"], [], HEADER, ...rows, ["", "Tổng cộng", "9999", "72,4%", "80,1%"]];
}

const csvText = (rows: string[][], sep: string) =>
  rows
    .map((r) => r.map((c) => (c.includes(sep) || c.includes('"') ? `"${c.replace(/"/g, '""')}"` : c)).join(sep))
    .join("\r\n");

const utf8Bom = (text: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]);

/** Windows-1258, the Vietnamese code page: letters with ˆ ˘ ˀ precomposed, tones as combining bytes. */
function windows1258(text: string): Buffer {
  const decoder = new TextDecoder("windows-1258");
  const table = new Map<string, number>();
  for (let b = 255; b >= 0; b--) table.set(decoder.decode(new Uint8Array([b])), b);
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const bytes: number[] = [];
  for (const ch of text.normalize("NFC")) {
    const parts = ch.normalize("NFD");
    const base = parts.replace(tones, "").normalize("NFC");
    for (const c of [...base, ...(parts.match(tones) ?? [])]) {
      const b = table.get(c);
      if (b === undefined) throw new Error(`“${c}” has no Windows-1258 byte`);
      bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}

async function open(browser: Browser, server: ImportServer): Promise<Page> {
  const page = await openStandIn(browser, {
    html: sidebarHtml("Import"),
    viewport: SIZE,
    external: server.external,
    violations: server.violations,
    handle: (name, json) => server.handle(name, json),
  });
  await expect.poll(() => page.locator("h1").textContent()).toBe("Nhập từ tệp xuất");
  return page;
}

const shoot = (page: Page, name: string) => page.screenshot({ path: screenshotPath(name), animations: "disabled" });
const requests = (server: ImportServer, name: string) =>
  server.calls.filter((c) => c.name === name).map((c) => c.args[0] as ImportRequest);
const row = (page: Page, name: string) =>
  page.locator("tr.row").filter({ has: page.locator("td.c-name", { hasText: name }) });
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

describe("the Nhập từ tệp xuất dialog, in Chromium against the real import plan", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("uploads a CSV, maps its columns, resolves an ambiguous row by hand, skips another, and writes", async () => {
    const server = new ImportServer();
    const page = await open(browser, server);
    // No pasted sheet: the CSV is the way; July is offered, January is closed.
    expect(await page.locator("#mode-sheet").isDisabled()).toBe(true);
    expect(await page.locator("#mode-csv").isChecked()).toBe(true);
    expect(await page.locator("#period").inputValue()).toBe("2023-07");
    const january = page.locator('#period option[value="2023-01"]');
    expect(await january.textContent()).toBe("Tháng 01/2023 (đã khóa)");
    expect(await january.isDisabled()).toBe(true);

    // Tiếp without a file says so.
    await page.locator("#next").click();
    expect(await page.locator(".foot-alert").textContent()).toBe("Vui lòng chọn tệp CSV cần nhập.");
    expect(server.calls.map((c) => c.name)).toEqual(["getImportSetup"]);

    const rows = exportRows();
    await page.locator("#file").setInputFiles({
      name: "thong-ke-van-ban-thang-7.csv",
      mimeType: "text/csv",
      buffer: utf8Bom(csvText(rows, ";")),
    });
    await expect
      .poll(() => page.locator("#file-info").textContent())
      .toBe(`UTF-8 (có BOM) · phân cách “;” · ${rows.length} dòng`);
    await shoot(page, "import-source");
    await page.locator("#next").click();

    // Step 2: the name column is recognised; the two rates are mapped by hand.
    await expect.poll(() => page.locator("#name-column").inputValue()).toBe("Tên cơ quan");
    expect(server.calls[1]).toMatchObject({
      name: "getImportHeaders",
      args: [{ kind: "csv", name: "thong-ke-van-ban-thang-7.csv" }],
    });
    // Only the month's indicators; the yearly index is not offered for a month.
    const mapped = await page
      .locator(".map-grid select")
      .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).name));
    expect(mapped).toEqual(["KH_CDS", "HOP_KG", "KY_SO", "EMAIL_CV", "DVC_34", "HS_TT", "SC_ATTT", "TIN_CDS"]);
    expect(await page.locator('select[name="KY_SO"] option').first().textContent()).toBe("— không nhập —");
    await page.locator("#next").click();
    expect(await page.locator(".foot-alert").textContent()).toMatch(/^Chưa chọn cột số liệu nào/);
    await page.locator('select[name="KY_SO"]').selectOption("Tỷ lệ văn bản ký số (%)");
    await page.locator('select[name="EMAIL_CV"]').selectOption("Tỷ lệ sử dụng thư điện tử (%)");
    await shoot(page, "import-columns");
    await page.locator("#next").click();

    // Step 3: the preview. "UBND thị xã Long" fits both towns; "Văn phòng Tỉnh ủy" only partly fits one unit.
    await expect
      .poll(() => page.locator(".counts").textContent())
      .toMatch(/^32 khớp · 2 chưa rõ · 1 dòng tổng · sẽ ghi \d+ số liệu/);
    const long = row(page, "UBND thị xã Long");
    expect(await long.getAttribute("data-kind")).toBe("ambiguous");
    const longRow = Number(await long.getAttribute("data-row"));
    expect(longRow).toBe(28);
    const candidates = await long.locator("optgroup").first().locator("option").allTextContents();
    expect(candidates).toEqual(["UBND thị xã Bình Long", "UBND thị xã Phước Long"]);
    expect(await page.locator("#next").isDisabled()).toBe(true);
    expect(await page.locator("#foot-hint").textContent()).toBe(
      "Nút Ghi dùng được khi mọi dòng cần xử lý đã được chọn đơn vị hoặc bỏ qua.",
    );
    expect(await page.locator(".problems li").allTextContents()).toEqual([
      "Dòng 28 “UBND thị xã Long” khớp như nhau với UBND thị xã Bình Long và UBND thị xã Phước Long: vui lòng chọn đơn vị đúng, hoặc “bỏ qua dòng này”.",
      "Dòng 37 “Văn phòng Tỉnh ủy” chỉ khớp một phần với Văn phòng UBND tỉnh: nếu đúng, vui lòng chọn đơn vị này; nếu không, “bỏ qua dòng này”.",
    ]);
    // Focus starts on the first row to resolve.
    expect(await focusedId(page)).toBe(`pick-${longRow}`);
    // The rows to resolve are shown first; all of them on asking.
    expect(await page.locator("#filter-attention").getAttribute("aria-pressed")).toBe("true");
    expect(await page.locator("tr.row").count()).toBe(2);
    await shoot(page, "import-preview");
    await page.locator("#filter-all").click();
    expect(await page.locator("tr.row").count()).toBe(35);
    // Figures: written where empty, the one already there kept, the one the office accepted kept.
    expect(await row(page, "SỞ NỘI VỤ").locator(".fig").first().textContent()).toBe(
      "KY_SO50% → 63,5%giữ số liệu đang có",
    );
    expect(await row(page, "Sở Y tế").locator(".fig").first().textContent()).toMatch(
      /^KY_SO50% → [\d,]+%đã thẩm định, giữ nguyên$/,
    );
    expect(await row(page, "Sở GTVT").locator(".fig.act-write").count()).toBe(2);
    expect(await row(page, "Sở GTVT").locator(".how").textContent()).toBe("viết tắt, không dấu");
    await shoot(page, "import-preview-all");

    // Resolved by hand: Phước Long. The preview is asked again with the choice; the name is learned.
    // By keyboard, as a closed drop-down is used: each arrow is a change; the preview waits for the last.
    await page.locator(`#pick-${longRow}`).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowDown");
    await expect.poll(() => row(page, "UBND thị xã Long").getAttribute("data-kind")).toBe("chosen");
    expect(requests(server, "previewImport").at(-1)?.chosen).toEqual({ [String(longRow)]: "PHUOCLONG" });
    expect(await focusedId(page)).toBe(`pick-${longRow}`);
    expect(await row(page, "UBND thị xã Long").locator(".fig.act-write").count()).toBe(2);
    expect(await page.locator(".learn li", { hasText: "UBND thị xã Long" }).textContent()).toBe(
      "UBND thị xã Long → UBND thị xã Phước Long",
    );
    // Still one row to resolve: Ghi waits.
    expect(await page.locator("#next").isDisabled()).toBe(true);

    // The other is skipped: no new preview is needed, and Ghi is ready.
    const previews = requests(server, "previewImport").length;
    const office = row(page, "Văn phòng Tỉnh ủy");
    expect(await office.locator(".pick-state").textContent()).toBe("Đơn vị của dòng 37: Chỉ khớp một phần");
    await office.locator("select").focus();
    await office.locator("select").selectOption("skip");
    await expect.poll(() => row(page, "Văn phòng Tỉnh ủy").getAttribute("data-kind")).toBe("skipped");
    expect(requests(server, "previewImport")).toHaveLength(previews);
    expect(await page.locator(".problems").count()).toBe(0);
    expect(await page.locator("#next").isEnabled()).toBe(true);
    expect(await page.locator(".counts").textContent()).toMatch(
      /^33 khớp · bỏ qua 1 dòng · 1 dòng tổng · sẽ ghi \d+ số liệu · giữ 1 số liệu đang có · 1 đã thẩm định$/,
    );
    expect(await page.locator("#foot-hint").textContent()).toMatch(
      /^Ghi \d+ số liệu vào sheet Số liệu và \d+ tên vào Tên khác;/,
    );
    await shoot(page, "import-resolved");

    // Every preview leaves the unmatched rows to the dialog.
    expect(requests(server, "previewImport").every((r) => r.skipUnmatched === true)).toBe(true);

    server.delayMs = 150;
    await page.locator("#next").click();
    await expect.poll(() => page.locator("#next").getAttribute("aria-busy")).toBe("true");
    expect(await page.locator("#back").isDisabled()).toBe(true);
    expect(await page.locator(`#pick-${longRow}`).isDisabled()).toBe(true);
    await expect.poll(() => page.locator(".result").textContent()).toMatch(/^Đã nhập \d+ số liệu tháng 07\/2023/);
    const applied = requests(server, "applyImport");
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({
      period: "2023-07",
      nameColumn: "Tên cơ quan",
      columns: { KY_SO: "Tỷ lệ văn bản ký số (%)", EMAIL_CV: "Tỷ lệ sử dụng thư điện tử (%)" },
      overwrite: false,
      chosen: { [String(longRow)]: "PHUOCLONG" },
      skipUnmatched: true,
    });
    // The write carries the digest of the export as last previewed.
    expect((applied[0] as { digest?: string }).digest).toMatch(/^[0-9a-f]{64}$/);
    expect(server.applied[0].aliases).toContainEqual({ unitId: "PHUOCLONG", name: "UBND thị xã Long" });
    expect(server.applied[0].written).toBeGreaterThan(50);
    expect(await focusedId(page)).toBe("close");
    await shoot(page, "import-done");
    expect(server.violations).toEqual([]);
    expect(server.external).toEqual([]);
  });

  it("reads a pasted sheet; a hostile name is only text; a failed call leaves the dialog usable", async () => {
    const hostile = '<img src=x onerror="window.__pwned=1">';
    const sheet: Grid = [
      ["Báo cáo dịch vụ công tháng 7/2023", "", ""],
      ["Đơn vị", "Tỷ lệ văn bản ký số", "Ghi chú"],
      ["Sở GTVT", "45,5", ""],
      [hostile, "50", "<b>x</b>"],
      ["TX. Bình Long", "0,8", ""],
    ];
    const server = new ImportServer({ "Dán tệp xuất": sheet, "Ghi chép": [["x"]] });
    server.remembered = { source: "Dán tệp xuất", nameColumn: "Đơn vị", columns: { KY_SO: "Tỷ lệ văn bản ký số" } };
    const page = await open(browser, server);
    expect(await page.locator("#mode-sheet").isChecked()).toBe(true);
    expect(await page.locator("#sheet").inputValue()).toBe("Dán tệp xuất");

    // The server fails once: its sentence is shown, and Tiếp works again.
    server.failNext = "Exceeded maximum execution time";
    await page.locator("#next").click();
    await expect
      .poll(() => page.locator(".foot-alert").textContent())
      .toBe("Máy chủ báo lỗi hoặc không phản hồi (Exceeded maximum execution time). Vui lòng thử lại.");
    expect(await page.locator("#next").isEnabled()).toBe(true);
    await page.locator("#next").click();

    // Last month's mapping comes back; a preview straight away.
    await expect.poll(() => page.locator('select[name="KY_SO"]').inputValue()).toBe("Tỷ lệ văn bản ký số");
    expect(await page.locator("#name-column").inputValue()).toBe("Đơn vị");
    expect(await page.locator(".fields-hint").textContent()).toMatch(/Đã điền sẵn cách ghép cột của lần nhập trước\.$/);
    await page.locator("#next").click();
    await expect.poll(() => row(page, hostile).getAttribute("data-kind")).toBe("unknown");
    expect(await row(page, hostile).locator("td.c-name").textContent()).toBe(hostile);
    expect(await page.locator(".problems li").first().textContent()).toBe(
      `Dòng 4 “${hostile}” không khớp đơn vị nào: vui lòng chọn đơn vị, hoặc “bỏ qua dòng này”.`,
    );
    expect(await page.locator("img, b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // An unknown row may take any unit.
    expect(await row(page, hostile).locator("optgroup").count()).toBe(1);
    expect(await row(page, hostile).locator("option").count()).toBe(2 + 33);

    // "Bỏ qua … dòng chưa chọn đơn vị" skips what is left in one go; Ghi is then ready.
    await page.locator("#skip-rest").click();
    expect(await row(page, hostile).getAttribute("data-kind")).toBe("skipped");
    expect(await page.locator("#next").isEnabled()).toBe(true);
    await shoot(page, "import-hostile");

    // A refusal of the write is shown as the server's sentence; the dialog stays as it was.
    server.failNext = "Bảng tính đang được người khác ghi; vui lòng thử lại sau ít phút.";
    await page.locator("#next").click();
    await expect
      .poll(() => page.locator(".foot-alert").textContent())
      .toBe(
        "Máy chủ báo lỗi hoặc không phản hồi (Bảng tính đang được người khác ghi; vui lòng thử lại sau ít phút). Vui lòng thử lại.",
      );
    expect(await page.locator("#next").isEnabled()).toBe(true);
    await page.locator("#next").click();
    await expect.poll(() => page.locator(".result").textContent()).toMatch(/^Đã nhập 2 số liệu/);
    expect(requests(server, "applyImport").at(-1)).toMatchObject({ skipUnmatched: true, chosen: {} });
    expect(server.violations).toEqual([]);
  });

  it("reads Windows-1258 and comma separators; refuses a spreadsheet file and an over-wide one in a sentence", async () => {
    const server = new ImportServer();
    const page = await open(browser, server);
    const rows = exportRows();
    await page.locator("#file").setInputFiles({
      name: "xuat.csv",
      mimeType: "text/csv",
      buffer: windows1258(csvText(rows, ",")),
    });
    await expect
      .poll(() => page.locator("#file-info").textContent())
      .toBe(`Windows-1258 · phân cách “,” · ${rows.length} dòng`);

    await page
      .locator("#file")
      .setInputFiles({ name: "xuat.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") });
    await expect
      .poll(() => page.locator("#file-info").textContent())
      .toMatch(/^“xuat\.xlsx” là tệp Excel, không phải CSV\. Vui lòng mở tệp, chọn Lưu thành → CSV UTF-8/);
    await page.locator("#next").click();
    expect(await page.locator(".foot-alert").textContent()).toMatch(/^“xuat\.xlsx” là tệp Excel/);

    const wide = [Array.from({ length: 201 }, (_, i) => `Cột ${i + 1}`)];
    await page
      .locator("#file")
      .setInputFiles({ name: "rong.csv", mimeType: "text/csv", buffer: utf8Bom(csvText(wide, ";")) });
    await expect
      .poll(() => page.locator("#file-info").textContent())
      .toBe("Dòng 1 của tệp “rong.csv” có 201 cột, nhiều hơn 200 cột. Vui lòng chỉ giữ các cột cần nhập.");
    expect(server.calls.map((c) => c.name)).toEqual(["getImportSetup"]);
  });

  it("speaks English when the workbook does", async () => {
    const server = new ImportServer(
      {
        Export: [
          ["Unit", "Signed (%)"],
          ["Sở Y tế", "80"],
          ["Sở GTVT", "75"],
        ],
      },
      "en",
    );
    const page = await openStandIn(browser, {
      html: sidebarHtml("Import"),
      viewport: SIZE,
      external: server.external,
      violations: server.violations,
      handle: (name, json) => server.handle(name, json),
    });
    await expect.poll(() => page.locator("h1").textContent()).toBe("Import from an export");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator('#period option[value="2023-01"]').textContent()).toBe("January 2023 (closed)");
    await page.locator("#next").click();
    await page.locator('select[name="KY_SO"]').selectOption("Signed (%)");
    await page.locator("#name-column").selectOption("Unit");
    await page.locator("#next").click();
    await expect.poll(() => page.locator(".counts").textContent()).toBe("2 matched · 1 figure to write · 1 reviewed");
    expect(await page.locator("#next").textContent()).toBe("Write");
    expect(await page.locator(".fig").allTextContents()).toEqual([
      "KY_SO50% → 80%reviewed, kept",
      "KY_SOempty → 75%to write",
    ]);
    expect(await page.locator("#foot-hint").textContent()).toBe(
      "Writes 1 figure into the Số liệu sheet and 1 name into Other names; each change gets a Nhật ký row.",
    );
  });

  it("refuses a non-admin in one sentence", async () => {
    const server = new ImportServer();
    server.admin = false;
    const page = await openStandIn(browser, {
      html: sidebarHtml("Import"),
      viewport: SIZE,
      external: server.external,
      violations: server.violations,
      handle: (name, json) => server.handle(name, json),
    });
    await expect
      .poll(() => page.locator('[role="alert"]').textContent())
      .toMatch(/^Tài khoản vanthu\.sgtvt@binhphuoc\.example không có quyền nhập từ tệp xuất/);
    expect(await page.locator("select, input").count()).toBe(0);
    await shoot(page, "import-refused");
  });
});
