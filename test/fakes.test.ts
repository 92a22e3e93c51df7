// The fakes of the Apps Script services behave like the real ones where the product relies on it.

import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { createFakeServices, LOCK_TIMEOUT_MESSAGE, QUOTA_MESSAGE, SERVICE_FAILED_MESSAGE } from "./fakes";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(options?: Parameters<typeof createFakeServices>[0]) {
  const fakes = createFakeServices(options);
  const SpreadsheetApp = fakes.globals.SpreadsheetApp;
  return { fakes, SpreadsheetApp, ss: SpreadsheetApp.getActiveSpreadsheet() };
}

function newSheet(name = "Số liệu"): { fakes: ReturnType<typeof createFakeServices>; sheet: Sheet } {
  const { fakes, ss } = setup();
  return { fakes, sheet: ss.insertSheet(name) };
}

describe("Sheet and Range", () => {
  it("reads '' for empty cells and reports 0 as the last row and column of an empty sheet", () => {
    const { sheet } = newSheet();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getRange(1, 1, 2, 3).getValues()).toEqual([
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
  });

  it("returns numbers, booleans and text as written, and grows the sheet on a write past its edge", () => {
    const { sheet } = newSheet();
    sheet.getRange(2, 2, 1, 3).setValues([[0.2439, true, "Sở Tư pháp"]]);
    expect(sheet.getLastRow()).toBe(2);
    expect(sheet.getLastColumn()).toBe(4);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["", "", "", ""],
      ["", 0.2439, true, "Sở Tư pháp"],
    ]);
    sheet.getRange(1500, 30).setValue(7);
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastRow()).toBe(1500);
    expect(sheet.getRange("AD1500").getValue()).toBe(7);
  });

  it("refuses data of the wrong size with the real messages", () => {
    const { sheet } = newSheet();
    expect(() =>
      sheet.getRange(1, 1, 3, 2).setValues([
        [1, 2],
        [3, 4],
      ]),
    ).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 2 but the range has 3.",
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1, 2, 3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setBackgrounds([["#ff0000"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it("refuses out-of-range and zero-size coordinates with the real messages", () => {
    const { sheet } = newSheet();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow("The number of columns in the range must be at least 1.");
    expect(() => sheet.getRange("not a range")).toThrow("Range not found");
  });

  it("throws for a range past the grid only when strict bounds are on, as the real Sheets does", () => {
    const { fakes, sheet } = newSheet();
    expect(() => sheet.getRange(1, 27)).not.toThrow();
    fakes.ss.strictBounds = true;
    expect(() => sheet.getRange(1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });

  it("turns text starting with = (or a non-numeric + / -) into a formula, and keeps text after an apostrophe", () => {
    const { fakes, sheet } = newSheet();
    sheet.getRange(1, 1, 1, 5).setValues([['=HYPERLINK("x")', "'=1+1", "-abc", "-5", "Bình thường"]]);
    expect(sheet.getRange(1, 1, 1, 5).getFormulas()).toEqual([['=HYPERLINK("x")', "", "=-abc", "", ""]]);
    expect(sheet.getRange(1, 1, 1, 5).getValues()).toEqual([["#NAME?", "=1+1", "#NAME?", "-5", "Bình thường"]]);
    const formulas = fakes.ss.snapshot()["Số liệu"].formulas.flat();
    expect(formulas.filter((f) => f !== "")).toHaveLength(2);
    sheet.getRange("A2").setValue("-12,5");
    expect(sheet.getRange("A2").getFormula()).toBe("");
  });

  it("reads whole-column and open-ended A1 ranges", () => {
    const { sheet } = newSheet();
    expect(sheet.getRange("B:C").getA1Notation()).toBe("B1:C1000");
    expect(sheet.getRange("A2:C").getNumRows()).toBe(999);
    expect(sheet.getRange("2:3").getNumColumns()).toBe(26);
  });

  it("hands out Dates made by the code's own Date constructor and accepts Dates from any realm", () => {
    const { fakes, sheet } = newSheet();
    const context = vm.createContext({});
    const ContextDate = vm.runInContext("Date", context) as DateConstructor;
    fakes.setDateCtor(ContextDate);
    const foreign = vm.runInContext("new Date(Date.UTC(2023, 5, 1, 3))", context) as Date;
    expect(foreign instanceof Date).toBe(false);
    sheet.getRange(1, 1, 1, 2).setValues([[foreign, new Date(Date.UTC(2023, 6, 1))]]);
    const [[a, b]] = sheet.getRange(1, 1, 1, 2).getValues() as Date[][];
    expect(a instanceof ContextDate).toBe(true);
    expect(b instanceof ContextDate).toBe(true);
    expect(a.getTime()).toBe(Date.UTC(2023, 5, 1, 3));
    expect(b.getTime()).toBe(Date.UTC(2023, 6, 1));
  });

  it("interprets typed text like Sheets only when asked to", () => {
    const { fakes, sheet } = newSheet();
    sheet.getRange(1, 1, 1, 3).setValues([["2023-06", "24.39%", "12"]]);
    expect(sheet.getRange(1, 1, 1, 3).getValues()).toEqual([["2023-06", "24.39%", "12"]]);
    fakes.ss.parseTypedText = true;
    sheet.getRange(2, 1, 1, 3).setValues([["2023-06", "24.39%", "12"]]);
    const [[month, pct, n]] = sheet.getRange(2, 1, 1, 3).getValues();
    // Midnight of 1 June 2023 in Hanoi is 17:00 UTC on 31 May.
    expect((month as Date).toISOString()).toBe("2023-05-31T17:00:00.000Z");
    expect(pct).toBeCloseTo(0.2439, 10);
    expect(n).toBe(12);
    expect(sheet.getRange(2, 2).getNumberFormat()).toBe("0.00%");
    expect(sheet.getRange(2, 1, 1, 2).getDisplayValues()).toEqual([["2023-06-01", "24.39%"]]);
  });

  it("keeps backgrounds, number formats, notes, font weights and colours per cell", () => {
    const { fakes, sheet } = newSheet();
    const range = sheet.getRange("A1:B2");
    range.setBackgrounds([
      ["#F4CCCC", null],
      ["#d9d9d9", "red"],
    ]);
    range.setNumberFormats([
      ["0.00%", "@"],
      ["0", "yyyy-mm-dd"],
    ]);
    range.setNotes([
      ["Dưới ngưỡng", null],
      ["", "Chưa báo cáo"],
    ]);
    sheet.getRange("A1:B1").setFontWeight("bold").setFontColor("#FFFFFF");
    expect(range.getBackgrounds()).toEqual([
      ["#f4cccc", "#ffffff"],
      ["#d9d9d9", "#ff0000"],
    ]);
    const snap = fakes.ss.snapshot()["Số liệu"];
    expect(snap.numberFormats).toEqual([
      ["0.00%", "@"],
      ["0", "yyyy-mm-dd"],
    ]);
    expect(snap.notes).toEqual([
      ["Dưới ngưỡng", ""],
      ["", "Chưa báo cáo"],
    ]);
    expect(snap.fontWeights).toEqual([
      ["bold", "bold"],
      ["normal", "normal"],
    ]);
    expect(snap.fontColors[0]).toEqual(["#ffffff", "#ffffff"]);
    expect(snap.values).toEqual([]);
    range.clearFormat();
    expect(range.getBackgrounds()).toEqual([
      ["#ffffff", "#ffffff"],
      ["#ffffff", "#ffffff"],
    ]);
    expect(range.getNotes()[1][1]).toBe("Chưa báo cáo");
  });

  it("appends after the last row with content, and inserts and deletes rows", () => {
    const { sheet } = newSheet();
    sheet.appendRow(["Kỳ", "Mã đơn vị"]);
    sheet.appendRow(["2023-06", "STP"]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getRange("A4:B4").getValues()).toEqual([["2023-06", "STP"]]);
    expect(sheet.getMaxRows()).toBe(1002);
    sheet.deleteRows(2, 2);
    expect(sheet.getDataRange().getValues()).toEqual([
      ["Kỳ", "Mã đơn vị"],
      ["2023-06", "STP"],
    ]);
    expect(() => sheet.deleteRows(1, 5000)).toThrow("Those rows are out of bounds.");
  });

  it("finds sheets and ranges by name and refuses a duplicate sheet name with the real message", () => {
    const { fakes, ss } = setup();
    const data = ss.insertSheet("Số liệu", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Số liệu", "Sheet1"]);
    expect(ss.getActiveSheet().getName()).toBe("Số liệu");
    expect(() => ss.insertSheet("Số liệu")).toThrow(
      'A sheet with the name "Số liệu" already exists. Please enter another name.',
    );
    data.getRange("B2").setValue("x");
    expect(ss.getRange("'Số liệu'!B2").getValue()).toBe("x");
    expect(ss.getRange("Số liệu!A1:B2").getA1Notation()).toBe("A1:B2");
    expect(ss.getSheetByName("Missing")).toBeNull();
    expect(ss.getSheetByName("Số liệu")?.getSheetId()).toBe(data.getSheetId());
    expect(fakes.ss.sheet("Sheet1").getSheetId()).toBe(0);
    ss.deleteSheet(ss.getSheetByName("Sheet1")!);
    expect(() => ss.deleteSheet(data)).toThrow("You can't remove all the sheets in a document.");
  });

  it("loads a test grid and snapshots it as plain data", () => {
    const { fakes, ss } = setup();
    fakes.ss.loadGrid("Đơn vị", [
      ["Mã đơn vị", "Tên đơn vị", "Theo dõi"],
      ["STP", "Sở Tư pháp", true],
      ["SYT", "Sở Y tế"],
    ]);
    expect(ss.getSheetByName("Đơn vị")?.getDataRange().getValues()).toEqual([
      ["Mã đơn vị", "Tên đơn vị", "Theo dõi"],
      ["STP", "Sở Tư pháp", true],
      ["SYT", "Sở Y tế", ""],
    ]);
    expect(fakes.ss.snapshot()["Đơn vị"].values[2]).toEqual(["SYT", "Sở Y tế", ""]);
  });

  it("builds data validations and keeps them per cell", () => {
    const { fakes, SpreadsheetApp, ss } = setup();
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList(["có", "không"], true)
      .setAllowInvalid(false)
      .setHelpText("Chọn có hoặc không")
      .build();
    ss.getActiveSheet().getRange("C2:C3").setDataValidation(rule);
    const got = ss.getActiveSheet().getRange("C2").getDataValidation();
    expect(String(got?.getCriteriaType())).toBe("VALUE_IN_LIST");
    expect(got?.getCriteriaValues()).toEqual([["có", "không"], true]);
    expect(got?.getAllowInvalid()).toBe(false);
    expect(String(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST)).toBe("VALUE_IN_LIST");
    expect(fakes.ss.snapshot().Sheet1.validations[2][2]).toEqual({
      criteria: "VALUE_IN_LIST",
      values: [["có", "không"], true],
      allowInvalid: false,
      helpText: "Chọn có hoặc không",
    });
  });

  it("protects sheets with a description and warning-only mode", () => {
    const { fakes, ss } = setup({ activeUser: "admin@stp.gov.vn" });
    const sheet = ss.getActiveSheet();
    sheet.protect().setDescription("Do DX Scorecard ghi").setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe("Do DX Scorecard ghi");
    const type = fakes.globals.SpreadsheetApp.ProtectionType
      .SHEET as unknown as GoogleAppsScript.Spreadsheet.ProtectionType;
    expect(sheet.getProtections(type)).toHaveLength(1);
    expect(fakes.ss.snapshot().Sheet1.protections).toEqual([
      {
        type: "SHEET",
        range: "A1:Z1000",
        description: "Do DX Scorecard ghi",
        warningOnly: true,
        // The protector, then everyone who could edit the file (here its owner).
        editors: ["admin@stp.gov.vn", "owner@example.gov.vn"],
        domainEdit: true,
      },
    ]);
    sheet.getProtections(type)[0].remove();
    expect(fakes.ss.snapshot().Sheet1.protections).toEqual([]);
  });

  it("inserts, modifies and removes embedded charts", () => {
    const { fakes, ss } = setup();
    const sheet = ss.getActiveSheet();
    const bar = fakes.globals.Charts.ChartType.BAR as unknown as GoogleAppsScript.Charts.ChartType;
    const chart = sheet
      .newChart()
      .setChartType(bar)
      .addRange(sheet.getRange("B1:C10"))
      .setPosition(2, 6, 0, 0)
      .setOption("title", "Xếp hạng")
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted.getChartId()).not.toBeNull();
    sheet.updateChart(inserted.modify().setOption("title", "Xếp hạng quý 2").build());
    expect(fakes.ss.snapshot().Sheet1.charts).toEqual([
      {
        id: inserted.getChartId(),
        type: "BAR",
        ranges: ["Sheet1!B1:C10"],
        options: { title: "Xếp hạng quý 2" },
        position: { row: 2, column: 6, offsetX: 0, offsetY: 0 },
      },
    ]);
    sheet.removeChart(sheet.getCharts()[0]);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it("records toasts and frozen rows", () => {
    const { fakes, ss } = setup();
    ss.toast("Đang xếp hạng…", "DX Scorecard");
    ss.getActiveSheet().setFrozenRows(1);
    expect(fakes.ss.toasts).toEqual([{ message: "Đang xếp hạng…", title: "DX Scorecard", timeoutSeconds: null }]);
    expect(ss.getActiveSheet().getFrozenRows()).toBe(1);
  });
});

describe("call counting", () => {
  it("counts each service call by interface and method, so tests can assert one read per sheet", () => {
    const { fakes } = setup();
    fakes.ss.loadGrid("Số liệu", [["Kỳ"], ["2023-06"]]);
    fakes.calls.reset();
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Số liệu")!;
    sheet.getDataRange().getValues();
    sheet.getRange(1, 1, 2, 1).setBackgrounds([["#ffffff"], ["#f4cccc"]]);
    expect(fakes.calls.count("Range.getValues")).toBe(1);
    expect(fakes.calls.count()).toBe(6);
    expect(fakes.calls.list()).toEqual([
      "SpreadsheetApp.getActiveSpreadsheet",
      "Spreadsheet.getSheetByName",
      "Sheet.getDataRange",
      "Range.getValues",
      "Sheet.getRange",
      "Range.setBackgrounds",
    ]);
    expect(fakes.calls.byName()["Sheet.getRange"]).toBe(1);
    expect(fakes.calls.countMatching(/^Range\.set/)).toBe(1);
    fakes.calls.reset();
    expect(fakes.calls.count()).toBe(0);
  });

  it("injects a fault: the chosen call throws Apps Script's service error once and changes nothing", () => {
    const { fakes } = setup();
    fakes.ss.loadGrid("Số liệu", [["Kỳ"], ["2023-06"]]);
    const sheet = fakes.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Số liệu")!;
    fakes.calls.injectFault({ method: "Range.setValues", at: 2 });
    sheet.getRange(2, 1).setValues([["2023-07"]]);
    expect(() => sheet.getRange(2, 1).setValues([["2023-08"]])).toThrow(SERVICE_FAILED_MESSAGE);
    expect(fakes.calls.faultPending()).toBe(false);
    expect(sheet.getRange(2, 1).getValue()).toBe("2023-07");
    sheet.getRange(2, 1).setValues([["2023-09"]]);
    expect(sheet.getRange(2, 1).getValue()).toBe("2023-09");
    fakes.calls.injectFault({ at: 1 });
    expect(() => sheet.getLastRow()).toThrow(/Service Spreadsheets failed/);
  });

  it("does not count test helpers such as snapshot and loadGrid", () => {
    const { fakes } = setup();
    fakes.calls.reset();
    fakes.ss.loadGrid("X", [[1]]);
    fakes.ss.snapshot();
    expect(fakes.calls.count()).toBe(0);
  });
});

describe("LockService", () => {
  it("grants the lock and releases it", () => {
    const { fakes } = setup();
    const lock = fakes.globals.LockService.getDocumentLock();
    lock.waitLock(30_000);
    expect(lock.hasLock()).toBe(true);
    expect(fakes.lock.isHeld()).toBe(true);
    lock.releaseLock();
    expect(fakes.lock.isHeld()).toBe(false);
  });

  it("times out with the real message while another execution holds the lock", () => {
    const { fakes } = setup();
    fakes.lock.simulateContention(2);
    const lock = fakes.globals.LockService.getDocumentLock();
    expect(() => lock.waitLock(10_000)).toThrow(LOCK_TIMEOUT_MESSAGE);
    expect(LOCK_TIMEOUT_MESSAGE).toBe("Lock timeout: another process was holding the lock for too long.");
    expect(lock.tryLock(10)).toBe(false);
    expect(lock.tryLock(10)).toBe(true);
    expect(fakes.lock.attempts.map((a) => a.acquired)).toEqual([false, false, true]);
  });
});

describe("PropertiesService", () => {
  it("stores strings only", () => {
    const { fakes } = setup();
    const props = fakes.globals.PropertiesService.getScriptProperties();
    props.setProperty("sent:2023-06", 3 as unknown as string);
    expect(props.getProperty("sent:2023-06")).toBe("3");
    expect(props.getProperty("missing")).toBeNull();
    props.setProperties({ a: "1", b: "2" });
    expect(props.getKeys().sort()).toEqual(["a", "b", "sent:2023-06"]);
    props.deleteProperty("a");
    expect(props.getProperties()).toEqual({ b: "2", "sent:2023-06": "3" });
  });

  it("refuses a value above 9 KB and a store above 500 KB", () => {
    const { fakes } = setup();
    const props = fakes.globals.PropertiesService.getDocumentProperties();
    expect(() => props.setProperty("big", "x".repeat(9 * 1024 + 1))).toThrow(/^Argument too large: value/);
    props.setProperty("ok", "x".repeat(9 * 1024));
    const many: Record<string, string> = {};
    for (let i = 0; i < 60; i++) many[`k${i}`] = "y".repeat(9000);
    expect(() => props.setProperties(many)).toThrow(/exceeded the property storage quota/);
    expect(props.getKeys()).toEqual(["ok"]);
  });

  it("keeps user properties per user", () => {
    const { fakes } = setup({ activeUser: "a@x.vn" });
    fakes.globals.PropertiesService.getUserProperties().setProperty("unit", "STP");
    fakes.session.setActiveUser("b@x.vn");
    expect(fakes.globals.PropertiesService.getUserProperties().getProperty("unit")).toBeNull();
  });
});

describe("MailApp", () => {
  it("records messages and counts every recipient against the daily quota", () => {
    const { fakes } = setup({ mailQuota: 3 });
    const MailApp = fakes.globals.MailApp;
    MailApp.sendEmail({ to: "a@x.vn, b@x.vn", subject: "Tổng hợp", body: "…", htmlBody: "<p>…</p>" });
    expect(MailApp.getRemainingDailyQuota()).toBe(1);
    expect(() => MailApp.sendEmail("c@x.vn", "Nhắc", "…", { cc: "d@x.vn" })).toThrow(QUOTA_MESSAGE);
    expect(QUOTA_MESSAGE).toBe("Service invoked too many times for one day: email.");
    MailApp.sendEmail("c@x.vn", "Nhắc", "Vui lòng nhập số liệu");
    expect(MailApp.getRemainingDailyQuota()).toBe(0);
    expect(fakes.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      [["a@x.vn", "b@x.vn"], "Tổng hợp"],
      [["c@x.vn"], "Nhắc"],
    ]);
    expect(fakes.mail.sent[0].htmlBody).toBe("<p>…</p>");
  });

  it("fails the next send on demand, without using quota", () => {
    const { fakes } = setup({ mailQuota: 5 });
    fakes.mail.failNext("Invalid email: x");
    expect(() => fakes.globals.MailApp.sendEmail("a@x.vn", "S", "B")).toThrow("Invalid email: x");
    expect(fakes.mail.remaining).toBe(5);
    expect(() => fakes.globals.MailApp.sendEmail({ to: "", subject: "S", body: "B" })).toThrow(
      "Failed to send email: no recipient",
    );
  });
});

describe("ScriptApp", () => {
  it("records a monthly trigger's day, hour and time zone", () => {
    const { fakes } = setup();
    const ScriptApp = fakes.globals.ScriptApp;
    ScriptApp.newTrigger("sendScheduledSummary")
      .timeBased()
      .onMonthDay(6)
      .atHour(7)
      .nearMinute(30)
      .inTimezone("Asia/Ho_Chi_Minh")
      .create();
    ScriptApp.newTrigger("onEditInstalled").forSpreadsheet(fakes.globals.SpreadsheetApp.getActive()).onEdit().create();
    const [clock] = fakes.triggers.byHandler("sendScheduledSummary");
    expect(clock.config).toEqual({ monthDay: 6, hour: 7, nearMinute: 30, timeZone: "Asia/Ho_Chi_Minh" });
    const all = ScriptApp.getProjectTriggers();
    expect(all.map((t) => [t.getHandlerFunction(), String(t.getEventType()), String(t.getTriggerSource())])).toEqual([
      ["sendScheduledSummary", "CLOCK", "CLOCK"],
      ["onEditInstalled", "ON_EDIT", "SPREADSHEETS"],
    ]);
    expect(ScriptApp.getUserTriggers(fakes.globals.SpreadsheetApp.getActive())).toHaveLength(1);
    ScriptApp.deleteTrigger(all[0]);
    expect(ScriptApp.getProjectTriggers()).toHaveLength(1);
    expect(() => ScriptApp.newTrigger("f").timeBased().atHour(24)).toThrow();
  });
});

describe("Utilities", () => {
  it("formats an instant in Asia/Ho_Chi_Minh, where it is already the next day", () => {
    const { fakes } = setup();
    const instant = new Date(Date.UTC(2023, 5, 30, 18, 5, 9)); // 30 June 18:05 UTC = 1 July 01:05 in Hanoi
    const U = fakes.globals.Utilities;
    expect(U.formatDate(instant, "Asia/Ho_Chi_Minh", "yyyy-MM-dd HH:mm:ss")).toBe("2023-07-01 01:05:09");
    expect(U.formatDate(instant, "UTC", "yyyy-MM-dd")).toBe("2023-06-30");
    expect(U.formatDate(instant, "Asia/Ho_Chi_Minh", "d/M/yy 'lúc' H'h'mm")).toBe("1/7/23 lúc 1h05");
    expect(U.formatDate(instant, "Asia/Ho_Chi_Minh", "yyyy-MM-dd'T'HH:mm:ssXXX")).toBe("2023-07-01T01:05:09+07:00");
    expect(() => U.formatDate("2023-06-01" as unknown as Date, "UTC", "yyyy")).toThrow(
      "The parameters (String,String,String) don't match the method signature for Utilities.formatDate.",
    );
  });

  it("records sleeps, encodes base64 and builds blobs", () => {
    const { fakes } = setup();
    const U = fakes.globals.Utilities;
    U.sleep(1000);
    expect(fakes.utilities.sleeps).toEqual([1000]);
    expect(U.base64Encode("Số liệu")).toBe(Buffer.from("Số liệu").toString("base64"));
    const blob = U.newBlob("<p>x</p>", "text/html", "a.html");
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual([
      "<p>x</p>",
      "text/html",
      "a.html",
    ]);
    expect(U.getUuid()).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("Ui and HtmlService", () => {
  it("records menus, answers alerts and prompts as scripted, and shows sidebars", () => {
    const { fakes } = setup({ htmlFiles: { Sidebar: "<h1>Nhập số liệu</h1>" } });
    const ui = fakes.globals.SpreadsheetApp.getUi();
    ui.createMenu("DX Scorecard")
      .addItem("Xếp hạng đơn vị", "rankUnits")
      .addSeparator()
      .addSubMenu(ui.createMenu("Lịch gửi").addItem("Bật", "enableSchedule"))
      .addToUi();
    expect(fakes.ui.menu("DX Scorecard")?.captions()).toEqual(["Xếp hạng đơn vị", "---", "Lịch gửi ▸"]);
    expect(fakes.ui.menus[0].functionNames()).toEqual(["rankUnits", "enableSchedule"]);

    fakes.ui.queueAlert("NO");
    fakes.ui.queuePrompt("2023-06", "OK");
    expect(String(ui.alert("Gửi lại?", "Đã gửi kỳ này.", ui.ButtonSet.YES_NO))).toBe("NO");
    const answer = ui.prompt("Kỳ xếp hạng", "Nhập kỳ", ui.ButtonSet.OK_CANCEL);
    expect([answer.getResponseText(), String(answer.getSelectedButton())]).toEqual(["2023-06", "OK"]);
    expect(String(ui.alert("Xong"))).toBe("OK");
    expect(fakes.ui.alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ["Gửi lại?", "Đã gửi kỳ này.", "YES_NO", "NO"],
      [null, "Xong", "OK", "OK"],
    ]);

    const html = fakes.globals.HtmlService.createHtmlOutputFromFile("Sidebar").setTitle("Nhập số liệu");
    ui.showSidebar(html);
    expect(fakes.ui.sidebars).toEqual([
      { kind: "sidebar", title: "Nhập số liệu", content: "<h1>Nhập số liệu</h1>", width: null, height: null },
    ]);
    expect(() => fakes.globals.HtmlService.createHtmlOutputFromFile("Missing")).toThrow(
      "No HTML file named Missing was found.",
    );
  });

  it("refuses getUi where Apps Script has no Ui", () => {
    const { fakes } = setup();
    fakes.spreadsheetApp.uiAvailable = false;
    expect(() => fakes.globals.SpreadsheetApp.getUi()).toThrow("Cannot call SpreadsheetApp.getUi() from this context.");
  });

  it("evaluates templates with escaped and raw scriptlets", () => {
    const { fakes } = setup({
      htmlFiles: { "Mail.html": "<p><?= name ?></p><? for (const u of units) { ?><i><?!= u ?></i><? } ?>" },
    });
    const t = fakes.globals.HtmlService.createTemplateFromFile("Mail");
    t.name = "Sở <Tư pháp>";
    t.units = ["<b>A</b>", "B"];
    expect(t.evaluate().getContent()).toBe("<p>Sở &lt;Tư pháp&gt;</p><i><b>A</b></i><i>B</i>");
  });

  it("lets templates call the script's globals, as real templates do", () => {
    const { fakes } = setup({ htmlFiles: { Page: "<?!= include('Styles') ?>", Styles: "<style></style>" } });
    fakes.html.templateGlobals.include = (name: string) => fakes.html.files[name];
    expect(fakes.globals.HtmlService.createTemplateFromFile("Page").evaluate().getContent()).toBe("<style></style>");
  });
});

describe("Logger and console", () => {
  it("records log lines", () => {
    const { fakes } = setup();
    fakes.globals.Logger.log("Đã gửi %s thư", 3);
    fakes.globals.console.warn("Thiếu", { unit: "STP" });
    expect(fakes.logger.lines).toEqual(["Đã gửi 3 thư"]);
    expect(fakes.console.texts("warn")).toEqual(["Thiếu"]);
    expect(fakes.console.entries[0].args).toEqual(["Thiếu", { unit: "STP" }]);
  });
});

describe("running code in node:vm", () => {
  it("gives bundle code Dates and Errors of its own realm", () => {
    const fakes = createFakeServices();
    fakes.ss.loadGrid("Số liệu", [["Kỳ"], [new Date(Date.UTC(2023, 4, 31, 17))]]);
    const context = vm.createContext({ ...fakes.globals });
    fakes.useRealmOf(context);
    const result = vm.runInContext(
      `(() => {
        const values = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Số liệu").getDataRange().getValues();
        const d = values[1][0];
        const month = Utilities.formatDate(d, Session.getScriptTimeZone(), "yyyy-MM");
        let error = null;
        try {
          SpreadsheetApp.getActiveSpreadsheet().insertSheet("Số liệu");
        } catch (e) {
          error = { isError: e instanceof Error, text: String(e) };
        }
        return { isDate: d instanceof Date, month, error };
      })()`,
      context,
    );
    expect(result).toEqual({
      isDate: true,
      month: "2023-06",
      error: {
        isError: true,
        text: 'Exception: A sheet with the name "Số liệu" already exists. Please enter another name.',
      },
    });
    expect(fakes.calls.count("Range.getValues")).toBe(1);
  });
});
