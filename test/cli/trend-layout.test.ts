// The `trend` table's two layouts: months as rows while the indicators fit the terminal (the
// sample's 8), indicators as rows and months as columns, in blocks, when there are many.
import { describe, expect, it } from "vitest";
import { renderTrendText, TREND_WIDTH, unitTrendView } from "../../src/cli/commands/trend";
import type { Figure } from "../../src/core/schemas";
import { indicator, model, unit } from "../core/builders";

const MONTHS = Array.from({ length: 12 }, (_, i) => `2023-${String(i + 1).padStart(2, "0")}`);
const NOW = new Date("2024-03-01T00:00:00Z");

/** A province of three units, `count` percent indicators, a year of figures; B sends on day 9. */
function province(count: number) {
  const ids = Array.from({ length: count }, (_, i) => `CHI_TIEU_${String(i + 1).padStart(2, "0")}`);
  const units = [unit("A", "Sở Một"), unit("B", "Sở Hai"), unit("C", "Sở Ba")];
  const indicators = ids.map((id) => indicator(id, { threshold: 0.5 }));
  const figures: [string, string, Record<string, Figure>][] = [];
  MONTHS.forEach((m, k) => {
    units.forEach((u, j) => {
      figures.push([m, u.id, Object.fromEntries(ids.map((id, i) => [id, ((k + i + j * 3) % 10) / 10 + 0.05]))]);
    });
  });
  const m = model(units, indicators, figures);
  // Stamps: A and C on day 3 of the next month, B on day 9 (4 days late).
  m.records = m.records.map((r) => {
    const [y, mo] = r.period.split("-").map(Number);
    const next = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    return { ...r, updatedAt: `${next}-${r.unitId === "B" ? "09" : "03"} 10:00` };
  });
  return m;
}

const render = (count: number) => {
  const m = province(count);
  const view = unitTrendView(m, m.units[1], {}, NOW);
  return { view, text: renderTrendText(view, "vi"), lines: renderTrendText(view, "vi").split("\n") };
};

describe("trend table layout", () => {
  it("puts months in rows while the indicators fit the width", () => {
    const { lines, view } = render(6);
    expect(view.months).toHaveLength(12);
    expect(lines[3]).toMatch(/^Tháng +CHI_TIEU_01 .* % +Hạng +Nộp số liệu$/);
    expect(lines.filter((l) => /^\d{2}\/2023 /.test(l))).toHaveLength(12);
    expect(lines.find((l) => l.startsWith("03/2023 "))).toMatch(/ trễ 4 ngày$/);
    expect(lines).toContain("Nộp đúng hạn 0/12 tháng (0,00%); trễ hạn 12 tháng; chưa nộp 0 tháng.");
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(TREND_WIDTH);
  });

  it("turns the table when there are many indicators: one row each, months as columns in blocks", () => {
    const { lines } = render(14);
    for (const l of lines) expect(l.length, l).toBeLessThanOrEqual(TREND_WIDTH);
    const headers = lines.filter((l) => l.startsWith("Tháng "));
    expect(headers.length).toBeGreaterThan(1);
    // Every month is a column heading once, in order, across the blocks.
    const heads = headers.flatMap((h) => h.split(/ +/).slice(1));
    expect(heads).toEqual(MONTHS.map((m) => `${m.slice(5)}/2023`));
    // Each block has a row per indicator, then %, Hạng and Nộp số liệu.
    for (const id of ["CHI_TIEU_01", "CHI_TIEU_14", "%", "Hạng", "Nộp số liệu"])
      expect(lines.filter((l) => l.startsWith(`${id} `)).length, id).toBe(headers.length);
    const submitted = lines.filter((l) => l.startsWith("Nộp số liệu "));
    expect(submitted.join(" ").match(/trễ 4 ngày/g)).toHaveLength(12);
    // Below-threshold figures are marked in this layout too.
    expect(lines.find((l) => l.startsWith("CHI_TIEU_01 "))).toMatch(/\*/);
  });
});
