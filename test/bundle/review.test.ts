// The office's review through the built bundle (design §10): the Sở Nội vụ example end to end
// (queue → adjust → rank), the other decisions, every refusal, the queue's call budget, and ≥ 1,000
// generated payloads refused with nothing written.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QueueItem, ReviewQueue, ReviewResult } from "../../src/core/review-api";
import { freezeClock, loadBundle, loadSample, SAMPLE_ADMIN, VALUE_CALLS } from "./harness";

process.env.TZ = "America/Los_Angeles";

/** 3 July 2023 in Vietnam: June 2023 is the last complete month. */
const NOW = "2023-07-03T02:00:00Z";
const CLERK = "vanthu.sgtvt@binhphuoc.example";
const JUNE = "2023-06";

function setup(user = SAMPLE_ADMIN) {
  const b = loadBundle({ activeUser: user });
  // June's review starts from an empty Thẩm định (the sample's own rows are the year's).
  loadSample(b.fakes, (s) => {
    s.review = undefined;
  });
  freezeClock(b.context, NOW);
  return b;
}

type Bundle = ReturnType<typeof setup>;

function queue(b: Bundle, period = JUNE): ReviewQueue {
  const q = b.call<ReviewQueue>("getReviewQueue", { period });
  if (!q.ok) throw new Error(`queue refused: ${JSON.stringify(q)}`);
  return q;
}

function itemOf(q: ReviewQueue, unitId: string, indicatorId: string): QueueItem {
  const u = q.units.findIndex((x) => x.id === unitId);
  const i = q.indicators.findIndex((x) => x.id === indicatorId);
  const it = q.items.find((x) => x.u === u && x.i === i);
  if (!it) throw new Error(`no item ${unitId} ${indicatorId}`);
  return it;
}

const expectedOf = (it: QueueItem) => ({ expected: it.canon ?? it.self ?? "", expectedStatus: it.status ?? "pending" });

function decide(b: Bundle, unitId: string, indicatorId: string, action: string, extra: Record<string, string> = {}) {
  const it = itemOf(queue(b), unitId, indicatorId);
  return b.call<ReviewResult>("submitReview", {
    period: JUNE,
    unitId,
    indicatorId,
    action,
    ...expectedOf(it),
    ...extra,
  });
}

function rows(b: Bundle, sheet: string): Record<string, unknown>[] {
  const snap = b.fakes.ss.snapshot()[sheet];
  if (!snap) return [];
  const [header, ...rest] = snap.values;
  return rest.map((r) => Object.fromEntries(header.map((h, j) => [String(h), r[j]])));
}

function setFigure(b: Bundle, unitId: string, indicatorId: string, value: unknown): void {
  const data = b.fakes.ss.getSheetByName("Số liệu")!;
  const grid = data.getDataRange().getValues();
  const col = grid[0].indexOf(indicatorId);
  const row = grid.findIndex((r) => r[0] === JUNE && r[1] === unitId);
  data.getRange(row + 1, col + 1).setValue(value);
}

const WRITES = /^(Range\.(set\w+|clear\w*)|Sheet\.(appendRow|clear\w*|insert\w+)|Spreadsheet\.insertSheet)$/;

describe("getReviewQueue", () => {
  it("returns June's whole queue to an admin in one round trip, compact, in a fixed number of calls", () => {
    const b = setup();
    b.fakes.calls.reset();
    const q = queue(b);
    expect(q.period).toBe(JUNE);
    expect(q.periods[0]).toBe(JUNE);
    expect(q.periods).toContain("2023");
    expect(q.previous).toBe("2023-05");
    expect(q.units).toHaveLength(33);
    // Every figure of June: 32 units reported × 8 indicators.
    expect(q.items).toHaveLength(256);
    expect(itemOf(q, "SNV", "KH_CDS")).toEqual({ u: 1, i: 0, self: "có", prev: "có" });
    const kySo = itemOf(q, "SNV", "KY_SO");
    expect(kySo.self).toMatch(/^\d+(,\d+)?%$/);
    expect(kySo.canon).toBeUndefined();
    expect(JSON.parse(JSON.stringify(q))).toEqual(q);
    // The four input sheets, each once; no write.
    expect(b.fakes.calls.count("Range.getValues")).toBe(4);
    expect(b.fakes.calls.countMatching(WRITES)).toBe(0);
    expect(b.fakes.calls.countMatching(VALUE_CALLS)).toBeLessThanOrEqual(5);
    // With a Thẩm định sheet, it is read once too: the same number of calls for 1 row or 33.
    const withReviews = (units: string[]) => {
      const c = setup();
      c.fakes.ss.loadGrid("Thẩm định", [
        ["Kỳ", "Mã đơn vị", "Mã chỉ tiêu", "Minh chứng"],
        ...units.map((u) => [JUNE, u, "KH_CDS", "https://example.gov.vn/x"]),
      ]);
      c.fakes.calls.reset();
      return c;
    };
    const one = withReviews(["SNV"]);
    queue(one);
    const c = withReviews(q.units.map((u) => u.id));
    // Every unit's evidence, Ban Dân tộc's too (it sent no figures): an item without a figure.
    expect(queue(c).items.filter((x) => x.evidence)).toHaveLength(33);
    expect(c.fakes.calls.count()).toBe(one.fakes.calls.count());
    expect(c.fakes.calls.count("Range.getValues")).toBe(5);
  });

  it("refuses a clerk, an unknown account and a blank identity in one sentence", () => {
    for (const user of [CLERK, "someone@gmail.example", ""]) {
      const b = setup(user);
      const answer = b.call<{ ok: boolean; message: string }>("getReviewQueue", { period: JUNE });
      expect(answer.ok).toBe(false);
      expect(answer.message).toMatch(/^Tài khoản .+ không có quyền thẩm định: .+\.$/);
      expect(answer.message.split(". ")).toHaveLength(1);
    }
  });

  it("falls back to the last complete month for a period not offered, and refuses a malformed request", () => {
    const b = setup();
    expect(queue(b, "1999-01").period).toBe(JUNE);
    expect(b.call<{ ok: boolean }>("getReviewQueue", { period: JUNE, extra: 1 }).ok).toBe(false);
    expect(b.call<{ ok: boolean }>("getReviewQueue", "2023-06").ok).toBe(false);
  });
});

describe("submitReview: the Sở Nội vụ example", () => {
  it("adjusts SNV KH_CDS có → không, and the ranking moves Sở Nội vụ to 71,79 % rank 11", () => {
    const b = setup();
    const result = decide(b, "SNV", "KH_CDS", "adjust", {
      value: "không",
      reason: "Không có quyết định ban hành kế hoạch.",
    });
    expect(result).toMatchObject({ ok: true, message: "Đã ghi KH_CDS của Sở Nội vụ kỳ tháng 06/2023: Điều chỉnh." });
    // The decision created Thẩm định: its office columns are protected at once, for the admins and the owner.
    const created = b.fakes.ss.snapshot()["Thẩm định"].protections;
    expect(created.map((p) => [p.type, p.range, p.warningOnly, p.domainEdit])).toEqual([
      ["RANGE", "E1:J1000", false, false],
    ]);
    expect(created[0].editors).toContain(SAMPLE_ADMIN);
    expect(result.items).toEqual([
      {
        indicatorId: "KH_CDS",
        item: {
          self: "có",
          status: "adjusted",
          reason: "Không có quyết định ban hành kế hoạch.",
          reviewer: SAMPLE_ADMIN,
          at: "2023-07-03T02:00:00.000Z",
          reviewed: "không",
        },
      },
    ]);
    const [review] = rows(b, "Thẩm định");
    expect(review).toMatchObject({
      Kỳ: JUNE,
      "Mã đơn vị": "SNV",
      "Mã chỉ tiêu": "KH_CDS",
      "Giá trị thẩm định": "không",
      "Trạng thái": "điều chỉnh",
      "Lý do": "Không có quyết định ban hành kế hoạch.",
      "Người thẩm định": SAMPLE_ADMIN,
      "Giá trị tự đánh giá": "có",
    });
    const audit = rows(b, "Nhật ký").at(-1)!;
    expect(audit).toMatchObject({
      "Hành động": "Thẩm định: điều chỉnh",
      Kỳ: JUNE,
      "Mã đơn vị": "SNV",
      "Giá trị cũ": "chờ thẩm định: có",
      "Giá trị mới": "điều chỉnh: không (Không có quyết định ban hành kế hoạch.)",
    });

    expect(b.call<string>("rankUnits", JUNE)).toMatch(/^Đã xếp hạng tháng 06\/2023/);
    const ranking = b.fakes.ss.snapshot()["Xếp hạng"].values;
    const snv = ranking.find((r) => r[1] === "SNV")!;
    expect(snv[0]).toBe(11);
    // Rank, ID, name, points, the reviewed % and the unit's own beside it, pending items, band.
    const header = ranking.find((r) => r[0] === "Hạng")!;
    const at = (name: string) => snv[header.indexOf(name)];
    expect(at("%")).toBeCloseTo(0.7179, 4);
    expect(at("% tự đánh giá")).toBeCloseTo(0.829, 4);
    expect(at("Xếp loại")).toBe("Nâng cao");
    // The queue now shows the adjustment.
    expect(itemOf(queue(b), "SNV", "KH_CDS")).toMatchObject({ status: "adjusted", reviewed: "không" });
  });
});

describe("submitReview: accept, more, reopen", () => {
  it("accepts, asks for more, reopens, each audited old → new, one lock each", () => {
    const b = setup();
    b.fakes.lock.attempts.length = 0;
    expect(decide(b, "SGTVT", "KY_SO", "accept").ok).toBe(true);
    expect(rows(b, "Thẩm định")[0]).toMatchObject({ "Trạng thái": "đạt", "Lý do": "", "Giá trị tự đánh giá": "0%" });
    expect(decide(b, "SGTVT", "KY_SO", "more", { reason: "Gửi văn bản ký số mẫu." })).toMatchObject({ ok: true });
    expect(itemOf(queue(b), "SGTVT", "KY_SO")).toMatchObject({ status: "more", reason: "Gửi văn bản ký số mẫu." });
    expect(decide(b, "SGTVT", "KY_SO", "reopen")).toMatchObject({ ok: true });
    const reopened = rows(b, "Thẩm định");
    expect(reopened).toHaveLength(1);
    expect(reopened[0]).toMatchObject({ "Trạng thái": "chờ thẩm định", "Giá trị thẩm định": "" });
    expect(itemOf(queue(b), "SGTVT", "KY_SO").status).toBeUndefined();
    expect(rows(b, "Nhật ký").map((r) => [r["Hành động"], r["Giá trị cũ"], r["Giá trị mới"]])).toEqual([
      ["Thẩm định: đạt", "chờ thẩm định: 0%", "đạt: 0%"],
      ["Thẩm định: cần bổ sung", "đạt: 0%", "cần bổ sung: 0% (Gửi văn bản ký số mẫu.)"],
      ["Thẩm định: chờ thẩm định", "cần bổ sung: 0%", "chờ thẩm định: 0%"],
    ]);
    expect(b.fakes.lock.attempts.filter((a) => a.kind === "document")).toHaveLength(3);
    expect(b.fakes.lock.isHeld()).toBe(false);
  });

  it("adjusts a percent as typed (45,5 → 0.455) and a reviewed percent reads back", () => {
    const b = setup();
    expect(decide(b, "SNV", "KY_SO", "adjust", { value: "45,5", reason: "Sai số liệu." })).toMatchObject({ ok: true });
    expect(rows(b, "Thẩm định")[0]["Giá trị thẩm định"]).toBe(0.455);
    expect(itemOf(queue(b), "SNV", "KY_SO")).toMatchObject({ status: "adjusted", reviewed: "45,5%" });
  });

  it("accepts every pending item of a unit in one lock, one write per row and one audit append", () => {
    const b = setup();
    const q = queue(b);
    const u = q.units.findIndex((x) => x.id === "SKHCN");
    const mine = q.items.filter((x) => x.u === u);
    b.fakes.calls.reset();
    const result = b.call<ReviewResult>("submitReview", {
      period: JUNE,
      unitId: "SKHCN",
      action: "accept",
      items: mine.map((it) => ({ indicatorId: q.indicators[it.i].id, ...expectedOf(it) })),
    });
    expect(result).toMatchObject({
      ok: true,
      message: "Đã ghi đạt 8 mục của Sở Khoa học và Công nghệ kỳ tháng 06/2023.",
    });
    expect(result.items).toHaveLength(8);
    expect(b.fakes.calls.count("LockService.getDocumentLock")).toBe(1);
    expect(rows(b, "Thẩm định").filter((r) => r["Trạng thái"] === "đạt")).toHaveLength(8);
    expect(rows(b, "Nhật ký")).toHaveLength(8);
    expect(queue(b).items.filter((x) => x.u === u && x.status === "accepted")).toHaveLength(8);
  });

  it("reviews a closed period: the office's job", () => {
    const b = setup();
    b.fakes.ss.loadGrid("Cài đặt", [...(b.fakes.ss.snapshot()["Cài đặt"].values as unknown[][]), ["Kỳ đã khóa", JUNE]]);
    expect(queue(b).closed).toBe(true);
    expect(decide(b, "SNV", "KH_CDS", "accept").ok).toBe(true);
  });
});

describe("submitReview: refusals", () => {
  it("refuses a non-admin and writes nothing", () => {
    const admin = setup();
    const it = itemOf(queue(admin), "SNV", "KH_CDS");
    const b = setup(CLERK);
    const before = JSON.stringify(b.fakes.ss.snapshot());
    const answer = b.call<ReviewResult>("submitReview", {
      period: JUNE,
      unitId: "SNV",
      indicatorId: "KH_CDS",
      action: "accept",
      ...expectedOf(it),
    });
    expect(answer).toEqual({
      ok: false,
      message: expect.stringMatching(/^Tài khoản vanthu\.sgtvt@.+ không có quyền thẩm định/),
    });
    expect(JSON.stringify(b.fakes.ss.snapshot())).toBe(before);
  });

  it("refuses a decision on a figure that changed after the list was loaded, naming old and new", () => {
    const b = setup();
    const it = itemOf(queue(b), "SNV", "KY_SO");
    setFigure(b, "SNV", "KY_SO", 0.5);
    const before = JSON.stringify(b.fakes.ss.snapshot());
    const answer = b.call<ReviewResult>("submitReview", {
      period: JUNE,
      unitId: "SNV",
      indicatorId: "KY_SO",
      action: "accept",
      ...expectedOf(it),
    });
    expect(answer).toEqual({
      ok: false,
      message: `Số liệu KY_SO của Sở Nội vụ kỳ tháng 06/2023 đã đổi từ ${it.self} thành 50% sau khi bạn mở danh sách; vui lòng tải lại trước khi thẩm định.`,
    });
    expect(JSON.stringify(b.fakes.ss.snapshot())).toBe(before);
  });

  it("refuses a decision when someone else decided since the list was loaded", () => {
    const b = setup();
    const it = itemOf(queue(b), "SNV", "KH_CDS");
    expect(decide(b, "SNV", "KH_CDS", "more", { reason: "Thiếu quyết định." }).ok).toBe(true);
    const answer = b.call<ReviewResult>("submitReview", {
      period: JUNE,
      unitId: "SNV",
      indicatorId: "KH_CDS",
      action: "accept",
      ...expectedOf(it),
    });
    expect(answer.message).toBe(
      "Mục KH_CDS của Sở Nội vụ kỳ tháng 06/2023 đã chuyển từ “Chờ thẩm định” sang “Cần bổ sung” sau khi bạn mở danh sách; vui lòng tải lại trước khi thẩm định.",
    );
  });

  it("refuses an accepted item whose figure changed since as stale, then accepts it again on the new figure", () => {
    const b = setup();
    expect(decide(b, "SNV", "KY_SO", "accept").ok).toBe(true);
    const old = itemOf(queue(b), "SNV", "KY_SO");
    setFigure(b, "SNV", "KY_SO", 0.5);
    const now = itemOf(queue(b), "SNV", "KY_SO");
    expect(now).toMatchObject({ stale: true, self: "50%" });
    expect(now.status).toBeUndefined();
    const stale = b.call<ReviewResult>("submitReview", {
      period: JUNE,
      unitId: "SNV",
      indicatorId: "KY_SO",
      action: "accept",
      ...expectedOf(old),
    });
    expect(stale.ok).toBe(false);
    expect(decide(b, "SNV", "KY_SO", "accept").ok).toBe(true);
  });

  it("refuses what does not hold, each in one sentence, with nothing written", () => {
    const b = setup();
    const it = itemOf(queue(b), "SNV", "KH_CDS");
    const base = { period: JUNE, unitId: "SNV", indicatorId: "KH_CDS", action: "accept", ...expectedOf(it) };
    const before = JSON.stringify(b.fakes.ss.snapshot());
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, action: "adjust", reason: "x" }, /cần cả giá trị thẩm định và lý do/],
      [{ ...base, action: "adjust", value: "không" }, /cần cả giá trị thẩm định và lý do/],
      [{ ...base, action: "adjust", value: "có lẽ", reason: "x" }, /^Giá trị thẩm định của KH_CDS không hợp lệ/],
      [{ ...base, action: "more" }, /cần lý do/],
      [{ ...base, action: "more", reason: "   " }, /cần lý do/],
      [{ ...base, action: "more", reason: "x".repeat(501) }, /^Yêu cầu thẩm định không hợp lệ/],
      [{ ...base, action: "reopen" }, /đang chờ thẩm định nên không cần mở lại/],
      [{ ...base, unitId: "XYZ" }, /^Không có đơn vị “XYZ”/],
      [{ ...base, indicatorId: "NOPE" }, /^Chỉ tiêu “NOPE” không áp dụng/],
      [{ ...base, period: "2021-01" }, /^Không thể thẩm định tháng 01\/2021/],
      [{ ...base, period: "2023-13" }, /^Yêu cầu thẩm định không hợp lệ/],
      [{ ...base, action: "delete" }, /^Yêu cầu thẩm định không hợp lệ/],
      [{ ...base, expectedStatus: "done" }, /^Yêu cầu thẩm định không hợp lệ/],
      [{ ...base, __proto__: { admin: true }, extra: 1 }, /^Yêu cầu thẩm định không hợp lệ/],
      [{ period: JUNE, unitId: "SNV", action: "accept", items: [] }, /^Yêu cầu thẩm định không hợp lệ/],
    ];
    for (const [payload, message] of cases) {
      const answer = b.call<ReviewResult>("submitReview", payload);
      expect(answer.ok, JSON.stringify(payload)).toBe(false);
      expect(answer.message, JSON.stringify(payload)).toMatch(message);
    }
    for (const payload of [undefined, null, 42, "accept", [], [base]]) {
      expect(b.call<ReviewResult>("submitReview", payload)).toMatchObject({ ok: false });
    }
    expect(JSON.stringify(b.fakes.ss.snapshot())).toBe(before);
  });

  it("answers busy when the lock cannot be had", () => {
    const b = setup();
    const it = itemOf(queue(b), "SNV", "KH_CDS");
    const payload = { period: JUNE, unitId: "SNV", indicatorId: "KH_CDS", action: "accept", ...expectedOf(it) };
    const before = JSON.stringify(b.fakes.ss.snapshot());
    b.fakes.lock.simulateContention(1);
    expect(b.call<ReviewResult>("submitReview", payload).message).toMatch(/^Bảng tính đang được người khác cập nhật/);
    expect(JSON.stringify(b.fakes.ss.snapshot())).toBe(before);
  });

  it("with a fault at any call of a decision, the row and its audit row stand together, and a retry completes", () => {
    const payload = {
      period: JUNE,
      unitId: "SNV",
      indicatorId: "KH_CDS",
      action: "adjust",
      value: "không",
      reason: "Thiếu.",
      expected: "có",
      expectedStatus: "pending",
    };
    const state = (b: Bundle) => {
      const reviewed = rows(b, "Thẩm định").filter((r) => r["Trạng thái"] === "điều chỉnh");
      const audit = rows(b, "Nhật ký").filter((r) => r["Hành động"] === "Thẩm định: điều chỉnh");
      return { reviewed: reviewed.length, audit: audit.length };
    };
    const clean = setup();
    clean.fakes.calls.reset();
    expect(clean.call<ReviewResult>("submitReview", payload).ok).toBe(true);
    const total = clean.fakes.calls.count();
    for (let at = 1; at <= total; at++) {
      const b = setup();
      b.fakes.calls.injectFault({ at });
      const first = b.call<ReviewResult>("submitReview", payload);
      expect(b.fakes.calls.faultPending(), `call ${at}`).toBe(false);
      const s = state(b);
      // Never a decision without its audit row.
      expect(s.reviewed, `call ${at}: ${first.message}`).toBe(s.audit);
      if (!first.ok) {
        expect(first.message, `call ${at}`).toMatch(
          /^(Chưa ghi được kết quả thẩm định|Bảng tính đang|Tài khoản \(không xác định\))/,
        );
        // The same decision again: applied, or (when the first was written after all, its flush
        // failing) refused because the item is no longer what the reviewer saw.
        const retry = b.call<ReviewResult>("submitReview", payload);
        if (!retry.ok) expect(retry.message, `retry after call ${at}`).toMatch(/sau khi bạn mở danh sách/);
      }
      expect(state(b), `call ${at}`).toEqual({ reviewed: 1, audit: 1 });
    }
  });
});

describe("submitReview: generated payloads", () => {
  it("refuses ≥ 1,000 malformed or impossible payloads, writing nothing", () => {
    const b = setup();
    const q = queue(b);
    const good = itemOf(q, "SNV", "KH_CDS");
    const snapshot = () => JSON.stringify(b.fakes.ss.snapshot());
    const before = snapshot();
    const text = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('=IMPORTXML("http://x","//a")', "+1", "@SUM(A1)", "-2", "__proto__", "constructor", "2023-06"),
      fc.string({ minLength: 600, maxLength: 5000 }),
    );
    const junk = fc.oneof(
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.string(), { maxLength: 3 }),
      fc.object(),
    );
    const anyField = fc.oneof(text, junk);
    // Every payload is wrong in at least one way that must refuse it.
    const wrong = fc.oneof(
      // Wrong types or missing fields.
      fc.record(
        {
          period: anyField,
          unitId: anyField,
          indicatorId: anyField,
          action: anyField,
          value: anyField,
          reason: anyField,
          expected: anyField,
          expectedStatus: anyField,
        },
        { requiredKeys: [] },
      ),
      // Unknown units, indicators or periods, with everything else right.
      fc
        .record({
          period: fc.oneof(fc.constantFrom("2023-06", "2023-13", "1999-01", "2023-Q2", "2024-01", "=NOW()"), text),
          unitId: fc.oneof(fc.constantFrom("XYZ", "snv", "SNV ", "=A1", "__proto__"), text),
          indicatorId: fc.oneof(fc.constantFrom("NOPE", "kh_cds ", "=IMPORTXML(A1)", "constructor"), text),
          action: fc.constantFrom("accept", "adjust", "more", "reopen"),
          expected: fc.oneof(fc.constant("có"), text),
          expectedStatus: fc.constantFrom("pending", "accepted", "adjusted", "more"),
        })
        .filter((p) => !(p.period === JUNE && p.unitId === "SNV" && p.indicatorId === "KH_CDS")),
      // The right item with a wrong expected value or status, or an adjust whose value does not parse.
      fc.record({
        period: fc.constant(JUNE),
        unitId: fc.constant("SNV"),
        indicatorId: fc.constant("KH_CDS"),
        action: fc.constantFrom("accept", "adjust", "more"),
        value: fc.oneof(fc.constantFrom('=IMPORTXML("a","b")', "có lẽ", "2", "-1", ""), text),
        reason: fc.oneof(fc.constant(""), fc.string({ minLength: 501, maxLength: 900 })),
        expected: fc.oneof(fc.constantFrom("không", "", "CÓ"), text).filter((e) => e !== (good.canon ?? good.self)),
        expectedStatus: fc.constant("pending"),
      }),
      // Prototype pollution and extra keys.
      fc.constantFrom(
        JSON.parse(
          '{"__proto__":{"ok":true},"period":"2023-06","unitId":"SNV","indicatorId":"KH_CDS","action":"accept","expected":"có","expectedStatus":"pending"}',
        ),
        JSON.parse(
          '{"constructor":{"prototype":{"x":1}},"period":"2023-06","unitId":"SNV","indicatorId":"KH_CDS","action":"accept","expected":"có","expectedStatus":"pending"}',
        ),
        {
          period: JUNE,
          unitId: "SNV",
          action: "accept",
          items: [{ indicatorId: "KH_CDS", expected: "có", expectedStatus: "pending", extra: 1 }],
        },
        {
          period: JUNE,
          unitId: "SNV",
          action: "adjust",
          items: [{ indicatorId: "KH_CDS", expected: "có", expectedStatus: "pending" }],
        },
        {
          period: JUNE,
          unitId: "SNV",
          action: "accept",
          items: [
            { indicatorId: "KH_CDS", expected: "có", expectedStatus: "pending" },
            { indicatorId: "KH_CDS", expected: "có", expectedStatus: "pending" },
          ],
        },
      ),
      junk,
    );
    let runs = 0;
    fc.assert(
      fc.property(wrong, (payload) => {
        runs++;
        // Across the realm as google.script.run would deliver it (JSON-like).
        const sent = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload) ?? "null");
        const answer = b.call<ReviewResult>("submitReview", sent);
        expect(answer.ok).toBe(false);
        expect(typeof answer.message).toBe("string");
        expect(answer.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 1000, seed: 20231 },
    );
    expect(runs).toBeGreaterThanOrEqual(1000);
    expect(snapshot()).toBe(before);
    expect(({} as Record<string, unknown>).ok).toBeUndefined();
  });
});
