import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, parseNumberText, roundTo } from "../../src/core/numbers";

const value = (s: string) => {
  const r = parseNumberText(s);
  return r.ok ? (r.percent ? `${r.value}%` : r.value) : r.reason;
};

describe("numbers as Vietnamese and English users type them", () => {
  it("accepts the decimal comma and the decimal point", () => {
    expect(value("0,33")).toBe(0.33);
    expect(value("0.33")).toBe(0.33);
    expect(value("24,39")).toBe(24.39);
    expect(value("-3")).toBe(-3);
  });

  it("accepts thousands separators where unambiguous", () => {
    expect(value("1.250,5")).toBe(1250.5);
    expect(value("1,250.5")).toBe(1250.5);
    expect(value("1.250.000")).toBe(1250000);
    expect(value("1 250")).toBe(1250);
  });

  it("refuses a lone separator followed by three digits as ambiguous", () => {
    expect(parseNumberText("1.250")).toEqual({ ok: false, reason: "ambiguous", readings: [1.25, 1250] });
    expect(parseNumberText("1,250")).toEqual({ ok: false, reason: "ambiguous", readings: [1.25, 1250] });
    expect(value("0,250")).toBe(0.25);
  });

  it("reads percent texts with or without a space", () => {
    expect(value("24,39%")).toBe("24.39%");
    expect(value("39,51 %")).toBe("39.51%");
    expect(value("0%")).toBe("0%");
  });

  it("refuses text that is not a number", () => {
    for (const bad of ["abc", "1,2,3", "12a", "%", "1.2.3,4.5", ",", "--1"]) expect(value(bad), bad).toBe("notNumber");
  });

  it("rounds half away from zero without binary artefacts", () => {
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(89.915, 2)).toBe(89.92);
    expect(roundTo(-2.5, 0)).toBe(-3);
  });

  it("rounds over the whole double range, never giving NaN", () => {
    expect(roundTo(10_000_000, 2)).toBe(10_000_000);
    expect(roundTo(1e21, 2)).toBe(1e21);
    expect(roundTo(1e308, 6)).toBe(1e308);
    expect(roundTo(Number.MAX_VALUE, 2)).toBe(Number.MAX_VALUE);
    expect(roundTo(5e-7, 6)).toBe(0.000001);
    expect(roundTo(4e-7, 6)).toBe(0);
    expect(roundTo(Number.MIN_VALUE, 2)).toBe(0);
    expect(Object.is(roundTo(-1e-9, 2), 0)).toBe(true);
    expect(roundTo(123456789.125, 2)).toBe(123456789.13);
  });

  it("property: the fast path gives exactly what rounding through the decimal text gives", () => {
    // The reference: x × 10^d through the shortest decimal text, rounded, shifted back.
    const shift = (x: number, by: number) => {
      const [mantissa, exponent = "0"] = String(x).split("e");
      return Number(`${mantissa}e${Number(exponent) + by}`);
    };
    const reference = (v: number, d: number) => {
      const abs = Math.abs(v);
      if (abs * 10 ** d >= 2 ** 53) return v;
      return (v < 0 ? -1 : 1) * shift(Math.round(shift(abs, d)), -d) || 0;
    };
    const scores = fc.integer({ min: 0, max: 10_000_000 }).map((k) => k / 1000 + (k % 7) / 1e7);
    const halves = fc.integer({ min: -1_000_000, max: 1_000_000 }).map((k) => (k + 0.5) / 100);
    fc.assert(
      fc.property(
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), scores, halves),
        fc.integer({ min: 0, max: 6 }),
        (v, d) => {
          expect(roundTo(v, d)).toBe(reference(v, d));
        },
      ),
      { numRuns: 20_000 },
    );
  });

  it("property: roundTo is finite, within half a unit of the value, and idempotent, for every finite double", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (v, d) => {
        const r = roundTo(v, d);
        expect(Number.isFinite(r)).toBe(true);
        expect(roundTo(r, d)).toBe(r);
        // Within half a unit of the last place, allowing for the double's own spacing.
        const ulp = Math.abs(v) * Number.EPSILON * 4;
        expect(Math.abs(r - v)).toBeLessThanOrEqual(0.5 * 10 ** -d + ulp);
      }),
      { numRuns: 5000 },
    );
  });

  it("property: the number parser reads back any finite double written out plainly, in both notations", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e15, noNaN: true }), (v) => {
        const text = v.toFixed(4);
        const p = parseNumberText(text);
        if (!p.ok) {
          // Only `1.250`-like texts are refused, and never silently read.
          expect(p.reason).toBe("ambiguous");
          return;
        }
        expect(p.value).toBe(Number(text));
        const vi = parseNumberText(text.replace(".", ","));
        if (vi.ok) expect(vi.value).toBe(Number(text));
      }),
      { numRuns: 2000 },
    );
  });

  it("formats with the decimal comma in Vietnamese and the point in English", () => {
    expect(formatNumber(1250.5, "vi")).toBe("1.250,5");
    expect(formatNumber(1250.5, "en")).toBe("1,250.5");
    expect(formatPercent(0.2439, "vi")).toBe("24,39%");
    expect(formatPercent(0.0033, "vi")).toBe("0,33%");
    expect(formatPercent(0.49, "vi")).toBe("49%");
    expect(formatPercent(0.2439, "en")).toBe("24.39%");
  });
});
