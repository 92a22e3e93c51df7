// Trends (design §13): each unit's score and rank by month, the same as ranking each month alone.
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import { buildTrends, monthsEndingWith } from "../../src/core/trends";
import { indicator, model, unit } from "./builders";
import { sampleModel } from "./summary-fixtures";

const P = (s: string) => parsePeriod(s)!;

describe("the months of a trend", () => {
  it("are the 12 ending with the given month, across a new year", () => {
    expect(monthsEndingWith("2024-03")).toEqual([
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
      "2023-08",
      "2023-09",
      "2023-10",
      "2023-11",
      "2023-12",
      "2024-01",
      "2024-02",
      "2024-03",
    ]);
  });

  it("leave out the months without a single figure, and end with a quarter's or a year's last month", () => {
    const m = sampleModel();
    expect(buildTrends(m, P("2023-07")).months).toEqual([
      "2023-01",
      "2023-02",
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
    ]);
    expect(buildTrends(m, P("2023-Q2")).months.at(-1)).toBe("2023-06");
    expect(buildTrends(m, P("2023")).months).toHaveLength(12);
    expect(buildTrends(m, P("2024-02")).months).toEqual([
      "2023-03",
      "2023-04",
      "2023-05",
      "2023-06",
      "2023-07",
      "2023-08",
      "2023-09",
      "2023-10",
      "2023-11",
      "2023-12",
    ]);
  });
});

describe("scores and ranks by month", () => {
  it("equal what ranking each month on its own gives, for every unit of the sample", () => {
    const m = sampleModel();
    const trends = buildTrends(m, P("2023-12"));
    expect(trends.units).toHaveLength(33);
    for (const month of trends.months) {
      const i = trends.months.indexOf(month);
      const report = buildReport(m, P(month));
      for (const g of report.groups)
        for (const u of g.ranking) {
          const point = trends.units.find((t) => t.unitId === u.unit.id)!.points[i];
          expect(point, `${u.unit.id} ${month}`).toEqual({
            period: month,
            score: u.roundedScore,
            rank: u.rank,
            reported: u.reported,
          });
        }
    }
  });

  it("mark a month a unit did not report, and leave inactive units out", () => {
    const m = model(
      [unit("A", "An"), unit("B", "Bình"), unit("C", "Cường", "Sở, ban, ngành", false)],
      [indicator("X")],
      [
        ["2023-05", "A", { X: 0.9 }],
        ["2023-05", "B", { X: 0.5 }],
        ["2023-06", "A", { X: 0.4 }],
        ["2023-06", "C", { X: 1 }],
      ],
    );
    const t = buildTrends(m, P("2023-06"));
    expect(t.units.map((u) => u.unitId)).toEqual(["A", "B"]);
    expect(t.units[1].points).toEqual([
      { period: "2023-05", score: 50, rank: 2, reported: true },
      { period: "2023-06", score: 0, rank: 2, reported: false },
    ]);
    expect(t.units[0].points.map((p) => p.rank)).toEqual([1, 1]);
  });

  it("use the office's reviewed figures, as the ranking does", () => {
    const base = model(
      [unit("A", "An"), unit("B", "Bình")],
      [indicator("X")],
      [
        ["2023-06", "A", { X: 0.9 }],
        ["2023-06", "B", { X: 0.5 }],
      ],
    );
    const reviewed = {
      ...base,
      reviews: [
        {
          period: "2023-06",
          unitId: "A",
          indicatorId: "X",
          evidence: "",
          reviewed: { X: 0.3 },
          status: "adjusted" as const,
          reason: "Không có minh chứng",
          reviewer: "",
          reviewedAt: "",
          selfValue: "",
        },
      ],
    };
    expect(buildTrends(reviewed, P("2023-06")).units.map((u) => u.points[0].rank)).toEqual([2, 1]);
  });
});
