import { describe, expect, it } from "vitest";
import { groupStats, normalisedScore } from "../../src/core/scoring";
import { indicator } from "./builders";

describe("normalised scores", () => {
  it("scores against a target, capped at full points", () => {
    const i = indicator("KY_SO", { target: 0.9 });
    expect(normalisedScore(i, 0.45, null)).toBeCloseTo(0.5);
    expect(normalisedScore(i, 0.99, null)).toBe(1);
    expect(normalisedScore(i, 0, null)).toBe(0);
  });

  it("scores lower-is-better against a target: full at or below it, target / v above", () => {
    const i = indicator("SC", { type: "count", direction: "lower", target: 2 });
    expect(normalisedScore(i, 1, null)).toBe(1);
    expect(normalisedScore(i, 2, null)).toBe(1);
    expect(normalisedScore(i, 8, null)).toBe(0.25);
  });

  it("scores yes/no as 1 or 0, inverted when lower is better", () => {
    const i = indicator("KH", { type: "boolean", scoring: "boolean", target: null });
    expect(normalisedScore(i, 1, null)).toBe(1);
    expect(normalisedScore(i, 0, null)).toBe(0);
    expect(normalisedScore({ ...i, direction: "lower" }, 1, null)).toBe(0);
  });

  it("scores relative to the best of the group", () => {
    const i = indicator("HS", { scoring: "relative", target: null });
    const stats = groupStats([0.2, 0.8, null, 0.4]);
    expect(normalisedScore(i, 0.4, stats)).toBeCloseTo(0.5);
    expect(normalisedScore(i, 0.8, stats)).toBe(1);
    expect(normalisedScore(i, 0, groupStats([0, 0]))).toBe(1);
  });

  it("scores lower-is-better relative as best / v, a zero being the best", () => {
    const i = indicator("SC", { type: "count", scoring: "relative", direction: "lower", target: null });
    const stats = groupStats([1, 2, 4]);
    expect(normalisedScore(i, 1, stats)).toBe(1);
    expect(normalisedScore(i, 4, stats)).toBe(0.25);
    expect(normalisedScore(i, 0, groupStats([0, 3]))).toBe(1);
    expect(normalisedScore(i, 3, groupStats([0, 3]))).toBe(0);
  });

  it("scores min-max within the group, inverted when lower is better, 1 when all are equal", () => {
    const i = indicator("TIN", { type: "count", scoring: "minmax", target: null });
    const stats = groupStats([2, 6, 10]);
    expect(normalisedScore(i, 6, stats)).toBe(0.5);
    expect(normalisedScore({ ...i, direction: "lower" }, 2, stats)).toBe(1);
    expect(normalisedScore({ ...i, direction: "lower" }, 10, stats)).toBe(0);
    expect(normalisedScore(i, 5, groupStats([5, 5]))).toBe(1);
  });
});
