// Checks the built-in sample province against the design §3 contract and the July 2023 letter.
import { describe, expect, it } from "vitest";
import { indicatorsFor } from "../../src/core/indicators";
import type { Cell, Grid } from "../../src/workbook/contract";
import { readWorkbook } from "../../src/workbook/read";
import { SAMPLE_PERIOD, SAMPLE_YEAR, sampleProvince } from "../../src/workbook/sample";

const wb = sampleProvince();

/** Data rows as objects keyed by header. */
function records(grid: Grid): Record<string, Cell>[] {
  const [header, ...rows] = grid;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

const units = records(wb.units);
const allIndicators = records(wb.indicators);
/** The letter's eight monthly indicators; the year-end index is checked on its own below. */
const indicators = allIndicators.filter((i) => i["Tần suất"] === "tháng");
const yearly = allIndicators.filter((i) => i["Tần suất"] === "năm");
const allData = records(wb.data);
/** The month rows; the year rows (`Kỳ` = 2023) come after them. */
const data = allData.filter((r) => r["Kỳ"] !== SAMPLE_YEAR);
const yearRows = allData.filter((r) => r["Kỳ"] === SAMPLE_YEAR);
const unitIds = units.map((u) => String(u["Mã đơn vị"]));
const periods = Array.from({ length: 12 }, (_, m) => `2023-${String(m + 1).padStart(2, "0")}`);
const june = data.filter((r) => r["Kỳ"] === SAMPLE_PERIOD);

const below = (ind: string, limit: number) =>
  june
    .filter((r) => typeof r[ind] === "number" && (r[ind] as number) < limit)
    .sort(
      (a, b) => (a[ind] as number) - (b[ind] as number) || String(a["Mã đơn vị"]).localeCompare(String(b["Mã đơn vị"])),
    )
    .map((r) => [r["Mã đơn vị"], r[ind]]);

describe("sampleProvince", () => {
  it("is deterministic", () => {
    expect(sampleProvince()).toEqual(wb);
    expect(SAMPLE_PERIOD).toBe("2023-06");
  });

  it("has 33 units in 2 groups with unique well-formed IDs", () => {
    expect(units).toHaveLength(33);
    expect(new Set(unitIds).size).toBe(33);
    for (const id of unitIds) expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    const groups = units.map((u) => u["Nhóm"]);
    expect(new Set(groups)).toEqual(new Set(["Sở, ban, ngành", "UBND cấp huyện"]));
    expect(groups.filter((g) => g === "Sở, ban, ngành")).toHaveLength(22);
    expect(groups.filter((g) => g === "UBND cấp huyện")).toHaveLength(11);
    for (const u of units) expect(u["Theo dõi"]).toBe(true);
  });

  it("has the letter's 8 monthly indicators first, in order", () => {
    expect(allIndicators.slice(0, 8)).toEqual(indicators);
    expect(indicators.map((i) => i["Mã chỉ tiêu"])).toEqual([
      "KH_CDS",
      "HOP_KG",
      "KY_SO",
      "EMAIL_CV",
      "DVC_34",
      "HS_TT",
      "SC_ATTT",
      "TIN_CDS",
    ]);
    expect(wb.data[0].slice(2, 10)).toEqual(indicators.map((i) => i["Mã chỉ tiêu"]));
    // What scores them is that of the letter's month: the year-end index changes none of it.
    const scoring = indicators.map((i) =>
      ["Kiểu", "Cách chấm", "Chiều", "Điểm tối đa", "Mục tiêu", "Ngưỡng yếu kém", "Tổng hợp"].map((c) => i[c]),
    );
    expect(scoring).toEqual([
      ["có/không", "có/không", "cao hơn tốt hơn", 10, "", "có", "cuối kỳ"],
      ["có/không", "có/không", "cao hơn tốt hơn", 10, "", "có", "cuối kỳ"],
      ["tỷ lệ", "theo mục tiêu", "cao hơn tốt hơn", 15, 0.9, 0.5, "trung bình"],
      ["tỷ lệ", "theo mục tiêu", "cao hơn tốt hơn", 15, 0.9, 0.5, "trung bình"],
      ["tỷ lệ", "theo mục tiêu", "cao hơn tốt hơn", 10, 0.9, "", "trung bình"],
      ["tỷ lệ", "so với cao nhất", "cao hơn tốt hơn", 15, "", "", "trung bình"],
      ["số lượng", "min-max", "thấp hơn tốt hơn", 10, "", 3, "tổng"],
      ["số lượng", "so với cao nhất", "cao hơn tốt hơn", 5, "", "", "tổng"],
    ]);
  });

  it("has well-typed data rows, one per unit and month", () => {
    const lateDays: boolean[] = [];
    const seen = new Set<string>();
    for (const row of data) {
      expect(unitIds).toContain(row["Mã đơn vị"]);
      expect(periods).toContain(row["Kỳ"]);
      const key = `${row["Kỳ"]}|${row["Mã đơn vị"]}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
      for (const ind of indicators) {
        const v = row[String(ind["Mã chỉ tiêu"])];
        if (v === "") continue;
        if (ind["Kiểu"] === "có/không") expect(typeof v).toBe("boolean");
        else if (ind["Kiểu"] === "tỷ lệ") {
          expect(typeof v).toBe("number");
          expect(v as number).toBeGreaterThanOrEqual(0);
          expect(v as number).toBeLessThanOrEqual(1);
          expect(Math.round((v as number) * 10000) / 10000).toBe(v);
        } else {
          expect(Number.isInteger(v)).toBe(true);
          expect(v as number).toBeGreaterThanOrEqual(0);
        }
      }
      expect(row["SC_ATTT"] === "" || (row["SC_ATTT"] as number) <= 3).toBe(true);
      expect(row["TIN_CDS"] === "" || (row["TIN_CDS"] as number) <= 12).toBe(true);
      const unit = units.find((u) => u["Mã đơn vị"] === row["Mã đơn vị"])!;
      expect(row["Người nhập"]).toBe(unit["Email"]);
      // Entered in the next month, 08:00–17:00 Vietnam time: by the due day 5 but now and then
      // on day 6–8; three units often later, up to day 12.
      const at = row["Cập nhật lúc"];
      expect(at).toBeInstanceOf(Date);
      const local = new Date((at as Date).getTime() + 7 * 3600 * 1000);
      const month = Number(String(row["Kỳ"]).slice(5));
      expect(local.getUTCMonth()).toBe(month % 12);
      expect(local.getUTCDate()).toBeGreaterThanOrEqual(1);
      const late = ["BUDOP", "SCT", "HONQUAN"].includes(String(row["Mã đơn vị"]));
      expect(local.getUTCDate()).toBeLessThanOrEqual(late ? 12 : 8);
      if (local.getUTCDate() > 5) lateDays.push(late);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(local.getUTCHours()).toBeLessThan(17);
    }
    expect(data).toHaveLength(33 * 12 - 1);
    // Late rows are mostly the three late units', a few the others'.
    expect(lateDays.filter((l) => l).length).toBeGreaterThan(10);
    expect(lateDays.filter((l) => !l).length).toBeGreaterThan(0);
    expect(allData.slice(0, data.length)).toEqual(data);
  });

  it("misses BDT in June only, and a few cells outside June", () => {
    for (const p of periods) {
      const reporting = data.filter((r) => r["Kỳ"] === p).map((r) => r["Mã đơn vị"]);
      expect(reporting).toEqual(p === SAMPLE_PERIOD ? unitIds.filter((id) => id !== "BDT") : unitIds);
    }
    const blanks = data.flatMap((r) => indicators.filter((i) => r[String(i["Mã chỉ tiêu"])] === "").map(() => r["Kỳ"]));
    expect(blanks.length).toBeGreaterThanOrEqual(2);
    expect(blanks.length).toBeLessThanOrEqual(4);
    expect(blanks).not.toContain(SAMPLE_PERIOD);
  });

  it("reproduces the letter's June 2023 laggard lists", () => {
    const falseIn = (ind: string) =>
      june
        .filter((r) => r[ind] === false)
        .map((r) => r["Mã đơn vị"])
        .sort();
    expect(june.every((r) => typeof r["KH_CDS"] === "boolean" && typeof r["HOP_KG"] === "boolean")).toBe(true);
    expect(falseIn("KH_CDS")).toEqual(["SNNPTNT", "STNMT"]);
    expect(falseIn("HOP_KG")).toEqual(
      [
        "SGDDT",
        "SCT",
        "SGTVT",
        "SKHDT",
        "STNMT",
        "SVHTTDL",
        "SYT",
        "STC",
        "SNGV",
        "CAT",
        "BQLKKT",
        "TTXTDT",
        "DONGPHU",
        "BUDOP",
        "CHONTHANH",
      ].sort(),
    );
    expect(below("KY_SO", 0.5)).toEqual([
      ["BUGIAMAP", 0],
      ["SGTVT", 0],
      ["TTXTDT", 0],
      ["BUDOP", 0.0033],
      ["DONGPHU", 0.2439],
      ["TTRA", 0.3951],
    ]);
    expect(below("EMAIL_CV", 0.5)).toEqual([
      ["HONQUAN", 0.4043],
      ["CAT", 0.4101],
      ["BUDANG", 0.4649],
      ["DONGXOAI", 0.49],
    ]);
    expect(below("KY_SO", 0.55)).toHaveLength(6);
    expect(below("EMAIL_CV", 0.55)).toHaveLength(4);
    const incidents = june.reduce((sum, r) => sum + (r["SC_ATTT"] as number), 0);
    expect(incidents).toBeLessThanOrEqual(3);
  });

  it("issues the two missing plans in July", () => {
    const july = data.filter((r) => r["Kỳ"] === "2023-07");
    for (const id of ["SNNPTNT", "STNMT"]) expect(july.find((r) => r["Mã đơn vị"] === id)!["KH_CDS"]).toBe(true);
  });

  it("keeps yes/no answers monotone", () => {
    for (const id of unitIds) {
      for (const ind of ["KH_CDS", "HOP_KG"]) {
        const answers = data.filter((r) => r["Mã đơn vị"] === id && r[ind] !== "").map((r) => r[ind]);
        const first = answers.indexOf(true);
        if (first >= 0)
          expect(
            answers.slice(first).every((a) => a === true),
            `${id} ${ind}`,
          ).toBe(true);
      }
    }
  });

  it("uses only .example addresses", () => {
    const addresses = [
      ...units.flatMap((u) => [u["Email"], u["Email lãnh đạo"]]),
      ...data.map((r) => r["Người nhập"]),
      ...wb.settings.slice(1).flatMap((row) => (String(row[0]).startsWith("Email") ? [row[1]] : [])),
    ]
      .flatMap((a) => String(a).split(/[,;]/))
      .map((a) => a.trim())
      .filter((a) => a !== "");
    expect(addresses.length).toBeGreaterThan(33 * 2);
    for (const a of addresses) expect(a).toMatch(/^[a-z0-9._-]+@[a-z0-9.-]+\.example$/);
  });

  it("has the settings rows", () => {
    expect(wb.settings).toEqual([
      ["Khóa", "Giá trị"],
      ["Email Ban Chỉ đạo", "bancdcds@binhphuoc.example; vanphong.ubnd@binhphuoc.example"],
      ["Email quản trị", "cds@binhphuoc.example"],
      ["Hạn nộp (ngày)", 5],
      ["Ngày gửi tổng hợp", 6],
      ["Thiếu số liệu", "tính 0"],
      ["Xếp loại", "Dẫn dắt:75; Nâng cao:50; Hình thành:25; Khởi động:0"],
      ["Làm tròn", 2],
      ["Ngôn ngữ", "vi"],
      ["Kỳ đã khóa", ""],
      ["Cơ quan ban hành", "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC"],
      ["Ký hiệu công văn", "UBND-KGVX"],
      ["Địa danh", "Bình Phước"],
      ["Căn cứ", expect.stringMatching(/^Căn cứ Kế hoạch số 57\/KH-UBND .*;\nXét đề nghị .*05\/7\/2023,$/)],
      ["Kính gửi", "Các sở, ban, ngành tỉnh;\nUBND các huyện, thị xã, thành phố."],
      ["Nơi nhận", "Như trên;\nCT, các PCT UBND tỉnh;\nLĐVP, các Phòng;\nLưu: VT, KGVX, TD337."],
      ["Người ký", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Tuyết Minh"],
      ["Tên nhóm trong công văn", "Sở, ban, ngành: Các sở, ban, ngành; UBND cấp huyện: UBND các huyện, thị xã"],
      ["Cơ quan tham mưu", "Sở Thông tin và Truyền thông"],
      ["Hạn báo cáo xếp hạng năm", "20/11"],
    ]);
  });

  it("writes every string in NFC", () => {
    for (const grid of [wb.units, wb.indicators, wb.data, wb.settings]) {
      for (const row of grid) {
        for (const cell of row) if (typeof cell === "string") expect(cell).toBe(cell.normalize("NFC"));
      }
    }
  });
});

describe("the sample's year-end index", () => {
  const read = readWorkbook({
    sheets: {
      "Đơn vị": wb.units,
      "Chỉ tiêu": wb.indicators,
      "Số liệu": wb.data,
      "Cài đặt": wb.settings,
      "Thẩm định": wb.review!,
    },
    timeZone: "Asia/Ho_Chi_Minh",
  });
  const model = read.model;
  const total = (group: string) => indicatorsFor(model.indicators, group, "year").reduce((a, i) => a + i.maxPoints, 0);

  it("reads without a problem", () => {
    expect(read.problems).toEqual([]);
    expect(read.warnings).toEqual([]);
  });

  it("scores a department out of 220 and a district out of 230 in the year, the months still out of 90", () => {
    expect(total("Sở, ban, ngành")).toBe(220);
    expect(total("UBND cấp huyện")).toBe(230);
    for (const group of ["Sở, ban, ngành", "UBND cấp huyện"])
      expect(indicatorsFor(model.indicators, group, "month").reduce((a, i) => a + i.maxPoints, 0)).toBe(90);
  });

  it("has about 25 yearly indicators under four pillars, each with a main index", () => {
    expect(yearly.length).toBeGreaterThanOrEqual(22);
    expect(yearly.length).toBeLessThanOrEqual(28);
    expect(new Set(allIndicators.map((i) => i["Trụ cột"]))).toEqual(
      new Set(["Nền tảng số", "Chính quyền số", "Kinh tế số", "Xã hội số"]),
    );
    for (const i of allIndicators) expect(i["Chỉ số chính"], String(i["Mã chỉ tiêu"])).not.toBe("");
    const mainIndexes = new Set(allIndicators.map((i) => i["Chỉ số chính"]));
    for (const m of ["Nhận thức số", "Thể chế số", "Hạ tầng số", "Nhân lực số", "An toàn thông tin mạng"])
      expect(mainIndexes).toContain(m);
    expect(mainIndexes).toContain("Hoạt động chính quyền số");
  });

  it("uses each feature of the index: groups, per-group values, levels, choices and ratios", () => {
    const byId = (id: string) => model.indicators.find((i) => i.id === id)!;
    expect(byId("HS_TT_XA")).toMatchObject({ type: "ratio", groups: ["UBND cấp huyện"], frequency: "year" });
    expect(byId("CSDL").groups).toEqual(["Sở, ban, ngành"]);
    expect(byId("VB_KYSO")).toMatchObject({
      type: "ratio",
      maxPoints: 15,
      byGroup: {
        "Sở, ban, ngành": { target: 0.9, threshold: 0.7 },
        "UBND cấp huyện": { target: 0.8, threshold: 0.6 },
      },
    });
    expect(byId("BCD_HUYEN")).toMatchObject({ type: "choice", scoring: "levels", groups: ["UBND cấp huyện"] });
    expect(byId("BCD_HUYEN").levels!.map((l) => [l.label, l.share])).toEqual([
      ["Chủ tịch", 1],
      ["Phó Chủ tịch", 0.5],
      ["Chưa có", 0],
    ]);
    expect(byId("HOP_BCD").levels!.map((l) => [l.op, l.bound, l.share])).toEqual([
      [">=", 4, 1],
      [">=", 2, 0.5],
    ]);
    expect(byId("HSCV").byGroup).toEqual({ "Sở, ban, ngành": { maxPoints: 15 }, "UBND cấp huyện": { maxPoints: 10 } });
  });

  it("has one year row per unit, after the months, with only yearly figures in it", () => {
    expect(yearRows.map((r) => r["Mã đơn vị"])).toEqual(unitIds);
    expect(allData.slice(-33)).toEqual(yearRows);
    for (const row of yearRows) {
      for (const i of indicators) expect(row[String(i["Mã chỉ tiêu"])]).toBe("");
      const unit = units.find((u) => u["Mã đơn vị"] === row["Mã đơn vị"])!;
      expect(row["Người nhập"]).toBe(unit["Email"]);
      // Entered in the first half of November 2023, before the report due on 20/11.
      const local = new Date((row["Cập nhật lúc"] as Date).getTime() + 7 * 3600 * 1000);
      expect([local.getUTCFullYear(), local.getUTCMonth()]).toEqual([2023, 10]);
      expect(local.getUTCDate()).toBeLessThanOrEqual(15);
    }
    const yearlyColumns = wb.data[0].slice(10, -3).map(String);
    expect(yearlyColumns).toContain("VB_KYSO_TU");
    expect(yearlyColumns).toContain("VB_KYSO_MAU");
    for (const row of data) for (const c of yearlyColumns) expect(row[c]).toBe("");
  });

  it("gives every unit the figures of its group's yearly indicators, but for two missing ones", () => {
    const missing: string[] = [];
    for (const row of yearRows) {
      const group = units.find((u) => u["Mã đơn vị"] === row["Mã đơn vị"])!["Nhóm"];
      for (const ind of model.indicators.filter((i) => i.frequency === "year")) {
        const applies = ind.groups === null || ind.groups.includes(String(group));
        const keys = ind.type === "ratio" ? [`${ind.id}_TU`, `${ind.id}_MAU`] : [ind.id];
        for (const k of keys) {
          if (!applies) expect(row[k], `${row["Mã đơn vị"]} ${k}`).toBe("");
          else if (row[k] === "") missing.push(`${row["Mã đơn vị"]} ${k}`);
        }
      }
    }
    expect(missing).toEqual(["SNGV TAP_HUAN_TU", "SNGV TAP_HUAN_MAU", "PHURIENG DDDT"]);
  });

  it("leaves Tên ngắn blank: the default short names are the letter's", () => {
    expect(wb.units[0].at(-1)).toBe("Tên ngắn");
    for (const u of units) expect(u["Tên ngắn"]).toBe("");
    const short = (ids: string[]) => ids.map((id) => model.units.find((u) => u.id === id)!.shortName).join(", ");
    expect(
      short(["SGDDT", "SCT", "SGTVT", "SKHDT", "STNMT", "SVHTTDL", "SYT", "STC", "SNGV", "CAT", "BQLKKT", "TTXTDT"]),
    ).toBe(
      "Giáo dục và Đào tạo, Công Thương, Giao thông Vận tải, Kế hoạch và Đầu tư, Tài nguyên và Môi trường, Văn hóa, Thể thao và Du lịch, Y tế, Tài chính, Ngoại vụ, Công an tỉnh, Ban Quản lý Khu kinh tế, Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
    );
    expect(short(["DONGPHU", "BUDOP", "CHONTHANH"])).toBe("Đồng Phú, Bù Đốp, Chơn Thành");
  });
});
