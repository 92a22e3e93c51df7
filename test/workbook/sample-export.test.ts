// The sample export that ships with the project (src/workbook/sample-export.ts): every agency as the
// province's document-management system writes it finds its own unit, never another.
import { describe, expect, it } from "vitest";
import { decodeCsv, detectSeparator, parseCsv } from "../../src/core/import/csv";
import { formatProblem } from "../../src/core/problems";
import { planImport } from "../../src/workbook/import-plan";
import {
  csvText,
  SAMPLE_EXPORT_INDICATOR,
  SAMPLE_EXPORT_PERIOD,
  SAMPLE_EXPORT_RATE_HEADER,
  sampleExport,
} from "../../src/workbook/sample-export";
import { sampleModel } from "../core/summary-fixtures";

const model = sampleModel();
const exported = sampleExport();

function plan(rows: string[][]) {
  return planImport({
    units: model.units,
    indicators: model.indicators,
    settings: model.settings,
    period: SAMPLE_EXPORT_PERIOD,
    grid: rows,
    source: "xuat.csv",
    mapping: { columns: { [SAMPLE_EXPORT_INDICATOR]: SAMPLE_EXPORT_RATE_HEADER } },
    current: new Map(),
    overwrite: false,
    skipUnmatched: false,
  });
}

describe("the sample export", () => {
  it("names every unit of the sample once, the way the systems write names, with a title and a total row", () => {
    const named = exported.units.filter((u): u is string => u !== null);
    expect(new Set(named)).toEqual(new Set(model.units.map((u) => u.id)));
    expect(named).toHaveLength(model.units.length);
    const names = exported.rows.map((r) => r[1] ?? "");
    for (const written of ["Sở GTVT", "UBND H. Bù Đốp", "UBND huyen Dong Phu", "TT XTĐT, TM và DL", "TP. Đồng Xoài"])
      expect(names).toContain(written);
    expect(names).toContain("TX. Bình Long");
    expect(names.some((n) => n !== n.normalize("NFC"))).toBe(true);
    expect(names.some((n) => n.length > 4 && n === n.toUpperCase())).toBe(true);
    expect(exported.rows.at(-1)?.[1]).toBe("Tổng cộng");
    expect(exported.rows[0]).toHaveLength(1);
  });

  it("writes rates as the system does: percent with a decimal comma", () => {
    const rates = exported.rows.slice(3).map((r) => r[4]);
    for (const rate of rates) expect(rate).toMatch(/^\d{1,3}(,\d)?$/);
    expect(rates.some((r) => r.includes(","))).toBe(true);
    expect(sampleExport()).toEqual(exported);
  });

  it("matches every row to its intended unit, with no wrong match and no problem", () => {
    const result = plan(exported.rows);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.plan.problems).toEqual([]);
    expect(result.plan.layout.headerRow).toBe(2);
    for (const r of result.plan.rows) {
      const intended = exported.units[r.row - 1];
      if (intended === null) expect(r.kind, r.name).toBe("total");
      else {
        expect(r.kind, r.name).toBe("matched");
        expect(r.unitId, r.name).toBe(intended);
      }
    }
    // Rates read as percents (45,5 → 0,455), every one of them written into an empty month.
    const sgtvt = result.plan.rows.find((r) => r.unitId === "SGTVT");
    const text = exported.rows[(sgtvt?.row ?? 0) - 1][4];
    expect(sgtvt?.cells[0].value).toBeCloseTo(Number(text.replace(",", ".")) / 100, 10);
    expect(result.plan.rows.flatMap((r) => r.cells.map((c) => c.action))).toEqual(Array(33).fill("write"));
  });

  it("refuses an ambiguous variant and names both candidates: “UBND thị xã Long”", () => {
    const rows = exported.rows.map((r) => [...r]);
    const at = rows.findIndex((r) => r[1] === "TX. Bình Long");
    rows[at][1] = "UBND thị xã Long";
    const result = plan(rows);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const row = result.plan.rows.find((r) => r.row === at + 1);
    expect(row?.kind).toBe("ambiguous");
    expect(row?.candidates).toEqual(["BINHLONG", "PHUOCLONG"]);
    expect(result.plan.problems).toHaveLength(1);
    const sentence = formatProblem(result.plan.problems[0], "vi");
    expect(sentence).toContain(`xuat.csv!B${at + 1}: “UBND thị xã Long”`);
    expect(sentence).toContain("UBND thị xã Bình Long (BINHLONG)");
    expect(sentence).toContain("UBND thị xã Phước Long (PHUOCLONG)");
  });

  it("is written as CSV with `;`, CRLF and quotes where a cell needs them, and reads back the same", () => {
    const text = csvText(exported.rows);
    expect(text).toContain("STT;Tên cơ quan;Tổng số văn bản đi;Số văn bản ký số;Tỷ lệ ký số (%)\r\n");
    const comma = csvText(exported.rows, ",");
    expect(comma).toContain('"TT XTĐT, TM và DL"');
    for (const t of [text, comma]) {
      const bytes = new TextEncoder().encode(`\uFEFF${t}`);
      const decoded = decodeCsv(bytes);
      expect(parseCsv(decoded.text, detectSeparator(decoded.text))).toEqual(
        exported.rows.map((r) => r.map((c) => c.normalize("NFC"))),
      );
    }
  });
});
