import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/core/problems";
import type { Grid } from "../../src/workbook/contract";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";

const TZ = "Asia/Ho_Chi_Minh";

function sheets(edit?: (s: ReturnType<typeof sampleProvince>) => void): Record<string, Grid> {
  const s = sampleProvince();
  edit?.(s);
  return {
    "Đơn vị": s.units,
    "Chỉ tiêu": s.indicators,
    "Số liệu": s.data,
    "Cài đặt": s.settings,
    "Thẩm định": s.review!,
  };
}

const problemsOf = (g: Record<string, Grid>, lang: "vi" | "en" = "vi") =>
  readWorkbook({ sheets: g, timeZone: TZ }).problems.map((p) => formatProblem(p, lang));

/** The sample's data row for a unit and month, and the 0-based column of an indicator. */
function locate(s: ReturnType<typeof sampleProvince>, period: string, unitId: string, column: string) {
  const row = s.data.findIndex((r) => r[0] === period && r[1] === unitId);
  return { row, col: s.data[0].indexOf(column) };
}

describe("reading the workbook", () => {
  it("reads the sample province without a problem", () => {
    const r = readWorkbook({ sheets: sheets(), timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.model.units).toHaveLength(33);
    expect(r.model.indicators.filter((i) => i.frequency === "month").map((i) => i.id)).toEqual([
      "KH_CDS",
      "HOP_KG",
      "KY_SO",
      "EMAIL_CV",
      "DVC_34",
      "HS_TT",
      "SC_ATTT",
      "TIN_CDS",
    ]);
    expect(r.model.indicators.filter((i) => i.frequency === "year")).toHaveLength(26);
    expect(r.model.records).toHaveLength(428);
    expect(r.data?.indicatorColumns.KY_SO).toBe(4);
  });

  it("finds columns by header text in any order, case and NFD/NFC form, and by English alias", () => {
    const g = sheets((s) => {
      s.units = s.units.map((r) => [r[2], r[1], r[0], r[3], r[4], r[5]]);
      s.units[0][0] = "  NHÓM ";
      s.units[0][1] = "Unit name";
      s.units[0][2] = "Mã đơn vị".normalize("NFD");
    });
    const r = readWorkbook({ sheets: g, timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.model.units[0]).toMatchObject({ id: "VP_UBND", group: "Sở, ban, ngành" });
  });

  it("accepts English sheet names", () => {
    const s = sampleProvince();
    const r = readWorkbook({
      sheets: { Units: s.units, Indicators: s.indicators, Data: s.data, Settings: s.settings },
      timeZone: TZ,
    });
    expect(r.problems).toEqual([]);
  });

  it("names a missing sheet and a missing column", () => {
    const g = sheets((s) => {
      s.units[0][2] = "Khối";
    });
    delete g["Chỉ tiêu"];
    const msgs = problemsOf(g);
    expect(msgs).toContain(
      "Không tìm thấy trang tính “Chỉ tiêu”. Vui lòng chạy Thiết lập bảng tính hoặc thêm trang này.",
    );
    expect(msgs).toContain("Đơn vị!1:1: trang Đơn vị thiếu cột “Nhóm” ở hàng 1. Vui lòng thêm cột này.");
  });

  it("refuses a duplicate unit ID, naming both cells", () => {
    const msgs = problemsOf(sheets((s) => (s.units[5][0] = "SNV")));
    expect(msgs).toContain("Đơn vị!A6: mã “SNV” bị trùng với ô A3. Mỗi mã chỉ được dùng một lần.");
  });

  it("refuses two rows for the same unit and month, naming both rows", () => {
    const s = sampleProvince();
    s.data.push([...s.data[1]]);
    const msgs = problemsOf({ "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data });
    expect(msgs).toContain(
      `Số liệu!B${s.data.length}: đơn vị VP_UBND đã có số liệu kỳ 2023-01 ở hàng 2. Vui lòng giữ lại một trong hai hàng 2 và ${s.data.length}.`,
    );
  });

  it("refuses a percent above 100 %, a bare number above 1 and text in a number cell, with the cell", () => {
    const s = sampleProvince();
    const a = locate(s, "2023-06", "SNV", "KY_SO");
    const b = locate(s, "2023-06", "STP", "KY_SO");
    const c = locate(s, "2023-06", "SXD", "EMAIL_CV");
    s.data[a.row][a.col] = "124%";
    s.data[b.row][b.col] = 24.39;
    s.data[c.row][c.col] = "abc";
    const msgs = problemsOf({ "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data });
    expect(msgs).toEqual([
      `Số liệu!E${a.row + 1}: tỷ lệ 124% vượt quá 100%. Vui lòng nhập giá trị từ 0 đến 100%.`,
      `Số liệu!E${b.row + 1}: 24,39 lớn hơn 1 trong cột tỷ lệ. Có phải ý là 24,39%? Vui lòng nhập 24,39% (có dấu %) hoặc 0,2439.`,
      `Số liệu!F${c.row + 1}: “abc” không phải là số. Vui lòng nhập một số, ví dụ 24,39.`,
    ]);
  });

  it("accepts 24,39%, 24.39%, 0,2439 and 0.2439 as the same percent", () => {
    for (const text of ["24,39%", "24.39%", "0,2439", "0.2439", "24,39 %"]) {
      const s = sampleProvince();
      const a = locate(s, "2023-06", "DONGPHU", "KY_SO");
      s.data[a.row][a.col] = text;
      const r = readWorkbook({
        sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data },
        timeZone: TZ,
      });
      expect(r.problems, text).toEqual([]);
      expect(r.model.records.find((x) => x.period === "2023-06" && x.unitId === "DONGPHU")?.values.KY_SO).toBeCloseTo(
        0.2439,
        10,
      );
    }
  });

  it("refuses negative, fractional and ambiguous counts and words that are not yes/no", () => {
    const s = sampleProvince();
    const a = locate(s, "2023-05", "SNV", "SC_ATTT");
    const b = locate(s, "2023-05", "STP", "TIN_CDS");
    const c = locate(s, "2023-05", "SXD", "TIN_CDS");
    const d = locate(s, "2023-05", "SYT", "KH_CDS");
    s.data[a.row][a.col] = -1;
    s.data[b.row][b.col] = "2,5";
    s.data[c.row][c.col] = "1.250";
    s.data[d.row][d.col] = "chắc có";
    expect(problemsOf({ "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data })).toEqual([
      `Số liệu!I${a.row + 1}: giá trị -1 âm. Vui lòng nhập số không âm.`,
      `Số liệu!J${b.row + 1}: 2,5 không phải số nguyên. Vui lòng nhập số lượng là số nguyên, ví dụ 3.`,
      `Số liệu!J${c.row + 1}: “1.250” có thể hiểu là 1,25 hoặc 1250; số lượng phải là số nguyên: nhập 1250 (không dùng dấu phân cách hàng nghìn).`,
      `Số liệu!C${d.row + 1}: “chắc có” không phải có/không. Vui lòng nhập “có” hoặc “không”.`,
    ]);
  });

  it("refuses an unknown unit and an unknown indicator column", () => {
    const s = sampleProvince();
    s.data[3][1] = "SO_MA";
    s.data[0].push("CHI_TIEU_LA");
    const msgs = problemsOf({ "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data });
    expect(msgs).toContain("Số liệu!B4: mã đơn vị “SO_MA” không có trong trang Đơn vị. Vui lòng kiểm tra lại mã.");
    expect(msgs[0]).toMatch(/^Số liệu!AU1: cột “CHI_TIEU_LA” không phải mã chỉ tiêu nào/);
  });

  it("reads a period typed as a date in the spreadsheet's time zone", () => {
    const s = sampleProvince();
    // 2023-06-01 00:00 in Hà Nội is 2023-05-31 17:00 UTC: the month must be June.
    s.data[1][0] = new Date(Date.UTC(2023, 4, 31, 17, 0));
    s.data[1][1] = "BDT";
    const r = readWorkbook({
      sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data },
      timeZone: TZ,
    });
    expect(r.problems).toEqual([]);
    expect(r.model.records.find((x) => x.row === 2)?.period).toBe("2023-06");
  });

  it("checks the indicator set: required target, known words, points not negative", () => {
    const s = sampleProvince();
    s.indicators[3][6] = "";
    s.indicators[4][2] = "phần trăm";
    s.indicators[5][5] = -5;
    const msgs = problemsOf({ "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data });
    expect(msgs).toEqual([
      "Chỉ tiêu!G4: chỉ tiêu KY_SO chấm “theo mục tiêu” nhưng chưa có Mục tiêu. Vui lòng nhập Mục tiêu.",
      "Chỉ tiêu!C5: “phần trăm” không phải giá trị hợp lệ của cột Kiểu. Vui lòng chọn một trong: tỷ lệ, số lượng, có/không, lựa chọn, tỷ số.",
      "Chỉ tiêu!F6: giá trị -5 âm. Vui lòng nhập số không âm.",
    ]);
  });

  it("checks settings and speaks English when Ngôn ngữ is en", () => {
    const g = sheets((s) => {
      s.settings[3][1] = 31;
      s.settings[8][1] = "en";
    });
    expect(problemsOf(g, "en")).toEqual([
      "Cài đặt!B4: value “31” of Hạn nộp (ngày) is invalid. Please enter a day of the month from 1 to 28.",
    ]);
    expect(readWorkbook({ sheets: g, timeZone: TZ }).model.settings.language).toBe("en");
  });

  it("reads the documents' settings: lines of a cell, group names in letters, the year's deadline", () => {
    const r = readWorkbook({ sheets: sheets(), timeZone: TZ });
    expect(r.model.settings.letter).toEqual({
      issuer: ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC"],
      symbol: "UBND-KGVX",
      place: "Bình Phước",
      grounds: [expect.stringMatching(/^Căn cứ Kế hoạch số 57/), expect.stringMatching(/^Xét đề nghị/)],
      addressees: ["Các sở, ban, ngành tỉnh;", "UBND các huyện, thị xã, thành phố."],
      recipients: ["Như trên;", "CT, các PCT UBND tỉnh;", "LĐVP, các Phòng;", "Lưu: VT, KGVX, TD337."],
      signer: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Tuyết Minh"],
      groupLabels: { "Sở, ban, ngành": "Các sở, ban, ngành", "UBND cấp huyện": "UBND các huyện, thị xã" },
      advisor: "Sở Thông tin và Truyền thông",
      yearDeadline: { day: 20, month: 11 },
    });
    expect(r.model.indicators.find((i) => i.id === "KY_SO")?.letterPhrase).toBe(
      "Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp",
    );
    expect(r.model.indicators.find((i) => i.id === "DVC_34")?.letterPhrase).toBeNull();
    // A spreadsheet turns 20/11 into a date: its day and month are read in the sheet's time zone.
    const dated = readWorkbook({
      sheets: sheets((s) => {
        s.settings.find((row) => row[0] === "Hạn báo cáo xếp hạng năm")![1] = new Date("2023-11-19T17:00:00Z");
      }),
      timeZone: TZ,
    });
    expect(dated.model.settings.letter.yearDeadline).toEqual({ day: 20, month: 11 });
  });

  it("names the cell of a bad group-name list or deadline and keeps the rest of the settings", () => {
    const g = sheets((s) => {
      s.settings.find((row) => row[0] === "Tên nhóm trong công văn")![1] = "Các sở, ban, ngành";
      s.settings.find((row) => row[0] === "Hạn báo cáo xếp hạng năm")![1] = "31/02";
    });
    expect(problemsOf(g)).toEqual([
      "Cài đặt!B18: giá trị “Các sở, ban, ngành” của Tên nhóm trong công văn không hợp lệ. Vui lòng nhập dạng “Sở, ban, ngành: Các sở, ban, ngành; UBND cấp huyện: UBND các huyện, thị xã”.",
      "Cài đặt!B20: giá trị “31/02” của Hạn báo cáo xếp hạng năm không hợp lệ. Vui lòng nhập ngày/tháng, ví dụ “20/11”.",
    ]);
    expect(readWorkbook({ sheets: g, timeZone: TZ }).model.settings.letter.place).toBe("Bình Phước");
  });

  it("reads Kỳ đã khóa as sorted months, a date cell as its month, and names the cell of a bad month", () => {
    const ok = readWorkbook({
      sheets: sheets((s) => {
        s.settings[9][1] = "2023-06; 05/2023;\n2023-06";
      }),
      timeZone: TZ,
    });
    expect(ok.problems).toEqual([]);
    expect(ok.model.settings.closedPeriods).toEqual(["2023-05", "2023-06"]);
    const date = readWorkbook({
      sheets: sheets((s) => {
        s.settings[9][1] = new Date(Date.UTC(2023, 4, 31, 17, 0));
      }),
      timeZone: TZ,
    });
    expect(date.model.settings.closedPeriods).toEqual(["2023-06"]);
    const g = sheets((s) => {
      s.settings[9][1] = "2023-06; 2023-13";
    });
    expect(problemsOf(g, "vi")).toEqual([
      "Cài đặt!B10: “2023-13” trong Kỳ đã khóa không phải một tháng hay một năm. Vui lòng nhập các tháng dạng 2023-06 hoặc năm dạng 2023, cách nhau bằng dấu “;”.",
    ]);
  });

  it("warns of a malformed address with its cell, keeps the good ones and does not block ranking", () => {
    const g = sheets((s) => {
      s.units[8][4] = "giamdoc.sgtvt@; pgd.sgtvt@binhphuoc.example";
      s.settings[1][1] = "ban chi dao@, bancdcds@binhphuoc.example";
    });
    const r = readWorkbook({ sheets: g, timeZone: TZ });
    expect(r.problems).toEqual([]);
    expect(r.warnings.map((w) => formatProblem(w, "vi"))).toEqual([
      "Cài đặt!B2: địa chỉ e-mail “ban chi dao@” không hợp lệ nên sẽ bị bỏ qua khi gửi thư. Vui lòng sửa lại; các địa chỉ cách nhau bằng dấu “,” hoặc “;”.",
      "Đơn vị!E9: địa chỉ e-mail “giamdoc.sgtvt@” không hợp lệ nên sẽ bị bỏ qua khi gửi thư. Vui lòng sửa lại; các địa chỉ cách nhau bằng dấu “,” hoặc “;”.",
    ]);
    expect(r.model.units.find((u) => u.id === "SGTVT")?.headEmails).toEqual(["pgd.sgtvt@binhphuoc.example"]);
    expect(r.model.settings.committeeEmails).toEqual(["bancdcds@binhphuoc.example"]);
  });
});
