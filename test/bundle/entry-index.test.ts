// The entry form on a province's real index (design §9), through the bundle's global functions:
// each unit sees the indicators of its group, a month the monthly ones and a year the yearly ones;
// a choice is saved as its label and a ratio as its two counts.
import { describe, expect, it } from "vitest";
import type { EntryForm, SubmitResult } from "../../src/core/entry";
import type { Cell } from "../../src/workbook/contract";
import { readWorkbook } from "../../src/workbook/read";
import { freezeClock, loadBundle, loadSample, VALUE_CALLS } from "./harness";
import { DEPT_CLERK, DISTRICT_CLERK, INDEX_ADMIN, indexWorkbook, useIndexWorkbook } from "./index-workbook";

/** Early July 2023 in Vietnam: June is due; the years offered are 2023 and 2022. */
const NOW = "2023-07-03T02:00:00Z";
const WRITES = /^(Range\.(set\w+|clear\w*)|Sheet\.(appendRow|clear\w*|insert\w+)|Spreadsheet\.insertSheet)$/;

function setup(user = DEPT_CLERK, edit?: Parameters<typeof useIndexWorkbook>[1]) {
  const b = loadBundle({ activeUser: user });
  loadSample(b.fakes, (s) => useIndexWorkbook(s, edit));
  freezeClock(b.context, NOW);
  return b;
}

type Loaded = ReturnType<typeof setup>;

const form = (b: Loaded, request?: object) => {
  const f = b.call<EntryForm>("getEntryForm", request);
  if (!f.ok) throw new Error(`refused: ${JSON.stringify(f)}`);
  return f;
};

/** `Số liệu` rows as objects keyed by header. */
function dataRows(b: Loaded): Record<string, Cell>[] {
  const [header, ...rows] = b.fakes.ss.snapshot()["Số liệu"].values as Cell[][];
  return rows.map((r) => Object.fromEntries(header.map((h, j) => [String(h), r[j]])));
}

/** The workbook as the CLI and the ranking read it. */
function readBack(b: Loaded) {
  const snap = b.fakes.ss.snapshot();
  const sheets = Object.fromEntries(Object.entries(snap).map(([name, s]) => [name, s.values as Cell[][]]));
  return readWorkbook({ sheets, timeZone: "Asia/Ho_Chi_Minh" });
}

const YEAR_SNV = { BCD: "Phó Chủ tịch", VB_KS_TU: "90", VB_KS_MAU: "100", KH_SO: "có" };

describe("getEntryForm on a real index", () => {
  it("shows a month's form with the monthly indicators of the unit's group and the group's own threshold", () => {
    const dept = form(setup(DEPT_CLERK));
    expect(dept.period).toBe("2023-06");
    expect(dept.indicators.map((i) => i.id)).toEqual(["KY_SO", "TIN", "HS_TINH"]);
    expect(dept.indicators[0]).toMatchObject({ threshold: 0.6, target: 0.9 });

    const district = form(setup(DISTRICT_CLERK));
    // HS_TINH applies to the departments only.
    expect(district.indicators.map((i) => i.id)).toEqual(["KY_SO", "TIN"]);
    expect(district.indicators[0]).toMatchObject({ threshold: 0.5, target: 0.8 });
    expect(district.values).toEqual({ KY_SO: "70", TIN: "2" });
  });

  it("offers this year and the last after the months, and a year's form holds only the yearly indicators", () => {
    const b = setup(DEPT_CLERK);
    const month = form(b);
    expect(month.periods.slice(0, 2)).toEqual(["2023-06", "2023-05"]);
    expect(month.periods.slice(-3)).toEqual(["2022-05", "2023", "2022"]);

    b.fakes.calls.reset();
    const year = form(b, { period: "2023" });
    // The same round trip as a month's form: no more cells read.
    expect(b.fakes.calls.count("Range.getValues")).toBe(6);
    expect(year.period).toBe("2023");
    expect(year.indicators.map((i) => i.id)).toEqual(["BCD", "VB_KS", "KH_SO"]);
    expect(year.indicators[0]).toMatchObject({
      type: "choice",
      labels: ["Chủ tịch", "Phó Chủ tịch", "Chưa có"],
      shares: [1, 0.5, 0],
      threshold: 1,
    });
    expect(year.indicators[1]).toMatchObject({ type: "ratio", target: 0.9, labels: null });
    // Nothing entered for 2023 yet; last year's figures beside the fields.
    expect(year.reported).toBe(false);
    expect(year.values).toEqual({});
    expect(year.previous).toEqual({ BCD: "Chưa có", VB_KS: "80/100 (80%)", KH_SO: "có" });
    expect(year.deadline).toBe("2024-01-05");
    expect(year.closed).toBe(false);
  });

  it("shows a district the yearly indicators of districts, never a departments-only one", () => {
    const b = setup(DISTRICT_CLERK);
    const last = form(b, { period: "2022" });
    expect(last.indicators.map((i) => i.id)).toEqual(["BCD", "VB_KS", "DVC_XA"]);
    expect(last.indicators.find((i) => i.id === "VB_KS")?.target).toBe(0.8);
    expect(last.values).toEqual({ BCD: "Phó Chủ tịch", VB_KS_TU: "45", VB_KS_MAU: "50", DVC_XA: "60" });
    expect(last.reported).toBe(true);
  });

  it("offers no year to a unit that has no yearly indicator, and opens its month instead", () => {
    const b = setup(DEPT_CLERK, (w) => {
      for (const row of w.indicators.slice(1)) if (row[10] === "năm") row[9] = "UBND cấp huyện";
    });
    const f = form(b, { period: "2023" });
    expect(f.periods.some((p) => !p.includes("-"))).toBe(false);
    expect(f.period).toBe("2023-06");
  });
});

describe("submitFigures for a year", () => {
  it("writes one year row: Kỳ as the text 2023, the choice's label, the ratio's two counts; audited per column", () => {
    const b = setup(DEPT_CLERK);
    b.fakes.ss.parseTypedText = true; // as Sheets does: `2023` typed would become a number
    const before = dataRows(b).length;
    b.fakes.calls.reset();
    const r = b.call<SubmitResult>("submitFigures", { unitId: "SNV", period: "2023", values: YEAR_SNV, note: "" });
    expect(r).toMatchObject({ ok: true, changes: 4, message: "Đã lưu số liệu năm 2023 của Sở Nội vụ (4 thay đổi)." });
    expect(b.fakes.calls.countMatching(VALUE_CALLS)).toBeLessThanOrEqual(9);
    expect(r.values).toEqual(YEAR_SNV);

    const rows = dataRows(b);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toMatchObject({
      Kỳ: "2023",
      "Mã đơn vị": "SNV",
      KY_SO: "",
      TIN: "",
      BCD: "Phó Chủ tịch",
      VB_KS_TU: 90,
      VB_KS_MAU: 100,
      KH_SO: "có",
      "Người nhập": DEPT_CLERK,
    });
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values.slice(1);
    expect(audit.map((a) => a.slice(3, 8))).toEqual([
      ["2023", "SNV", "BCD", "", "Phó Chủ tịch"],
      ["2023", "SNV", "VB_KS_TU", "", "90"],
      ["2023", "SNV", "VB_KS_MAU", "", "100"],
      ["2023", "SNV", "KH_SO", "", "có"],
    ]);

    // The reader takes the row back: the label as its level, the year as the period.
    const read = readBack(b);
    expect(read.problems).toEqual([]);
    const record = read.model!.records.find((x) => x.period === "2023" && x.unitId === "SNV");
    expect(record?.values).toMatchObject({ BCD: 1, VB_KS_TU: 90, VB_KS_MAU: 100, KH_SO: true });

    // And the form shows it again.
    const again = form(b, { period: "2023" });
    expect(again.reported).toBe(true);
    expect(again.values).toEqual(YEAR_SNV);
  });

  it("updates the year row in place and audits only the part of the ratio that changed", () => {
    const b = setup(DEPT_CLERK);
    b.call("submitFigures", { unitId: "SNV", period: "2023", values: YEAR_SNV, note: "" });
    const n = dataRows(b).length;
    const r = b.call<SubmitResult>("submitFigures", {
      unitId: "SNV",
      period: "2023",
      values: { ...YEAR_SNV, VB_KS_TU: "95", BCD: "chủ  tịch" },
      note: "",
    });
    expect(r).toMatchObject({ ok: true, changes: 2 });
    expect(r.values?.BCD).toBe("Chủ tịch"); // as the level is written in Mức
    expect(dataRows(b)).toHaveLength(n);
    expect(dataRows(b).at(-1)).toMatchObject({ BCD: "Chủ tịch", VB_KS_TU: 95, VB_KS_MAU: 100 });
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values.slice(-2);
    expect(audit.map((a) => a.slice(5, 8))).toEqual([
      ["BCD", "Phó Chủ tịch", "Chủ tịch"],
      ["VB_KS_TU", "90", "95"],
    ]);
  });

  it.each([
    [
      "tử số above mẫu số",
      { VB_KS_TU: "120", VB_KS_MAU: "100" },
      "Tử số 120 lớn hơn mẫu số 100: tử số không được vượt mẫu số.",
    ],
    [
      "only the tử số",
      { VB_KS_TU: "90", VB_KS_MAU: "" },
      "Chưa nhập mẫu số: vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.",
    ],
    [
      "a negative count",
      { VB_KS_TU: "-3", VB_KS_MAU: "100" },
      "Tử số “-3” không hợp lệ: vui lòng nhập số nguyên không âm, ví dụ 90.",
    ],
    [
      "a fraction",
      { VB_KS_TU: "90", VB_KS_MAU: "100,5" },
      "Mẫu số “100,5” không hợp lệ: vui lòng nhập số nguyên không âm, ví dụ 90.",
    ],
  ])("refuses a ratio with %s, in one sentence under the indicator, and writes nothing", (_name, pair, message) => {
    const b = setup(DEPT_CLERK);
    b.fakes.calls.reset();
    const r = b.call<SubmitResult>("submitFigures", {
      unitId: "SNV",
      period: "2023",
      values: { ...YEAR_SNV, ...pair },
      note: "",
    });
    expect(r).toMatchObject({ ok: false, fieldErrors: { VB_KS: message } });
    expect(b.fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
  });

  it("accepts 0/0 (no document issued: a missing value to the ranking)", () => {
    const b = setup(DEPT_CLERK);
    const r = b.call<SubmitResult>("submitFigures", {
      unitId: "SNV",
      period: "2023",
      values: { ...YEAR_SNV, VB_KS_TU: "0", VB_KS_MAU: "0" },
      note: "",
    });
    expect(r.ok).toBe(true);
    expect(dataRows(b).at(-1)).toMatchObject({ VB_KS_TU: 0, VB_KS_MAU: 0 });
    expect(readBack(b).problems).toEqual([]);
  });

  it("refuses a label that is not a level of Mức", () => {
    const b = setup(DEPT_CLERK);
    const r = b.call<SubmitResult>("submitFigures", {
      unitId: "SNV",
      period: "2023",
      values: { ...YEAR_SNV, BCD: "Trưởng phòng" },
      note: "",
    });
    expect(r.fieldErrors).toEqual({
      BCD: "“Trưởng phòng” không phải một lựa chọn của chỉ tiêu này. Vui lòng chọn một trong: Chủ tịch; Phó Chủ tịch; Chưa có.",
    });
  });

  it("never mixes a month's figures into a year row, nor another group's indicator into a unit's", () => {
    const b = setup(DISTRICT_CLERK);
    const before = b.fakes.ss.snapshot()["Số liệu"].values;
    const district = { BCD: "Chủ tịch", VB_KS_TU: "8", VB_KS_MAU: "10", DVC_XA: "75" };
    for (const values of [
      { ...district, KY_SO: "80" }, // a monthly indicator in the year
      { ...district, KH_SO: "có" }, // a departments-only indicator
    ]) {
      const r = b.call<SubmitResult>("submitFigures", { unitId: "UBDP", period: "2023", values, note: "" });
      expect(r.ok).toBe(false);
      expect(r.message).toMatch(/^Chỉ tiêu (KY_SO|KH_SO) không có/);
    }
    // A yearly indicator in a month.
    const june = { KY_SO: "80", TIN: "3", BCD: "Chủ tịch" };
    expect(
      b.call<SubmitResult>("submitFigures", { unitId: "UBDP", period: "2023-06", values: june, note: "" }).ok,
    ).toBe(false);
    expect(b.fakes.ss.snapshot()["Số liệu"].values).toEqual(before);
    // The district's own year goes through, with its own indicators only.
    const r = b.call<SubmitResult>("submitFigures", { unitId: "UBDP", period: "2023", values: district, note: "" });
    expect(r).toMatchObject({ ok: true, changes: 4 });
    expect(readBack(b).problems).toEqual([]);
  });

  it("refuses a year that is not offered, and a year to a unit without yearly indicators", () => {
    const b = setup(INDEX_ADMIN);
    const old = b.call<SubmitResult>("submitFigures", { unitId: "SNV", period: "2021", values: YEAR_SNV, note: "" });
    expect(old).toEqual({
      ok: false,
      message:
        "Không thể nhập số liệu năm 2021 qua biểu mẫu: chỉ nhận năm 2023 và năm 2022. Vui lòng liên hệ quản trị.",
    });
    const none = setup(DEPT_CLERK, (w) => {
      for (const row of w.indicators.slice(1)) if (row[10] === "năm") row[9] = "UBND cấp huyện";
    });
    const r = none.call<SubmitResult>("submitFigures", { unitId: "SNV", period: "2023", values: {}, note: "" });
    expect(r).toEqual({ ok: false, message: "Sở Nội vụ không có chỉ tiêu năm nào để nhập." });
    expect(indexWorkbook().data).toEqual(none.fakes.ss.snapshot()["Số liệu"].values);
  });
});

describe("closing a year (Khóa kỳ)", () => {
  it("locks the year's form and refuses its save; a grid edit of a year row is flagged", () => {
    const b = setup(INDEX_ADMIN);
    expect(b.call<string>("closePeriod", { period: "2022", close: true })).toBe("Đã khóa năm 2022.");
    expect(b.fakes.ss.snapshot()["Cài đặt"].values.at(-1)).toEqual(["Kỳ đã khóa", "2022"]);
    expect(b.call<string>("closePeriod", { period: "2022-13", close: true })).toBe(
      "“2022-13” không phải một tháng hay một năm. Vui lòng nhập tháng dạng 2023-06 hoặc năm dạng 2023.",
    );

    b.fakes.session.setActiveUser(DEPT_CLERK);
    expect(form(b, { period: "2022" })).toMatchObject({ period: "2022", closed: true });
    expect(form(b, { period: "2023" }).closed).toBe(false);
    const before = b.fakes.ss.snapshot();
    const r = b.call<SubmitResult>("submitFigures", { unitId: "SNV", period: "2022", values: YEAR_SNV, note: "" });
    expect(r).toEqual({
      ok: false,
      message:
        "Năm 2022 đã khóa nên không thể sửa số liệu qua biểu mẫu. Nếu cần sửa, vui lòng đề nghị quản trị mở lại kỳ.",
    });
    expect(b.fakes.ss.snapshot()).toEqual(before);

    // The unit's own clerk typing over its closed year's figure in the grid: kept, but flagged.
    const row = dataRows(b).findIndex((x) => x["Kỳ"] === "2022" && x["Mã đơn vị"] === "SNV") + 2;
    const cell = b.fakes.ss.sheet("Số liệu").getRange(`F${row}`);
    cell.setValue("Chủ tịch");
    const user = { getEmail: () => DEPT_CLERK };
    b.call("onDataEdit", { range: cell, oldValue: "Chưa có", value: "Chủ tịch", source: b.fakes.ss, user });
    expect(b.fakes.ss.snapshot()["Nhật ký"].values.at(-1)?.slice(1, 8)).toEqual([
      DEPT_CLERK,
      "Sửa trực tiếp trên bảng — CẦN XEM LẠI: kỳ đã khóa",
      "2022",
      "SNV",
      "BCD",
      "Chưa có",
      "Chủ tịch",
    ]);
  });
});
