import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport, reportToJson } from "../../src/core/report";
import { indicator, model, unit } from "./builders";

const P = (s: string) => parsePeriod(s)!;
const ranking = (m: ReturnType<typeof model>, period: string, group = 0) =>
  buildReport(m, P(period)).groups[group].ranking.map((u) => [u.unit.id, u.rank, u.roundedScore]);

describe("ranking within a group", () => {
  it("shares ranks on equal rounded scores and skips the next (1, 2, 2, 4)", () => {
    const m = model(
      [unit("A", "An"), unit("B", "Bình"), unit("C", "Cường"), unit("D", "Dũng")],
      [indicator("X", { target: 1, maxPoints: 3 })],
      [
        ["2023-06", "A", { X: 0.9 }],
        ["2023-06", "B", { X: 0.5 }],
        ["2023-06", "C", { X: 0.5 }],
        ["2023-06", "D", { X: 0.1 }],
      ],
    );
    expect(ranking(m, "2023-06")).toEqual([
      ["A", 1, 90],
      ["B", 2, 50],
      ["C", 2, 50],
      ["D", 4, 10],
    ]);
  });

  it("judges ties after rounding to the configured decimals", () => {
    const units = [unit("A", "Ánh"), unit("B", "Bảo")];
    const figures: [string, string, Record<string, number>][] = [
      ["2023-06", "A", { X: 0.50004 }],
      ["2023-06", "B", { X: 0.50001 }],
    ];
    const m2 = model(units, [indicator("X")], figures, { decimals: 2 });
    expect(ranking(m2, "2023-06").map((r) => r[1])).toEqual([1, 1]);
    const m4 = model(units, [indicator("X")], figures, { decimals: 4 });
    expect(ranking(m4, "2023-06").map((r) => r[1])).toEqual([1, 2]);
  });

  it("displays ties in Vietnamese alphabetical order of the unit name", () => {
    const m = model(
      [unit("Z", "Đồng Xoài"), unit("Y", "Bù Đốp"), unit("X", "Bình Long"), unit("W", "Dầu Tiếng")],
      [indicator("X")],
      [
        ["2023-06", "Z", { X: 0.5 }],
        ["2023-06", "Y", { X: 0.5 }],
        ["2023-06", "X", { X: 0.5 }],
        ["2023-06", "W", { X: 0.5 }],
      ],
    );
    // Vietnamese order: B < D < Đ, and "Bình" < "Bù" (i < u).
    expect(ranking(m, "2023-06").map((r) => r[0])).toEqual(["X", "Y", "W", "Z"]);
  });

  it("ranks each group separately and leaves inactive units out", () => {
    const m = model(
      [unit("A", "A", "Sở"), unit("B", "B", "Huyện"), unit("C", "C", "Sở"), unit("D", "D", "Sở", false)],
      [indicator("X")],
      [
        ["2023-06", "A", { X: 0.2 }],
        ["2023-06", "B", { X: 0.1 }],
        ["2023-06", "C", { X: 0.9 }],
        ["2023-06", "D", { X: 1 }],
      ],
    );
    const r = buildReport(m, P("2023-06"));
    expect(r.groups.map((g) => [g.group, g.ranking.map((u) => `${u.rank}${u.unit.id}`)])).toEqual([
      ["Sở", ["1C", "2A"]],
      ["Huyện", ["1B"]],
    ]);
  });

  it("bands units by their % score", () => {
    const m = model(
      [unit("A", "A"), unit("B", "B"), unit("C", "C"), unit("D", "D")],
      [indicator("X")],
      [
        ["2023-06", "A", { X: 0.75 }],
        ["2023-06", "B", { X: 0.7499 }],
        ["2023-06", "C", { X: 0.25 }],
        ["2023-06", "D", { X: 0.1 }],
      ],
    );
    expect(buildReport(m, P("2023-06")).groups[0].ranking.map((u) => u.band)).toEqual([
      "Dẫn dắt",
      "Nâng cao",
      "Hình thành",
      "Khởi động",
    ]);
  });

  it("gives the previous rank and the change from the previous period of the same kind", () => {
    const m = model(
      [unit("A", "A"), unit("B", "B"), unit("C", "C")],
      [indicator("X")],
      [
        ["2023-05", "A", { X: 0.9 }],
        ["2023-05", "B", { X: 0.5 }],
        ["2023-06", "A", { X: 0.4 }],
        ["2023-06", "B", { X: 0.8 }],
        ["2023-06", "C", { X: 0.6 }],
      ],
    );
    const r = buildReport(m, P("2023-06")).groups[0].ranking;
    expect(r.map((u) => [u.unit.id, u.previousRank, u.change])).toEqual([
      ["B", 2, 1],
      ["C", null, null],
      ["A", 1, -2],
    ]);
    expect(buildReport(m, P("2023-05")).groups[0].ranking.every((u) => u.previousRank === null)).toBe(true);
    // A unit that stops reporting keeps its previous rank for reference but shows no change.
    const m7 = {
      ...m,
      records: [
        ...m.records,
        ...m.records
          .filter((r) => r.period === "2023-06" && r.unitId !== "B")
          .map((r) => ({ ...r, period: "2023-07" })),
      ],
    };
    const b7 = buildReport(m7, P("2023-07")).groups[0].ranking.find((u) => u.unit.id === "B")!;
    expect([b7.reported, b7.previousRank, b7.change]).toEqual([false, 1, null]);
  });
});

describe("points, % score and missing values", () => {
  const inds = [indicator("P", { maxPoints: 10, target: 0.5 }), indicator("Q", { maxPoints: 30, target: 1 })];

  it("sums points over max points as a percentage", () => {
    const m = model([unit("A", "A")], inds, [["2023-06", "A", { P: 0.25, Q: 1 }]]);
    const u = buildReport(m, P("2023-06")).groups[0].ranking[0];
    expect(u.earned).toBeCloseTo(35);
    expect(u.roundedScore).toBe(87.5);
  });

  it("scores a missing value 0 under `tính 0`", () => {
    const m = model([unit("A", "A")], inds, [["2023-06", "A", { P: 0.5 }]], { missing: "zero" });
    expect(buildReport(m, P("2023-06")).groups[0].ranking[0].roundedScore).toBe(25);
  });

  it("leaves a missing value out of the maximum under `bỏ qua`", () => {
    const m = model([unit("A", "A")], inds, [["2023-06", "A", { P: 0.5 }]], { missing: "skip" });
    expect(buildReport(m, P("2023-06")).groups[0].ranking[0].roundedScore).toBe(100);
  });

  it("keeps a unit that did not report in its group: 0 under `tính 0`, last and unscored under `bỏ qua`", () => {
    const units = [unit("A", "A"), unit("B", "B"), unit("C", "C")];
    const figures: [string, string, Record<string, number>][] = [
      ["2023-06", "A", { P: 0.1, Q: 0.1 }],
      ["2023-06", "C", { P: 0, Q: 0 }],
    ];
    const zero = buildReport(model(units, inds, figures, { missing: "zero" }), P("2023-06"));
    expect(zero.groups[0].ranking.map((u) => [u.unit.id, u.rank, u.roundedScore, u.reported])).toEqual([
      ["A", 1, 12.5, true],
      ["B", 2, 0, false],
      ["C", 2, 0, true],
    ]);
    const skip = buildReport(model(units, inds, figures, { missing: "skip" }), P("2023-06"));
    expect(skip.groups[0].ranking.map((u) => [u.unit.id, u.rank, u.roundedScore])).toEqual([
      ["A", 1, 12.5],
      ["C", 2, 0],
      ["B", null, null],
    ]);
    expect(zero.notReported).toEqual([{ unitId: "B", unitName: "B" }]);
  });

  it("records but does not score an indicator with 0 max points", () => {
    const m = model(
      [unit("A", "A")],
      [indicator("P", { target: 1 }), indicator("INFO", { maxPoints: 0, threshold: 0.5 })],
      [["2023-06", "A", { P: 1, INFO: 0.1 }]],
    );
    const r = buildReport(m, P("2023-06"));
    expect(r.groups[0].ranking[0].roundedScore).toBe(100);
    expect(r.laggards[0].units.map((u) => u.unitId)).toEqual(["A"]);
  });

  it("computes pillar sub-scores", () => {
    const m = model(
      [unit("A", "A")],
      [indicator("P", { pillar: "Chính quyền số" }), indicator("Q", { pillar: "Dịch vụ công" })],
      [["2023-06", "A", { P: 1, Q: 0.25 }]],
    );
    const u = buildReport(m, P("2023-06")).groups[0].ranking[0];
    expect(u.pillarScores).toEqual({ "Chính quyền số": 100, "Dịch vụ công": 25 });
  });
});

describe("quarter and year values", () => {
  const figures: [string, string, Record<string, number | boolean>][] = [
    ["2023-04", "A", { M: 0.2, S: 1, L: false, X: 3 }],
    ["2023-05", "A", { M: 0.4, S: 2, L: true, X: 7 }],
    ["2023-06", "A", { M: 0.6, S: 0 }],
    ["2023-07", "A", { M: 1, S: 10, L: false, X: 1 }],
  ];
  const inds = [
    indicator("M", { aggregation: "mean", threshold: 0.5 }),
    indicator("S", { type: "count", aggregation: "sum", target: 100, threshold: 100 }),
    indicator("L", { type: "boolean", scoring: "boolean", aggregation: "last", target: null, threshold: 1 }),
    indicator("X", { type: "count", aggregation: "max", target: 100, threshold: 100 }),
  ];
  const values = (period: string) => {
    const r = buildReport(model([unit("A", "A")], inds, figures), P(period));
    return r.groups[0].ranking[0].values;
  };

  it("aggregates the months of a quarter: mean, sum, last value, max", () => {
    const v = values("2023-Q2");
    expect(v.M).toBeCloseTo(0.4);
    expect(v.S).toBe(3);
    expect(v.L).toBe(1);
    expect(v.X).toBe(7);
  });

  it("aggregates the year so far over the months that have figures", () => {
    const v = values("2023");
    expect(v.M).toBeCloseTo(0.55);
    expect(v.S).toBe(13);
    expect(v.L).toBe(0);
    expect(v.X).toBe(7);
  });
});

describe("laggards", () => {
  it("names units below the threshold, worst first, ties in the order of the Đơn vị sheet", () => {
    const m = model(
      [
        unit("G", "Giao thông"),
        unit("T", "Thanh tra"),
        unit("X", "Xúc tiến"),
        unit("Y", "Y tế"),
        unit("B", "Bù Gia Mập", "Huyện"),
      ],
      [indicator("KY_SO", { threshold: 0.5 })],
      [
        ["2023-06", "G", { KY_SO: 0 }],
        ["2023-06", "T", { KY_SO: 0.3951 }],
        ["2023-06", "X", { KY_SO: 0 }],
        ["2023-06", "Y", { KY_SO: 0.5 }],
        ["2023-06", "B", { KY_SO: 0 }],
      ],
    );
    const l = buildReport(m, P("2023-06")).laggards[0];
    expect(l.units.map((u) => [u.unitId, u.value])).toEqual([
      ["G", 0],
      ["X", 0],
      ["B", 0],
      ["T", 0.3951],
    ]);
  });

  it("names units above the threshold when lower is better, worst first", () => {
    const m = model(
      [unit("A", "A"), unit("B", "B"), unit("C", "C")],
      [indicator("SC", { type: "count", direction: "lower", scoring: "minmax", target: null, threshold: 3 })],
      [
        ["2023-06", "A", { SC: 4 }],
        ["2023-06", "B", { SC: 3 }],
        ["2023-06", "C", { SC: 9 }],
      ],
    );
    expect(buildReport(m, P("2023-06")).laggards[0].units.map((u) => u.unitId)).toEqual(["C", "A"]);
  });

  it("names every unit that answered không to a yes/no indicator whose threshold is có", () => {
    const m = model(
      [unit("A", "A"), unit("B", "B"), unit("C", "C")],
      [indicator("KH", { type: "boolean", scoring: "boolean", aggregation: "last", target: null, threshold: 1 })],
      [
        ["2023-06", "A", { KH: true }],
        ["2023-06", "B", { KH: false }],
        ["2023-06", "C", { KH: null as unknown as boolean }],
      ],
    );
    const json = reportToJson(buildReport(m, P("2023-06")));
    expect(json.laggards[0].units).toEqual([{ unitId: "B", unitName: "B", value: false }]);
  });

  it("never lists a unit that did not report; it is in its own list", () => {
    const m = model(
      [unit("A", "A"), unit("B", "B")],
      [indicator("X", { threshold: 0.5 })],
      [["2023-06", "A", { X: 0.1 }]],
    );
    const r = buildReport(m, P("2023-06"));
    expect(r.laggards[0].units.map((u) => u.unitId)).toEqual(["A"]);
    expect(r.notReported.map((u) => u.unitId)).toEqual(["B"]);
  });
});
