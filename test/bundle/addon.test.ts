import { readFileSync } from "node:fs";
import vm from "node:vm";
import { beforeAll, describe, expect, it } from "vitest";
import { INDICATOR_COLUMNS, UNIT_COLUMNS } from "../../src/workbook/contract";
import { sampleProvince } from "../../src/workbook/sample";
import { bundleCode, loadBundle, loadSample } from "./harness";
import { countsOf, splitAtOverview, valueCalls } from "./overview-calls";

const UNIT_HEADERS = Object.values(UNIT_COLUMNS).map((c) => c.name);

// The machine's zone differs from the spreadsheet's (Asia/Ho_Chi_Minh): periods must follow the sheet.
process.env.TZ = "America/Los_Angeles";

const PUBLIC = [
  "applyImport",
  "checkData",
  "closePeriod",
  "draftLetter",
  "draftReport",
  "getEntryForm",
  "getImportHeaders",
  "getImportSetup",
  "getReviewQueue",
  "onDailyCheck",
  "onDataChange",
  "onDataEdit",
  "onInstall",
  "onOpen",
  "onScheduledSummary",
  "openEntrySidebar",
  "openImportDialog",
  "openReviewSidebar",
  "previewImport",
  "rankUnits",
  "scheduleSummaries",
  "sendSummaryNow",
  "setupWorkbook",
  "submitFigures",
  "submitReview",
];

describe("the bundle", () => {
  beforeAll(() => {
    bundleCode();
  });

  it("declares exactly the public functions at top level and touches no service when loaded", () => {
    const context = vm.createContext({});
    vm.runInContext(bundleCode(), context);
    const globals = Object.keys(context).filter((k) => typeof (context as Record<string, unknown>)[k] === "function");
    expect(globals.sort()).toEqual(PUBLIC);
    for (const name of PUBLIC) expect(bundleCode()).toMatch(new RegExp(`^function ${name}\\(`, "m"));
    expect(bundleCode()).not.toMatch(/^\s*(import|export)\s/m);
  });
});

describe("onOpen", () => {
  it("builds the Vietnamese menu in AuthMode.NONE and touches nothing else", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes);
    call("onOpen", { authMode: "NONE" });
    expect(fakes.ui.menus).toHaveLength(1);
    expect(fakes.ui.menus[0].title).toBe("DX Scorecard");
    expect(fakes.ui.menus[0].captions()).toEqual([
      "Nhập số liệu",
      "Kiểm tra số liệu",
      "Nhập từ tệp xuất",
      "Xếp hạng đơn vị",
      "Soạn công văn",
      "Soạn báo cáo",
      "Thẩm định",
      "Khóa kỳ",
      "---",
      "Gửi tổng hợp",
      "Lịch gửi tự động",
      "---",
      "Thiết lập bảng tính",
    ]);
    expect(
      fakes.calls.list().filter((c) => /^(Spreadsheet\.|Sheet\.|Range\.|Session\.|PropertiesService\.)/.test(c)),
    ).toEqual([]);
    expect(fakes.calls.count("SpreadsheetApp.getActiveSpreadsheet")).toBe(0);
  });

  it("builds the menu in the settings language in AuthMode.FULL", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes, (s) => {
      s.settings[8][1] = "en";
    });
    call("onOpen", { authMode: "FULL" });
    expect(fakes.ui.menus[0].captions()).toEqual([
      "Enter figures",
      "Check data",
      "Import from an export",
      "Rank units",
      "Draft letter",
      "Draft report",
      "Review",
      "Close period",
      "---",
      "Send summary",
      "Automatic e-mail schedule",
      "---",
      "Set up workbook",
    ]);
  });
});

describe("setupWorkbook", () => {
  it("creates the contract's sheets, offers the sample, and changes nothing the second time", () => {
    const { fakes, call } = loadBundle({ sheetNames: ["Sheet1"] });
    fakes.ui.queueAlert("YES");
    const first = call<string>("setupWorkbook");
    expect(first).toMatch(/tạo 7 trang/);
    expect(first).toMatch(/Đã nạp dữ liệu mẫu/);
    const snap = fakes.ss.snapshot();
    expect(Object.keys(snap)).toEqual([
      "Sheet1",
      "Đơn vị",
      "Chỉ tiêu",
      "Số liệu",
      "Thẩm định",
      "Xếp hạng",
      "Nhật ký",
      "Cài đặt",
    ]);
    // The sample's own columns first, then whatever the contract has that the sample lacks.
    const sampleUnits = sampleProvince().units[0];
    expect(snap["Đơn vị"].values[0].slice(0, sampleUnits.length)).toEqual(sampleUnits);
    expect([...snap["Đơn vị"].values[0]].sort()).toEqual([...UNIT_HEADERS].sort());
    expect(snap["Đơn vị"].values).toHaveLength(34);
    expect(snap["Cài đặt"].values[1]).toEqual([
      "Email Ban Chỉ đạo",
      "bancdcds@binhphuoc.example; vanphong.ubnd@binhphuoc.example",
    ]);
    expect(snap["Nhật ký"].values[0]).toEqual([
      "Thời điểm",
      "Người thực hiện",
      "Hành động",
      "Kỳ",
      "Mã đơn vị",
      "Chỉ tiêu",
      "Giá trị cũ",
      "Giá trị mới",
      "Mã kiểm tra",
    ]);
    // Drop-downs, percent formats, frozen headers; real protection where no clerk's code writes.
    const typeColumn = snap["Chỉ tiêu"].values[0].indexOf(INDICATOR_COLUMNS.type.name);
    expect(snap["Chỉ tiêu"].validations[1][typeColumn]?.values[0]).toEqual([
      "tỷ lệ",
      "số lượng",
      "có/không",
      "lựa chọn",
      "tỷ số",
    ]);
    expect(snap["Số liệu"].numberFormats[1][4]).toBe("0.00%");
    expect(snap["Số liệu"].validations[1][2]?.values[0]).toEqual(["có", "không"]);
    expect(snap["Số liệu"].frozenRows).toBe(1);
    for (const name of ["Đơn vị", "Chỉ tiêu", "Cài đặt", "Xếp hạng"]) {
      expect(snap[name].protections.map((p) => [p.warningOnly, p.domainEdit, p.editors])).toEqual([
        [false, false, ["cds@binhphuoc.example", "owner@example.gov.vn"]],
      ]);
    }
    expect(snap["Nhật ký"].protections.map((p) => p.warningOnly)).toEqual([true]);
    // Thẩm định (design §8, §10): the sample's evidence; the office's columns (E:J, whole columns) protected
    // as a range for the admins and the owner; the clerks' evidence columns (A:D) open to the sidebar's save.
    expect(snap["Thẩm định"].values).toHaveLength(sampleProvince().review!.length);
    expect(snap["Thẩm định"].frozenRows).toBe(1);
    expect(snap["Thẩm định"].validations[1][5]?.values[0]).toEqual([
      "chờ thẩm định",
      "đạt",
      "điều chỉnh",
      "cần bổ sung",
    ]);
    expect(snap["Thẩm định"].protections.map((p) => [p.type, p.range, p.warningOnly, p.domainEdit, p.editors])).toEqual(
      [["RANGE", "E1:J1000", false, false, ["cds@binhphuoc.example", "owner@example.gov.vn"]]],
    );
    const evidenceColumn = snap["Chỉ tiêu"].values[0].indexOf(INDICATOR_COLUMNS.evidence.name);
    expect(snap["Chỉ tiêu"].validations[1][evidenceColumn]?.values[0]).toEqual(["bắt buộc"]);
    expect(snap["Cài đặt"].values.find((r) => r[0] === "Email quản trị")).toEqual([
      "Email quản trị",
      "cds@binhphuoc.example",
    ]);

    const second = call<string>("setupWorkbook");
    expect(second).toBe("Bảng tính đã đủ các trang và cột; không có gì cần thay đổi.");
    expect(fakes.ss.snapshot()).toEqual(snap);
    expect(fakes.ui.alerts).toHaveLength(1);
    // The grid-edit audit trigger is installed once, never duplicated.
    expect(fakes.triggers.byHandler("onDataEdit")).toHaveLength(1);
    expect(fakes.triggers.byHandler("onDataEdit")[0].getEventType()).toBe("ON_EDIT");
  });

  it("adds missing columns to an existing sheet without touching its rows", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes, (s) => {
      s.units = s.units.map((r) => r.slice(0, 3));
    });
    const before = fakes.ss.snapshot()["Đơn vị"].values;
    expect(call<string>("setupWorkbook")).toMatch(/thêm \d+ cột/);
    const after = fakes.ss.snapshot()["Đơn vị"].values;
    const kept = before[0] as string[];
    expect(after[0]).toEqual([...kept, ...UNIT_HEADERS.filter((h) => !kept.includes(h))]);
    expect(after.slice(1).map((r) => r.slice(0, 3))).toEqual(before.slice(1));
    expect(fakes.ui.alerts).toHaveLength(0);
  });
});

describe("rankUnits", () => {
  it("writes the June 2023 ranking with colours and a chart per group, in a bounded number of calls", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes);
    const message = call<string>("rankUnits", "2023-06");
    expect(message).toBe("Đã xếp hạng tháng 06/2023: 33 đơn vị; 21 đơn vị có chỉ tiêu yếu kém; 1 đơn vị chưa báo cáo.");
    const sheet = fakes.ss.snapshot()["Xếp hạng"];
    const v = sheet.values;
    expect(v[0][0]).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
    expect(v[1][0]).toBe("Kỳ đánh giá: tháng 06/2023");
    const headerRow = v.findIndex((r) => r[0] === "Hạng");
    expect(v[headerRow].slice(0, 8)).toEqual([
      "Hạng",
      "Mã đơn vị",
      "Tên đơn vị",
      "Điểm",
      "%",
      "Xếp loại",
      "Hạng kỳ trước",
      "Thay đổi",
    ]);
    expect(v[headerRow].at(-1)).toBe("Ghi chú");
    const row = (id: string) => v.findIndex((r) => r[1] === id);
    expect(v[row("SKHCN")].slice(0, 3)).toEqual([1, "SKHCN", "Sở Khoa học và Công nghệ"]);
    expect(sheet.backgrounds[row("SKHCN")][0]).toBe("#d9ead3");
    expect(sheet.backgrounds[row("BDT")][0]).toBe("#e0e0e0");
    expect(v[row("BDT")].at(-1)).toBe("Chưa báo cáo");
    const kySo = v[headerRow].indexOf("Tỷ lệ văn bản điện tử được ký số (15; ngưỡng 50%)");
    expect(sheet.backgrounds[row("SGTVT")][kySo]).toBe("#f4c7c3");
    // The unit's figure with its points, as the CLI's file shows it; the note counts the laggard cells.
    expect(v[row("SGTVT")][kySo]).toBe("0% · 0");
    expect(v[row("DONGPHU")][kySo]).toMatch(/^24,39% · /);
    expect(v[row("SGTVT")].at(-1)).toBe("2 chỉ tiêu yếu kém");
    expect(sheet.numberFormats[row("SKHCN")][4]).toBe("0.00%");
    expect(sheet.frozenRows).toBe(headerRow + 1);
    expect(sheet.charts).toHaveLength(2);
    expect(fakes.ss.toasts.map((t) => t.message)).toEqual(["Đang xếp hạng tháng 06/2023…", message]);
    // The five input sheets read; values, colours, formats, weights, font family and font sizes
    // written — then the same six writes for Tổng quan (test/bundle/overview.test.ts).
    const { ranking, overview } = splitAtOverview(fakes.calls);
    expect(valueCalls(ranking)).toHaveLength(11);
    expect(valueCalls(ranking).length).toBeLessThanOrEqual(12);
    expect(valueCalls(overview)).toHaveLength(6);
    // One per input sheet: Đơn vị, Chỉ tiêu, Số liệu, Cài đặt and Thẩm định.
    expect(fakes.calls.count("Range.getValues")).toBe(5);
  });

  it("writes the ranking to print: fonts named, the title's row tall, the charts below the table, the sheet shown", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes);
    call("rankUnits", "2023-06");
    const ranking = fakes.ss.sheet("Xếp hạng");
    const sheet = ranking.snapshot();
    const v = sheet.values;
    // Every cell of the table in Arial 10, the title in 14 pt bold in a row of 32 px (24 pt).
    for (const [r, c] of [
      [1, 1],
      [2, 1],
      [v.length, v[0].length],
    ])
      expect(ranking.cells.get(r, c).fontFamily).toBe("Arial");
    expect(ranking.cells.get(1, 1)).toMatchObject({ fontSize: 14, fontWeight: "bold" });
    expect(ranking.cells.get(2, 1).fontSize).toBe(10);
    expect(sheet.rowHeights).toEqual({ 1: 32 });
    const { ranking: rankingCalls } = splitAtOverview(fakes.calls);
    expect(countsOf(rankingCalls)["Range.setFontFamily"]).toBe(1);
    expect(countsOf(rankingCalls)["Range.setFontSizes"]).toBe(1);
    // The unit names wrap rather than widen the page; the indicator cells are aligned right.
    const headerRow = v.findIndex((r) => r[0] === "Hạng") + 1;
    expect(ranking.cells.get(headerRow + 2, 3).wrap).toBe(true);
    const kySo = (v[headerRow - 1] as unknown[]).indexOf("Tỷ lệ văn bản điện tử được ký số (15; ngưỡng 50%)") + 1;
    expect(ranking.cells.get(headerRow + 2, kySo).horizontalAlignment).toBe("right");
    // The charts stand below the table, side by side, not to its right where they would widen the printed page.
    const [first, second] = sheet.charts;
    expect(first.position.row).toBeGreaterThan(v.length);
    expect(first.position.column).toBe(1);
    expect(second.position.row).toBe(first.position.row);
    expect(second.position.column).toBeLessThanOrEqual(v[0].length);
    // The ranking is the sheet shown when it is done.
    expect(fakes.ss.active?.name).toBe("Xếp hạng");
  });

  it("asks for the period when run from the menu, defaulting to the last complete month", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes);
    fakes.ui.queuePrompt("2023-Q2", "OK");
    expect(call<string>("rankUnits")).toMatch(/^Đã xếp hạng quý II\/2023/);
    expect(fakes.ui.prompts[0].prompt).toMatch(/Để trống để xếp hạng tháng \d{2}\/\d{4}/);
  });

  it("writes nothing and lists the cells when the data is invalid; the previous ranking stays", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes, (s) => {
      s.data[5][4] = "124%";
    });
    fakes.ss.loadGrid("Xếp hạng", [["bảng cũ"]]);
    const before = fakes.ss.snapshot()["Xếp hạng"];
    fakes.calls.reset();
    const message = call<string>("rankUnits", "2023-06");
    expect(message).toMatch(/^Bảng tính có 1 lỗi nên chưa ghi gì/);
    expect(message).toContain("Số liệu!E6: tỷ lệ 124% vượt quá 100%.");
    expect(fakes.ui.alerts[0].title).toBe("Chưa thể xếp hạng");
    expect(fakes.ss.snapshot()["Xếp hạng"]).toEqual(before);
    expect(fakes.calls.list().filter((c) => /^Range\.set|clear/.test(c))).toEqual([]);
  });

  it("reads 1.24 in a cell formatted as % as 124 %, above 100 %", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes, (s) => {
      s.data[5][4] = 1.24;
    });
    fakes.ss.sheet("Số liệu").getRange("E6").setNumberFormat("0.00%");
    fakes.calls.reset();
    expect(call<string>("rankUnits", "2023-06")).toContain("Số liệu!E6: tỷ lệ 124% vượt quá 100%.");
    expect(fakes.calls.count("Range.getNumberFormats")).toBe(1);
  });

  it("refuses a user who is not in Email quản trị", () => {
    const { fakes, call } = loadBundle({ activeUser: "vanthu.sgtvt@binhphuoc.example" });
    loadSample(fakes, (s) => {
      s.settings[2][1] = "cds@binhphuoc.example";
    });
    expect(call<string>("rankUnits", "2023-06")).toMatch(
      /^Tài khoản vanthu\.sgtvt@binhphuoc\.example không có quyền xếp hạng đơn vị/,
    );
    expect(Object.keys(fakes.ss.snapshot())).not.toContain("Xếp hạng");
  });

  it("writes a unit name that looks like a formula as text", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes, (s) => {
      // A leading apostrophe makes Sheets keep the text; getValues returns it without the apostrophe.
      s.units[1][1] = '\'=IMPORTXML("http://x")';
    });
    call("rankUnits", "2023-06");
    const sheet = fakes.ss.snapshot()["Xếp hạng"];
    expect(sheet.formulas.flat().filter((f) => f !== "")).toEqual([]);
    expect(sheet.values.flat()).toContain('=IMPORTXML("http://x")');
  });

  it("reads a period typed as a date in the spreadsheet's time zone", () => {
    const { fakes, call, context } = loadBundle();
    const Ctx = vm.runInContext("Date", context) as DateConstructor;
    loadSample(fakes, (s) => {
      for (const r of s.data.slice(1)) if (r[0] === "2023-06") r[0] = new Ctx(Date.UTC(2023, 4, 31, 17, 0));
    });
    expect(call<string>("rankUnits", "2023-06")).toMatch(
      /33 đơn vị; 21 đơn vị có chỉ tiêu yếu kém; 1 đơn vị chưa báo cáo/,
    );
  });
});

describe("checkData", () => {
  it("marks invalid cells with a note, clears its old marks, keeps other colours", () => {
    const { fakes, call } = loadBundle();
    let unitOfRow8 = "";
    loadSample(fakes, (s) => {
      s.data[5][4] = "124%";
      unitOfRow8 = String(s.data[7][1]);
      s.data[7][1] = "KHONG_CO";
    });
    const data = fakes.ss.sheet("Số liệu");
    data.getRange("A10").setBackground("#ffff00");
    expect(call<string>("checkData")).toMatch(/^Phát hiện 2 lỗi/);
    let snap = fakes.ss.snapshot()["Số liệu"];
    expect(snap.backgrounds[5][4]).toBe("#f9cb9c");
    expect(snap.notes[5][4]).toBe("DX Scorecard: Tỷ lệ 124% vượt quá 100%. Vui lòng nhập giá trị từ 0 đến 100%.");
    expect(snap.notes[7][1]).toMatch(/^DX Scorecard: Mã đơn vị “KHONG_CO” không có trong trang Đơn vị/);

    data.getRange("E6").setValue(0.5);
    data.getRange("B8").setValue(unitOfRow8);
    expect(call<string>("checkData")).toMatch(/^Không phát hiện lỗi/);
    snap = fakes.ss.snapshot()["Số liệu"];
    expect(snap.notes.flat().filter((n) => n !== "")).toEqual([]);
    expect(snap.backgrounds[5][4]).not.toBe("#f9cb9c");
    expect(snap.backgrounds[9][0]).toBe("#ffff00");
  });
});

describe("onDataEdit", () => {
  it("audits a figure typed into Số liệu with who, when, period, unit, indicator, old and new value", () => {
    const { fakes, call } = loadBundle({ activeUser: "vanthu.snv@binhphuoc.example" });
    loadSample(fakes);
    const data = fakes.ss.sheet("Số liệu");
    const cell = data.getRange("E3");
    cell.setValue(0.61);
    const user = { getEmail: () => "vanthu.snv@binhphuoc.example" };
    call("onDataEdit", { range: cell, oldValue: "0.58", value: "0.61", source: fakes.ss, authMode: "FULL", user });
    const audit = fakes.ss.snapshot()["Nhật ký"].values;
    expect(audit[0][0]).toBe("Thời điểm");
    expect(audit[1].slice(1, 8)).toEqual([
      "vanthu.snv@binhphuoc.example",
      "Sửa trực tiếp trên bảng",
      "2023-01",
      "SNV",
      "KY_SO",
      "0.58",
      "0.61",
    ]);
    expect(Object.prototype.toString.call(audit[1][0])).toBe("[object Date]");
  });

  it("ignores edits of other sheets", () => {
    const { fakes, call } = loadBundle();
    loadSample(fakes);
    call("onDataEdit", { range: fakes.ss.sheet("Đơn vị").getRange("B2"), oldValue: "a", value: "b", source: fakes.ss });
    expect(Object.keys(fakes.ss.snapshot())).not.toContain("Nhật ký");
  });
});

describe("openEntrySidebar", () => {
  it("shows the built sidebar with its title in the settings language", () => {
    const html = readFileSync(new URL("../../dist/Sidebar.html", import.meta.url), "utf8");
    const { fakes, call } = loadBundle({ htmlFiles: { Sidebar: html } });
    loadSample(fakes);
    call("openEntrySidebar");
    expect(fakes.ui.sidebars).toHaveLength(1);
    expect(fakes.ui.sidebars[0].title).toBe("Nhập số liệu chuyển đổi số");
    expect(fakes.ui.sidebars[0].content).toBe(html);
  });
});
