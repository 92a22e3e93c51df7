// Text and figures that would silently change a ranking or garble a report: group names written
// differently, names too long or with control and bidi characters, absurd counts.
import { describe, expect, it } from "vitest";
import { parseField } from "../../src/core/entry-fields";
import { parsePeriod } from "../../src/core/periods";
import { formatProblem } from "../../src/core/problems";
import { buildReport } from "../../src/core/report";
import type { Grid } from "../../src/workbook/contract";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";

const TZ = "Asia/Ho_Chi_Minh";

function read(edit: (s: ReturnType<typeof sampleProvince>) => void) {
  const s = sampleProvince();
  edit(s);
  const sheets: Record<string, Grid> = {
    "Đơn vị": s.units,
    "Chỉ tiêu": s.indicators,
    "Số liệu": s.data,
    "Cài đặt": s.settings,
  };
  const r = readWorkbook({ sheets, timeZone: TZ });
  return { r, problems: r.problems.map((p) => formatProblem(p, "vi")), s };
}

const rowOf = (s: ReturnType<typeof sampleProvince>, id: string) => s.units.findIndex((r) => r[0] === id);

describe("group names", () => {
  it("match like headers (case, double and no-break spaces, NFD) and show as first written", () => {
    const { r, s } = read((s) => {
      s.units[rowOf(s, "SGTVT")][2] = "sở, ban, ngành";
      s.units[rowOf(s, "SNV")][2] = "Sở,  ban,\u00a0ngành ";
      s.units[rowOf(s, "SKHCN")][2] = "Sở, ban, ngành".normalize("NFD");
    });
    expect(r.problems).toEqual([]);
    const first = String(s.units[1][2]);
    expect(new Set(r.model.units.map((u) => u.group))).toEqual(new Set([first, "UBND cấp huyện"]));
    const report = buildReport(r.model, parsePeriod("2023-06")!);
    expect(report.groups.map((g) => [g.group, g.ranking.length])).toEqual([
      [first, 22],
      ["UBND cấp huyện", 11],
    ]);
  });
});

describe("names", () => {
  it("refuses a unit name over 300 characters, with its cell", () => {
    const { problems } = read((s) => {
      s.units[rowOf(s, "SGTVT")][1] = "Sở ".repeat(40_000);
    });
    expect(problems).toEqual([
      `Đơn vị!B${rowOf(sampleProvince(), "SGTVT") + 1}: tên dài 119999 ký tự, quá giới hạn 300 ký tự. Vui lòng rút gọn.`,
    ]);
  });

  it("refuses a newline or a right-to-left override in a unit name and in an indicator name", () => {
    const { problems } = read((s) => {
      s.units[rowOf(s, "SGTVT")][1] = "Sở Giao thông\nVận tải";
      s.units[rowOf(s, "SNV")][1] = "Sở Nội vụ\u202e0 %";
      s.indicators[3][1] = "Tỷ lệ\tký số";
    });
    const row = (id: string) => rowOf(sampleProvince(), id) + 1;
    expect(problems).toEqual([
      `Đơn vị!B${row("SNV")}: tên chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản (U+202E), có thể làm sai lệch báo cáo. Vui lòng gõ lại tên trên một dòng.`,
      `Đơn vị!B${row("SGTVT")}: tên chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản (U+000A), có thể làm sai lệch báo cáo. Vui lòng gõ lại tên trên một dòng.`,
      "Chỉ tiêu!B4: tên chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản (U+0009), có thể làm sai lệch báo cáo. Vui lòng gõ lại tên trên một dòng.",
    ]);
  });
});

describe("plausibility of figures", () => {
  it("refuses a count above a billion in the sheet and in the sidebar, and takes ten million", () => {
    const { problems, s } = read((s) => {
      const col = s.data[0].indexOf("TIN_CDS");
      s.data[1][col] = 1e308;
      s.data[2][col] = 10_000_000;
    });
    const col = String.fromCharCode(65 + s.data[0].indexOf("TIN_CDS"));
    expect(problems).toEqual([
      `Số liệu!${col}2: số lượng 1e+308 vượt quá giới hạn hợp lý (1.000.000.000). Vui lòng kiểm tra lại số liệu.`,
    ]);
    expect(parseField("count", "1000000001")).toMatchObject({ ok: false, key: "countImplausible" });
    expect(parseField("count", "10000000")).toEqual({ ok: true, value: 10_000_000 });
  });
});
