// Punctuality (design §13): the day a row came is its `Cập nhật lúc` in the spreadsheet's time zone,
// whatever the zone of the machine; figures for month M are due on `Hạn nộp (ngày)` of M+1.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPunctuality, daysBetween, dueDate, submittedDay } from "../../src/core/punctuality";
import type { Model } from "../../src/core/schemas";
import { indicator, model, unit } from "./builders";
import { sampleModel } from "./summary-fixtures";

const VN = "Asia/Ho_Chi_Minh";
let savedTz: string | undefined;
beforeAll(() => {
  // The machine is in Los Angeles: a day read in the machine's zone would be wrong by 14 hours.
  savedTz = process.env.TZ;
  process.env.TZ = "America/Los_Angeles";
});
afterAll(() => {
  process.env.TZ = savedTz;
});

function withStamps(stamps: Record<string, string>, months: string[], dueDay = 5): Model {
  const m = model(
    Object.keys(stamps).map((id) => unit(id, `Đơn vị ${id}`)),
    [indicator("X")],
    Object.keys(stamps).flatMap((id) =>
      months.map((p): [string, string, Record<string, number>] => [p, id, { X: 0.5 }]),
    ),
    { dueDay },
  );
  return { ...m, records: m.records.map((r) => ({ ...r, updatedAt: stamps[r.unitId] })) };
}

describe("the day a row came, in the sheet's time zone", () => {
  it("places an instant in the zone, not the machine's", () => {
    // The machine is 7 hours behind UTC in July, 14 behind Vietnam: 17:00Z is still the 5th there.
    expect(new Date("2023-07-05T17:00:00Z").getTimezoneOffset()).toBe(420);
    expect(new Date("2023-07-05T17:00:00Z").getDate()).toBe(5);
    expect(submittedDay("2023-07-05T16:59:59.000Z", VN)).toEqual({ year: 2023, month: 7, day: 5 });
    expect(submittedDay("2023-07-05T17:00:00.000Z", VN)).toEqual({ year: 2023, month: 7, day: 6 });
    expect(submittedDay("2023-07-05T23:30:00+07:00", VN)).toEqual({ year: 2023, month: 7, day: 5 });
  });

  it("reads a time typed as text as the zone's wall time", () => {
    expect(submittedDay("05/07/2023 23:59", VN)).toEqual({ year: 2023, month: 7, day: 5 });
    expect(submittedDay("2023-07-06 00:01", VN)).toEqual({ year: 2023, month: 7, day: 6 });
    expect(submittedDay("6/7/2023", VN)).toEqual({ year: 2023, month: 7, day: 6 });
  });

  it("knows nothing of a blank or unreadable stamp", () => {
    for (const s of ["", "hôm qua", "31/02/2023", "2023-13-01"]) expect(submittedDay(s, VN)).toBeNull();
  });
});

describe("on time, late or missing", () => {
  it("is on time until the last second of the due day in Vietnam, late a day from its midnight", () => {
    const p = buildPunctuality(
      withStamps({ A: "2023-07-05T16:59:59.000Z", B: "2023-07-05T17:00:00.000Z", C: "2023-07-09T03:00:00.000Z" }, [
        "2023-06",
      ]),
      ["2023-06"],
      { timeZone: VN },
    );
    expect(p.units.map((u) => u.cells[0])).toEqual([
      { status: "onTime", submitted: { year: 2023, month: 7, day: 5 } },
      { status: "late", days: 1, submitted: { year: 2023, month: 7, day: 6 } },
      { status: "late", days: 4, submitted: { year: 2023, month: 7, day: 9 } },
    ]);
  });

  it("takes December's due day in January, and a row sent before the month ended as on time", () => {
    expect(dueDate("2023-12", 5)).toEqual({ year: 2024, month: 1, day: 5 });
    expect(daysBetween({ year: 2023, month: 12, day: 31 }, { year: 2024, month: 1, day: 2 })).toBe(2);
    const p = buildPunctuality(
      withStamps({ A: "2024-01-05T10:00:00.000Z", B: "2023-12-20T02:00:00.000Z" }, ["2023-12"]),
      ["2023-12"],
      {
        timeZone: VN,
      },
    );
    expect(p.units.map((u) => u.cells[0].status)).toEqual(["onTime", "onTime"]);
  });

  it("follows the due day of the settings", () => {
    const p = buildPunctuality(withStamps({ A: "2023-07-08T03:00:00.000Z" }, ["2023-06"], 10), ["2023-06"], {
      timeZone: VN,
    });
    expect(p.units[0].cells[0].status).toBe("onTime");
  });

  it("calls a month without a row missing once its due day has passed, and not due before", () => {
    const m = withStamps({ A: "2023-06-03T03:00:00.000Z" }, ["2023-05"]);
    const months = ["2023-05", "2023-06"];
    expect(
      buildPunctuality(m, months, { timeZone: VN, today: { year: 2023, month: 7, day: 5 } }).units[0].cells[1],
    ).toEqual({
      status: "notDue",
    });
    const after = buildPunctuality(m, months, { timeZone: VN, today: { year: 2023, month: 7, day: 6 } }).units[0];
    expect(after.cells[1]).toEqual({ status: "missing" });
    expect([after.onTime, after.late, after.missing, after.rate]).toEqual([1, 0, 1, 0.5]);
  });

  it("counts a row without a readable stamp neither on time nor late", () => {
    const u = buildPunctuality(withStamps({ A: "" }, ["2023-05"]), ["2023-05"], { timeZone: VN }).units[0];
    expect(u.cells[0]).toEqual({ status: "unknown" });
    expect(u.rate).toBeNull();
  });
});

describe("the sample province", () => {
  it("has three units often late and a rate for every unit", () => {
    const m = sampleModel();
    const months = [
      "2023-01",
      "2023-02",
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
    ];
    // The CLI reads the workbook's dates as wall time in UTC (see src/cli/load.ts).
    const p = buildPunctuality(m, months, { timeZone: "UTC", today: { year: 2024, month: 1, day: 10 } });
    expect(p.units).toHaveLength(33);
    const rate = (id: string) => p.units.find((u) => u.unitId === id)!.rate!;
    for (const id of ["BUDOP", "SCT", "HONQUAN"]) expect(rate(id)).toBeLessThan(0.7);
    // BDT sent nothing for June: missing, not late.
    const bdt = p.units.find((u) => u.unitId === "BDT")!;
    expect(bdt.cells[5]).toEqual({ status: "missing" });
    expect(p.units.filter((u) => u.rate === 1).length).toBeGreaterThan(15);
  });
});
