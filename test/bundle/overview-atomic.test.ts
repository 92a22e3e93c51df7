// Tổng quan, all or nothing (design §8): a "Service Spreadsheets failed" at any call of its write
// leaves the new `Xếp hạng` standing and the previous `Tổng quan` whole, or the new one complete,
// never half; the result says when the overview is the previous one, and the next run finishes.
// (The ranking's own calls are in atomic.test.ts.)
import { describe, expect, it } from "vitest";
import type { SheetSnapshot } from "../fakes";
import { freezeClock, loadBundle, loadSample } from "./harness";
import { splitAtOverview } from "./overview-calls";

process.env.TZ = "America/Los_Angeles";

const FAILED =
  "Chưa ghi được trang Tổng quan do Google Trang tính tạm thời gặp lỗi; trang Tổng quan trước được giữ nguyên. Vui lòng chạy lại Xếp hạng đơn vị để cập nhật.";
const RANKED = /^Đã xếp hạng tháng 06\/2023: 33 đơn vị; 21 đơn vị có chỉ tiêu yếu kém; 1 đơn vị chưa báo cáo\.$/;

/** The sample ranked for May: its ranking and its overview written. */
function rankedForMay() {
  const b = loadBundle();
  freezeClock(b.context, "2023-07-10T03:00:00Z");
  loadSample(b.fakes);
  b.call("rankUnits", "2023-05");
  b.fakes.calls.reset();
  return b;
}

const shape = (s: SheetSnapshot) => ({ ...s, charts: s.charts.map((c) => ({ ...c, id: null })) });

function state(b: ReturnType<typeof rankedForMay>) {
  const snap = b.fakes.ss.snapshot();
  return {
    names: b.fakes.ss.sheets.map((s) => s.name),
    ranking: shape(snap["Xếp hạng"]),
    overview: shape(snap["Tổng quan"]),
  };
}

describe("Tổng quan, all or nothing", () => {
  const clean = rankedForMay();
  const before = state(clean);
  expect(clean.call<string>("rankUnits", "2023-06")).toMatch(RANKED);
  const { ranking, overview } = splitAtOverview(clean.fakes.calls);
  const after = state(clean);

  it("is replaced in its place, after the ranking", () => {
    expect(after.names).toEqual(before.names);
    expect(after.names.slice(-2)).toEqual(["Xếp hạng", "Tổng quan"]);
    expect(before.overview.values[1][0]).toMatch(/^Các tháng 01\/2023 – 05\/2023/);
    expect(after.overview.values[1][0]).toMatch(/^Các tháng 01\/2023 – 06\/2023/);
  });

  it(`keeps the new ranking, and the previous overview or the new one whole, with a fault at any of its ${overview.length} calls`, {
    timeout: 600_000,
  }, () => {
    const outcomes = { previous: 0, next: 0 };
    for (let at = ranking.length + 1; at <= ranking.length + overview.length; at++) {
      const b = rankedForMay();
      b.fakes.calls.injectFault({ at });
      const message = b.call<string>("rankUnits", "2023-06");
      expect(b.fakes.calls.faultPending(), `call ${at}`).toBe(false);
      const s = state(b);
      expect(
        s.names.filter((n) => n.startsWith("dxScorecard~new")),
        `call ${at}`,
      ).toEqual([]);
      expect(s.ranking, `call ${at}`).toEqual(after.ranking);
      if (s.overview.values[1][0] === before.overview.values[1][0]) {
        outcomes.previous++;
        expect(s.overview, `call ${at}`).toEqual(before.overview);
        expect(message.endsWith(` ${FAILED}`), `call ${at}: ${message}`).toBe(true);
        expect(message, `call ${at}`).toMatch(/^Đã xếp hạng tháng 06\/2023: 33 đơn vị;/);
      } else {
        outcomes.next++;
        expect(s.overview, `call ${at}: ${message}`).toEqual(after.overview);
        expect(message, `call ${at}`).toMatch(RANKED);
      }
      expect(
        s.names.filter((n) => !n.startsWith("dxScorecard~old")),
        `call ${at}`,
      ).toEqual(before.names);

      expect(b.call<string>("rankUnits", "2023-06"), `retry after call ${at}`).toMatch(RANKED);
      expect(state(b), `retry after call ${at}`).toEqual(after);
    }
    expect(outcomes.previous).toBeGreaterThan(0);
    expect(outcomes.next).toBeGreaterThan(0);
  });
});
