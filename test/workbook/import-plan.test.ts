import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/core/problems";
import type { Figure, Review } from "../../src/core/schemas";
import type { Grid } from "../../src/workbook/contract";
import { type ImportInput, type ImportPlan, planImport } from "../../src/workbook/import-plan";
import { aliasWrites, dataWrites, importAuditRows } from "../../src/workbook/import-writes";
import { indicator, model, unit } from "../core/builders";

const UNITS = [
  unit("SGTVT", "Sở Giao thông Vận tải"),
  unit("SYT", "Sở Y tế"),
  unit("BINHLONG", "UBND thị xã Bình Long", "UBND cấp huyện"),
  unit("PHUOCLONG", "UBND thị xã Phước Long", "UBND cấp huyện"),
  unit("CU", "Sở Cũ", "Sở, ban, ngành", false),
];
const INDICATORS = [
  indicator("KY_SO", { name: "Tỷ lệ văn bản ký số" }),
  indicator("HOP", { type: "boolean", scoring: "boolean", groups: ["UBND cấp huyện"] }),
  indicator("SO_TIN", { type: "count", scoring: "relative" }),
  indicator("KH_NAM", { type: "boolean", scoring: "boolean", frequency: "year" }),
];
const M = model(UNITS, INDICATORS, [["2023-07", "SYT", { KY_SO: 0.5, SO_TIN: 3 }]]);

const EXPORT: Grid = [
  ["THỐNG KÊ VĂN BẢN ĐI THÁNG 7/2023", "", "", ""],
  ["STT", "Tên cơ quan", "Tỷ lệ ký số (%)", "Số tin bài"],
  ["1", "Sở GTVT", "45,5", "4"],
  ["2", "SỞ Y TẾ", "80", "3"],
  ["3", "TX. Bình Long", "12,25", ""],
  ["4", "Tổng cộng", "45,9", "7"],
];

function plan(over: Partial<ImportInput> = {}, grid: Grid = EXPORT) {
  const current = new Map<string, Record<string, Figure | string>>();
  for (const r of M.records) if (r.period === (over.period ?? "2023-07")) current.set(r.unitId, r.values);
  return planImport({
    units: M.units,
    indicators: M.indicators,
    settings: M.settings,
    period: "2023-07",
    grid,
    source: "xuat.csv",
    mapping: { columns: { KY_SO: "tỷ lệ ký số (%)", SO_TIN: "Số tin bài" } },
    current,
    overwrite: false,
    skipUnmatched: false,
    ...over,
  });
}

function ok(result: ReturnType<typeof plan>): ImportPlan {
  if (!result.ok) throw new Error(result.problems.map((p) => formatProblem(p, "vi")).join("\n"));
  return result.plan;
}

const cellsOf = (p: ImportPlan, unitId: string) =>
  Object.fromEntries(
    (p.rows.find((r) => r.unitId === unitId)?.cells ?? []).map((c) => [c.key, [c.old, c.value, c.action]]),
  );

describe("planning an import", () => {
  it("finds the header under a title, the name column by its header, and each row's unit", () => {
    const p = ok(plan());
    expect(p.layout).toMatchObject({ headerRow: 1, nameColumn: 1, nameHeader: "Tên cơ quan" });
    expect(p.rows.map((r) => [r.row, r.kind, r.unitId])).toEqual([
      [3, "matched", "SGTVT"],
      [4, "matched", "SYT"],
      [5, "matched", "BINHLONG"],
      [6, "total", null],
    ]);
    expect(p.problems).toEqual([]);
  });

  it("reads a percent column of bare numbers above 1 as percents, whatever the form", () => {
    const p = ok(plan());
    expect(p.layout.columns[0].percentScale).toBe(true);
    expect(cellsOf(p, "SGTVT").KY_SO).toEqual([null, 0.455, "write"]);
    const forms = (values: (string | number)[]) =>
      ok(
        plan({ mapping: { columns: { KY_SO: "Tỷ lệ ký số (%)" } } }, [
          ["Tên cơ quan", "Tỷ lệ ký số (%)"],
          ...values.map((v, i) => [["Sở GTVT", "Sở Y tế", "TX. Bình Long"][i], v]),
        ]),
      ).rows.map((r) => r.cells[0].value);
    expect(forms(["45,5%", "80 %", "12,25%"])).toEqual([0.455, 0.8, 0.1225]);
    expect(forms([0.455, 0.8, 0.1225])).toEqual([0.455, 0.8, 0.1225]);
    expect(forms(["0,455", "0,8", "0,1225"])).toEqual([0.455, 0.8, 0.1225]);
    // One value above 1 makes the whole column percents: 0,5 there is 0,5 %.
    expect(forms(["45,5", "0,5", "100"])).toEqual([0.455, 0.005, 1]);
  });

  it("writes a blank figure, keeps a different one unless asked, and never writes a blank cell", () => {
    const kept = ok(plan());
    expect(cellsOf(kept, "SYT")).toEqual({ KY_SO: [0.5, 0.8, "keep"], SO_TIN: [3, 3, "same"] });
    expect(cellsOf(kept, "BINHLONG").SO_TIN).toEqual([null, null, "blank"]);
    const replaced = ok(plan({ overwrite: true }));
    expect(cellsOf(replaced, "SYT")).toEqual({ KY_SO: [0.5, 0.8, "write"], SO_TIN: [3, 3, "same"] });
  });

  it("never overwrites a figure the office accepted, even when asked; a stale decision does not hold", () => {
    const review = (selfValue: string): Review => ({
      period: "2023-07",
      unitId: "SYT",
      indicatorId: "KY_SO",
      evidence: "",
      reviewed: null,
      status: "accepted",
      reason: "",
      reviewer: "cds@x.example",
      reviewedAt: "2023-08-10T00:00:00.000Z",
      selfValue,
    });
    expect(cellsOf(ok(plan({ overwrite: true, reviews: [review("50%")] })), "SYT").KY_SO).toEqual([
      0.5,
      0.8,
      "reviewed",
    ]);
    expect(cellsOf(ok(plan({ overwrite: true, reviews: [review("40%")] })), "SYT").KY_SO).toEqual([0.5, 0.8, "write"]);
    // Another period's decision is not this one's.
    expect(
      cellsOf(ok(plan({ overwrite: true, reviews: [{ ...review("50%"), period: "2023-06" }] })), "SYT").KY_SO,
    ).toEqual([0.5, 0.8, "write"]);
  });

  it("leaves out indicators of another group and units no longer followed", () => {
    const grid: Grid = [
      ["Đơn vị", "Họp không giấy"],
      ["Sở Y tế", "có"],
      ["TX. Bình Long", "có"],
      ["Sở Cũ", "không"],
    ];
    const p = ok(plan({ mapping: { columns: { HOP: "Họp không giấy" } } }, grid));
    expect(p.rows.map((r) => r.cells[0].action)).toEqual(["notApplicable", "write", "inactive"]);
  });

  it("names an unreadable figure by its cell and writes nothing", () => {
    const grid: Grid = [
      ["Tên cơ quan", "Tỷ lệ ký số (%)"],
      ["Sở GTVT", "khoảng 40"],
      ["Sở Y tế", "1.250"],
    ];
    const p = ok(plan({ mapping: { columns: { KY_SO: "Tỷ lệ ký số (%)" } } }, grid));
    expect(p.problems.map((x) => `${x.sheet}!${x.cell}`)).toEqual(["xuat.csv!B2", "xuat.csv!B3"]);
    expect(p.rows.map((r) => r.cells[0].action)).toEqual(["invalid", "invalid"]);
  });

  it("refuses an ambiguous, unknown or repeated name with its row and candidates, unless told to skip them", () => {
    const grid: Grid = [
      ["Tên cơ quan", "Tỷ lệ ký số (%)"],
      ["UBND thị xã Long", "40"],
      ["Sở Nông nghiệp và Môi trường", "50"],
      ["Sở Y tế", "60"],
      ["So Y te", "61"],
      ["", "62"],
    ];
    const mapping = { columns: { KY_SO: "Tỷ lệ ký số (%)" } };
    const p = ok(plan({ mapping }, grid));
    expect(p.rows.map((r) => r.kind)).toEqual(["ambiguous", "unknown", "duplicate", "duplicate", "unknown"]);
    const lines = p.problems.map((x) => formatProblem(x, "vi"));
    expect(lines[0]).toBe(
      "xuat.csv!A2: “UBND thị xã Long” chỉ khớp một phần với UBND thị xã Bình Long (BINHLONG); UBND thị xã Phước Long (PHUOCLONG); không đoán: nếu đúng, vui lòng thêm tên này vào cột Tên khác của đơn vị đó.",
    );
    expect(lines[1]).toContain("xuat.csv!A3: “Sở Nông nghiệp và Môi trường” không khớp đơn vị nào");
    expect(lines[2]).toContain("“Sở Y tế” là Sở Y tế (SYT), đơn vị cũng có ở dòng 5");
    expect(lines[3]).toContain("“So Y te” là Sở Y tế (SYT), đơn vị cũng có ở dòng 4");
    expect(lines[4]).toBe("xuat.csv!A6: dòng có số liệu nhưng không có tên đơn vị.");
    expect(p.rows.every((r) => r.cells.length === 0)).toBe(true);

    const skipped = ok(plan({ mapping, skipUnmatched: true }, grid));
    expect(skipped.problems).toEqual([]);
    expect(skipped.rows.flatMap((r) => r.cells)).toEqual([]);
  });

  it("takes a row resolved by hand, and learns its name once", () => {
    const grid: Grid = [
      ["Tên cơ quan", "Tỷ lệ ký số (%)"],
      ["UBND thị xã Long", "40"],
      ["Sở GTVT", "50"],
    ];
    const p = ok(plan({ mapping: { columns: { KY_SO: "Tỷ lệ ký số (%)" } }, chosen: { 2: "PHUOCLONG" } }, grid));
    expect(p.rows.map((r) => [r.kind, r.unitId, r.learn])).toEqual([
      ["chosen", "PHUOCLONG", true],
      ["matched", "SGTVT", true],
    ]);
    expect(p.aliases).toEqual([
      { unitId: "PHUOCLONG", name: "UBND thị xã Long" },
      { unitId: "SGTVT", name: "Sở GTVT" },
    ]);
    // A name the unit already bears is not learned again.
    const known = { ...M, units: M.units.map((u) => (u.id === "SGTVT" ? { ...u, aliases: ["Sở GTVT"] } : u)) };
    const again = ok(plan({ units: known.units, mapping: { columns: { KY_SO: "Tỷ lệ ký số (%)" } } }, grid));
    expect(again.rows[1]).toMatchObject({ kind: "matched", unitId: "SGTVT", learn: false });
    expect(again.aliases).toEqual([]);
  });

  it("refuses a quarter, a closed period, an unknown key and an indicator of the other frequency", () => {
    const keys = (r: ReturnType<typeof plan>) => (r.ok ? [] : r.problems.map((p) => p.key));
    expect(keys(plan({ period: "2023-Q3" }))).toEqual(["importPeriodKind"]);
    expect(keys(plan({ settings: { ...M.settings, closedPeriods: ["2023-07"] } }))).toEqual(["importPeriodClosed"]);
    expect(keys(plan({ mapping: { columns: { NOPE: "Tỷ lệ ký số (%)" } } }))).toEqual(["importUnknownIndicator"]);
    expect(keys(plan({ mapping: { columns: { KH_NAM: "Tỷ lệ ký số (%)" } } }))).toEqual(["importYearlyInMonth"]);
    expect(keys(plan({ period: "2023" }))).toEqual(["importMonthlyInYear", "importMonthlyInYear"]);
  });

  it("names the columns it cannot find and the ones there are", () => {
    // Headers compare like names ("Tỷ lệ ký số" is “Tỷ lệ ký số (%)”); a header that is not there is named.
    expect(plan({ mapping: { columns: { KY_SO: "TY LE KY SO" } } }).ok).toBe(true);
    const r = plan({ mapping: { columns: { KY_SO: "Tỷ lệ hồ sơ" } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(formatProblem(r.problems[0], "vi")).toBe(
      "Không tìm thấy cột “Tỷ lệ hồ sơ” trong 6 dòng đầu của xuat.csv; các cột có: “STT”, “Tên cơ quan”, “Tỷ lệ ký số (%)”, “Số tin bài”.",
    );
    const noName = plan({}, [
      ["Mã", "Tỷ lệ ký số (%)", "Số tin bài"],
      ["X", "1", "2"],
    ]);
    expect(noName.ok ? [] : noName.problems.map((p) => p.key)).toEqual(["importNameColumnMissing"]);
    const given = plan({ mapping: { nameColumn: "Mã", columns: { KY_SO: "Tỷ lệ ký số (%)" } } }, [
      ["Mã", "Tỷ lệ ký số (%)"],
      ["Sở Y tế", "1"],
    ]);
    expect(given.ok && given.plan.rows[0].unitId).toBe("SYT");
  });
});

describe("an import plan as cell writes and audit rows", () => {
  const DATA: Grid = [
    ["Kỳ", "Mã đơn vị", "KY_SO", "HOP", "SO_TIN", "KH_NAM", "Ghi chú", "Người nhập", "Cập nhật lúc"],
    ["2023-06", "SGTVT", 0.4, "", 2, "", "", "", ""],
    ["2023-07", "SYT", 0.5, "", 3, "", "", "a@x", ""],
  ];

  it("updates a unit's row of the period, adds a row for the others, and stamps both", () => {
    const p = ok(plan({ overwrite: true }));
    const w = dataWrites(p, DATA, INDICATORS, "UTC", { by: "cli", at: "2023-08-03" });
    expect(w).toEqual({
      cells: [
        { row: 4, column: 1, value: "2023-07" },
        { row: 4, column: 2, value: "SGTVT" },
        { row: 4, column: 3, value: 0.455 },
        { row: 4, column: 5, value: 4 },
        { row: 3, column: 3, value: 0.8 },
        { row: 5, column: 1, value: "2023-07" },
        { row: 5, column: 2, value: "BINHLONG" },
        { row: 5, column: 3, value: 0.1225 },
        { row: 4, column: 8, value: "cli" },
        { row: 4, column: 9, value: "2023-08-03" },
        { row: 3, column: 8, value: "cli" },
        { row: 3, column: 9, value: "2023-08-03" },
        { row: 5, column: 8, value: "cli" },
        { row: 5, column: 9, value: "2023-08-03" },
      ],
    });
    expect(dataWrites(p, [["Kỳ", "Mã đơn vị", "KY_SO"]], INDICATORS, "UTC", { by: "", at: "" })).toEqual({
      missing: "SO_TIN",
    });
  });

  it("adds learned names after the unit's own, and the Tên khác header when missing", () => {
    const p = ok(plan());
    const units: Grid = [
      ["Mã đơn vị", "Tên đơn vị", "Nhóm"],
      ["SGTVT", "Sở Giao thông Vận tải", "Sở, ban, ngành"],
      ["BINHLONG", "UBND thị xã Bình Long", "UBND cấp huyện"],
    ];
    expect(aliasWrites(p, units).cells).toEqual([
      { row: 1, column: 4, value: "Tên khác" },
      { row: 2, column: 4, value: "Sở GTVT" },
      { row: 3, column: 4, value: "TX. Bình Long" },
    ]);
    const withColumn = [
      ["Mã đơn vị", "Tên khác"],
      ["SGTVT", "GTVT tỉnh"],
      ["BINHLONG", ""],
    ];
    expect(aliasWrites(p, withColumn).cells).toEqual([
      { row: 2, column: 2, value: "GTVT tỉnh; Sở GTVT" },
      { row: 3, column: 2, value: "TX. Bình Long" },
    ]);
  });

  it("audits every figure written, old and new, and every name learned", () => {
    const rows = importAuditRows(ok(plan({ overwrite: true })), "xuat.csv", "vi");
    expect(rows).toContainEqual({
      action: "Nhập từ tệp xuat.csv",
      period: "2023-07",
      unitId: "SYT",
      indicator: "KY_SO",
      oldValue: "50%",
      newValue: "80%",
    });
    expect(rows.filter((r) => r.action === "Thêm tên khác").map((r) => [r.unitId, r.newValue])).toEqual([
      ["SGTVT", "Sở GTVT"],
      ["BINHLONG", "TX. Bình Long"],
    ]);
    // Sở GTVT's two figures, Sở Y tế's percent (its count is the same), Bình Long's percent; two names.
    expect(rows).toHaveLength(4 + 2);
  });
});
