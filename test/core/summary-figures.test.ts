import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, roundTo } from "../../src/core/numbers";
import { percentText, valueText } from "../../src/core/summary";
import { indicator } from "./builders";

describe("percents in the e-mails", () => {
  it("have the settings' decimals, fixed, with the decimal comma in Vietnamese", () => {
    expect(percentText(84.6, "vi", 2)).toBe("84,60%");
    expect(percentText(92.58, "vi", 2)).toBe("92,58%");
    expect(percentText(84.6, "en", 2)).toBe("84.60%");
    expect(percentText(0, "vi", 2)).toBe("0,00%");
    expect(percentText(100, "vi", 0)).toBe("100%");
    expect(percentText(1.005, "vi", 2)).toBe("1,01%");
    expect(percentText(24.385, "vi", 1)).toBe("24,4%");
    expect(percentText(1234.5, "vi", 1)).toBe("1.234,5%");
    expect(percentText(-0.001, "vi", 2)).toBe("0,00%");
  });

  it("round exactly as the ranking does, for any value and any decimals", () => {
    fc.assert(
      fc.property(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        const text = percentText(v, "en", d).slice(0, -1).replace(/,/g, "");
        expect(Number(text)).toBe(roundTo(v, d) || 0);
        expect(formatNumber(Number(text), "en", d)).toBe(formatNumber(roundTo(v, d), "en", d));
      }),
    );
  });

  it("write a percent figure like a score, and counts and yes/no as the sheet shows them", () => {
    const pct = indicator("P", { threshold: 0.5 });
    expect(valueText(pct, 0.846, "vi", 2)).toBe("84,60%");
    expect(valueText(pct, null, "vi", 2)).toBe("chưa nhập");
    const count = indicator("C", { type: "count", scoring: "minmax", target: null });
    expect(valueText(count, 3, "vi", 2)).toBe("3");
    const yesNo = indicator("B", { type: "boolean", scoring: "boolean", target: null });
    expect(valueText(yesNo, 1, "en", 2)).toBe("yes");
    expect(valueText(yesNo, 2 / 3, "vi", 2)).toBe("66,67%");
  });
});
