import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntryForm, SubmitResult } from "../../src/core/entry";
import { freezeClock, loadBundle, loadSample, VALUE_CALLS } from "./harness";

process.env.TZ = "America/Los_Angeles";

/**
 * 1 February 2024, 03:00 in Vietnam and still 31 January in the machine's zone: the form offers
 * March 2024 back to February 2023, so the sample's 2023 months can be saved.
 */
const NOW = "2024-01-31T20:00:00Z";

const CLERK = "vanthu.sgtvt@binhphuoc.example";
const JUNE_SGTVT = {
  KH_CDS: "có",
  HOP_KG: "không",
  KY_SO: "24,39",
  EMAIL_CV: "61,5",
  DVC_34: "90",
  HS_TT: "35",
  SC_ATTT: "0",
  TIN_CDS: "4",
};

function setup(user = CLERK) {
  const b = loadBundle({ activeUser: user });
  // Without Thẩm định: the form's calls with it are counted in entry-review.test.ts.
  loadSample(b.fakes, (s) => {
    s.review = undefined;
  });
  freezeClock(b.context, NOW);
  return b;
}

const WRITES = /^(Range\.(set\w+|clear\w*)|Sheet\.(appendRow|clear\w*|insert\w+)|Spreadsheet\.insertSheet)$/;

describe("getEntryForm", () => {
  it("preselects the clerk's own unit and last month in the spreadsheet's time zone, in one call", () => {
    const { fakes, call } = setup();
    const form = call<EntryForm>("getEntryForm");
    expect(form.ok).toBe(true);
    expect(form.units.map((u) => u.id)).toEqual(["SGTVT"]);
    expect(form.unitId).toBe("SGTVT");
    expect(form.period).toBe("2024-01");
    // The month due now first, then older ones: never the running month or the next.
    expect(form.periods[0]).toBe("2024-01");
    expect(form.periods.filter((p) => p.includes("-")).at(-1)).toBe("2022-12");
    expect(form.reported).toBe(false);
    expect(form.indicators).toHaveLength(8);
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
    // Units, indicators and settings whole; of Số liệu only its header, its two key columns and the
    // clerk's row for last month: never the whole sheet (getDataRange only for the three small ones).
    expect(fakes.calls.count("Range.getValues")).toBe(6);
    expect(fakes.calls.count("Sheet.getDataRange")).toBe(3);
  });

  it("returns the unit's figures for a month, last month's for reference, and the deadline", () => {
    const { call } = setup();
    const form = call<EntryForm>("getEntryForm", { period: "2023-06" });
    expect(form.reported).toBe(true);
    expect(form.values.KY_SO).toBe("0");
    expect(form.values.HOP_KG).toBe("không");
    expect(form.previous.KY_SO).toMatch(/%$/);
    expect(form.deadline).toBe("2023-07-05");
  });

  it("shows everything to an admin and refuses an account that is no unit's", () => {
    const admin = loadBundle({ activeUser: "cds@binhphuoc.example" });
    loadSample(admin.fakes, (s) => {
      s.settings[2][1] = "cds@binhphuoc.example";
    });
    expect(admin.call<EntryForm>("getEntryForm").units).toHaveLength(33);
    const stranger = loadBundle({ activeUser: "someone@gmail.example" });
    loadSample(stranger.fakes, (s) => {
      s.settings[2][1] = "cds@binhphuoc.example";
    });
    expect(stranger.call<{ ok: boolean; message: string }>("getEntryForm")).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Tài khoản someone@gmail\.example chưa được gán cho đơn vị nào/),
    });
  });
});

describe("submitFigures", () => {
  it("writes only the cells it changes: a helper column's formula inside the form's span survives", () => {
    const { fakes, call } = setup();
    loadSample(fakes, (s) => {
      // A helper column of the office's own between two indicator columns.
      const at = s.data[0].indexOf("EMAIL_CV");
      for (const row of s.data) row.splice(at, 0, row === s.data[0] ? "KY_SO x 100" : "");
    });
    const sheet = fakes.ss.sheet("Số liệu");
    const values = fakes.ss.snapshot()["Số liệu"].values;
    const r = values.findIndex((x) => x[0] === "2023-06" && x[1] === "SGTVT") + 1;
    const helper = values[0].indexOf("KY_SO x 100") + 1;
    sheet.getRange(r, helper).setFormula(`=E${r}*100`);
    const result = call<SubmitResult>("submitFigures", {
      unitId: "SGTVT",
      period: "2023-06",
      values: { ...JUNE_SGTVT, KY_SO: "30", TIN_CDS: "7" },
      note: "",
    });
    expect(result.ok).toBe(true);
    expect(sheet.getRange(r, helper).getFormula()).toBe(`=E${r}*100`);
    expect(sheet.getRange(r, 5).getValue()).toBeCloseTo(0.3, 10);
  });

  it("updates the existing row in place and audits each changed value, within 9 value calls", () => {
    const { fakes, call } = setup();
    const before = fakes.ss.snapshot()["Số liệu"].values;
    const row = before.findIndex((r) => r[0] === "2023-06" && r[1] === "SGTVT");
    fakes.calls.reset();
    const r = call<SubmitResult>("submitFigures", {
      unitId: "SGTVT",
      period: "2023-06",
      values: JUNE_SGTVT,
      note: "Đã rà soát",
    });
    expect(r).toMatchObject({ ok: true, row: row + 1 });
    expect(r.message).toMatch(/^Đã lưu số liệu tháng 06\/2023 của Sở Giao thông Vận tải \(\d+ thay đổi\)\.$/);
    expect(fakes.calls.countMatching(VALUE_CALLS)).toBeLessThanOrEqual(9);
    expect(fakes.calls.count("Sheet.getDataRange")).toBe(3);
    expect(fakes.calls.count("Lock.waitLock")).toBe(1);
    expect(fakes.calls.count("Lock.releaseLock")).toBe(1);
    expect(fakes.calls.count("SpreadsheetApp.flush")).toBe(1);
    const data = fakes.ss.snapshot()["Số liệu"].values;
    expect(data).toHaveLength(before.length);
    expect(data[row][4]).toBeCloseTo(0.2439, 10);
    expect(data[row].slice(-3, -1)).toEqual(["Đã rà soát", CLERK]);
    // The sample has no Nhật ký sheet: the first save creates it with its header.
    const audit = fakes.ss.snapshot()["Nhật ký"].values;
    expect(audit[0][0]).toBe("Thời điểm");
    expect(audit).toHaveLength(r.changes! + 1);
    expect(audit.find((a) => a[5] === "KY_SO")?.slice(1, 8)).toEqual([
      CLERK,
      "Nhập qua biểu mẫu",
      "2023-06",
      "SGTVT",
      "KY_SO",
      "0%",
      "24,39%",
    ]);
  });

  it("appends a new month once and changes nothing when the same figures come again", () => {
    const { fakes, call } = setup();
    const n = fakes.ss.snapshot()["Số liệu"].values.length;
    const payload = { unitId: "SGTVT", period: "2024-01", values: JUNE_SGTVT, note: "" };
    expect(call<SubmitResult>("submitFigures", payload)).toMatchObject({ ok: true, changes: 8, row: n + 1 });
    const data = fakes.ss.snapshot()["Số liệu"].values;
    expect(data).toHaveLength(n + 1);
    expect(data[n].slice(0, 3)).toEqual(["2024-01", "SGTVT", "có"]);
    fakes.calls.reset();
    expect(call<SubmitResult>("submitFigures", payload)).toMatchObject({ ok: true, changes: 0, row: n + 1 });
    expect(fakes.ss.snapshot()["Số liệu"].values).toHaveLength(n + 1);
    expect(fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
    expect(fakes.ss.snapshot()["Nhật ký"].values).toHaveLength(8 + 1);
  });

  it("refuses a clerk entering for another unit and writes nothing", () => {
    const { fakes, call } = setup();
    fakes.calls.reset();
    const r = call<SubmitResult>("submitFigures", { unitId: "SNV", period: "2023-06", values: JUNE_SGTVT, note: "" });
    expect(r).toEqual({ ok: false, message: `Tài khoản ${CLERK} không được nhập số liệu cho đơn vị Sở Nội vụ.` });
    expect(fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
  });

  it("says the sheet is busy when the lock times out, and writes nothing", () => {
    const { fakes, call } = setup();
    fakes.lock.simulateContention(1);
    fakes.calls.reset();
    const r = call<SubmitResult>("submitFigures", { unitId: "SGTVT", period: "2023-06", values: JUNE_SGTVT, note: "" });
    expect(r).toEqual({ ok: false, message: "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút." });
    expect(fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
  });

  it("refuses a bad figure per field, with the Vietnamese message", () => {
    const { call } = setup();
    const r = call<SubmitResult>("submitFigures", {
      unitId: "SGTVT",
      period: "2023-06",
      values: { ...JUNE_SGTVT, KY_SO: "124", SC_ATTT: "1,5" },
      note: "",
    });
    expect(r.ok).toBe(false);
    expect(r.message).toBe("Có 2 ô chưa hợp lệ. Vui lòng sửa các ô được đánh dấu.");
    expect(r.fieldErrors).toEqual({
      KY_SO: "tỷ lệ 124% vượt quá 100%. Vui lòng nhập giá trị từ 0 đến 100%.",
      SC_ATTT: "1,5 không phải số nguyên. Vui lòng nhập số lượng là số nguyên, ví dụ 3.",
    });
  });

  it("keeps the month, the unit and a numeric note as text when Sheets parses typed text", () => {
    const { fakes, call } = setup();
    fakes.ss.parseTypedText = true;
    call("submitFigures", { unitId: "SGTVT", period: "2023-06", values: JUNE_SGTVT, note: "12" });
    call("submitFigures", { unitId: "SGTVT", period: "2024-01", values: JUNE_SGTVT, note: "06/2023" });
    const data = fakes.ss.snapshot()["Số liệu"].values;
    const june = data.find((r) => r[0] === "2023-06" && r[1] === "SGTVT")!;
    const jan = data.find((r) => r[0] === "2024-01" && r[1] === "SGTVT")!;
    const note = data[0].indexOf("Ghi chú");
    expect([june[note], jan[note]]).toEqual(["12", "06/2023"]);
    const audit = fakes.ss.snapshot()["Nhật ký"].values.slice(1);
    expect(audit.every((r) => r[3] === "2023-06" || r[3] === "2024-01")).toBe(true);
    expect(audit.find((r) => r[5] === "KY_SO" && r[3] === "2023-06")?.slice(6, 8)).toEqual(["0%", "24,39%"]);
  });

  it("writes a note that looks like a formula as text", () => {
    const { fakes, call } = setup();
    call("submitFigures", { unitId: "SGTVT", period: "2023-06", values: JUNE_SGTVT, note: '=HYPERLINK("x")' });
    const snap = fakes.ss.snapshot();
    expect([...snap["Số liệu"].formulas.flat(), ...snap["Nhật ký"].formulas.flat()].filter((f) => f !== "")).toEqual(
      [],
    );
    expect(snap["Số liệu"].values.flat()).toContain('=HYPERLINK("x")');
  });
});

describe("malformed payloads", () => {
  const cases: [string, unknown][] = [
    ["nothing", undefined],
    ["a string", "SGTVT"],
    ["wrong types", { unitId: 7, period: 202306, values: [], note: null }],
    ["an extra field", { unitId: "SGTVT", period: "2023-06", values: JUNE_SGTVT, note: "", admin: true }],
    ["an unknown indicator", { unitId: "SGTVT", period: "2023-06", values: { ...JUNE_SGTVT, XYZ: "1" }, note: "" }],
    ["a huge note", { unitId: "SGTVT", period: "2023-06", values: JUNE_SGTVT, note: "x".repeat(100_000) }],
    [
      "a huge value",
      { unitId: "SGTVT", period: "2023-06", values: { ...JUNE_SGTVT, KY_SO: "9".repeat(5000) }, note: "" },
    ],
    ["a period far in the future", { unitId: "SGTVT", period: "2099-01", values: JUNE_SGTVT, note: "" }],
    ["a quarter", { unitId: "SGTVT", period: "2023-Q2", values: JUNE_SGTVT, note: "" }],
    ["a date object", { unitId: "SGTVT", period: new Date(), values: JUNE_SGTVT, note: "" }],
    ["a missing field", { unitId: "SGTVT", period: "2023-06", values: { KY_SO: "10" }, note: "" }],
  ];
  it.each(cases)("refuses %s with a message and writes nothing", (_name, payload) => {
    const { fakes, call } = setup();
    fakes.calls.reset();
    const r = call<SubmitResult>("submitFigures", payload);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(/\S/);
    expect(fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
  });

  it("refuses 1,000 generated malformed payloads and never writes", () => {
    const { fakes, call } = setup();
    const good = () => ({ unitId: "SGTVT", period: "2023-06", values: { ...JUNE_SGTVT }, note: "" });
    const mutation = fc.oneof(
      fc
        .record({ unitId: fc.anything() })
        .map((m) => ({ ...good(), ...m, unitId: typeof m.unitId === "string" ? `${m.unitId}/` : m.unitId })),
      fc.anything().map((period) => ({ ...good(), period: typeof period === "string" ? `${period}x` : period })),
      fc
        .dictionary(
          fc.string({ minLength: 1, maxLength: 8 }).map((k) => `Z${k}`),
          fc.string(),
        )
        .filter((d) => Object.keys(d).length > 0)
        .map((extra) => ({ ...good(), values: { ...JUNE_SGTVT, ...extra } })),
      fc.string({ minLength: 41, maxLength: 200 }).map((v) => ({ ...good(), values: { ...JUNE_SGTVT, KY_SO: v } })),
      fc.string({ minLength: 1001, maxLength: 3000 }).map((note) => ({ ...good(), note })),
      fc.integer({ min: 2, max: 80 }).map((y) => ({ ...good(), period: `${2030 + y}-0${(y % 9) + 1}` })),
      fc
        .constantFrom("KH_CDS", "HOP_KG", "KY_SO", "SC_ATTT")
        .chain((id) =>
          fc
            .constantFrom("-1", "abc", "1.250", "Infinity", "NaN", "1e3", "có?")
            .map((v) => ({ ...good(), values: { ...JUNE_SGTVT, [id]: v } })),
        ),
      fc
        .double({ min: 100.001, max: 1e9, noNaN: true })
        .map((v) => ({ ...good(), values: { ...JUNE_SGTVT, KY_SO: String(v) } })),
      fc
        .dictionary(fc.string(), fc.anything())
        .map((extra) => ({ ...good(), [`x${Object.keys(extra).length}`]: extra })),
      fc.anything(),
    );
    fakes.calls.reset();
    fc.assert(
      fc.property(mutation, (payload) => {
        const r = call<SubmitResult>("submitFigures", payload);
        if (r.ok !== false) throw new Error(`accepted: ${JSON.stringify(payload)?.slice(0, 300)}`);
        return typeof r.message === "string" && r.message.length > 0;
      }),
      { numRuns: 1000, seed: 20231120 },
    );
    expect(fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
  });
});

describe("concurrent entry", () => {
  it("keeps every figure of 100 interleaved submissions from 20 units, no duplicate row, one audit row per change", () => {
    const { fakes, call, context } = loadBundle();
    let clerks: Record<string, string> = {};
    loadSample(fakes, (s) => {
      clerks = Object.fromEntries(s.units.slice(1, 21).map((r) => [String(r[0]), String(r[3])]));
    });
    freezeClock(context, NOW);
    const units = Object.keys(clerks);
    const months = ["2023-06", "2023-12", "2024-01"];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const queue = Array.from({ length: 100 }, (_, k) => {
      const unitId = units[k % 20];
      const values = {
        ...JUNE_SGTVT,
        KY_SO: String(rand(101)),
        TIN_CDS: String(rand(13)),
        HOP_KG: rand(2) ? "có" : "không",
      };
      return { unitId, period: months[rand(3)], values, note: `lần ${k}` };
    });
    const finalState = new Map<string, (typeof queue)[number]>();
    let changes = 0;
    let busy = 0;
    while (queue.length > 0) {
      const sub = queue.shift()!;
      if (rand(5) === 0) fakes.lock.simulateContention(1);
      fakes.session.setActiveUser(clerks[sub.unitId]);
      const r = call<SubmitResult>("submitFigures", sub);
      if (!r.ok) {
        expect(r.message).toMatch(/đang được người khác cập nhật/);
        busy++;
        queue.push(sub); // the clerk tries again later
        continue;
      }
      changes += r.changes!;
      finalState.set(`${sub.period}|${sub.unitId}`, sub);
    }
    expect(busy).toBeGreaterThan(5);
    const data = fakes.ss.snapshot()["Số liệu"].values;
    const keys = data.slice(1).map((r) => `${r[0]}|${r[1]}`);
    expect(new Set(keys).size).toBe(keys.length);
    for (const [key, sub] of finalState) {
      const row = data[keys.indexOf(key) + 1];
      expect(row[4], key).toBeCloseTo(Number(sub.values.KY_SO) / 100, 10);
      expect(row[9], key).toBe(Number(sub.values.TIN_CDS));
      // An unchanged cell is not rewritten: the sample's FALSE stays FALSE, and means "không".
      expect(row[3] === true || row[3] === "có" ? "có" : "không", key).toBe(sub.values.HOP_KG);
      expect(row[data[0].indexOf("Ghi chú")], key).toBe(sub.note);
    }
    expect(fakes.ss.snapshot()["Nhật ký"].values).toHaveLength(changes + 1);
    expect(fakes.lock.isHeld()).toBe(false);
  });
});

describe("submitFigures, all or nothing", () => {
  // Admins named, so that a failing Session call (a blank e-mail) is refused rather than let through.
  const setup = () => {
    const b = loadBundle({ activeUser: CLERK });
    loadSample(b.fakes, (s) => {
      s.settings[2][1] = "cds@binhphuoc.example";
    });
    freezeClock(b.context, NOW);
    return b;
  };
  const figures = (b: ReturnType<typeof setup>) => {
    const snap = b.fakes.ss.snapshot();
    return { data: snap["Số liệu"].values, audit: snap["Nhật ký"]?.values ?? [] };
  };
  it.each([
    ["an update of an existing row", "2023-06"],
    ["a new month", "2024-01"],
  ])(
    "with a fault at any call of %s, a retry leaves one row, every figure and one audit row per change",
    (_, period) => {
      const payload = { unitId: "SGTVT", period, values: JUNE_SGTVT, note: "Đã rà soát" };
      const clean = setup();
      clean.fakes.calls.reset();
      expect(clean.call<SubmitResult>("submitFigures", payload).ok).toBe(true);
      const total = clean.fakes.calls.count();
      const expected = figures(clean);
      expect(expected.audit.length).toBeGreaterThan(1);
      for (let at = 1; at <= total; at++) {
        const b = setup();
        b.fakes.calls.injectFault({ at });
        const first = b.call<SubmitResult>("submitFigures", payload);
        expect(b.fakes.calls.faultPending(), `call ${at}`).toBe(false);
        expect(first.message, `call ${at}`).toMatch(/\S/);
        if (!first.ok && /Google Trang tính/.test(first.message)) {
          expect(first.message).toBe("Chưa lưu được số liệu do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.");
        }
        const retry = b.call<SubmitResult>("submitFigures", payload);
        expect(retry.ok, `retry after call ${at}: ${retry.message}`).toBe(true);
        expect(figures(b), `call ${at}: ${first.message}`).toEqual(expected);
      }
    },
  );
});

describe("closed periods and the months a form may save", () => {
  const ADMIN = "cds@binhphuoc.example";
  const withAdmin = (user: string) => {
    const b = loadBundle({ activeUser: user });
    loadSample(b.fakes, (s) => {
      s.settings[2][1] = ADMIN;
    });
    freezeClock(b.context, NOW);
    return b;
  };
  const payload = { unitId: "SGTVT", period: "2023-06", values: JUNE_SGTVT, note: "" };

  it("closes a month from the menu, audits it, and then refuses saves and shows the form read-only", () => {
    const admin = withAdmin(ADMIN);
    admin.fakes.ui.queuePrompt("06/2023", "OK");
    admin.fakes.ui.queueAlert("YES");
    expect(admin.call<string>("closePeriod")).toBe("Đã khóa tháng 06/2023.");
    expect(admin.fakes.ui.alerts[0].prompt).toMatch(/^Khóa tháng 06\/2023\?/);
    const snap = admin.fakes.ss.snapshot();
    expect(snap["Cài đặt"].values.find((r) => r[0] === "Kỳ đã khóa")).toEqual(["Kỳ đã khóa", "2023-06"]);
    expect(snap["Nhật ký"].values[1].slice(1, 8)).toEqual([
      ADMIN,
      "Khóa kỳ",
      "2023-06",
      "",
      "Kỳ đã khóa",
      "",
      "2023-06",
    ]);

    admin.fakes.session.setActiveUser(CLERK);
    const form = admin.call<EntryForm>("getEntryForm", { period: "2023-06" });
    expect(form).toMatchObject({ ok: true, period: "2023-06", closed: true });
    expect(admin.call<EntryForm>("getEntryForm", { period: "2023-05" }).closed).toBe(false);
    const before = admin.fakes.ss.snapshot();
    admin.fakes.calls.reset();
    expect(admin.call<SubmitResult>("submitFigures", payload)).toEqual({
      ok: false,
      message:
        "Tháng 06/2023 đã khóa nên không thể sửa số liệu qua biểu mẫu. Nếu cần sửa, vui lòng đề nghị quản trị mở lại kỳ.",
    });
    expect(admin.fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
    expect(admin.fakes.ss.snapshot()).toEqual(before);
  });

  it("reopens a closed month, audited, and the save goes through", () => {
    const b = withAdmin(ADMIN);
    expect(b.call<string>("closePeriod", { period: "2023-06", close: true })).toBe("Đã khóa tháng 06/2023.");
    expect(b.call<string>("closePeriod", { period: "2023-05", close: true })).toBe("Đã khóa tháng 05/2023.");
    expect(b.fakes.ss.snapshot()["Cài đặt"].values.find((r) => r[0] === "Kỳ đã khóa")).toEqual([
      "Kỳ đã khóa",
      "2023-05; 2023-06",
    ]);
    b.fakes.ui.queuePrompt("2023-06", "OK");
    b.fakes.ui.queueAlert("YES");
    expect(b.call<string>("closePeriod")).toBe("Đã mở lại tháng 06/2023.");
    expect(b.fakes.ui.alerts.at(-1)?.prompt).toMatch(/^Tháng 06\/2023 đang khóa\. Mở lại/);
    expect(b.fakes.ss.snapshot()["Cài đặt"].values.find((r) => r[0] === "Kỳ đã khóa")).toEqual([
      "Kỳ đã khóa",
      "2023-05",
    ]);
    const audit = b.fakes.ss
      .snapshot()
      ["Nhật ký"].values.slice(1)
      .map((r) => r.slice(2, 8));
    expect(audit).toEqual([
      ["Khóa kỳ", "2023-06", "", "Kỳ đã khóa", "", "2023-06"],
      ["Khóa kỳ", "2023-05", "", "Kỳ đã khóa", "2023-06", "2023-05; 2023-06"],
      ["Mở lại kỳ", "2023-06", "", "Kỳ đã khóa", "2023-05; 2023-06", "2023-05"],
    ]);
    b.fakes.session.setActiveUser(CLERK);
    expect(b.call<SubmitResult>("submitFigures", payload).ok).toBe(true);
    expect(b.call<SubmitResult>("submitFigures", { ...payload, period: "2023-05" }).ok).toBe(false);
  });

  it("refuses a clerk who opens Khóa kỳ, and changes nothing", () => {
    const b = withAdmin(CLERK);
    const before = b.fakes.ss.snapshot();
    expect(b.call<string>("closePeriod", { period: "2023-06", close: true })).toMatch(
      /^Tài khoản vanthu\.sgtvt@binhphuoc\.example không có quyền khóa hoặc mở lại kỳ\./,
    );
    expect(b.fakes.ss.snapshot()).toEqual(before);
    expect(b.fakes.ui.prompts).toHaveLength(0);
  });

  it("leaves Cài đặt as it was when the audit row cannot be written", () => {
    const b = withAdmin(ADMIN);
    const before = b.fakes.ss.snapshot()["Cài đặt"];
    b.fakes.calls.injectFault({ method: "Range.setValues", at: 1 });
    expect(b.call<string>("closePeriod", { period: "2023-06", close: true })).toBe(
      "Chưa ghi được trạng thái kỳ do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
    );
    expect(b.fakes.ss.snapshot()["Cài đặt"]).toEqual(before);
  });

  it.each([
    ["2024-03", false, /^Chưa thể nhập số liệu tháng 03\/2024: /],
    ["2024-02", false, /^Chưa thể nhập số liệu tháng 02\/2024: /],
    ["2024-01", true, /^Đã lưu/],
    ["2022-12", true, /^Đã lưu/],
    [
      "2022-11",
      false,
      /^Không thể nhập số liệu tháng 11\/2022 qua biểu mẫu: chỉ nhận các tháng từ tháng 12\/2022 trở về sau\./,
    ],
    ["2000-01", false, /^Không thể nhập số liệu tháng 01\/2000 qua biểu mẫu/],
  ])("takes %s only if the form offers it (the last complete month back to 13 before)", (period, ok, message) => {
    const { fakes, call } = setup();
    fakes.calls.reset();
    const r = call<SubmitResult>("submitFigures", { ...payload, period });
    expect(r.ok).toBe(ok);
    expect(r.message).toMatch(message);
    if (!ok) expect(fakes.calls.list().filter((c) => WRITES.test(c))).toEqual([]);
    const form = call<EntryForm>("getEntryForm", { period });
    expect(form.period).toBe(ok ? period : "2024-01");
  });
});
