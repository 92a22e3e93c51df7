// A hostile or careless clerk against the built add-on: forged sheets, a deleted `Cài đặt`, an
// address slipped into another unit's row, a blank admin list or identity, grid edits of another
// unit's figures. Each attack is tried through the bundle's globals, and its outcome asserted.
import { describe, expect, it } from "vitest";
import type { EntryForm, SubmitResult } from "../../src/core/entry";
import { a1 } from "../../src/workbook/a1";
import { type FakeServicesOptions, PROTECTED_MESSAGE } from "../fakes";
import { freezeClock, type Loaded, loadBundle as loadRealBundle, loadSample, SAMPLE_ADMIN } from "./harness";

process.env.TZ = "America/Los_Angeles";

const CLERK = "vanthu.sgtvt@binhphuoc.example";
const SNV_CLERK = "vanthu.snv@binhphuoc.example";
const OWNER = "owner@example.gov.vn";
const JUNE = {
  KH_CDS: "có",
  HOP_KG: "có",
  KY_SO: "99",
  EMAIL_CV: "99",
  DVC_34: "99",
  HS_TT: "99",
  SC_ATTT: "0",
  TIN_CDS: "9",
};

/** The bundle on 3 July 2023 (Vietnam time), when the sidebar takes June's figures. */
function loadBundle(options: FakeServicesOptions = {}): Loaded {
  const b = loadRealBundle(options);
  freezeClock(b.context, "2023-07-03T03:00:00Z");
  return b;
}

/** The sample, set up once by the DX office's admin (sheet IDs recorded, protection applied). */
function setUpSample(user = SAMPLE_ADMIN): Loaded {
  const b = loadBundle({ activeUser: SAMPLE_ADMIN });
  loadSample(b.fakes);
  b.call("setupWorkbook");
  b.fakes.session.setActiveUser(user);
  b.fakes.ui.alerts.length = 0;
  b.fakes.calls.reset();
  return b;
}

/** A copy of a sheet's values under another name: what a clerk makes with "Duplicate" and a rename. */
function forge(b: Loaded, from: string, name: string, edit: (values: unknown[][]) => void): void {
  const values = b.fakes.ss.snapshot()[from].values.map((r) => [...r]);
  edit(values);
  b.fakes.ss.loadGrid(name, values);
}

const rankOf = (b: Loaded, unitId: string): unknown => {
  const v = b.fakes.ss.snapshot()["Xếp hạng"].values;
  return v.find((r) => r[1] === unitId)?.[0];
};

describe("sheets by identity", () => {
  it("ignores forged Units and Settings sheets: the clerk sees only their unit and may not save for another or send", () => {
    const b = setUpSample(CLERK);
    forge(b, "Đơn vị", "Units", (v) => {
      for (const row of v.slice(1)) row[3] = CLERK;
    });
    forge(b, "Cài đặt", "Settings", (v) => {
      for (const row of v) if (row[0] === "Email quản trị") row[1] = "";
    });
    const form = b.call<EntryForm>("getEntryForm");
    expect(form.units.map((u) => u.id)).toEqual(["SGTVT"]);
    const saved = b.call<SubmitResult>("submitFigures", { unitId: "SNV", period: "2023-06", values: JUNE, note: "" });
    expect(saved.ok).toBe(false);
    expect(saved.message).toBe(`Tài khoản ${CLERK} không được nhập số liệu cho đơn vị Sở Nội vụ.`);
    const sent = b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    expect(sent).toMatch(/^Tài khoản vanthu\.sgtvt@binhphuoc\.example không có quyền gửi tổng hợp/);
    expect(b.fakes.mail.sent).toHaveLength(0);
  });

  it("ranks from the recorded Số liệu, not a forged Data sheet, and Kiểm tra số liệu names the decoys", () => {
    const b = setUpSample();
    b.call("rankUnits", "2023-06");
    const before = rankOf(b, "SGTVT");
    expect(before).toBe(19);
    forge(b, "Số liệu", "Data", (v) => {
      const kySo = v[0].indexOf("KY_SO");
      for (const row of v) if (row[0] === "2023-06" && row[1] === "SGTVT") row[kySo] = 1;
    });
    forge(b, "Cài đặt", "Cài đặt (2)", () => {});
    b.call("rankUnits", "2023-06");
    expect(rankOf(b, "SGTVT")).toBe(before);
    const message = b.call<string>("checkData");
    expect(message).toContain(
      "Trang “Data” có tên giống trang Số liệu nhưng không phải trang của DX Scorecard (trang thật là “Số liệu”); trang này bị bỏ qua.",
    );
    expect(message).toContain("Trang “Cài đặt (2)” có tên giống trang Cài đặt");
  });

  it("keeps working when the real sheets are renamed, and a renamed decoy takes nothing over", () => {
    const b = setUpSample();
    b.fakes.ss.sheet("Số liệu").setName("Số liệu 2023");
    b.fakes.ss.sheet("Đơn vị").setName("DS đơn vị");
    expect(b.call<string>("rankUnits", "2023-06")).toMatch(/^Đã xếp hạng tháng 06\/2023: 33 đơn vị/);
  });

  it("before set-up, refuses to rank when two sheets claim one role, naming both", () => {
    const b = loadBundle();
    loadSample(b.fakes);
    forge(b, "Số liệu", "Data", () => {});
    const message = b.call<string>("rankUnits", "2023-06");
    expect(message).toContain("Các trang “Số liệu”, “Data” cùng mang tên của trang Số liệu");
    expect(Object.keys(b.fakes.ss.snapshot())).not.toContain("Xếp hạng");
  });
});

describe("failing closed", () => {
  it("a deleted Cài đặt lifts no gate: the listed admin may no longer rank or send; the owner still may", () => {
    const b = setUpSample();
    b.fakes.session.setActiveUser(OWNER);
    b.fakes.ss.deleteSheet(b.fakes.ss.sheet("Cài đặt") as never);
    b.fakes.session.setActiveUser(SAMPLE_ADMIN);
    // A new sheet named Cài đặt, made by anyone, is a decoy: the recorded one is gone.
    b.fakes.ss.loadGrid("Cài đặt", [
      ["Khóa", "Giá trị"],
      ["Email quản trị", SAMPLE_ADMIN],
    ]);
    expect(b.call<string>("rankUnits", "2023-06")).toMatch(/^Tài khoản cds@binhphuoc\.example không có quyền xếp hạng/);
    expect(b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toMatch(/không có quyền gửi/);
    expect(b.fakes.mail.sent).toHaveLength(0);
    b.fakes.session.setActiveUser(OWNER);
    expect(b.call<string>("rankUnits", "2023-06")).toMatch(/^Đã xếp hạng/);
  });

  it("with Email quản trị blank, no one but the owner may save for another unit, rank or send", () => {
    const b = loadBundle({ activeUser: SNV_CLERK });
    loadSample(b.fakes, (s) => {
      for (const row of s.settings) if (row[0] === "Email quản trị") row[1] = "";
    });
    expect(b.call<EntryForm>("getEntryForm").units.map((u) => u.id)).toEqual(["SNV"]);
    const r = b.call<SubmitResult>("submitFigures", { unitId: "SGTVT", period: "2023-06", values: JUNE, note: "" });
    expect(r).toMatchObject({ ok: false });
    expect(b.call<string>("rankUnits", "2023-06")).toMatch(/không có quyền xếp hạng/);
    expect(b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toMatch(/không có quyền gửi/);
    expect(b.fakes.mail.sent).toHaveLength(0);
  });

  it("a user whose e-mail Apps Script hides is refused everything, and nothing is written with an empty author", () => {
    const b = loadBundle({ activeUser: "" });
    loadSample(b.fakes, (s) => {
      for (const row of s.settings) if (row[0] === "Email quản trị") row[1] = "";
    });
    const form = b.call<{ ok: boolean; message: string }>("getEntryForm");
    expect(form).toMatchObject({ ok: false, message: expect.stringMatching(/^Tài khoản \(không xác định\)/) });
    const r = b.call<SubmitResult>("submitFigures", { unitId: "SNV", period: "2023-06", values: JUNE, note: "" });
    expect(r.ok).toBe(false);
    expect(b.call<string>("setupWorkbook")).toMatch(/không có quyền thiết lập/);
    expect(Object.keys(b.fakes.ss.snapshot())).not.toContain("Nhật ký");
  });

  it("the first set-up makes its runner the admin; after that a clerk may not run it", () => {
    const b = loadBundle({ activeUser: SNV_CLERK, sheetNames: ["Sheet1"] });
    b.fakes.ui.queueAlert("NO");
    expect(b.call<string>("setupWorkbook")).toContain(`Đã ghi ${SNV_CLERK} vào “Email quản trị”`);
    b.fakes.session.setActiveUser(CLERK);
    expect(b.call<string>("setupWorkbook")).toMatch(
      /^Tài khoản vanthu\.sgtvt@binhphuoc\.example không có quyền thiết lập/,
    );
  });
});

describe("real protection", () => {
  it("a clerk cannot add their address to another unit's row: Sheets refuses the edit", () => {
    const b = setUpSample(SNV_CLERK);
    const units = b.fakes.ss.sheet("Đơn vị");
    const before = b.fakes.ss.snapshot()["Đơn vị"].values;
    expect(() => units.getRange("D2").setValue(`${before[1][3]}, ${SNV_CLERK}`)).toThrow(PROTECTED_MESSAGE);
    expect(() => b.fakes.ss.sheet("Cài đặt").getRange("B3").setValue(SNV_CLERK)).toThrow(PROTECTED_MESSAGE);
    expect(() => b.fakes.ss.deleteSheet(b.fakes.ss.sheet("Cài đặt") as never)).toThrow(PROTECTED_MESSAGE);
    expect(b.fakes.ss.snapshot()["Đơn vị"].values).toEqual(before);
    const other = before.findIndex((r) => r[0] === "SGTVT");
    const r = b.call<SubmitResult>("submitFigures", { unitId: "SGTVT", period: "2023-06", values: JUNE, note: "" });
    expect(r.ok).toBe(false);
    expect(other).toBeGreaterThan(0);
  });

  it("protects Đơn vị, Chỉ tiêu, Cài đặt and Xếp hạng for the admins and the owner only, and re-applies it", () => {
    const b = setUpSample();
    const p = b.fakes.ss.sheet("Đơn vị").protections[0];
    p.setWarningOnly(true);
    p.addEditors([CLERK]);
    b.call("setupWorkbook");
    const snap = b.fakes.ss.snapshot();
    for (const name of ["Đơn vị", "Chỉ tiêu", "Cài đặt", "Xếp hạng"]) {
      expect(snap[name].protections).toHaveLength(1);
      expect(snap[name].protections[0]).toMatchObject({ warningOnly: false, domainEdit: false });
      expect(snap[name].protections[0].editors.sort()).toEqual([SAMPLE_ADMIN, OWNER].sort());
    }
  });
});

describe("grid edits of Số liệu", () => {
  function edit(b: Loaded, a1: string, value: unknown, editor: string) {
    const cell = b.fakes.ss.sheet("Số liệu").getRange(a1);
    cell.setValue(value);
    const user = { getEmail: () => editor };
    b.call("onDataEdit", { range: cell, oldValue: "0", value: String(value), source: b.fakes.ss, user });
  }

  it("flags an edit of another unit's row and one by an unknown editor; Kiểm tra and the daily e-mail show them once", () => {
    const b = setUpSample();
    const rows = b.fakes.ss.snapshot()["Số liệu"].values;
    const sgtvt = rows.findIndex((r) => r[0] === "2023-06" && r[1] === "SGTVT") + 1;
    const snv = rows.findIndex((r) => r[0] === "2023-06" && r[1] === "SNV") + 1;
    edit(b, `E${sgtvt}`, 1, SNV_CLERK);
    edit(b, `E${snv}`, 0.9, SNV_CLERK);
    edit(b, `F${snv}`, 0.9, "");
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values;
    expect(audit.slice(1).map((r) => [r[1], r[2], r[4]])).toEqual([
      [SNV_CLERK, "Sửa trực tiếp trên bảng — CẦN XEM LẠI: người sửa không phải cán bộ của đơn vị này", "SGTVT"],
      [SNV_CLERK, "Sửa trực tiếp trên bảng", "SNV"],
      ["(không xác định)", "Sửa trực tiếp trên bảng — CẦN XEM LẠI: không xác định được người sửa", "SNV"],
    ]);
    const message = b.call<string>("checkData");
    expect(message).toContain("Sửa trực tiếp cần xem lại (2;");
    expect(message).toContain(`Số liệu!E${sgtvt} (kỳ 2023-06, đơn vị SGTVT) do ${SNV_CLERK} sửa lúc`);
    expect(message).toContain(`Số liệu!F${snv} (kỳ 2023-06, đơn vị SNV) do (không xác định) sửa lúc`);

    expect(b.call<number>("onDailyCheck")).toBe(2);
    expect(b.fakes.mail.sent).toHaveLength(1);
    expect(b.fakes.mail.sent[0].to).toContain(SAMPLE_ADMIN);
    expect(b.fakes.mail.sent[0].to).toContain(OWNER);
    expect(b.fakes.mail.sent[0].subject).toBe("DX Scorecard: 2 lần sửa trực tiếp cần xem lại");
    expect(b.call<number>("onDailyCheck")).toBe(0);
    expect(b.fakes.mail.sent).toHaveLength(1);
  });

  it("flags an edit of a closed month, even by the unit's own clerk", () => {
    const b = setUpSample();
    expect(b.call<string>("closePeriod", { period: "2023-06", close: true })).toMatch(/06\/2023/);
    const rows = b.fakes.ss.snapshot()["Số liệu"].values;
    const snv = rows.findIndex((r) => r[0] === "2023-06" && r[1] === "SNV") + 1;
    edit(b, `E${snv}`, 1, SNV_CLERK);
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values;
    expect(audit.at(-1)?.slice(1, 5)).toEqual([
      SNV_CLERK,
      "Sửa trực tiếp trên bảng — CẦN XEM LẠI: kỳ đã khóa",
      "2023-06",
      "SNV",
    ]);
    expect(b.call<string>("checkData")).toContain(`Số liệu!E${snv} (kỳ 2023-06, đơn vị SNV) do ${SNV_CLERK} sửa lúc`);
  });

  it("stamps Cập nhật lúc of a row whose figure is typed into the grid, as a sidebar save does", () => {
    const b = setUpSample();
    const rows = b.fakes.ss.snapshot()["Số liệu"].values;
    const stampCol = rows[0].indexOf("Cập nhật lúc");
    const snv = rows.findIndex((r) => r[0] === "2023-06" && r[1] === "SNV") + 1;
    const before = rows[snv - 1][stampCol];
    // Typed on 9 July, 10:00 in Vietnam: the day the row came is now the 9th, late for a due day of 5.
    freezeClock(b.context, "2023-07-09T03:00:00Z");
    edit(b, `E${snv}`, 0.9, SNV_CLERK);
    const after = b.fakes.ss.snapshot()["Số liệu"].values;
    expect(after[snv - 1][stampCol]).toEqual(new Date("2023-07-09T03:00:00Z"));
    expect(after[snv - 1][stampCol]).not.toEqual(before);
    // Other rows keep theirs; the note alone stamps nothing.
    expect(after[snv][stampCol]).toEqual(rows[snv][stampCol]);
    const noteCol = rows[0].indexOf("Ghi chú");
    freezeClock(b.context, "2023-07-20T03:00:00Z");
    edit(b, a1(snv, noteCol + 1), "Đã sửa", SNV_CLERK);
    expect(b.fakes.ss.snapshot()["Số liệu"].values[snv - 1][stampCol]).toEqual(new Date("2023-07-09T03:00:00Z"));
  });

  it("flags a clerk typing Cập nhật lúc by hand (an earlier day would read on time), not an admin", () => {
    const b = setUpSample();
    const rows = b.fakes.ss.snapshot()["Số liệu"].values;
    const stampCol = rows[0].indexOf("Cập nhật lúc");
    const snv = rows.findIndex((r) => r[0] === "2023-06" && r[1] === "SNV") + 1;
    const cell = a1(snv, stampCol + 1);
    edit(b, cell, "01/07/2023 08:00", SNV_CLERK);
    edit(b, cell, "02/07/2023 08:00", SAMPLE_ADMIN);
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values.slice(1);
    expect(audit.map((r) => [r[1], r[2]])).toEqual([
      [
        SNV_CLERK,
        "Sửa trực tiếp trên bảng — CẦN XEM LẠI: sửa tay Cập nhật lúc (thời điểm nộp số liệu, dùng để tính đúng hạn)",
      ],
      [SAMPLE_ADMIN, "Sửa trực tiếp trên bảng"],
    ]);
    // What was typed stays: the flag, not an overwrite, is the answer.
    expect(b.fakes.ss.snapshot()["Số liệu"].values[snv - 1][stampCol]).toBe("02/07/2023 08:00");
    expect(b.call<string>("checkData")).toContain(`Số liệu!${cell} (kỳ 2023-06, đơn vị SNV) do ${SNV_CLERK} sửa lúc`);
  });

  it("flags a clerk renaming a column header, and moving another unit's row to their own", () => {
    const b = setUpSample();
    const rows = b.fakes.ss.snapshot()["Số liệu"].values;
    const sgtvt = rows.findIndex((r) => r[0] === "2023-06" && r[1] === "SGTVT") + 1;
    const data = b.fakes.ss.sheet("Số liệu");
    // Swapping two headers would swap what every figure of both columns means.
    data.getRange("E1").setValue("EMAIL_CV");
    b.call("onDataEdit", {
      range: data.getRange("E1"),
      oldValue: "KY_SO",
      value: "EMAIL_CV",
      source: b.fakes.ss,
      user: { getEmail: () => SNV_CLERK },
    });
    data.getRange("E1").setValue("KY_SO");
    // SGTVT's June row relabelled as Sở Nội vụ's: judged on the row's new unit it would pass.
    data.getRange(`B${sgtvt}`).setValue("SNV");
    b.call("onDataEdit", {
      range: data.getRange(`B${sgtvt}`),
      oldValue: "SGTVT",
      value: "SNV",
      source: b.fakes.ss,
      user: { getEmail: () => SNV_CLERK },
    });
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values.slice(1);
    expect(audit.map((r) => [r[2], r[5], r[6], r[7]])).toEqual([
      [
        "Sửa trực tiếp trên bảng — CẦN XEM LẠI: sửa tiêu đề cột của trang Số liệu (đổi ý nghĩa của cả cột)",
        "Tiêu đề cột",
        "KY_SO",
        "EMAIL_CV",
      ],
      [
        "Sửa trực tiếp trên bảng — CẦN XEM LẠI: sửa Kỳ hoặc Mã đơn vị của một dòng đã có (chuyển số liệu sang kỳ hoặc đơn vị khác)",
        "Mã đơn vị",
        "SGTVT",
        "SNV",
      ],
    ]);
    expect(b.call<string>("checkData")).toContain("Sửa trực tiếp cần xem lại (2;");
  });

  it("flags a large paste over other units' rows even when it starts on the clerk's own", () => {
    const b = setUpSample();
    const rows = b.fakes.ss.snapshot()["Số liệu"].values;
    const own = rows.findIndex((r) => r[0] === "2023-01" && r[1] === "SNV") + 1;
    const data = b.fakes.ss.sheet("Số liệu");
    const paste = data.getRange(own, 5, 100, 6);
    paste.setValues(Array.from({ length: 100 }, () => Array(6).fill(1)));
    b.call("onDataEdit", { range: paste, source: b.fakes.ss, user: { getEmail: () => SNV_CLERK } });
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values.slice(1);
    expect(audit).toHaveLength(1);
    expect(audit[0][2]).toBe("Sửa trực tiếp trên bảng — CẦN XEM LẠI: người sửa không phải cán bộ của đơn vị này");
  });

  it("flags a clerk deleting rows of Số liệu, which no on-edit event reports, but not an admin", () => {
    const b = setUpSample();
    const data = b.fakes.ss.sheet("Số liệu");
    data.activate();
    data.deleteRows(5, 2);
    const removed = (user: string) =>
      b.call("onDataChange", { changeType: "REMOVE_ROW", source: b.fakes.ss, user: { getEmail: () => user } });
    removed(SNV_CLERK);
    removed(SAMPLE_ADMIN);
    // Rows deleted from another sheet are not Số liệu's business.
    b.fakes.ss.sheet("Đơn vị").activate();
    removed(SNV_CLERK);
    const audit = b.fakes.ss.snapshot()["Nhật ký"].values.slice(1);
    expect(audit.map((r) => [r[1], r[2], r[5]])).toEqual([
      [
        SNV_CLERK,
        "Xóa dòng — CẦN XEM LẠI: xóa dòng hoặc cột của trang Số liệu (xem lại trong lịch sử phiên bản)",
        "Số liệu",
      ],
      [SAMPLE_ADMIN, "Xóa dòng", "Số liệu"],
    ]);
    expect(b.call<string>("checkData")).toContain(`Số liệu (kỳ ?, đơn vị ?) do ${SNV_CLERK} sửa lúc`);
    expect(b.fakes.triggers.byHandler("onDataChange")).toHaveLength(1);
  });

  it("does not audit a decoy named Data, and set-up installs the daily check once", () => {
    const b = setUpSample();
    forge(b, "Số liệu", "Data", () => {});
    const cell = b.fakes.ss.sheet("Data").getRange("E2");
    b.call("onDataEdit", {
      range: cell,
      oldValue: "0",
      value: "1",
      source: b.fakes.ss,
      user: { getEmail: () => CLERK },
    });
    expect(Object.keys(b.fakes.ss.snapshot())).toContain("Nhật ký");
    expect(b.fakes.ss.snapshot()["Nhật ký"].values).toHaveLength(1);
    b.call("setupWorkbook");
    expect(b.fakes.triggers.byHandler("onDailyCheck")).toHaveLength(1);
  });
});
