// Punctuality looks days up by quarter hour (one Intl call per quarter hour, not per row: 60,000
// rows of 5,000 units × 12 months took a third of a second): the day each instant gets is the day
// Intl gives that instant, in zones with summer time and half-hour offsets, across a whole year.
import { describe, expect, it } from "vitest";
import { buildPunctuality, submittedDay } from "../../src/core/punctuality";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";

describe("days by quarter hour", () => {
  it("gives every instant the day it has in the zone, across midnights and summer-time changes", () => {
    const zones = [
      "Asia/Ho_Chi_Minh",
      "America/Los_Angeles",
      "Australia/Lord_Howe",
      "Asia/Kathmandu",
      "America/Santiago",
    ];
    const formats = new Map(
      zones.map((z) => [
        z,
        new Intl.DateTimeFormat("en-US", { timeZone: z, year: "numeric", month: "numeric", day: "numeric" }),
      ]),
    );
    const exact = (iso: string, zone: string) => {
      const parts = formats.get(zone)!.formatToParts(new Date(iso));
      const p = Object.fromEntries(parts.map((x) => [x.type, Number(x.value)]));
      return { year: p.year, month: p.month, day: p.day };
    };
    // Every 7 minutes 13 seconds across a year: each instant, one memo per zone as buildPunctuality keeps.
    for (const zone of zones) {
      const memo = new Map();
      for (let t = Date.UTC(2023, 0, 1); t < Date.UTC(2024, 0, 1); t += 433_000) {
        const iso = new Date(t).toISOString();
        const day = submittedDay(iso, zone, memo);
        if (day === null || JSON.stringify(day) !== JSON.stringify(exact(iso, zone)))
          expect(day, `${iso} in ${zone}`).toEqual(exact(iso, zone));
      }
    }
  });

  it("leaves buildPunctuality's answers as they were", () => {
    const s = sampleProvince();
    const { model } = readWorkbook({
      sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data, "Cài đặt": s.settings },
      timeZone: "Asia/Ho_Chi_Minh",
    });
    const months = ["2023-05", "2023-06", "2023-07"] as const;
    const p = buildPunctuality(model, [...months], { timeZone: "Asia/Ho_Chi_Minh" });
    for (const u of p.units) {
      const rows = model.records.filter((r) => r.unitId === u.unitId);
      u.cells.forEach((c, k) => {
        const row = rows.find((r) => r.period === months[k]);
        if (c.status === "onTime" || c.status === "late")
          expect(c.submitted).toEqual(submittedDay(row!.updatedAt, "Asia/Ho_Chi_Minh"));
      });
    }
  });
});
