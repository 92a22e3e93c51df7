// Checks the built-in sample province against the design §3 contract and the July 2023 letter.
import { describe, expect, it } from "vitest";
import type { Cell, Grid } from "../../src/workbook/contract";
import { SAMPLE_PERIOD, sampleProvince } from "../../src/workbook/sample";

const wb = sampleProvince();

/** Data rows as objects keyed by header. */
function records(grid: Grid): Record<string, Cell>[] {
  const [header, ...rows] = grid;
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [String(h), row[i]])));
}

const units = records(wb.units);
const indicators = records(wb.indicators);
const data = records(wb.data);
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

  it("has the 8 indicators in order", () => {
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
  });

  it("has well-typed data rows, one per unit and month", () => {
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
      // Entered on day 1–5 of the next month, 08:00–17:00 Vietnam time.
      const at = row["Cập nhật lúc"];
      expect(at).toBeInstanceOf(Date);
      const local = new Date((at as Date).getTime() + 7 * 3600 * 1000);
      const month = Number(String(row["Kỳ"]).slice(5));
      expect(local.getUTCMonth()).toBe(month % 12);
      expect(local.getUTCDate()).toBeGreaterThanOrEqual(1);
      expect(local.getUTCDate()).toBeLessThanOrEqual(5);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(local.getUTCHours()).toBeLessThan(17);
    }
    expect(data).toHaveLength(33 * 12 - 1);
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
