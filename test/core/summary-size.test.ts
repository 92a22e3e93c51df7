import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import type { Model } from "../../src/core/schemas";
import { buildSummary, HTML_BUDGET_BYTES, renderSummary } from "../../src/core/summary";
import { syntheticModel } from "./summary-province";

// Gmail clips a message over 102 KB. The summary of the largest province (150 units with long
// names, 40 indicators, most units laggards somewhere) must stay under it, in UTF-8 bytes, with a
// little room to spare.
const BUDGET_BYTES = 100 * 1024;
const bytes = (s: string) => new TextEncoder().encode(s).length;

describe("the committee summary of a 150-unit province", () => {
  const model = syntheticModel(150);
  const report = buildReport(model, parsePeriod("2023-06")!);
  const summary = buildSummary(report, model.settings);
  const mail = renderSummary(summary);

  it("names every unit in its chart", () => {
    for (const u of model.units) expect(mail.html).toContain(`${u.name}&nbsp; <b`);
  });

  it(`stays under ${BUDGET_BYTES / 1024} KB of HTML, below Gmail's clip`, () => {
    expect(HTML_BUDGET_BYTES).toBe(BUDGET_BYTES);
    expect(bytes(mail.html)).toBeLessThan(BUDGET_BYTES);
  });

  it("keeps the follow-up's counts, and names in the HTML the units still failing that fit", () => {
    const f = summary.followUp!;
    expect(f.countsLine).toMatch(/^Trong 357 trường hợp được nhắc tháng 05\/2023: 325 đã khắc phục/);
    expect(mail.html).toContain(f.countsLine);
    // The text part names them all; the HTML those that fit and counts the rest.
    for (const s of f.stillFailing) expect(mail.text).toContain(s.sentence);
    const shown = f.stillFailing.filter((s) => mail.html.includes(s.sentence.replace(/&/g, "&amp;")));
    const rest = f.stillFailing.slice(shown.length);
    expect(shown).toEqual(f.stillFailing.slice(0, shown.length));
    expect(rest.length).toBeGreaterThan(0);
    expect(mail.html).toContain(
      `Còn ${rest.reduce((n, s) => n + s.units.length, 0)} trường hợp ở ${rest.length} chỉ tiêu khác chưa nêu tên ở đây`,
    );
  });
});

describe("the committee summary of a 150-unit province whose laggards all stay laggards", () => {
  // May's figures are June's: every case named in May is not fixed in June.
  const base = syntheticModel(150);
  const june = base.records.filter((r) => r.period === "2023-06");
  const model: Model = { ...base, records: [...june.map((r) => ({ ...r, period: "2023-05" })), ...june] };
  const summary = buildSummary(buildReport(model, parsePeriod("2023-06")!), model.settings);
  const mail = renderSummary(summary);

  it(`still stays under ${BUDGET_BYTES / 1024} KB of HTML, the follow-up's counts kept`, () => {
    const f = summary.followUp!;
    expect(f.countsLine).toMatch(/: 0 đã khắc phục, 0 có tiến bộ, \d+ chưa khắc phục\.$/);
    expect(bytes(mail.html)).toBeLessThan(BUDGET_BYTES);
    expect(mail.html).toContain(f.countsLine);
    expect(mail.html).toMatch(/Còn \d+ trường hợp ở \d+ chỉ tiêu khác chưa nêu tên ở đây/);
    for (const s of f.stillFailing) expect(mail.text).toContain(s.sentence);
  });
});
