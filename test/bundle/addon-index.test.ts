// The add-on on the province's year index (design §9), through dist/Code.js: set-up brings an
// existing workbook up to the new columns and drop-downs without moving or losing a cell, and
// ranking writes each group's block under merged pillar and main-index headers, with points out
// of the group's own total and the sub-scores, in service calls that do not grow with the units.
import { describe, expect, it } from "vitest";
import type { Grid } from "../../src/workbook/contract";
import type { FakeServices } from "../fakes";
import { loadBundle, VALUE_CALLS } from "./harness";
import { ADMIN, DEPARTMENTS, type IndexProvince, indexProvince } from "./index-province";
import { countsOf, splitAtOverview } from "./overview-calls";

const RANKING = "Xếp hạng";
const FIXED = ["Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm", "%", "Xếp loại", "Hạng kỳ trước", "Thay đổi"];
const SUB_SCORES = ["Chính quyền số (%)", "Hoạt động chính quyền số (%)", "Chuyển đổi nhận thức (%)", "Xã hội số (%)"];
const INDICATORS = [
  "Tỷ lệ văn bản được ký số (15; ngưỡng 50%)",
  "Văn bản đi được gửi trên môi trường mạng (10)",
  "Trưởng Ban Chỉ đạo chuyển đổi số (7)",
  "Số dịch vụ công trực tuyến toàn trình (5)",
];
const DISTRICTS_ONLY = "Tỷ lệ hồ sơ trực tuyến cấp xã (20)";

function load(fakes: FakeServices, province: IndexProvince): void {
  const grids: [string, Grid][] = [
    ["Đơn vị", province.units],
    ["Chỉ tiêu", province.indicators],
    ["Số liệu", province.data],
    ["Cài đặt", province.settings],
  ];
  for (const [name, grid] of grids) fakes.ss.loadGrid(name, grid);
  fakes.calls.reset();
}

function ranked(edit?: (p: IndexProvince) => void) {
  const loaded = loadBundle({ activeUser: ADMIN });
  const province = indexProvince();
  edit?.(province);
  load(loaded.fakes, province);
  const message = loaded.call<string>("rankUnits", "2023");
  return { ...loaded, message, sheet: loaded.fakes.ss.snapshot()[RANKING] };
}

/** 0-based rows whose first cell is `Hạng`: the last header row of each group's block. */
const labelRows = (v: unknown[][]) => v.flatMap((r, i) => (r[0] === "Hạng" ? [i] : []));

describe("rankUnits on a year index", () => {
  const { message, sheet, fakes } = ranked();
  const v = sheet.values;
  const [depts, districts] = labelRows(v);
  const row = (id: string) => v.findIndex((r) => r[1] === id);

  it("ranks both groups of the year", () => {
    expect(message).toBe("Đã xếp hạng năm 2023: 5 đơn vị; 1 đơn vị có chỉ tiêu yếu kém; 0 đơn vị chưa báo cáo.");
    expect(v[depts - 3][0]).toBe("Nhóm: Sở, ban, ngành (3 đơn vị)");
    expect(v[districts - 3][0]).toBe("Nhóm: UBND cấp huyện (2 đơn vị)");
    expect(v.slice(depts + 1, depts + 4).map((r) => r[1])).toEqual(["SYT", "SXD", "STC"]);
    expect(v.slice(districts + 1, districts + 3).map((r) => r[1])).toEqual(["HBD", "HDP"]);
  });

  it("labels each column under its pillar and main index, each group with its own indicators", () => {
    expect(v[depts].slice(0, 17)).toEqual([...FIXED, ...SUB_SCORES, ...INDICATORS, "Ghi chú"]);
    expect(v[districts].slice(0, 18)).toEqual([...FIXED, ...SUB_SCORES, ...INDICATORS, DISTRICTS_ONLY, "Ghi chú"]);
    expect(v[depts]).not.toContain(DISTRICTS_ONLY);
    // Pillars over the sub-scores' banner and the indicators; main indexes (and the sub-scores' pillars) below.
    const pillarRow = v[depts - 2].slice(0, 17);
    const mainRow = v[depts - 1].slice(0, 17);
    expect(pillarRow).toEqual([
      ...Array(8).fill(""),
      "Điểm thành phần (%)",
      "",
      "",
      "",
      "Chính quyền số",
      "",
      "",
      "Xã hội số",
      "",
    ]);
    expect(mainRow).toEqual([
      ...Array(8).fill(""),
      "Chính quyền số",
      "",
      "",
      "Xã hội số",
      "Hoạt động chính quyền số",
      "",
      "Chuyển đổi nhận thức",
      "",
      "",
    ]);
    expect(v[districts - 2][15]).toBe("Xã hội số");
  });

  it("merges each pillar and main index across the columns it spans", () => {
    const [p, m] = [depts - 1, depts]; // 1-based rows of the pillar and main-index header rows
    const [dp, dm] = [districts - 1, districts];
    expect([...sheet.merges].sort()).toEqual(
      [
        `I${p}:L${p}`, // Điểm thành phần (%)
        `M${p}:O${p}`, // Chính quyền số
        `I${m}:K${m}`, // Chính quyền số's sub-scores
        `M${m}:N${m}`, // Hoạt động chính quyền số
        `I${dp}:L${dp}`,
        `M${dp}:O${dp}`,
        `P${dp}:Q${dp}`, // Xã hội số spans the districts-only indicator too
        `I${dm}:K${dm}`,
        `M${dm}:N${dm}`,
      ].sort(),
    );
    // Header rows wrap and are centred; unit rows are not touched.
    const cells = fakes.ss.sheet(RANKING).cells;
    for (const r of [depts - 1, depts, depts + 1]) {
      expect(cells.get(r, 13)).toMatchObject({
        wrap: true,
        horizontalAlignment: "center",
        verticalAlignment: "middle",
      });
    }
    expect(cells.get(depts + 2, 13).wrap).toBe(false);
  });

  it("shows points out of the group's own total, the % and the sub-scores, each figure with its points", () => {
    expect(v[row("SXD")].slice(0, 5)).toEqual([2, "SXD", "Sở Xây dựng", "32,5/37", 0.8784]);
    expect(v[row("SXD")].slice(8, 16)).toEqual([
      0.8594,
      0.96,
      0.5,
      1,
      "90% · 15",
      "90% · 9",
      "Phó Chủ tịch · 3,5",
      "10 · 5",
    ]);
    expect(v[row("SYT")][3]).toBe("35,33/37");
    // A district at 80 % meets its own target (15 of 15); a department at 80 % does not (13,33).
    expect(v[row("HDP")][12]).toBe("80% · 15");
    expect(v[row("SYT")][12]).toBe("80% · 13,33");
    expect(v[row("HBD")].slice(3, 5)).toEqual(["43,75/57", 0.7675]);
    expect(v[row("HBD")][16]).toMatch(/ · 18$/);
    expect(sheet.numberFormats[row("SXD")].slice(3, 13)).toEqual([
      "@",
      "0.00%",
      "@",
      "0",
      '"▲"0;"▼"0;"="',
      "0.0%",
      "0.0%",
      "0.0%",
      "0.0%",
      "@",
    ]);
  });

  it("keeps the colours: top three green, the laggard's cell and note red", () => {
    expect(sheet.backgrounds[row("SYT")][0]).toBe("#d9ead3");
    expect(sheet.backgrounds[row("STC")][12]).toBe("#f4c7c3");
    expect(v[row("STC")][12]).toBe("30% · 5");
    expect(v[row("STC")][16]).toBe("1 chỉ tiêu yếu kém");
    expect(sheet.backgrounds[row("STC")][16]).toBe("#f4c7c3");
    expect(sheet.backgrounds[depts - 2][9]).toBe("#d9e2f3");
    // The departments' block is a column narrower: nothing is painted beyond its note.
    expect(sheet.backgrounds[row("SXD")][17]).not.toBe("#d9ead3");
    expect(sheet.frozenRows).toBe(depts + 1);
    expect(sheet.charts).toHaveLength(2);
  });

  it("makes as many service calls for ten times the units", () => {
    const counts = (extra: number) => {
      const r = ranked((p) => {
        for (let k = 0; k < extra; k++) {
          p.units.push([`S${k}`, `Sở thứ ${k}`, DEPARTMENTS, "", "", "có"]);
          p.data.push(["2023", `S${k}`, 0.5 + k / 1000, 10, 20, "Chủ tịch", k, "", "", "", ""]);
        }
      });
      // The ranking's calls; Tổng quan's follow (test/bundle/overview.test.ts).
      return countsOf(splitAtOverview(r.fakes.calls).ranking);
    };
    const small = counts(0);
    expect(counts(45)).toEqual(small);
    expect(small["Range.merge"]).toBe(9);
    expect(Object.entries(small).reduce((n, [k, c]) => n + (VALUE_CALLS.test(k) ? c : 0), 0)).toBeLessThanOrEqual(12);
  });
});

/** The province as a workbook made before §9: no Tên ngắn, Chỉ số chính, Áp dụng cho nhóm, Tần suất. */
function olderWorkbook(): IndexProvince {
  const p = indexProvince();
  const drop = (grid: Grid, names: string[]) => {
    const keep = grid[0].map((h, j) => (names.includes(String(h)) ? -1 : j)).filter((j) => j >= 0);
    return grid.map((r) => keep.map((j) => r[j]));
  };
  return {
    ...p,
    indicators: drop(p.indicators, ["Chỉ số chính", "Áp dụng cho nhóm", "Tần suất"]),
    // VB_TU, VB_MAU and BCD have no column yet.
    data: drop(p.data, ["VB_TU", "VB_MAU", "BCD", "HS_XA"]),
  };
}

describe("setupWorkbook on a workbook made before the index columns", () => {
  const setUp = () => {
    const loaded = loadBundle({ activeUser: ADMIN });
    const older = olderWorkbook();
    // HS_XA's row needs Áp dụng cho nhóm, which this workbook has no column for: leave it out.
    older.indicators = older.indicators.filter((r) => r[0] !== "HS_XA");
    load(loaded.fakes, older);
    const before = loaded.fakes.ss.snapshot();
    const message = loaded.call<string>("setupWorkbook");
    return { ...loaded, older, before, message, after: loaded.fakes.ss.snapshot() };
  };
  const { older, before, message, after, call, fakes } = setUp();
  const col = (sheet: string, header: string) => (after[sheet].values[0] as unknown[]).indexOf(header);
  const listAt = (sheet: string, header: string, row = 1) => after[sheet].validations[row][col(sheet, header)];

  it("appends the missing columns at the right and moves or loses no cell", () => {
    expect(message).toMatch(/^Đã thiết lập bảng tính: tạo 3 trang, thêm 10 cột;/);
    expect(after["Đơn vị"].values[0]).toEqual([...older.units[0], "Tên ngắn", "Tên khác"]);
    expect(after["Chỉ tiêu"].values[0]).toEqual([
      ...older.indicators[0],
      "Chỉ số chính",
      "Áp dụng cho nhóm",
      "Tần suất",
      "Minh chứng",
      "Diễn đạt trong công văn",
    ]);
    expect(after["Số liệu"].values[0]).toEqual([...older.data[0], "VB_TU", "VB_MAU", "BCD"]);
    for (const name of ["Đơn vị", "Chỉ tiêu", "Số liệu"]) {
      const width = before[name].values[0].length;
      expect(after[name].values.map((r) => r.slice(0, width))).toEqual(before[name].values);
      expect(after[name].values.slice(1).every((r) => r.slice(width).every((c) => c === ""))).toBe(true);
    }
    // The per-group target stays the text it was, with no list and no percent format over it.
    const target = col("Chỉ tiêu", "Mục tiêu");
    expect(after["Chỉ tiêu"].values[1][target]).toBe("Sở, ban, ngành: 90%; UBND cấp huyện: 80%");
    expect(after["Chỉ tiêu"].validations[1][target]).toBeNull();
    expect(after["Chỉ tiêu"].numberFormats[1][target]).not.toMatch(/%/);
  });

  it("gives the new columns the template's widths", () => {
    const width = (sheet: string, header: string) => after[sheet].columnWidths[col(sheet, header) + 1];
    expect(width("Đơn vị", "Tên ngắn")).toBe(24 * 7);
    expect(width("Chỉ tiêu", "Tần suất")).toBe(10 * 7);
    expect(width("Chỉ tiêu", "Áp dụng cho nhóm")).toBe(28 * 7);
    // Columns that were there keep their width.
    expect(width("Chỉ tiêu", "Mức")).toBeUndefined();
  });

  it("adds drop-downs for Kiểu, Cách chấm and Tần suất, and a choice's labels in Số liệu", () => {
    expect(listAt("Chỉ tiêu", "Kiểu")?.values[0]).toEqual(["tỷ lệ", "số lượng", "có/không", "lựa chọn", "tỷ số"]);
    expect(listAt("Chỉ tiêu", "Cách chấm")?.values[0]).toEqual([
      "theo mục tiêu",
      "có/không",
      "so với cao nhất",
      "min-max",
      "theo mức",
    ]);
    expect(listAt("Chỉ tiêu", "Tần suất", 40)?.values[0]).toEqual(["tháng", "năm"]);
    expect(listAt("Số liệu", "BCD", 3)?.values[0]).toEqual(["Chủ tịch", "Phó Chủ tịch", "Chưa có"]);
    expect(listAt("Số liệu", "BCD")?.allowInvalid).toBe(true);
    expect(listAt("Số liệu", "VB_TU")).toBeNull();
    expect(after["Số liệu"].numberFormats[1][col("Số liệu", "VB_MAU")]).not.toMatch(/%/);
    expect(after["Số liệu"].numberFormats[1][col("Số liệu", "KY_SO")]).toBe("0.00%");
  });

  it("changes nothing the second time", () => {
    expect(call<string>("setupWorkbook")).toBe("Bảng tính đã đủ các trang và cột; không có gì cần thay đổi.");
    expect(fakes.ss.snapshot()).toEqual(after);
  });

  it("takes a ratio's columns under their English names and adds no second pair", () => {
    const loaded = loadBundle({ activeUser: ADMIN });
    const p = indexProvince();
    p.data[0] = p.data[0].map((h) => (h === "VB_TU" ? "VB_NUM" : h === "VB_MAU" ? "vb_den" : h));
    load(loaded.fakes, p);
    loaded.call<string>("setupWorkbook");
    const header = loaded.fakes.ss.snapshot()["Số liệu"].values[0];
    expect(header.filter((h) => /^vb_/i.test(String(h)))).toEqual(["VB_NUM", "vb_den"]);
  });
});
