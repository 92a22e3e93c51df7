// Nhập từ tệp xuất through the built bundle (design §12): an export of the province's document
// system pasted into a sheet, its agencies named as such systems name them, previewed, resolved by
// hand where a name fits two units, and written under the lock (figures, Tên khác, Nhật ký) — all
// or nothing, never over a reviewed figure, never into a closed month, never for a non-admin; ≥ 1,000
// generated payloads refused with nothing written; the same number of service calls for 30 units
// as for 3,000.
import vm from "node:vm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ImportHeaders, ImportPreview, ImportRefusal, ImportResult, ImportSetup } from "../../src/core/import/api";
import type { Grid } from "../../src/workbook/contract";
import { freezeClock, loadBundle, loadSample, SAMPLE_ADMIN, VALUE_CALLS } from "./harness";

process.env.TZ = "America/Los_Angeles";

/** 3 August 2023 in Vietnam: July 2023 is the last complete month. */
const NOW = "2023-08-03T02:00:00Z";
const JULY = "2023-07";
const CLERK = "vanthu.sgtvt@binhphuoc.example";
const EXPORT = "Xuất QLVB";
const HELPER = "Ký số (%)";

/** The document system's July statistics, under a title, with a total row: row 7 fits two units. */
const EXPORT_GRID: Grid = [
  ["THỐNG KÊ VĂN BẢN ĐIỆN TỬ THÁNG 7/2023"],
  [],
  ["STT", "Tên cơ quan", "Tỷ lệ ký số (%)", "Tỷ lệ dùng thư công vụ (%)"],
  [1, "Sở GTVT", 95.5, "88,2"],
  [2, "UBND H. Bù Đốp", 80, 70],
  [3, "TX. Bình Long", 91.25, 65],
  [4, "UBND thị xã Long", 77, 60],
  ["", "Tổng cộng", 86, 70.8],
];
const COLUMNS = { KY_SO: "Tỷ lệ ký số (%)", EMAIL_CV: "Tỷ lệ dùng thư công vụ (%)" };
const REQUEST = {
  period: JULY,
  source: { kind: "sheet", name: EXPORT },
  columns: COLUMNS,
  overwrite: false,
  chosen: {} as Record<string, string>,
};
/** Row 7, “UBND thị xã Long”, resolved by hand. */
const RESOLVED = { ...REQUEST, chosen: { "7": "PHUOCLONG" } };

interface Options {
  user?: string;
  /** `Kỳ đã khóa` of Cài đặt. */
  closed?: string;
  /** Thẩm định rows added to the sample's. */
  reviews?: Grid;
  htmlFiles?: Record<string, string>;
}

/**
 * The sample, with July reported by every unit but Bù Đốp and Phước Long (their rows are new), a
 * helper column of formulas inside `Số liệu` (`=E2*100`), and the export pasted into its own sheet.
 */
function setup(o: Options = {}) {
  const b = loadBundle({ activeUser: o.user ?? SAMPLE_ADMIN, htmlFiles: o.htmlFiles });
  loadSample(b.fakes, (s) => {
    const rows = s.data.filter((r) => !(r[0] === JULY && (r[1] === "BUDOP" || r[1] === "PHUOCLONG")));
    const note = s.data[0].indexOf("Ghi chú");
    s.data.splice(
      0,
      s.data.length,
      ...rows.map((r, i) => [...r.slice(0, note), i === 0 ? HELPER : `=E${i + 1}*100`, ...r.slice(note)]),
    );
    if (o.closed) (s.settings.find((r) => r[0] === "Kỳ đã khóa") as Grid[number])[1] = o.closed;
    if (o.reviews) s.review?.push(...o.reviews);
  });
  b.fakes.ss.loadGrid(EXPORT, EXPORT_GRID);
  // As Sheets does: text written without care would become a date (`2023-07`) or a number.
  b.fakes.ss.parseTypedText = true;
  b.fakes.calls.reset();
  freezeClock(b.context, NOW);
  return b;
}

type Bundle = ReturnType<typeof setup>;

/** Across the realm as google.script.run delivers it: a JSON-like copy made in the script's realm. */
const sent = (b: Bundle, payload: unknown) =>
  payload === undefined
    ? undefined
    : vm.runInContext("(s) => JSON.parse(s)", b.context)(JSON.stringify(payload) ?? "null");

const preview = (b: Bundle, request: unknown) =>
  b.call<ImportPreview | ImportRefusal>("previewImport", sent(b, request));
const apply = (b: Bundle, request: unknown) => b.call<ImportResult | ImportRefusal>("applyImport", sent(b, request));

function previewed(b: Bundle, request: unknown): ImportPreview {
  const p = preview(b, request);
  if (!p.ok) throw new Error(`preview refused: ${p.message}`);
  return p;
}

function records(b: Bundle, sheet: string): Record<string, unknown>[] {
  const snap = b.fakes.ss.snapshot()[sheet];
  if (!snap) return [];
  const [header, ...rest] = snap.values;
  return rest.map((r) => Object.fromEntries(header.map((h, j) => [String(h), r[j]])));
}

/** The July row of a unit in `Số liệu`, with its sheet row number. */
function julyRow(b: Bundle, unitId: string): Record<string, unknown> & { sheetRow: number } {
  const rows = records(b, "Số liệu");
  const i = rows.findIndex((r) => r["Kỳ"] === JULY && r["Mã đơn vị"] === unitId);
  return { ...rows[i], sheetRow: i + 2 };
}

/**
 * Kiểm tra số liệu finds no problem in the Nhật ký chain: the one problem it reports is the helper
 * column, which is no indicator.
 */
function onlyHelperFlagged(b: Bundle): boolean {
  const message = b.call<string>("checkData");
  return message.startsWith("Phát hiện 1 lỗi") && message.includes(`cột “${HELPER}” không phải mã chỉ tiêu`);
}

const state = (b: Bundle) => JSON.stringify(b.fakes.ss.snapshot());

describe("the menu item and who may use it", () => {
  it("opens the dialog from Import for an admin, 900 × 640, titled in the settings language", () => {
    const b = setup({ htmlFiles: { Import: "<p>Nhập từ tệp xuất</p>" } });
    b.call("openImportDialog");
    expect(b.fakes.ui.dialogs).toHaveLength(1);
    expect(b.fakes.ui.dialogs[0]).toMatchObject({
      kind: "modal",
      title: "Nhập từ tệp xuất",
      content: "<p>Nhập từ tệp xuất</p>",
      width: 900,
      height: 640,
    });
    expect(b.fakes.ui.alerts).toHaveLength(0);
  });

  it("refuses a clerk, an outsider and a blank identity in every function, with a sentence, writing nothing", () => {
    for (const user of [CLERK, "someone@gmail.example", ""]) {
      const b = setup({ user, htmlFiles: { Import: "<p></p>" } });
      const before = state(b);
      b.call("openImportDialog");
      expect(b.fakes.ui.dialogs).toHaveLength(0);
      expect(b.fakes.ui.alerts[0].prompt).toMatch(/^Tài khoản .+ không có quyền nhập số liệu từ tệp xuất\./);
      const answers = [
        b.call<ImportRefusal>("getImportSetup"),
        b.call<ImportRefusal>("getImportHeaders", sent(b, { kind: "sheet", name: EXPORT })),
        preview(b, RESOLVED) as ImportRefusal,
        apply(b, { ...RESOLVED, overwrite: true }) as ImportRefusal,
      ];
      for (const a of answers) {
        expect(a).toMatchObject({ ok: false, lang: "vi" });
        expect(a.message).toMatch(/^Tài khoản (.+|\(không xác định\)) không có quyền nhập số liệu từ tệp xuất\./);
      }
      expect(state(b)).toBe(before);
    }
  });
});

describe("getImportSetup and getImportHeaders", () => {
  it("offers the sheets an export may be in, the periods, the fields, the units and last time's mapping", () => {
    const b = setup({ closed: "2023-06" });
    // After set-up the contract's sheets are known by ID: a sheet named like one is a decoy.
    for (const [key, name] of Object.entries({
      units: "Đơn vị",
      indicators: "Chỉ tiêu",
      data: "Số liệu",
      settings: "Cài đặt",
      review: "Thẩm định",
    }))
      b.fakes.properties.document.setProperty(`dxScorecard.sheet.${key}`, String(b.fakes.ss.sheet(name).id));
    b.fakes.ss.loadGrid("Units", [["Mã đơn vị"]]);
    b.fakes.properties.document.setProperty("dxScorecard.importMapping", "{not json");
    const s = b.call<ImportSetup>("getImportSetup");
    expect(s.ok).toBe(true);
    expect(s.sheets).toContain(EXPORT);
    for (const own of ["Đơn vị", "Chỉ tiêu", "Số liệu", "Cài đặt", "Thẩm định", "Units"])
      expect(s.sheets).not.toContain(own);
    expect(s.period).toBe(JULY);
    expect(s.periods[0]).toBe(JULY);
    expect(s.periods).toContain("2023");
    expect(s.periods).not.toContain("2023-08");
    expect(s.closed).toEqual(["2023-06"]);
    expect(s.fields.find((f) => f.key === "KY_SO")).toEqual({
      key: "KY_SO",
      indicatorId: "KY_SO",
      name: "Tỷ lệ văn bản điện tử được ký số",
      type: "percent",
      frequency: "month",
    });
    expect(s.fields.filter((f) => f.indicatorId === "VB_KYSO").map((f) => f.key)).toEqual([
      "VB_KYSO_TU",
      "VB_KYSO_MAU",
    ]);
    expect(s.fields.find((f) => f.key === "VB_KYSO_TU")?.name).toMatch(/\(Tử số\)$/);
    expect(s.units).toHaveLength(33);
    expect(s.units[0]).toEqual({ id: "VP_UBND", name: "Văn phòng UBND tỉnh" });
    // Garbage in the property is no mapping; a write remembers one for next month.
    expect(s.remembered).toBeNull();
    expect(apply(b, { ...RESOLVED, nameColumn: "Tên cơ quan" }).ok).toBe(true);
    expect(b.call<ImportSetup>("getImportSetup").remembered).toEqual({
      source: EXPORT,
      nameColumn: "Tên cơ quan",
      columns: COLUMNS,
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it("finds the header row under a title and the name column, in a sheet or in CSV rows", () => {
    const b = setup();
    const expected = {
      ok: true,
      headers: ["STT", "Tên cơ quan", "Tỷ lệ ký số (%)", "Tỷ lệ dùng thư công vụ (%)"],
      nameColumn: "Tên cơ quan",
    };
    b.fakes.calls.reset();
    expect(b.call<ImportHeaders>("getImportHeaders", sent(b, { kind: "sheet", name: EXPORT }))).toEqual(expected);
    // The export's top rows only, in one read.
    expect(
      b.fakes.calls
        .details()
        .filter((c) => c.name === "Sheet.getRange")
        .at(-1)?.args,
    ).toEqual([1, 1, 8, 4]);
    const rows = EXPORT_GRID.map((r) => r.map((c) => String(c ?? "")));
    expect(b.call<ImportHeaders>("getImportHeaders", sent(b, { kind: "csv", name: "xuat.csv", rows }))).toEqual(
      expected,
    );
    // A name column remembered from last month is preferred to guessing.
    b.fakes.properties.document.setProperty(
      "dxScorecard.importMapping",
      JSON.stringify({ source: "x.csv", nameColumn: "STT", columns: COLUMNS }),
    );
    expect(b.call<ImportHeaders>("getImportHeaders", sent(b, { kind: "sheet", name: EXPORT }))).toMatchObject({
      nameColumn: "STT",
    });
    expect(b.call<ImportRefusal>("getImportHeaders", sent(b, { kind: "sheet", name: "Không có" }))).toMatchObject({
      ok: false,
      message: "Không tìm thấy trang tính “Không có”. Vui lòng dán tệp xuất vào một trang tính rồi chọn lại.",
    });
    expect(b.call<ImportRefusal>("getImportHeaders", sent(b, { kind: "sheet", name: "Số liệu" }))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^“Số liệu” là trang tính của DX Scorecard/),
    });
    expect(b.call<ImportRefusal>("getImportHeaders", sent(b, { kind: "pdf" })).ok).toBe(false);
  });
});

describe("previewImport", () => {
  it("lists each row's outcome: matched by spelling, ambiguous with both candidates, the total skipped", () => {
    const b = setup();
    const before = state(b);
    const p = previewed(b, REQUEST);
    expect(p.nameColumn).toBe("Tên cơ quan");
    expect(p.headers).toEqual(["STT", "Tên cơ quan", "Tỷ lệ ký số (%)", "Tỷ lệ dùng thư công vụ (%)"]);
    expect(p.rows.map((r) => [r.row, r.kind, r.unitId])).toEqual([
      [4, "matched", "SGTVT"],
      [5, "matched", "BUDOP"],
      [6, "matched", "BINHLONG"],
      [7, "ambiguous", null],
      [8, "total", null],
    ]);
    expect(p.rows[0]).toMatchObject({ name: "Sở GTVT", how: "spelling", learn: true });
    expect(p.rows[3].candidates).toEqual([
      { id: "BINHLONG", name: "UBND thị xã Bình Long" },
      { id: "PHUOCLONG", name: "UBND thị xã Phước Long" },
    ]);
    // Bù Đốp has no July row: written. Sở GTVT's figures differ from the export: kept without overwrite.
    expect(p.rows[1].cells).toEqual([
      { key: "KY_SO", old: "", value: "80%", action: "write" },
      { key: "EMAIL_CV", old: "", value: "70%", action: "write" },
    ]);
    expect(p.rows[0].cells.map((c) => [c.value, c.action])).toEqual([
      ["95,5%", "keep"],
      ["88,2%", "keep"],
    ]);
    expect(p.rows[0].cells[0].old).toMatch(/^\d+(,\d+)?%$/);
    expect(p.counts).toMatchObject({ matched: 3, ambiguous: 1, total: 1, write: 2, keep: 4 });
    expect(p.aliases.map((a) => a.unitId)).toEqual(["SGTVT", "BUDOP", "BINHLONG"]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]).toMatch(
      /^Xuất QLVB!B7: “UBND thị xã Long” .*UBND thị xã Bình Long \(BINHLONG\).*UBND thị xã Phước Long \(PHUOCLONG\)/,
    );
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    expect(state(b)).toBe(before);
  });

  it("refuses to write while a row is ambiguous: the sentence names the row and its candidates, nothing is written", () => {
    const b = setup();
    const before = state(b);
    const a = apply(b, { ...REQUEST, overwrite: true }) as ImportRefusal;
    expect(a.ok).toBe(false);
    expect(a.message).toMatch(
      /^Chưa ghi gì: còn 1 vấn đề cần xử lý trước khi nhập\.\nXuất QLVB!B7: “UBND thị xã Long”/,
    );
    expect(a.message).toContain("PHUOCLONG");
    expect(state(b)).toBe(before);
    expect(b.fakes.lock.isHeld()).toBe(false);
  });

  it("with skipUnmatched, leaves the ambiguous row out and writes the others", () => {
    const b = setup();
    const p = previewed(b, { ...REQUEST, skipUnmatched: true });
    expect(p.problems).toEqual([]);
    expect(p.rows.find((r) => r.row === 7)).toMatchObject({ kind: "ambiguous", unitId: null, cells: [] });
    const a = apply(b, { ...REQUEST, skipUnmatched: true }) as ImportResult;
    expect(a.ok).toBe(true);
    expect(a.written).toBeGreaterThan(0);
    // Phước Long's July row is not created: the row that might be it was left out.
    expect(julyRow(b, "PHUOCLONG").sheetRow).toBe(1);
  });

  it("takes a CSV sent by the dialog like a pasted sheet, and names the headers when a mapped one is missing", () => {
    const b = setup();
    const rows = EXPORT_GRID.map((r) => r.map((c) => String(c ?? "")));
    const p = previewed(b, { ...RESOLVED, source: { kind: "csv", name: "xuat.csv", rows } });
    expect(p.rows.map((r) => r.kind)).toEqual(["matched", "matched", "matched", "chosen", "total"]);
    expect(p.problems).toEqual([]);
    const missing = preview(b, { ...REQUEST, columns: { KY_SO: "Tỷ lệ ký số điện tử" } }) as ImportRefusal;
    expect(missing.ok).toBe(false);
    expect(missing.message).toMatch(/“Tỷ lệ ký số điện tử”/);
    expect(missing.headers).toEqual(["STT", "Tên cơ quan", "Tỷ lệ ký số (%)", "Tỷ lệ dùng thư công vụ (%)"]);
    // A name column not recognised by its header is chosen in the dialog (the CLI's option is not named).
    const renamed = rows.map((r, i) => (i === 2 ? ["STT", "Cơ quan thực hiện", ...r.slice(2)] : r));
    const unnamed = preview(b, {
      ...REQUEST,
      source: { kind: "csv", name: "xuat.csv", rows: renamed },
    }) as ImportRefusal;
    expect(unnamed.message).toBe(
      "xuat.csv!3:3: không nhận ra cột tên đơn vị của xuat.csv: vui lòng chọn cột đó; các cột có: “STT”, “Cơ quan thực hiện”, “Tỷ lệ ký số (%)”, “Tỷ lệ dùng thư công vụ (%)”.",
    );
    expect(unnamed.headers).toContain("Cơ quan thực hiện");
    expect(
      previewed(b, {
        ...RESOLVED,
        nameColumn: "Cơ quan thực hiện",
        source: { kind: "csv", name: "xuat.csv", rows: renamed },
      }).nameColumn,
    ).toBe("Cơ quan thực hiện");
  });

  it("refuses a unit chosen by hand that is not a unit, a closed month, and a month not offered", () => {
    const b = setup({ closed: JULY });
    const before = state(b);
    expect(preview(b, { ...RESOLVED, period: "2023-06", chosen: { "7": "XYZ" } })).toEqual({
      ok: false,
      lang: "vi",
      message: "Dòng 7 được gán cho mã đơn vị “XYZ”, mã này không có trong trang Đơn vị. Vui lòng chọn lại đơn vị.",
    });
    for (const answer of [preview(b, RESOLVED), apply(b, { ...RESOLVED, overwrite: true })])
      expect(answer).toEqual({
        ok: false,
        lang: "vi",
        message:
          "Tháng 07/2023 đã khóa (Cài đặt, Kỳ đã khóa) nên không nhập số liệu vào kỳ này. Nếu cần, vui lòng mở lại kỳ trước khi nhập.",
      });
    expect((preview(b, { ...RESOLVED, period: "2023-08" }) as ImportRefusal).message).toBe(
      "Không nhập được số liệu tháng 08/2023: chỉ nhận các tháng từ tháng 06/2022 đến tháng 07/2023 và các năm 2023, 2022.",
    );
    expect(state(b)).toBe(before);
  });
});

describe("applyImport", () => {
  it("writes the figures, the names learned and their Nhật ký rows; a helper formula survives; a second run changes nothing", () => {
    const b = setup();
    const sgtvtBefore = julyRow(b, "SGTVT");
    const lastRowBefore = records(b, "Số liệu").length + 1;
    const r = apply(b, { ...RESOLVED, overwrite: true }) as ImportResult;
    expect(r).toEqual({
      ok: true,
      message: "Đã nhập 8 số liệu tháng 07/2023 từ Xuất QLVB; học 4 tên khác.",
      written: 8,
      aliases: 4,
    });
    // Updated in place, and new rows below the last: the period stays text, the helper its formula.
    const sgtvt = julyRow(b, "SGTVT");
    expect(sgtvt.sheetRow).toBe(sgtvtBefore.sheetRow);
    expect(sgtvt).toMatchObject({
      KY_SO: 0.955,
      EMAIL_CV: 0.882,
      DVC_34: sgtvtBefore.DVC_34,
      "Người nhập": SAMPLE_ADMIN,
    });
    expect(sgtvt["Cập nhật lúc"]).toBeInstanceOf(Date);
    const budop = julyRow(b, "BUDOP");
    const phuoclong = julyRow(b, "PHUOCLONG");
    expect([budop.sheetRow, phuoclong.sheetRow].sort()).toEqual([lastRowBefore + 1, lastRowBefore + 2]);
    expect(budop).toMatchObject({ Kỳ: "2023-07", KY_SO: 0.8, EMAIL_CV: 0.7, KH_CDS: "" });
    expect(phuoclong).toMatchObject({ KY_SO: 0.77, EMAIL_CV: 0.6 });
    const data = b.fakes.ss.snapshot()["Số liệu"];
    const helper = data.values[0].indexOf(HELPER);
    expect(data.formulas[sgtvt.sheetRow - 1][helper]).toBe(`=E${sgtvt.sheetRow}*100`);
    // Every formula of the helper column is where it was, written back or not.
    for (let i = 1; i < lastRowBefore; i++) expect(data.formulas[i][helper]).toBe(`=E${i + 1}*100`);

    // Tên khác learned, in the column set-up would have added.
    const units = records(b, "Đơn vị");
    const aliasOf = (id: string) => units.find((u) => u["Mã đơn vị"] === id)?.["Tên khác"];
    expect(aliasOf("SGTVT")).toBe("Sở GTVT");
    expect(aliasOf("PHUOCLONG")).toBe("UBND thị xã Long");
    expect(aliasOf("SNV")).toBe("");

    // One audited row per figure and per name, chained.
    const audit = records(b, "Nhật ký");
    expect(audit).toHaveLength(12);
    expect(audit.filter((a) => a["Hành động"] === "Nhập từ tệp Xuất QLVB")).toHaveLength(8);
    expect(audit.filter((a) => a["Hành động"] === "Thêm tên khác")).toHaveLength(4);
    expect(audit[0]).toMatchObject({ "Người thực hiện": SAMPLE_ADMIN, Kỳ: JULY });
    expect(audit.find((a) => a["Mã đơn vị"] === "SGTVT" && a["Chỉ tiêu"] === "KY_SO")).toMatchObject({
      "Giá trị cũ": expect.stringMatching(/%$/),
      "Giá trị mới": "95,5%",
    });
    expect(onlyHelperFlagged(b)).toBe(true);

    // Next month's export names the units as learned: matched by alias, nothing to resolve.
    const again = previewed(b, REQUEST);
    expect(again.rows.map((x) => [x.kind, x.unitId, x.how])).toEqual([
      ["matched", "SGTVT", "alias"],
      ["matched", "BUDOP", "alias"],
      ["matched", "BINHLONG", "alias"],
      ["matched", "PHUOCLONG", "alias"],
      ["total", null, undefined],
    ]);
    expect(again.problems).toEqual([]);
    const before = state(b);
    expect(apply(b, { ...REQUEST, overwrite: true })).toEqual({
      ok: true,
      message: "Không có số liệu nào cần ghi: Xuất QLVB không thay đổi số liệu tháng 07/2023.",
      written: 0,
      aliases: 0,
    });
    expect(state(b)).toBe(before);
  });

  it("refuses to write an export a clerk changed after the preview, writing nothing", () => {
    const b = setup();
    const p = previewed(b, RESOLVED);
    expect(p.digest).toMatch(/^[0-9a-f]{64}$/);
    // Between the preview and Ghi, an editor of the shared sheet changes a figure of the pasted export.
    const sheet = b.fakes.ss.getSheetByName(EXPORT)!;
    sheet.getRange(4, 3).setValue("99");
    const before = state(b);
    const a = apply(b, { ...RESOLVED, digest: p.digest }) as ImportRefusal;
    expect(a).toMatchObject({ ok: false });
    expect(a.message).toBe(
      "Tệp xuất đã thay đổi sau khi xem trước (có người sửa trang chứa tệp xuất), nên chưa ghi gì. Vui lòng xem trước lại rồi ghi.",
    );
    expect(state(b)).toBe(before);
    // Previewed again, it is written.
    const again = previewed(b, RESOLVED);
    expect((apply(b, { ...RESOLVED, digest: again.digest }) as ImportResult).ok).toBe(true);
  });

  it("keeps figures already there unless asked to overwrite them", () => {
    const b = setup();
    const sgtvt = julyRow(b, "SGTVT");
    const kept = apply(b, RESOLVED) as ImportResult;
    expect(kept.message).toBe(
      "Đã nhập 4 số liệu tháng 07/2023 từ Xuất QLVB; học 4 tên khác. Giữ nguyên 4 số liệu đã có khác với tệp; chọn ghi đè nếu muốn thay.",
    );
    expect(julyRow(b, "SGTVT")).toMatchObject({ KY_SO: sgtvt.KY_SO, EMAIL_CV: sgtvt.EMAIL_CV });
    expect(julyRow(b, "BUDOP")).toMatchObject({ KY_SO: 0.8 });
    const replaced = apply(b, { ...RESOLVED, overwrite: true }) as ImportResult;
    expect(replaced).toMatchObject({ ok: true, written: 4, aliases: 0 });
    expect(julyRow(b, "SGTVT")).toMatchObject({ KY_SO: 0.955, EMAIL_CV: 0.882 });
  });

  it("never overwrites a figure the office accepted, and says so", () => {
    const accepted = [JULY, "BINHLONG", "KY_SO", "", "", "đạt", "", SAMPLE_ADMIN, new Date("2023-08-02T03:00:00Z"), ""];
    const b = setup({ reviews: [accepted] });
    const binhlong = julyRow(b, "BINHLONG");
    const p = previewed(b, { ...RESOLVED, overwrite: true });
    expect(p.rows[2].cells.map((c) => c.action)).toEqual(["reviewed", "write"]);
    const r = apply(b, { ...RESOLVED, overwrite: true }) as ImportResult;
    expect(r.message).toBe(
      "Đã nhập 7 số liệu tháng 07/2023 từ Xuất QLVB; học 4 tên khác. Giữ nguyên 1 số liệu đã được thẩm định đạt hoặc điều chỉnh.",
    );
    expect(julyRow(b, "BINHLONG")).toMatchObject({ KY_SO: binhlong.KY_SO, EMAIL_CV: 0.65 });
  });

  it("puts everything back when the Nhật ký rows cannot be written, and a retry writes it all", () => {
    const b = setup();
    const before = b.fakes.ss.snapshot();
    // The third setValues: Số liệu, Đơn vị, then Nhật ký.
    b.fakes.calls.injectFault({ method: "Range.setValues", at: 3 });
    const failed = apply(b, { ...RESOLVED, overwrite: true });
    expect(failed).toEqual({
      ok: false,
      lang: "vi",
      message: "Chưa nhập được số liệu do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
    });
    expect(b.fakes.calls.faultPending()).toBe(false);
    const after = b.fakes.ss.snapshot();
    for (const sheet of ["Số liệu", "Đơn vị"]) {
      expect(after[sheet].values, sheet).toEqual(before[sheet].values);
      expect(after[sheet].formulas, sheet).toEqual(before[sheet].formulas);
    }
    expect(records(b, "Nhật ký")).toHaveLength(0);
    expect(b.fakes.lock.isHeld()).toBe(false);
    expect(apply(b, { ...RESOLVED, overwrite: true })).toMatchObject({ ok: true, written: 8, aliases: 4 });
    expect(records(b, "Nhật ký")).toHaveLength(12);
    expect(onlyHelperFlagged(b)).toBe(true);
  });

  it("answers a busy lock with a sentence, writing nothing", () => {
    const b = setup();
    const before = state(b);
    b.fakes.lock.simulateContention(1);
    expect(apply(b, { ...RESOLVED, overwrite: true })).toEqual({
      ok: false,
      lang: "vi",
      message: "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.",
    });
    expect(state(b)).toBe(before);
  });
});

describe("applyImport: generated payloads", () => {
  it("refuses ≥ 1,000 malformed or impossible payloads, writing nothing", { timeout: 120_000 }, () => {
    const b = setup();
    const before = state(b);
    const properties = JSON.stringify(b.fakes.properties.document.dump());
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('=IMPORTXML("http://x","//a")', "+1", "@SUM(A1)", "-2", "__proto__", "constructor", JULY),
      fc.string({ minLength: 501, maxLength: 2000 }),
    );
    const junk = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.object(),
    );
    const anyField = fc.oneof(text, junk);
    const csvRows = fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }), { maxLength: 8 });
    // Every payload is wrong in at least one way that must refuse it: the export's row 7 is
    // ambiguous, so even a right request is refused unless it resolves that row, which none does.
    const wrong = fc.oneof(
      fc.record(
        {
          period: anyField,
          source: anyField,
          nameColumn: anyField,
          columns: anyField,
          overwrite: anyField,
          chosen: anyField,
        },
        { requiredKeys: [] },
      ),
      fc.record({
        period: fc.oneof(fc.constantFrom(JULY, "2023-13", "1999-01", "2023-Q2", "2023-08", "2021", "=NOW()"), text),
        source: fc.oneof(
          fc.constant({ kind: "sheet", name: EXPORT }),
          fc.record({
            kind: fc.constant("sheet"),
            name: fc.oneof(fc.constantFrom("Số liệu", "Nhật ký", "Đơn vị", "Không có"), text),
          }),
          fc.record({ kind: fc.constant("csv"), name: text, rows: csvRows }),
        ),
        nameColumn: fc.option(fc.oneof(fc.constantFrom("Tên cơ quan", "STT", "Không có"), text), { nil: undefined }),
        columns: fc.oneof(
          fc.constant(COLUMNS),
          fc.constant({}),
          fc.dictionary(fc.oneof(fc.constantFrom("KY_SO", "NOPE", "__proto__", "BCD_SO", "ky_so"), text), text),
        ),
        overwrite: fc.boolean(),
        chosen: fc.oneof(
          fc.constant({}),
          fc.constantFrom({ "7": "BINHLONG" }, { "7": "XYZ" }, { "99999": "SNV" }, { "7": "__proto__" }, { x: "SNV" }),
        ),
      }),
      fc.constantFrom(
        JSON.parse(
          '{"__proto__":{"ok":true},"period":"2023-07","source":{"kind":"sheet","name":"Xuất QLVB"},"columns":{"KY_SO":"Tỷ lệ ký số (%)"},"overwrite":true,"chosen":{}}',
        ),
        { ...RESOLVED, extra: 1 },
        { ...RESOLVED, source: { kind: "sheet", name: EXPORT, rows: [] } },
        { ...RESOLVED, chosen: { "7": 12 } },
        { ...RESOLVED, overwrite: "true" },
      ),
      junk,
    );
    let runs = 0;
    fc.assert(
      fc.property(wrong, (payload) => {
        runs++;
        const answer = apply(b, payload);
        expect(answer.ok).toBe(false);
        expect((answer as ImportRefusal).message.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000, seed: 20237 },
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
    expect(state(b)).toBe(before);
    expect(JSON.stringify(b.fakes.properties.document.dump())).toBe(properties);
    expect(b.fakes.lock.isHeld()).toBe(false);
    expect(({} as Record<string, unknown>).ok).toBeUndefined();
  });
});

describe("service calls", () => {
  /**
   * The sample grown to `n` units (each copied under a numbered ID and name) with June and July;
   * every tenth unit has no July row (a new row), and the export lists every unit by name, the
   * first under a name resolved by hand (learned into Tên khác).
   */
  function province(n: number) {
    const b = loadBundle();
    const names: string[] = [];
    loadSample(b.fakes, (s) => {
      s.review = undefined;
      const base = s.units.slice(1);
      const months = s.data.slice(1).filter((r) => r[0] === "2023-06" || r[0] === JULY);
      const units: Grid = [s.units[0]];
      const rows: Grid = [s.data[0]];
      for (let i = 0; i < n; i++) {
        const u = base[i % base.length];
        const id = `${u[0]}_${String(i).padStart(4, "0")}`;
        names.push(`${u[1]} ${i}`);
        units.push([id, names[i], ...u.slice(2)]);
        for (const r of months)
          if (r[1] === u[0] && !(r[0] === JULY && i % 10 === 0)) rows.push([r[0], id, ...r.slice(2)]);
      }
      s.units.splice(0, s.units.length, ...units);
      s.data.splice(0, s.data.length, ...rows);
    });
    const exportGrid: Grid = [
      ["SỐ LIỆU THÁNG 7/2023"],
      ["STT", "Tên đơn vị", "Tỷ lệ ký số"],
      ...names.map((name, i) => [i + 1, i === 0 ? "Đơn vị đầu tiên" : name, `${50 + (i % 50)},5%`]),
    ];
    b.fakes.ss.loadGrid(EXPORT, exportGrid);
    freezeClock(b.context, NOW);
    b.fakes.calls.reset();
    const request = {
      period: JULY,
      source: { kind: "sheet", name: EXPORT },
      columns: { KY_SO: "Tỷ lệ ký số" },
      overwrite: true,
      chosen: { "3": `${String(b.fakes.ss.snapshot()["Đơn vị"].values[1][0])}` },
    };
    const measure = <T>(fn: () => T) => {
      b.fakes.calls.reset();
      const result = fn();
      return { result, calls: b.fakes.calls.byName() };
    };
    const p = measure(() => preview(b, request));
    const a = measure(() => apply(b, request));
    return { n, preview: p, apply: a };
  }

  it("previews and writes with the same service calls for 30 units as for 3,000", { timeout: 240_000 }, () => {
    const small = province(30);
    const large = province(3000);
    for (const s of [small, large]) {
      const p = s.preview.result as ImportPreview;
      expect(p.ok, `N=${s.n}`).toBe(true);
      expect(p.problems).toEqual([]);
      expect(p.rows).toHaveLength(s.n);
      const a = s.apply.result as ImportResult;
      expect(a.ok, `N=${s.n}`).toBe(true);
      expect(a.aliases).toBe(1);
      expect(a.written).toBeGreaterThan(s.n / 2);
    }
    expect(large.preview.calls).toEqual(small.preview.calls);
    expect(large.apply.calls).toEqual(small.apply.calls);
    const values = (c: Record<string, number>) =>
      Object.entries(c).reduce((n, [k, v]) => n + (VALUE_CALLS.test(k) ? v : 0), 0);
    // Units, indicators, settings; the export; Số liệu's header, keys and the period's rows.
    expect(values(small.preview.calls)).toBe(7);
    // Those again under the lock; the span's write, Tên khác's, and Nhật ký's append (a new sheet:
    // no header or last row to read); and the formulas of the two spans, so none is lost.
    expect(values(small.apply.calls)).toBe(10);
    expect(small.apply.calls["Range.setValues"]).toBe(3);
    expect(small.apply.calls["Range.getFormulas"]).toBe(2);
  });
});
