import { describe, expect, it } from "vitest";
import {
  formatPeriod,
  monthsIn,
  nextPeriod,
  parsePeriod,
  previousPeriod,
  quarterEndingIn,
} from "../../src/core/periods";

describe("periods", () => {
  it("reads months, quarters and years in the forms users type", () => {
    expect(parsePeriod("2023-06")).toEqual({ kind: "month", year: 2023, month: 6 });
    expect(parsePeriod("06/2023")).toEqual({ kind: "month", year: 2023, month: 6 });
    expect(parsePeriod("6/2023")).toEqual({ kind: "month", year: 2023, month: 6 });
    expect(parsePeriod("2023-Q2")).toEqual({ kind: "quarter", year: 2023, quarter: 2 });
    expect(parsePeriod("Quý 2/2023")).toEqual({ kind: "quarter", year: 2023, quarter: 2 });
    expect(parsePeriod("2023")).toEqual({ kind: "year", year: 2023 });
  });

  it("refuses what is not a period instead of guessing", () => {
    for (const bad of ["2023-13", "2023-00", "13/2023", "2023-Q5", "23", "", "tháng sáu", "2023-06-01"]) {
      expect(parsePeriod(bad), bad).toBeNull();
    }
  });

  it("formats canonically and steps back across year ends", () => {
    expect(formatPeriod(parsePeriod("6/2023")!)).toBe("2023-06");
    expect(formatPeriod(previousPeriod(parsePeriod("2023-01")!))).toBe("2022-12");
    expect(formatPeriod(previousPeriod(parsePeriod("2023-Q1")!))).toBe("2022-Q4");
    expect(formatPeriod(previousPeriod(parsePeriod("2023")!))).toBe("2022");
    expect(formatPeriod(nextPeriod(parsePeriod("2023-12")!))).toBe("2024-01");
    expect(formatPeriod(nextPeriod(parsePeriod("2023-Q4")!))).toBe("2024-Q1");
    expect(formatPeriod(nextPeriod(parsePeriod("2023-06")!))).toBe("2023-07");
  });

  it("lists the months inside a quarter and a year", () => {
    expect(monthsIn(parsePeriod("2023-Q2")!)).toEqual(["2023-04", "2023-05", "2023-06"]);
    expect(monthsIn(parsePeriod("2023")!)).toHaveLength(12);
    expect(monthsIn(parsePeriod("2023-06")!)).toEqual(["2023-06"]);
  });

  it("knows which month closes a quarter", () => {
    expect(quarterEndingIn(parsePeriod("2023-06")!)).toEqual({ kind: "quarter", year: 2023, quarter: 2 });
    expect(quarterEndingIn(parsePeriod("2023-07")!)).toBeNull();
  });
});
