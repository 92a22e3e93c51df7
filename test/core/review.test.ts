// Evidence and review in the core (design §10): the ranking on reviewed figures, the self-assessed
// score beside it, the items' states, and the `Thẩm định` reader's refusals with their cells.
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport, reportToJson } from "../../src/core/report";
import { canonicalFigure, countReviews, reviewItems } from "../../src/core/review";
import type { Model, Review } from "../../src/core/schemas";
import { REVIEW_COLUMNS } from "../../src/workbook/contract";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";
import { sampleModel } from "./summary-fixtures";

const JUNE = parsePeriod("2023-06")!;

function review(over: Partial<Review>): Review {
  return {
    period: "2023-06",
    unitId: "SNV",
    indicatorId: "KH_CDS",
    evidence: "",
    reviewed: null,
    status: "pending",
    reason: "",
    reviewer: "",
    reviewedAt: "",
    selfValue: "",
    ...over,
  };
}

const row = (report: ReturnType<typeof buildReport>, id: string) =>
  report.groups.flatMap((g) => g.ranking).find((u) => u.unit.id === id)!;

describe("the ranking on reviewed figures", () => {
  const base = sampleModel();
  const adjusted: Model = {
    ...base,
    reviews: [
      review({
        reviewed: { KH_CDS: false },
        status: "adjusted",
        reason: "Không có quyết định ban hành kế hoạch.",
        reviewer: "cds@binhphuoc.gov.vn",
        selfValue: "có",
      }),
    ],
  };

  it("moves Sở Nội vụ from 82,9 % (4th, Dẫn dắt) to 71,79 % (11th, Nâng cao), its own 82,9 % kept beside", () => {
    const before = row(buildReport(base, JUNE), "SNV");
    expect([before.roundedScore, before.rank, before.band]).toEqual([82.9, 4, "Dẫn dắt"]);
    const after = row(buildReport(adjusted, JUNE), "SNV");
    expect([after.roundedScore, after.rank, after.band]).toEqual([71.79, 11, "Nâng cao"]);
    expect(after.selfScore).toBe(82.9);
    expect(after.adjustedIn).toEqual(["KH_CDS"]);
  });

  it("puts Sở Nội vụ first in the KH_CDS laggard list", () => {
    const list = buildReport(adjusted, JUNE).laggards.find((l) => l.indicator.id === "KH_CDS")!;
    expect(list.units[0].unitId).toBe("SNV");
    expect(list.units.map((u) => u.unitId)).toHaveLength(3);
  });

  it("adds selfScore to each --json row and the period's review counts", () => {
    const json = reportToJson(buildReport(adjusted, JUNE));
    const snv = json.groups.flatMap((g) => g.ranking).find((u) => u.unitId === "SNV")!;
    expect([snv.score, snv.selfScore]).toEqual([71.79, 82.9]);
    const others = json.groups.flatMap((g) => g.ranking).filter((u) => u.unitId !== "SNV");
    for (const u of others) expect(u.selfScore).toBe(u.score);
    expect(json.review).toMatchObject({ adjusted: 1, accepted: 0, more: 0 });
    expect(json.review!.pending).toBe(json.review!.items - 1);
  });

  it("changes nothing when the office does not review the period", () => {
    expect(buildReport(adjusted, parsePeriod("2023-05")!).review).toBeNull();
    const report = buildReport(base, JUNE);
    expect(report.review).toBeNull();
    for (const u of report.groups.flatMap((g) => g.ranking)) {
      expect(u.selfScore).toBe(u.roundedScore);
      expect(u.pendingReviews).toBe(0);
    }
  });

  it("uses the unit's own figure for every status but điều chỉnh", () => {
    for (const status of ["pending", "accepted", "more"] as const) {
      const m = { ...base, reviews: [review({ status, reviewed: { KH_CDS: false } })] };
      expect(row(buildReport(m, JUNE), "SNV").roundedScore).toBe(82.9);
    }
  });

  it("carries a June adjustment into the quarter and the year", () => {
    const q = row(buildReport(adjusted, parsePeriod("2023-Q2")!), "SNV");
    expect(q.adjustedIn).toEqual(["KH_CDS"]);
    expect(q.selfScore).not.toBe(q.roundedScore);
  });
});

describe("review items", () => {
  const base = sampleModel();

  it("counts every figure of the month once, each in its state", () => {
    const m: Model = {
      ...base,
      reviews: [
        review({ status: "accepted", selfValue: "có" }),
        review({ indicatorId: "KY_SO", status: "more", reason: "Thiếu báo cáo thống kê." }),
      ],
    };
    const items = reviewItems(m, JUNE);
    const counts = countReviews(items);
    expect(counts).toMatchObject({ accepted: 1, more: 1, adjusted: 0 });
    expect(counts.pending).toBe(counts.items - 2);
    // 32 units reported in June (one did not); every figure of theirs is an item.
    expect(new Set(items.map((i) => i.unitId)).size).toBe(32);
  });

  it("makes an acceptance of a figure changed since pending again", () => {
    const m: Model = { ...base, reviews: [review({ status: "accepted", selfValue: "không" })] };
    const item = reviewItems(m, JUNE).find((i) => i.unitId === "SNV" && i.indicatorId === "KH_CDS")!;
    expect([item.status, item.stale]).toEqual(["pending", true]);
  });

  it("writes one canonical text per figure, whatever the language", () => {
    const pct = { type: "percent", levels: null } as const;
    expect(canonicalFigure(pct, [0.825])).toBe("82,5%");
    expect(canonicalFigure(pct, [0.1 + 0.2])).toBe("30%");
    expect(canonicalFigure({ type: "boolean", levels: null }, [true])).toBe("có");
    expect(canonicalFigure({ type: "ratio", levels: null }, [90, 100])).toBe("90/100");
    expect(canonicalFigure({ type: "count", levels: null }, [null])).toBe("");
  });
});

describe("the Thẩm định sheet", () => {
  const header = Object.values(REVIEW_COLUMNS).map((c) => c.name);
  const read = (rows: (string | number)[][]) => {
    const s = sampleProvince();
    return readWorkbook({
      sheets: {
        "Đơn vị": s.units,
        "Chỉ tiêu": s.indicators,
        "Số liệu": s.data,
        "Cài đặt": s.settings,
        "Thẩm định": [header, ...rows],
      },
      timeZone: "Asia/Ho_Chi_Minh",
    });
  };

  it("reads an adjustment and ranks on it", () => {
    const r = read([["2023-06", "SNV", "KH_CDS", "https://x.gov.vn/kh.pdf", "không", "điều chỉnh", "Chưa ban hành"]]);
    expect(r.problems).toEqual([]);
    expect(r.model.reviews?.[0]).toMatchObject({ status: "adjusted", reviewed: { KH_CDS: false }, row: 2 });
    expect(row(buildReport(r.model, JUNE), "SNV").roundedScore).toBe(71.79);
  });

  it("refuses each bad row with its cell, and reads none of them", () => {
    const r = read([
      ["2023-06", "XXX", "KH_CDS", "", "", "đạt"],
      ["2023-06", "SNV", "NOPE", "", "", "đạt"],
      ["2023-06", "SNV", "KY_SO", "", "", "xong"],
      ["2023-06", "SNV", "EMAIL_CV", "", "", "điều chỉnh"],
      ["2023-06", "SNV", "DVC_34", "", "130%", "điều chỉnh"],
      ["2023-06", "SNV", "KH_CDS", "", "", "đạt"],
      ["2023-06", "SNV", "KH_CDS", "", "", "đạt"],
    ]);
    const cells = r.problems.map((p) => `${p.sheet}!${p.cell}:${p.key}`);
    expect(cells).toEqual([
      "Thẩm định!B2:unknownUnit",
      "Thẩm định!C3:reviewUnknownIndicator",
      "Thẩm định!F4:unknownWord",
      "Thẩm định!E5:reviewValueRequired",
      "Thẩm định!E6:percentAbove100",
      "Thẩm định!C8:reviewDuplicate",
    ]);
  });

  it("warns of a required evidence that is missing, at the figure's cell", () => {
    const s = sampleProvince();
    const evidenceCol = (s.indicators[0] as string[]).indexOf("Minh chứng");
    const kh = s.indicators.findIndex((r) => r[0] === "KH_CDS");
    s.indicators[kh][evidenceCol] = "bắt buộc";
    const r = readWorkbook({
      sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data, "Cài đặt": s.settings },
      timeZone: "UTC",
    });
    expect(r.problems).toEqual([]);
    const missing = r.warnings.filter((w) => w.key === "evidenceMissing");
    // Every unit's every month with a plan figure: 12 months of 33 units less the one silent in June.
    expect(missing.length).toBeGreaterThan(300);
    expect(missing[0].sheet).toBe("Số liệu");
    expect(missing[0].cell).toMatch(/^[A-Z]+2$/);
  });
});
