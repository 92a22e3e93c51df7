import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntryForm, SubmitResult } from "../../src/core/entry";
import { loadBundle, loadSample, VALUE_CALLS } from "./harness";

process.env.TZ = "America/Los_Angeles";

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
  loadSample(b.fakes);
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
    const now = new Intl.DateTimeFormat("en-CA", {
      timeZone: "Asia/Ho_Chi_Minh",
      year: "numeric",
      month: "2-digit",
    }).format(new Date());
    const [y, m] = now.split("-").map(Number);
    const last = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, "0")}`;
    expect(form.period).toBe(last);
    expect(form.reported).toBe(false);
    expect(form.indicators).toHaveLength(8);
    expect(JSON.parse(JSON.stringify(form))).toEqual(form);
    expect(fakes.calls.count("Range.getValues")).toBe(4);
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
  it("updates the existing row in place and audits each changed value, within 6 value calls", () => {
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
    expect(fakes.calls.countMatching(VALUE_CALLS)).toBeLessThanOrEqual(6);
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
    expect([june[10], jan[10]]).toEqual(["12", "06/2023"]);
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
    const { fakes, call } = loadBundle();
    let clerks: Record<string, string> = {};
    loadSample(fakes, (s) => {
      clerks = Object.fromEntries(s.units.slice(1, 21).map((r) => [String(r[0]), String(r[3])]));
    });
    const units = Object.keys(clerks);
    const months = ["2023-06", "2024-01", "2024-02"];
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
      expect(row[3], key).toBe(sub.values.HOP_KG);
      expect(row[10], key).toBe(sub.note);
    }
    expect(fakes.ss.snapshot()["Nhật ký"].values).toHaveLength(changes + 1);
    expect(fakes.lock.isHeld()).toBe(false);
  });
});
