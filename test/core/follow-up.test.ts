// Following up (design §13): each status of a case named last period, the threshold in force, the
// cases no longer followed, and each laggard's run of periods.
import { describe, expect, it } from "vitest";
import { type FollowUpEntry, followUp, stillFailing } from "../../src/core/follow-up";
import { findLaggards } from "../../src/core/laggards";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import type { Figure, Model } from "../../src/core/schemas";
import { scoreUnits } from "../../src/core/unit-scores";
import { indicator, model, unit } from "./builders";
import { sampleModel } from "./summary-fixtures";

const P = (s: string) => parsePeriod(s)!;
const units = ["A", "B", "C", "D", "E", "F"].map((id) => unit(id, `Đơn vị ${id}`));
type Figures = [string, string, Record<string, Figure>][];

const statuses = (m: Model, period: string) =>
  Object.fromEntries(
    buildReport(m, P(period)).followUp!.entries.map((e) => [`${e.unitId}:${e.indicator.id}`, e.status]),
  );

describe("the status of each case named last period", () => {
  const june: Figures = [
    ["2023-06", "A", { X: 0.3 }],
    ["2023-06", "B", { X: 0.3 }],
    ["2023-06", "C", { X: 0.3 }],
    ["2023-06", "D", { X: 0.3 }],
    ["2023-06", "E", { X: 0.3 }],
    ["2023-06", "F", { X: 0.9 }],
  ];
  const july: Figures = [
    ["2023-07", "A", { X: 0.5 }], // meets the threshold exactly: fixed
    ["2023-07", "B", { X: 0.45 }], // better, still below: improved
    ["2023-07", "C", { X: 0.3 }], // the same: not fixed
    ["2023-07", "E", { X: null }], // a row without the figure: not reported
    // D sent nothing in July: it stopped reporting.
    ["2023-07", "F", { X: 0.2 }], // not named in June: not followed, a new laggard
  ];
  const m = model(units, [indicator("X", { threshold: 0.5 })], [...june, ...july]);

  it("gives fixed, improved, not fixed and not reported, each with both values", () => {
    const f = buildReport(m, P("2023-07")).followUp!;
    expect(f.previousKey).toBe("2023-06");
    expect(f.entries.map((e) => [e.unitId, e.previousValue, e.value, e.status])).toEqual([
      ["A", 0.3, 0.5, "fixed"],
      ["B", 0.3, 0.45, "improved"],
      ["C", 0.3, 0.3, "notFixed"],
      ["D", 0.3, null, "notReported"],
      ["E", 0.3, null, "notReported"],
    ]);
    expect(f.counts).toEqual({ fixed: 1, improved: 1, notFixed: 1, notReported: 2 });
    expect(stillFailing(f).map((e) => e.unitId)).toEqual(["B", "C"]);
  });

  it("calls a worse value not fixed", () => {
    const worse = model(units, [indicator("X", { threshold: 0.5 })], [...june, ["2023-07", "C", { X: 0.1 }]]);
    expect(statuses(worse, "2023-07")["C:X"]).toBe("notFixed");
  });

  it("reads better the other way when lower is better", () => {
    const lower = indicator("N", { type: "count", direction: "lower", threshold: 3, target: 0, aggregation: "sum" });
    const m2 = model(
      units.slice(0, 3),
      [lower],
      [
        ["2023-06", "A", { N: 8 }],
        ["2023-06", "B", { N: 8 }],
        ["2023-06", "C", { N: 8 }],
        ["2023-07", "A", { N: 3 }],
        ["2023-07", "B", { N: 5 }],
        ["2023-07", "C", { N: 9 }],
      ],
    );
    expect(statuses(m2, "2023-07")).toEqual({ "A:N": "fixed", "B:N": "improved", "C:N": "notFixed" });
  });

  it("follows a yes/no indicator: có fixes it, không stays not fixed", () => {
    const plan = indicator("KH", { type: "boolean", scoring: "boolean", threshold: 1, target: 1, aggregation: "last" });
    const m2 = model(
      units.slice(0, 2),
      [plan],
      [
        ["2023-06", "A", { KH: false }],
        ["2023-06", "B", { KH: false }],
        ["2023-07", "A", { KH: true }],
        ["2023-07", "B", { KH: false }],
      ],
    );
    expect(statuses(m2, "2023-07")).toEqual({ "A:KH": "fixed", "B:KH": "notFixed" });
  });

  it("follows quarters against the previous quarter", () => {
    const q: Figures = [];
    for (const month of ["04", "05", "06"])
      q.push([`2023-${month}`, "A", { X: 0.2 }], [`2023-${month}`, "B", { X: 0.2 }]);
    for (const month of ["01", "02", "03"])
      q.push([`2023-${month}`, "A", { X: 0.1 }], [`2023-${month}`, "B", { X: 0.4 }]);
    const f = buildReport(model(units.slice(0, 2), [indicator("X", { threshold: 0.3 })], q), P("2023-Q2")).followUp!;
    expect(f.previousKey).toBe("2023-Q1");
    expect(f.entries.map((e) => [e.unitId, e.status])).toEqual([
      ["A", "improved"],
      // B was not named in Q1 (40 %): it is a new laggard, not a case to follow.
    ]);
  });

  it("has no follow-up when the previous period has no figures", () => {
    expect(buildReport(m, P("2023-06")).followUp).toBeNull();
  });
});

describe("a threshold changed between the two periods", () => {
  // June was ranked with a threshold of 50 %; the office lowered it to 40 % for July.
  const figures: Figures = [
    ["2023-06", "A", { X: 0.45 }],
    ["2023-06", "B", { X: 0.3 }],
    ["2023-06", "C", { X: 0.3 }],
    ["2023-07", "A", { X: 0.45 }],
    ["2023-07", "B", { X: 0.35 }],
    ["2023-07", "C", { X: 0.42 }],
  ];
  const before = model(units.slice(0, 3), [indicator("X", { threshold: 0.5 })], figures);
  const after = model(units.slice(0, 3), [indicator("X", { threshold: 0.4 })], figures);
  const juneLists = findLaggards(before.indicators, scoreUnits(before, P("2023-06")));
  const f = followUp(P("2023-06"), juneLists, after.indicators, scoreUnits(after, P("2023-07")));
  const byUnit = (id: string) => f.entries.find((e) => e.unitId === id) as FollowUpEntry;

  it("judges each case against the threshold in force now, and keeps the old one beside it", () => {
    // A did not move, but 45 % meets the new 40 %: fixed by the threshold's change, as the note says.
    expect(byUnit("A")).toMatchObject({ status: "fixed", previousThreshold: 0.5, threshold: 0.4, value: 0.45 });
    expect(byUnit("B")).toMatchObject({ status: "improved", previousThreshold: 0.5, threshold: 0.4 });
    expect(byUnit("C")).toMatchObject({ status: "fixed", threshold: 0.4 });
  });

  it("would have judged the same figures otherwise under the old threshold", () => {
    const same = followUp(P("2023-06"), juneLists, before.indicators, scoreUnits(before, P("2023-07")));
    // June's list is worst first: B and C (30 %), then A (45 %).
    expect(same.entries.map((e) => [e.unitId, e.status])).toEqual([
      ["B", "improved"],
      ["C", "improved"],
      ["A", "notFixed"],
    ]);
  });

  it("falls back on last period's threshold when the indicator no longer has one", () => {
    const none = model(units.slice(0, 3), [indicator("X", { threshold: null })], figures);
    const g = followUp(P("2023-06"), juneLists, none.indicators, scoreUnits(none, P("2023-07")));
    expect(g.entries.map((e) => [e.unitId, e.threshold, e.status])).toEqual([
      ["B", 0.5, "improved"],
      ["C", 0.5, "improved"],
      ["A", 0.5, "notFixed"],
    ]);
  });
});

describe("cases no longer followed", () => {
  const figures: Figures = [
    ["2023-06", "A", { X: 0.1, Y: 0.1 }],
    ["2023-06", "B", { X: 0.1, Y: 0.1 }],
    ["2023-07", "A", { X: 0.1, Y: 0.1 }],
    ["2023-07", "B", { X: 0.1, Y: 0.1 }],
  ];
  const both = [indicator("X", { threshold: 0.5 }), indicator("Y", { threshold: 0.5 })];
  const june = model(units.slice(0, 2), both, figures);
  const juneLists = findLaggards(june.indicators, scoreUnits(june, P("2023-06")));

  it("counts a unit made inactive and an indicator removed as dropped, not judged", () => {
    const now = model([units[0], { ...units[1], active: false }], [both[0]], figures);
    const f = followUp(P("2023-06"), juneLists, now.indicators, scoreUnits(now, P("2023-07")));
    expect(f.entries.map((e) => `${e.unitId}:${e.indicator.id}`)).toEqual(["A:X"]);
    expect(f.dropped).toBe(3);
  });
});

describe("a laggard's run of periods", () => {
  const months = ["2023-03", "2023-04", "2023-05", "2023-06", "2023-07"];
  // A lags every month; B lags in March and from May; C lags only in July; D never.
  const values: Record<string, number[]> = {
    A: [1, 1, 1, 1, 1],
    B: [1, 9, 1, 1, 1],
    C: [9, 9, 9, 9, 1],
    D: [9, 9, 9, 9, 9],
  };
  const figures: Figures = months.flatMap((month, i) =>
    Object.entries(values).map(([id, v]): [string, string, Record<string, Figure>] => [month, id, { X: v[i] / 10 }]),
  );
  const m = model(units.slice(0, 4), [indicator("X", { threshold: 0.5 })], figures);
  const streaks = Object.fromEntries(
    buildReport(m, P("2023-07")).groups[0].ranking.map((u) => [u.unit.id, u.laggardStreak]),
  );

  it("counts the periods in a row, this one included, and 0 for a unit not named now", () => {
    expect(streaks).toEqual({ A: 5, B: 3, C: 1, D: 0 });
  });

  it("stops at the first period without figures", () => {
    const june = Object.fromEntries(
      buildReport(m, P("2023-03")).groups[0].ranking.map((u) => [u.unit.id, u.laggardStreak]),
    );
    expect(june).toMatchObject({ A: 1, B: 1 });
  });
});

describe("the sample province", () => {
  it("follows June's 27 cases in July: 10 fixed, 5 improved, 12 not fixed", () => {
    const f = buildReport(sampleModel(), P("2023-07")).followUp!;
    expect(f.entries).toHaveLength(27);
    expect(f.counts).toEqual({ fixed: 10, improved: 5, notFixed: 12, notReported: 0 });
    // Every case is one of June's laggard entries, with June's value.
    const june = buildReport(sampleModel(), P("2023-06"));
    const named = new Set(june.laggards.flatMap((l) => l.units.map((e) => `${e.unitId}:${l.indicator.id}:${e.value}`)));
    for (const e of f.entries) expect(named.has(`${e.unitId}:${e.indicator.id}:${e.previousValue}`)).toBe(true);
  });
});
