// All or nothing (design §8): a "Service Spreadsheets failed" at any call of Rank units leaves the
// previous `Xếp hạng` whole (values, colours, chart, protection, place in the tabs) or the new one
// complete, never half; the next clean run leaves no sheet aside.
import { describe, expect, it } from "vitest";
import type { SheetSnapshot } from "../fakes";
import { loadBundle, loadSample } from "./harness";
import { splitAtOverview } from "./overview-calls";

process.env.TZ = "America/Los_Angeles";

const RANKING = "Xếp hạng";
const ID_PROPERTY = "dxScorecard.sheet.ranking";
const STAMP = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}|\d{4}-\d{2}-\d{2} \d{2}:\d{2}/g;

/** What a reader sees of the ranking, without the time it was made and the chart IDs Sheets gives. */
function shape(s: SheetSnapshot) {
  return {
    ...s,
    values: s.values.map((r) => r.map((v) => (typeof v === "string" ? v.replace(STAMP, "<time>") : v))),
    charts: s.charts.map((c) => ({ ...c, id: null })),
  };
}

/** The sample ranked for May, its ranking protected for admins only and its ID recorded. */
function rankedForMay() {
  const b = loadBundle();
  loadSample(b.fakes);
  b.fakes.ss.loadGrid("Báo cáo", [["Bảng của văn phòng"]]);
  b.call("rankUnits", "2023-05");
  const sheet = b.fakes.ss.sheet(RANKING);
  sheet.protect().setDescription("Chỉ quản trị được sửa").addEditors(["cds@binhphuoc.example"]).setDomainEdit(false);
  b.fakes.properties.document.setProperty(ID_PROPERTY, String(sheet.id));
  b.fakes.calls.reset();
  return b;
}

function state(b: ReturnType<typeof rankedForMay>) {
  const snap = b.fakes.ss.snapshot();
  return {
    names: b.fakes.ss.sheets.map((s) => s.name),
    ranking: shape(snap[RANKING]),
    recordedId: b.fakes.properties.document.getProperty(ID_PROPERTY),
    rankingId: String(b.fakes.ss.sheet(RANKING).id),
  };
}

describe("rankUnits, all or nothing", () => {
  const clean = rankedForMay();
  const before = state(clean);
  clean.fakes.calls.reset();
  expect(clean.call<string>("rankUnits", "2023-06")).toMatch(/^Đã xếp hạng tháng 06\/2023/);
  // The ranking's calls; Tổng quan's, which follow, have their own loop in overview-atomic.test.ts.
  const total = splitAtOverview(clean.fakes.calls).ranking.length;
  const after = state(clean);

  it("replaces the ranking in its place in the tabs, with its chart, protection and recorded ID", () => {
    expect(after.names).toEqual(before.names);
    expect(after.ranking.values[1][0]).toBe("Kỳ đánh giá: tháng 06/2023");
    expect(after.ranking.charts).toHaveLength(2);
    expect(after.ranking.hidden).toBe(false);
    expect(after.ranking.protections).toEqual(before.ranking.protections);
    expect(after.ranking.protections[0]).toMatchObject({ domainEdit: false, warningOnly: false });
    expect(after.rankingId).not.toBe(before.rankingId);
    expect(after.recordedId).toBe(after.rankingId);
    expect(clean.fakes.ss.active?.name).toBe(RANKING);
  });

  // One run of Rank units and its retry per call (over 300 loads and ranks of the bundle): 45–57 s
  // alone on a 2-CPU machine, a few minutes beside the rest of the suite, well past the default limit.
  it(`leaves the previous ranking or the new one whole with a fault at any of the ranking's ${total} calls, and a retry finishes`, {
    timeout: 600_000,
  }, () => {
    const outcomes = { previous: 0, next: 0 };
    for (let at = 1; at <= total; at++) {
      const b = rankedForMay();
      b.fakes.calls.injectFault({ at });
      let message = "";
      try {
        message = b.call<string>("rankUnits", "2023-06");
      } catch (e) {
        message = String(e);
      }
      expect(b.fakes.calls.faultPending(), `call ${at}`).toBe(false);
      const s = state(b);
      expect(
        s.names.filter((n) => n.startsWith("dxScorecard~new")),
        `call ${at}`,
      ).toEqual([]);
      if (s.rankingId === before.rankingId) {
        outcomes.previous++;
        expect(s.ranking, `call ${at}: ${message}`).toEqual(before.ranking);
        expect(s.names, `call ${at}`).toEqual(before.names);
      } else {
        outcomes.next++;
        expect(s.ranking, `call ${at}: ${message}`).toEqual(after.ranking);
        expect(
          s.names.filter((n) => !n.startsWith("dxScorecard~old")),
          `call ${at}`,
        ).toEqual(before.names);
      }
      expect(s.recordedId, `call ${at}`).toBe(s.rankingId);

      expect(b.call<string>("rankUnits", "2023-06"), `retry after call ${at}`).toMatch(/^Đã xếp hạng tháng 06\/2023/);
      const retried = state(b);
      expect(retried.names, `retry after call ${at}`).toEqual(before.names);
      expect(retried.ranking, `retry after call ${at}`).toEqual(after.ranking);
      expect(retried.recordedId).toBe(retried.rankingId);
    }
    // Both ends are reached: early faults keep May, faults after the swap keep June.
    expect(outcomes.previous).toBeGreaterThan(0);
    expect(outcomes.next).toBeGreaterThan(0);
  });

  it("tells the admin that the previous ranking is kept when writing fails", () => {
    const b = rankedForMay();
    b.fakes.calls.injectFault({ method: "Range.setValues", at: 1 });
    expect(b.call<string>("rankUnits", "2023-06")).toBe(
      "Chưa ghi được bảng xếp hạng tháng 06/2023 do Google Trang tính tạm thời gặp lỗi; bảng xếp hạng trước được giữ nguyên. Vui lòng thử lại.",
    );
    expect(b.fakes.ui.alerts.at(-1)?.title).toBe("Chưa thể xếp hạng");
    expect(state(b)).toEqual(before);
  });

  /** The clean run's outcome, whatever ID Sheets gave the new sheet. */
  const sameAsAfter = (s: ReturnType<typeof state>) => {
    expect(s.names).toEqual(after.names);
    expect(s.ranking).toEqual(after.ranking);
    expect(s.recordedId).toBe(s.rankingId);
    return true;
  };

  it("removes a sheet left aside by an earlier failed run, and takes back a ranking left renamed aside", () => {
    const b = rankedForMay();
    b.fakes.ss.addSheet("dxScorecard~new~ranking").hidden = true;
    b.call("rankUnits", "2023-06");
    expect(sameAsAfter(state(b))).toBe(true);

    const c = rankedForMay();
    c.fakes.ss.sheet(RANKING).name = "dxScorecard~old~ranking";
    c.call("rankUnits", "2023-06");
    expect(sameAsAfter(state(c))).toBe(true);
  });

  it("makes room on the new sheet for a ranking wider than a new sheet's 26 columns", () => {
    const b = loadBundle();
    loadSample(b.fakes, (s) => {
      // 20 more indicators of one point each: the ranking gets 20 more columns.
      for (let i = 1; i <= 20; i++) {
        s.indicators.push([`EXTRA_${i}`, `Chỉ tiêu thêm ${i}`, "số lượng", "", "", 1, 1, "", "", ""]);
        s.data[0].splice(s.data[0].length - 3, 0, `EXTRA_${i}`);
        // Monthly indicators: the year rows (Kỳ 2023) leave them blank.
        for (const row of s.data.slice(1)) row.splice(row.length - 3, 0, row[0] === "2023" ? "" : i);
      }
    });
    b.fakes.ss.strictBounds = true;
    expect(b.call<string>("rankUnits", "2023-06")).toMatch(/^Đã xếp hạng tháng 06\/2023/);
    expect(b.fakes.ss.snapshot()[RANKING].values[0].length).toBeGreaterThan(26);
  });

  it("adds the ranking sheet (and Tổng quan) when there is none, without recording an ID set-up did not record", () => {
    const b = loadBundle();
    loadSample(b.fakes);
    b.call("rankUnits", "2023-06");
    expect(b.fakes.ss.sheets.map((s) => s.name)).toEqual([
      "Sheet1",
      "Đơn vị",
      "Chỉ tiêu",
      "Số liệu",
      "Cài đặt",
      "Thẩm định",
      RANKING,
      "Tổng quan",
    ]);
    expect(b.fakes.properties.document.getProperty(ID_PROPERTY)).toBeNull();
  });
});
