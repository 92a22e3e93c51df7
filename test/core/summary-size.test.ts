import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import { buildSummary, renderSummary } from "../../src/core/summary";
import { syntheticModel } from "./summary-province";

// Gmail clips a message over 102 KB. The summary of the largest province (150 units with long
// names, 40 indicators, most units laggards somewhere) must stay under it, in UTF-8 bytes, with a
// little room to spare.
const BUDGET_BYTES = 100 * 1024;

describe("the committee summary of a 150-unit province", () => {
  const model = syntheticModel(150);
  const mail = renderSummary(buildSummary(buildReport(model, parsePeriod("2023-06")!), model.settings));

  it("names every unit in its chart", () => {
    for (const u of model.units) expect(mail.html).toContain(`${u.name}&nbsp; <b`);
  });

  it(`stays under ${BUDGET_BYTES / 1024} KB of HTML, below Gmail's clip`, () => {
    expect(new TextEncoder().encode(mail.html).length).toBeLessThan(BUDGET_BYTES);
  });
});
