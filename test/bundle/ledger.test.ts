// Trust in the shared sheet, through the built bundle: the record of what was sent lives in document
// properties, so nothing done to `Nhật ký` (or a fault anywhere) sends a message twice; sending stops
// before Apps Script's time limit and a follow-up finishes; the hash chain of `Nhật ký` shows edits.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { parseAnchor } from "../../src/core/audit-chain";
import { formatProblem } from "../../src/core/problems";
import { verifyAuditGrid } from "../../src/workbook/audit-sheet";
import type { Grid } from "../../src/workbook/contract";
import type { FakeServices } from "../fakes";
import { loadBundle, loadSample } from "./harness";

process.env.TZ = "America/Los_Angeles";

const ADMIN = "cds@binhphuoc.example";
const CONFIRM = { period: "2023-06", confirm: true };
const TOTAL = 23;
const FAILURE_REPORT = /^DX Scorecard: lỗi khi gửi/;

function sample(options: { mailQuota?: number } = {}) {
  const b = loadBundle({ activeUser: ADMIN, ...options });
  loadSample(b.fakes);
  return b;
}

/** The outbox messages handed to MailApp (failure reports to the admins left out), by identity. */
function outboxSends(fakes: FakeServices): { total: number; distinct: number } {
  const sends = fakes.mail.sent
    .filter((m) => !FAILURE_REPORT.test(m.subject))
    .map((m) => `${m.subject}|${m.to.join(",")}|${m.cc.join(",")}`);
  return { total: sends.length, distinct: new Set(sends).size };
}

function auditValues(fakes: FakeServices, name = "Nhật ký"): Grid {
  return fakes.ss.snapshot()[name].values as Grid;
}

/** What Kiểm tra số liệu reports about the chain, computed the same way from outside the bundle. */
function chainProblems(fakes: FakeServices, name = "Nhật ký"): string[] {
  const anchor = parseAnchor(fakes.properties.document.getProperty("dxScorecard.auditAnchor"));
  return verifyAuditGrid(name, auditValues(fakes, name), "Asia/Ho_Chi_Minh", anchor).map((p) => formatProblem(p, "vi"));
}

const loggedSends = (fakes: FakeServices) =>
  auditValues(fakes)
    .slice(1)
    .filter((r) => r[2] === "Đã gửi e-mail")
    .map((r) => [r[3], r[5], r[4]].filter((x) => x !== "").join("|"));

/**
 * A clock in the bundle's realm (`Date.now`) that advances `ms` with every message MailApp sends;
 * returns what makes sending instant again.
 */
function slowMail(b: ReturnType<typeof sample>, ms: number): () => void {
  const clock = vm.runInContext(
    `(() => { let now = Date.UTC(2023, 6, 10, 1, 0, 0); Date.now = () => now; return { advance(ms) { now += ms; } }; })()`,
    b.context,
  ) as { advance(ms: number): void };
  const send = b.fakes.mail.sendEmail.bind(b.fakes.mail);
  b.fakes.mail.sendEmail = ((...args: Parameters<typeof send>) => {
    send(...args);
    clock.advance(ms);
  }) as typeof send;
  return () => {
    b.fakes.mail.sendEmail = send;
  };
}

/** 30 s a message: the tenth ends the 4.5-minute budget. */
const stopAfterTenSends = (b: ReturnType<typeof sample>) => slowMail(b, 30_000);

describe("what was sent is kept where no editor reaches it", () => {
  it("does not re-send on a second click after 10 e-mails went out and the Nhật ký write failed", () => {
    const b = sample();
    const { fakes, call } = b;
    // The run stops after 10 e-mails (30 s each against the 4.5-minute budget), and every write
    // to Nhật ký fails meanwhile: the old code logged the sends there and re-sent them (33, 23 distinct).
    const fast = stopAfterTenSends(b);
    fakes.ss.insertSheet("Nhật ký");
    const audit = fakes.ss.sheet("Nhật ký");
    const getLastRow = audit.getLastRow.bind(audit);
    audit.getLastRow = () => {
      throw new Error("Service Spreadsheets failed while accessing document with id fake.");
    };
    const first = call<string>("sendSummaryNow", CONFIRM);
    expect(first).toMatch(/^Đã gửi 10 e-mail tháng 06\/2023;/);
    expect(first).toContain("Không ghi được Nhật ký (Service Spreadsheets failed");
    expect(outboxSends(fakes)).toEqual({ total: 10, distinct: 10 });
    audit.getLastRow = getLastRow;
    fast();
    expect(call<string>("sendSummaryNow", CONFIRM)).toMatch(/^Đã gửi 13 e-mail/);
    expect(call<string>("sendSummaryNow", CONFIRM)).toMatch(/^Đã gửi 0 e-mail/);
    expect(outboxSends(fakes)).toEqual({ total: TOTAL, distinct: TOTAL });
  });

  it("does not re-send when the first Nhật ký write of the run fails once, and still logs every send", () => {
    const { fakes, call } = sample();
    fakes.calls.injectFault({ method: "Range.setValues", at: 1 });
    call("sendSummaryNow", CONFIRM);
    expect(fakes.calls.faultPending()).toBe(false);
    call("sendSummaryNow", CONFIRM);
    expect(outboxSends(fakes)).toEqual({ total: TOTAL, distinct: TOTAL });
    expect(new Set(loggedSends(fakes)).size).toBe(TOTAL);
    expect(loggedSends(fakes)).toHaveLength(TOTAL);
    expect(chainProblems(fakes)).toEqual([]);
  });

  const attacks: [string, (f: FakeServices) => void][] = [
    ["renaming Nhật ký", (f) => f.ss.sheet("Nhật ký").setName("Nhật ký cũ")],
    [
      "inserting a column into Nhật ký",
      (f) => {
        const s = f.ss.sheet("Nhật ký");
        s.insertColumnsAfter(2, 1);
        s.getRange(1, 3).setValue("Ghi chú của tôi");
      },
    ],
    ["deleting Nhật ký", (f) => f.ss.deleteSheet(f.ss.getSheetByName("Nhật ký") as never)],
    ["clearing the send rows of Nhật ký", (f) => f.ss.sheet("Nhật ký").deleteRows(2, 5)],
  ];
  for (const [attack, damage] of attacks) {
    it(`re-sends nothing after ${attack} between two sends`, () => {
      const { fakes, call } = sample({ mailQuota: 10 });
      call("sendSummaryNow", CONFIRM);
      const before = outboxSends(fakes).total;
      expect(before).toBeGreaterThan(0);
      expect(before).toBeLessThan(TOTAL);
      damage(fakes);
      fakes.mail.setQuota(100);
      expect(call<string>("sendSummaryNow", CONFIRM)).toMatch(new RegExp(`^Đã gửi ${TOTAL - before} e-mail`));
      expect(call<string>("sendSummaryNow", CONFIRM)).toMatch(/^Đã gửi 0 e-mail/);
      expect(outboxSends(fakes)).toEqual({ total: TOTAL, distinct: TOTAL });
    });
  }

  it("keeps the chain whole when an editor inserts a column: rows are written by header", () => {
    const { fakes, call } = sample({ mailQuota: 10 });
    call("sendSummaryNow", CONFIRM);
    fakes.ss.sheet("Nhật ký").insertColumnsAfter(2, 1);
    fakes.mail.setQuota(100);
    call("sendSummaryNow", CONFIRM);
    const rows = auditValues(fakes);
    expect(rows[0][2]).toBe("");
    expect(rows.slice(1).every((r) => r[2] === "")).toBe(true);
    expect(chainProblems(fakes)).toEqual([]);
  });

  it("still counts the sends the old code logged in Nhật ký (before the chain existed)", () => {
    const { fakes, call } = sample();
    // The old layout: eight columns, no Mã kiểm tra; the summary and one notice already went out.
    fakes.ss.loadGrid("Nhật ký", [
      ["Thời điểm", "Người thực hiện", "Hành động", "Kỳ", "Mã đơn vị", "Chỉ tiêu", "Giá trị cũ", "Giá trị mới"],
      [new Date("2023-07-06T01:00:00Z"), ADMIN, "Đã gửi e-mail", "2023-06", "", "summary", "", "x@y.vn"],
      [new Date("2023-07-06T01:00:01Z"), ADMIN, "Đã gửi e-mail", "2023-06", "SGTVT", "notice", "", "x@y.vn"],
    ]);
    expect(call<string>("sendSummaryNow", CONFIRM)).toMatch(/^Đã gửi 21 e-mail/);
    expect(fakes.mail.sent.some((m) => m.subject.startsWith("Chuyển đổi số — tổng hợp tháng"))).toBe(false);
    // The header gained the check-code column; the old rows are legacy, the new ones chained.
    const rows = auditValues(fakes);
    expect(rows[0][8]).toBe("Mã kiểm tra");
    expect(rows[1][8]).toBe("");
    expect(String(rows[3][8])).toMatch(/^1:[0-9a-f]{64}$/);
    expect(chainProblems(fakes)).toEqual([]);
    // Migrated once: deleting the old rows now changes nothing.
    fakes.ss.sheet("Nhật ký").deleteRows(2, 2);
    expect(call<string>("sendSummaryNow", CONFIRM)).toMatch(/^Đã gửi 0 e-mail/);
  });
});

describe("an existing workbook without the check-code column", () => {
  it("gets the column from Thiết lập bảng tính, and its old rows stay legacy", () => {
    const { fakes, call } = sample();
    fakes.ss.loadGrid("Nhật ký", [
      ["Thời điểm", "Người thực hiện", "Hành động", "Kỳ", "Mã đơn vị", "Chỉ tiêu", "Giá trị cũ", "Giá trị mới"],
      [new Date("2023-07-01T01:00:00Z"), ADMIN, "Nhập qua biểu mẫu", "2023-06", "SNV", "KY_SO", "", "0,5"],
    ]);
    call("setupWorkbook");
    expect(auditValues(fakes)[0]).toHaveLength(9);
    expect(auditValues(fakes)[0][8]).toBe("Mã kiểm tra");
    call("sendSummaryNow", CONFIRM);
    expect(String(auditValues(fakes)[2][8])).toMatch(/^1:[0-9a-f]{64}$/);
    expect(chainProblems(fakes)).toEqual([]);
  });
});

describe("a fault at any service call", () => {
  it("leaves every message sent exactly once after a retry, and Nhật ký whole", { timeout: 300_000 }, () => {
    const clean = sample();
    clean.call("sendSummaryNow", CONFIRM);
    const total = clean.fakes.calls.count();
    expect(outboxSends(clean.fakes)).toEqual({ total: TOTAL, distinct: TOTAL });
    expect(total).toBeGreaterThan(50);

    const broken: string[] = [];
    const faulted = new Set<string>();
    for (let n = 1; n <= total; n++) {
      const { fakes, call } = sample();
      fakes.calls.injectFault({ at: n });
      try {
        call("sendSummaryNow", CONFIRM);
      } catch {
        // The run died at the fault: the retry below must finish the job.
      }
      const method = fakes.calls.list()[n - 1];
      faulted.add(method);
      expect(fakes.calls.faultPending(), `fault ${n} fired`).toBe(false);
      call("sendSummaryNow", CONFIRM);
      const sends = outboxSends(fakes);
      const logged = loggedSends(fakes);
      const chain = chainProblems(fakes);
      if (
        sends.total !== TOTAL ||
        sends.distinct !== TOTAL ||
        logged.length !== TOTAL ||
        new Set(logged).size !== TOTAL ||
        chain.length > 0
      )
        broken.push(
          `#${n} ${faulted}: sent ${sends.total} (${sends.distinct} distinct), logged ${logged.length}; ${chain}`,
        );
    }
    expect(broken).toEqual([]);
    // The faults hit the sends, their record, the Nhật ký write and the lock, among the rest.
    for (const method of ["MailApp.sendEmail", "Properties.setProperty", "Range.setValues", "Lock.releaseLock"])
      expect(faulted).toContain(method);
  });
});

describe("the 6-minute limit", () => {
  it("stops before the limit, says how many are left, and a follow-up minutes later sends them once", () => {
    const b = sample();
    slowMail(b, 20_000);
    const { fakes, call } = b;
    const message = call<string>("sendSummaryNow", CONFIRM);
    // 4.5 minutes at 20 s a message: 14 go out (the 14th starts at 4 min 20 s).
    expect(outboxSends(fakes).total).toBe(14);
    expect(message).toMatch(/^Đã gửi 14 e-mail tháng 06\/2023;/);
    expect(message).toContain(
      "Còn 9 e-mail chưa gửi do sắp hết thời gian chạy cho phép; DX Scorecard sẽ tự động gửi tiếp sau vài phút.",
    );
    const [followUp] = fakes.triggers.byHandler("onScheduledSummary");
    expect(followUp.config.afterMs).toBe(2 * 60 * 1000);
    expect(JSON.parse(fakes.properties.document.getProperty("dxScorecard.pending") ?? "[]")).toEqual([
      { period: "2023-06", kinds: ["summary", "notice", "review", "reminder"] },
    ]);

    const fired = {
      year: 2023,
      month: 7,
      "day-of-month": 10,
      hour: 8,
      timezone: "Asia/Ho_Chi_Minh",
      triggerUid: followUp.getUniqueId(),
    };
    expect(call<string>("onScheduledSummary", fired)).toMatch(/^Đã gửi 9 e-mail/);
    expect(call<string>("onScheduledSummary", { ...fired, triggerUid: "other" })).toBe("");
    expect(outboxSends(fakes)).toEqual({ total: TOTAL, distinct: TOTAL });
    expect(fakes.properties.document.getProperty("dxScorecard.pending")).toBeNull();
    expect(fakes.triggers.byHandler("onScheduledSummary")).toHaveLength(0);
    expect(chainProblems(fakes)).toEqual([]);
  });
});

describe("the hash chain of Nhật ký, in Kiểm tra số liệu", () => {
  function sent() {
    const b = sample();
    b.call("sendSummaryNow", CONFIRM);
    expect(b.call<string>("checkData")).toMatch(/^Không phát hiện lỗi/);
    return b;
  }

  it("names a row edited after it was written", () => {
    const { fakes, call } = sent();
    fakes.ss.sheet("Nhật ký").getRange(6, 8).setValue("giamdoc@khac.vn");
    expect(call<string>("checkData")).toContain(
      "Nhật ký!I6: dòng này (mục số 5) hoặc mã kiểm tra của dòng ngay trước nó đã bị sửa sau khi ghi",
    );
  });

  it("names the row after a deleted one", () => {
    const { fakes, call } = sent();
    fakes.ss.sheet("Nhật ký").deleteRows(6, 1);
    expect(call<string>("checkData")).toContain(
      "Nhật ký!I6: 1 dòng ngay trước dòng này đã bị xóa khỏi Nhật ký (mục số 5).",
    );
  });

  it("names rows put in another order", () => {
    const { fakes, call } = sent();
    const range = fakes.ss.sheet("Nhật ký").getRange(6, 1, 2, 9);
    range.setValues([...range.getValues()].reverse());
    const message = call<string>("checkData");
    expect(message).toContain("Nhật ký!I6: dòng này (mục số 6) đã bị chuyển khỏi vị trí ban đầu");
    expect(message).toContain("Nhật ký!I7: dòng này (mục số 5) đã bị chuyển khỏi vị trí ban đầu");
  });

  it("sees the last rows cut off, which the sheet alone cannot show", () => {
    const { fakes, call } = sent();
    fakes.ss.sheet("Nhật ký").deleteRows(22, 3);
    expect(call<string>("checkData")).toContain(
      "Nhật ký đã mất 3 dòng cuối: DX Scorecard đã ghi đến mục số 23 nhưng trang tính chỉ còn đến mục số 20.",
    );
  });

  it("sends and logs with the same service calls whatever the size of Nhật ký, never reading it whole", () => {
    const measured = (extraRows: number) => {
      const { fakes, call } = sent();
      const big: Grid = auditValues(fakes);
      for (let i = 0; i < extraRows; i++) big.push([new Date(), ADMIN, "x", "", "", "", "", "", ""]);
      const sheet = fakes.ss.loadGrid("Nhật ký", big);
      // Reading Nhật ký whole would fail the send.
      sheet.getDataRange = () => {
        throw new Error("Nhật ký was read whole");
      };
      fakes.calls.reset();
      expect(call<string>("sendSummaryNow", { period: "2023-05", confirm: true })).toMatch(/^Đã gửi [1-9]\d* e-mail/);
      return fakes.calls;
    };
    const small = measured(0);
    const large = measured(5000);
    expect(large.list()).toEqual(small.list());
    // Nhật ký is only read through ranges of a row or two.
    const rows = large
      .details()
      .filter((c) => c.name === "Sheet.getRange")
      .map((c) => Number(c.args[2] ?? 1));
    expect(Math.max(...rows)).toBeLessThanOrEqual(50);
    expect(rows.length).toBeGreaterThan(0);
  });
});
