// The province's real index (design §9) in the core: per-group values, groups an indicator applies
// to, levels, ratios pooled over a quarter, yearly indicators, main-index sub-scores.
import { describe, expect, it } from "vitest";
import { hierarchyOf, indicatorsFor } from "../../src/core/indicators";
import { pointsText } from "../../src/core/labels";
import { parsePeriod } from "../../src/core/periods";
import { buildReport, reportToJson } from "../../src/core/report";
import type { Indicator, Level } from "../../src/core/schemas";
import { laggardSentence } from "../../src/core/summary/laggard-sentences";
import { buildNotice } from "../../src/core/summary/notices";
import { indicator, model, unit } from "./builders";

const P = (s: string) => parsePeriod(s)!;
const DEPT = "Sở, ban, ngành";
const DIST = "UBND cấp huyện";

const units = [
  unit("SYT", "Sở Y tế", DEPT),
  unit("STC", "Sở Tài chính", DEPT),
  unit("BUDOP", "UBND huyện Bù Đốp", DIST),
];

const rowOf = (report: ReturnType<typeof buildReport>, id: string) =>
  report.groups.flatMap((g) => g.ranking).find((u) => u.unit.id === id)!;

const KY_SO = indicator("KY_SO", {
  maxPoints: 15,
  target: null,
  threshold: null,
  byGroup: { [DEPT]: { target: 0.9, threshold: 0.85 }, [DIST]: { target: 0.8, threshold: 0.7 } },
});

describe("per-group targets", () => {
  it("gives a district at 80 % 15/15 and a department at 80 % 13,33 points", () => {
    const m = model(
      units,
      [KY_SO],
      [
        ["2023-06", "SYT", { KY_SO: 0.8 }],
        ["2023-06", "STC", { KY_SO: 0.9 }],
        ["2023-06", "BUDOP", { KY_SO: 0.8 }],
      ],
    );
    const r = buildReport(m, P("2023-06"));
    expect(rowOf(r, "BUDOP").points.KY_SO).toBe(15);
    expect(rowOf(r, "SYT").points.KY_SO).toBeCloseTo(13.333333, 5);
    expect(reportToJson(r).groups[0].ranking.find((u) => u.unitId === "SYT")?.points).toBe(13.333333);
  });

  it("judges each unit against its group's threshold and says both in the letter's sentence", () => {
    const m = model(
      units,
      [KY_SO],
      [
        ["2023-06", "SYT", { KY_SO: 0.8 }],
        ["2023-06", "STC", { KY_SO: 0.86 }],
        ["2023-06", "BUDOP", { KY_SO: 0.6 }],
      ],
    );
    const r = buildReport(m, P("2023-06"));
    expect(r.laggards[0].units.map((e) => [e.unitId, e.threshold])).toEqual([
      ["BUDOP", 0.7],
      ["SYT", 0.85],
    ]);
    expect(laggardSentence(r.laggards[0], "vi", 2).sentence).toBe(
      "Chỉ tiêu KY_SO thấp hơn ngưỡng 70,00% (UBND cấp huyện), 85,00% (Sở, ban, ngành): UBND huyện Bù Đốp (60,00%), Sở Y tế (80,00%).",
    );
  });
});

describe("indicators for some groups only", () => {
  const onlyDistricts = indicator("HS_XA", { maxPoints: 20, target: 0.5, threshold: 0.3, groups: [DIST] });
  const figures: [string, string, Record<string, number | null>][] = [
    ["2023-06", "SYT", { KY_SO: 0.9 }],
    ["2023-06", "STC", { KY_SO: 0.45 }],
    ["2023-06", "BUDOP", { KY_SO: 0.8, HS_XA: 0.1 }],
  ];

  for (const missing of ["zero", "skip"] as const) {
    it(`leaves the departments' maximum unchanged (Thiếu số liệu: ${missing})`, () => {
      const m = model(units, [KY_SO, onlyDistricts], figures, { missing });
      const r = buildReport(m, P("2023-06"));
      expect(rowOf(r, "SYT").maxPoints).toBe(15);
      expect(rowOf(r, "SYT").possible).toBe(15);
      expect(rowOf(r, "SYT").roundedScore).toBe(100);
      expect(rowOf(r, "SYT").points).not.toHaveProperty("HS_XA");
      expect(rowOf(r, "BUDOP").maxPoints).toBe(35);
      // A department is never a laggard in an indicator that is not its own.
      expect(r.laggards.find((l) => l.indicator.id === "HS_XA")?.units.map((e) => e.unitId)).toEqual(["BUDOP"]);
      expect(r.groups[0].indicators.map((i) => i.id)).toEqual(["KY_SO"]);
      expect(r.groups[1].indicators.map((i) => i.id)).toEqual(["KY_SO", "HS_XA"]);
    });
  }

  it("leaves it out of a department's notice", () => {
    const m = model(units, [KY_SO, onlyDistricts], figures);
    const r = buildReport(m, P("2023-06"));
    const notice = buildNotice(r, rowOf(r, "STC"), 2, "vi");
    expect(notice.figures.map((f) => f.indicatorId)).toEqual(["KY_SO"]);
    expect(notice.figures[0].thresholdText).toBe("tối thiểu 85,00%");
  });
});

describe("levels (theo mức)", () => {
  const chair: Level[] = [
    { label: "Chủ tịch", op: null, bound: null, share: 1 },
    { label: "Phó Chủ tịch", op: null, bound: null, share: 0.5 },
    { label: "Chưa có", op: null, bound: null, share: 0 },
  ];
  const BCD = indicator("BCD", {
    type: "choice",
    scoring: "levels",
    aggregation: "last",
    maxPoints: 10,
    target: null,
    threshold: 0,
    levels: chair,
  });

  it("gives Phó Chủ tịch half the points, and a label below the threshold's a laggard shown by its label", () => {
    const m = model(
      units,
      [BCD],
      [
        ["2023-06", "SYT", { BCD: 1 }],
        ["2023-06", "STC", { BCD: 0 }],
        ["2023-06", "BUDOP", { BCD: 2 }],
      ],
    );
    const r = buildReport(m, P("2023-06"));
    expect(rowOf(r, "SYT").points.BCD).toBe(5);
    expect(rowOf(r, "STC").points.BCD).toBe(10);
    expect(rowOf(r, "BUDOP").points.BCD).toBe(0);
    const json = reportToJson(r);
    expect(json.laggards[0].units.map((u) => [u.unitId, u.value])).toEqual([
      ["BUDOP", "Chưa có"],
      ["SYT", "Phó Chủ tịch"],
    ]);
  });

  it("scores a count by the first step it meets, none → 0", () => {
    const steps: Level[] = [
      { label: "≥4", op: ">=", bound: 4, share: 1 },
      { label: "≥2", op: ">=", bound: 2, share: 0.5 },
    ];
    const N = indicator("N", {
      type: "count",
      scoring: "levels",
      aggregation: "sum",
      maxPoints: 8,
      target: null,
      levels: steps,
    });
    const m = model(
      units,
      [N],
      [
        ["2023-06", "SYT", { N: 5 }],
        ["2023-06", "STC", { N: 3 }],
        ["2023-06", "BUDOP", { N: 1 }],
      ],
    );
    const r = buildReport(m, P("2023-06"));
    expect(["SYT", "STC", "BUDOP"].map((id) => rowOf(r, id).points.N)).toEqual([8, 4, 0]);
  });
});

describe("ratios", () => {
  const VB = indicator("VB", { type: "ratio", maxPoints: 10, target: 0.9, threshold: 0.5, aggregation: "sum" });

  it("pools a quarter: April 90/100, May 10/10, June 0/890 is 10 %, not the mean of the months", () => {
    const m = model(
      [units[0]],
      [VB],
      [
        ["2023-04", "SYT", { VB_TU: 90, VB_MAU: 100 }],
        ["2023-05", "SYT", { VB_TU: 10, VB_MAU: 10 }],
        ["2023-06", "SYT", { VB_TU: 0, VB_MAU: 890 }],
      ],
    );
    const r = buildReport(m, P("2023-Q2"));
    expect(rowOf(r, "SYT").values.VB).toBeCloseTo(0.1, 12);
    expect(reportToJson(r).laggards[0].units[0].value).toBe(0.1);
    expect(buildReport(m, P("2023-04")).groups[0].ranking[0].values.VB).toBe(0.9);
  });

  it("treats a mẫu of 0 as a missing value", () => {
    const m = model([units[0]], [VB], [["2023-06", "SYT", { VB_TU: 0, VB_MAU: 0 }]]);
    expect(rowOf(buildReport(m, P("2023-06")), "SYT").values.VB).toBeNull();
  });
});

describe("yearly indicators and the hierarchy", () => {
  const monthly = indicator("M", { maxPoints: 10, target: 1, pillar: "Chính quyền số", mainIndex: "Hoạt động" });
  const yearly = indicator("Y", {
    maxPoints: 30,
    target: 1,
    frequency: "year",
    pillar: "Chính quyền số",
    mainIndex: "Thể chế số",
  });
  const other = indicator("Z", { maxPoints: 10, target: 1, frequency: "year", pillar: "Xã hội số", mainIndex: null });
  const m = model(
    [units[0]],
    [monthly, yearly, other],
    [
      ...Array.from({ length: 12 }, (_, i): [string, string, Record<string, number>] => [
        `2023-${String(i + 1).padStart(2, "0")}`,
        "SYT",
        { M: 0.5 },
      ]),
      ["2023", "SYT", { Y: 1, Z: 0.2 }],
    ],
  );

  it("scores a yearly indicator in the year only", () => {
    expect(buildReport(m, P("2023-06")).indicators.map((i) => i.id)).toEqual(["M"]);
    expect(buildReport(m, P("2023-Q2")).groups[0].ranking[0].maxPoints).toBe(10);
    const year = buildReport(m, P("2023"));
    const u = year.groups[0].ranking[0];
    expect(u.maxPoints).toBe(50);
    expect(u.earned).toBeCloseTo(5 + 30 + 2, 9);
    expect(u.pillarScores).toEqual({ "Chính quyền số": 87.5, "Xã hội số": 20 });
    expect(u.mainIndexScores).toEqual({ "Hoạt động": 50, "Thể chế số": 100 });
    expect(reportToJson(year).groups[0].ranking[0]).toMatchObject({
      maxPoints: 50,
      points: 37,
      score: 74,
      subScores: { "Chính quyền số": 87.5, "Xã hội số": 20, "Hoạt động": 50, "Thể chế số": 100 },
    });
  });

  it("orders the hierarchy pillar → main index → indicator, gathering scattered rows", () => {
    const again = indicator("M2", { pillar: "Chính quyền số", mainIndex: "Hoạt động" });
    const tree = hierarchyOf([monthly, other, yearly, again]);
    expect(tree.map((p) => [p.pillar, p.mainIndexes.map((x) => [x.mainIndex, x.indicators.map((i) => i.id)])])).toEqual(
      [
        [
          "Chính quyền số",
          [
            ["Hoạt động", ["M", "M2"]],
            ["Thể chế số", ["Y"]],
          ],
        ],
        ["Xã hội số", [[null, ["Z"]]]],
      ],
    );
  });

  it("resolves a group's own values once", () => {
    const [resolved] = indicatorsFor([KY_SO as Indicator], DIST, "month");
    expect([resolved.target, resolved.threshold, resolved.maxPoints, resolved.byGroup]).toEqual([0.8, 0.7, 15, null]);
  });
});

describe("points out of the unit's own total", () => {
  it("are taken over the total its % is taken over, so that the fraction agrees with the %", () => {
    // `bỏ qua`: a missing 5-point indicator leaves 10 of the unit's 15 possible.
    expect(pointsText({ score: 90, earned: 9, possible: 10 }, "vi")).toEqual(["9", "10"]);
    expect(pointsText({ score: 91.5, earned: 183.5, possible: 200.5 }, "en")).toEqual(["183.5", "200.5"]);
  });

  it("round a sum of points first to 6 decimals, as --json does", () => {
    expect(pointsText({ score: 92.58, earned: 83.32499999999, possible: 90 }, "vi")).toEqual(["83,33", "90"]);
  });

  it("are none for a unit without a score", () => {
    expect(pointsText({ score: null, earned: 0, possible: 90 }, "vi")).toBeNull();
  });
});
