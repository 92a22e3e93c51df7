import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { loadBundle, loadSample } from "./harness";

process.env.TZ = "America/Los_Angeles";

/** The time-driven event Apps Script passes: the date it fired for, in the trigger's zone. */
const firedOn = (year: number, month: number, day: number) => ({
  year,
  month,
  "day-of-month": day,
  hour: 8,
  timezone: "Asia/Ho_Chi_Minh",
  authMode: "FULL",
  triggerUid: "t",
});

function sample(options: { mailQuota?: number } = {}) {
  const b = loadBundle({ activeUser: "cds@binhphuoc.example", ...options });
  loadSample(b.fakes);
  return b;
}

/** The bundle's clock stopped at `iso` (its `new Date()` and `Date.now()`), as the sidebar tests do. */
function freezeClock(context: vm.Context, iso: string): void {
  const fixed = Date.parse(iso);
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      globalThis.Date = new Proxy(RealDate, {
        construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [${fixed}], newTarget),
        get: (target, prop) => (prop === "now" ? () => ${fixed} : Reflect.get(target, prop)),
      });
    })()`,
    context,
  );
}

const sentKeys = (fakes: ReturnType<typeof sample>["fakes"]) =>
  fakes.ss
    .snapshot()
    ["Nhật ký"].values.slice(1)
    .filter((r) => r[2] === "Đã gửi e-mail")
    .map((r) => [r[3], r[5], r[4]].filter((x) => x !== "").join("|"));

describe("Gửi tổng hợp", () => {
  it("previews who receives what in a dialog and sends nothing until confirmed", () => {
    const { fakes, call } = sample();
    const intro = call<string>("sendSummaryNow", "2023-06");
    expect(intro).toMatch(/^Sẽ gửi 23 e-mail tới \d+ địa chỉ \(hạn mức gửi hôm nay còn 100\)\. Đã gửi trước đó: 0\.$/);
    expect(fakes.mail.sent).toHaveLength(0);
    expect(fakes.ui.dialogs).toHaveLength(1);
    const dialog = fakes.ui.dialogs[0];
    expect(dialog.kind).toBe("modal");
    expect(dialog.content).toContain("Chuyển đổi số — tổng hợp tháng 06/2023");
    expect(dialog.content).toContain("1. Sở Khoa học và Công nghệ");
    expect(dialog.content).not.toMatch(/<img|data:image|cid:/);
    expect(dialog.content).toContain('.sendSummaryNow({"period":"2023-06","confirm":true})');
  });

  it("sends the committee summary first, then the notices and the reminder, and records each one", () => {
    const { fakes, call } = sample();
    const message = call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    expect(message).toBe(
      "Đã gửi 23 e-mail tháng 06/2023; 0 e-mail để lại gửi tiếp vào ngày mai do hết hạn mức; 0 e-mail lỗi; 0 e-mail không có địa chỉ nhận.",
    );
    const first = fakes.mail.sent[0];
    expect(first.to).toEqual(["bancdcds@binhphuoc.example", "vanphong.ubnd@binhphuoc.example"]);
    expect(first.subject).toBe(
      "Chuyển đổi số — tổng hợp tháng 06/2023: 32/33 đơn vị đã báo cáo, 21 đơn vị có chỉ tiêu dưới ngưỡng",
    );
    expect(first.htmlBody).toContain("Sở Giao thông Vận tải (0,00%)");
    expect(first.inlineImages).toEqual([]);
    expect(fakes.mail.sentTo("giamdoc.sgtvt@binhphuoc.example")).toHaveLength(1);
    expect(fakes.mail.sentTo("vanthu.bdt@binhphuoc.example")[0].subject).toMatch(/nhắc|Nhắc/);
    expect(sentKeys(fakes)).toHaveLength(23);
    expect(sentKeys(fakes)[0]).toBe("2023-06|summary");

    // A second click sends nothing again.
    expect(call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toMatch(/^Đã gửi 0 e-mail/);
    expect(fakes.mail.sent).toHaveLength(23);
  });

  it("refuses a period with no figures, as ranking does, and sends nothing", () => {
    const { fakes, call } = sample();
    const message = call<string>("sendSummaryNow", { period: "2032-06", confirm: true });
    expect(message).toBe(
      "Chưa thể gửi e-mail tháng 06/2032: Trang Số liệu chưa có số liệu nào của tháng 06/2032. Vui lòng chọn kỳ khác.",
    );
    expect(call<string>("sendSummaryNow", "2032-06")).toBe(message);
    expect(fakes.mail.sent).toHaveLength(0);
  });

  it("skips a malformed address, says which cell, and still sends to the unit's other addresses", () => {
    const b = loadBundle({ activeUser: "cds@binhphuoc.example" });
    loadSample(b.fakes, (s) => {
      s.units[8][4] = "giamdoc.sgtvt@";
    });
    const preview = b.call<string>("sendSummaryNow", "2023-06");
    expect(preview).toContain("Đơn vị!E9: địa chỉ e-mail “giamdoc.sgtvt@” không hợp lệ nên sẽ bị bỏ qua khi gửi thư.");
    b.call("sendSummaryNow", { period: "2023-06", confirm: true });
    const notice = b.fakes.mail.sent.find((m) => m.subject.includes("Sở Giao thông Vận tải"));
    expect([notice?.to, notice?.cc]).toEqual([["vanthu.sgtvt@binhphuoc.example"], []]);
    expect(b.fakes.mail.sent.flatMap((m) => [...m.to, ...m.cc]).some((a) => a.startsWith("giamdoc.sgtvt@"))).toBe(
      false,
    );
  });

  it("refuses a user who is not an admin", () => {
    const b = loadBundle({ activeUser: "vanthu.sgtvt@binhphuoc.example" });
    loadSample(b.fakes, (s) => {
      s.settings[2][1] = "cds@binhphuoc.example";
    });
    expect(b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toMatch(
      /không có quyền gửi tổng hợp/,
    );
    expect(b.fakes.mail.sent).toHaveLength(0);
  });

  it("sends nothing and says so when the quota is zero", () => {
    const { fakes, call } = sample({ mailQuota: 0 });
    expect(call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toBe(
      "Hạn mức gửi e-mail hôm nay đã hết; chưa gửi gì. Các e-mail sẽ được gửi tiếp vào ngày mai.",
    );
    expect(fakes.mail.sent).toHaveLength(0);
  });

  it("logs a failed message, still sends the others, and tells the admins", () => {
    const b = loadBundle({ activeUser: "cds@binhphuoc.example" });
    loadSample(b.fakes, (s) => {
      s.settings[2][1] = "cds@binhphuoc.example";
    });
    b.fakes.mail.failNext(new Error("Invalid email: giamdoc"));
    const message = b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    expect(message).toMatch(/Đã gửi 22 e-mail .* 1 e-mail lỗi/);
    const failed = b.fakes.ss.snapshot()["Nhật ký"].values.filter((r) => r[2] === "Gửi e-mail lỗi");
    expect(failed.map((r) => [r[5], r[7]])).toEqual([["summary", "Invalid email: giamdoc"]]);
    const report = b.fakes.mail.sentTo("cds@binhphuoc.example");
    expect(report.map((m) => m.subject)).toEqual(["DX Scorecard: lỗi khi gửi e-mail tháng 06/2023"]);
    expect(report[0].body).toContain("2023-06|summary: Invalid email: giamdoc");
    // The failed summary was not recorded as sent: the next run sends it.
    expect(b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toMatch(/^Đã gửi 1 e-mail/);
  });
});

describe("the schedule", () => {
  it("sends each message once however often the trigger fires on the summary day", () => {
    const { fakes, call } = sample();
    for (let i = 0; i < 3; i++) call("onScheduledSummary", firedOn(2023, 7, 6));
    const keys = sentKeys(fakes);
    expect(new Set(keys).size).toBe(keys.length);
    // June's summary and notices, and the second quarter's summary (June ends a quarter).
    expect(keys.filter((k) => k.endsWith("summary"))).toEqual(["2023-06|summary", "2023-Q2|summary"]);
    expect(keys.filter((k) => k.includes("|notice|"))).toHaveLength(21);
    expect(keys.filter((k) => k.includes("|reminder|"))).toHaveLength(0);
    expect(fakes.mail.sent).toHaveLength(23);
    const q2 = fakes.mail.sent.find((m) => m.subject.includes("quý II/2023"));
    expect(q2?.to).toEqual(["bancdcds@binhphuoc.example", "vanphong.ubnd@binhphuoc.example"]);
  });

  it("reminds units that have not reported on the due day − 2, once", () => {
    const { fakes, call, context } = sample();
    freezeClock(context, "2023-07-03T08:00:00+07:00");
    call("onScheduledSummary", firedOn(2023, 7, 3));
    call("onScheduledSummary", firedOn(2023, 7, 3));
    expect(sentKeys(fakes)).toEqual(["2023-06|reminder|BDT"]);
    expect(fakes.mail.sent.map((m) => m.to)).toEqual([["vanthu.bdt@binhphuoc.example"]]);
    expect(fakes.mail.sent[0].subject).toBe("Nhắc nộp số liệu chuyển đổi số tháng 06/2023 — hạn 05/07/2023");
    expect(fakes.mail.sent[0].body).toContain("trước hạn.");
  });

  it("words a reminder sent after the deadline as overdue, by the date in the spreadsheet's time zone", () => {
    const { fakes, call, context } = sample();
    // 23:30 UTC on 5 July is already 6 July in Hà Nội.
    freezeClock(context, "2023-07-05T23:30:00Z");
    call("sendSummaryNow", { period: "2023-06", confirm: true });
    const [reminder] = fakes.mail.sentTo("vanthu.bdt@binhphuoc.example");
    expect(reminder.subject).toBe("Nhắc nộp số liệu chuyển đổi số tháng 06/2023 — đã quá hạn 05/07/2023");
    expect(reminder.body).toContain("Hạn nộp ngày 05/07/2023 đã qua.");
    expect(reminder.body).toContain("trong thời gian sớm nhất.");
    expect(reminder.body).not.toContain("trước hạn");
  });

  it("sends what the quota could not carry the next day, once, then removes the follow-up", () => {
    const { fakes, call } = sample({ mailQuota: 10 });
    call("onScheduledSummary", firedOn(2023, 7, 6));
    const first = fakes.mail.sent.length;
    expect(fakes.mail.sent[0].subject).toMatch(/^Chuyển đổi số — tổng hợp tháng 06\/2023/);
    expect(first).toBeLessThan(23);
    // What did not fit: the rest of June's notices, and the quarter's summary.
    expect(JSON.parse(fakes.properties.document.getProperty("dxScorecard.pending")!)).toEqual([
      { period: "2023-06", kinds: ["summary", "notice", "review"] },
      { period: "2023-Q2", kinds: ["summary"] },
    ]);
    const followUps = fakes.triggers.byHandler("onScheduledSummary");
    expect(followUps.map((t) => t.config.afterMs)).toEqual([24 * 60 * 60 * 1000]);

    fakes.mail.setQuota(100);
    call("onScheduledSummary", firedOn(2023, 7, 7));
    call("onScheduledSummary", firedOn(2023, 7, 7));
    const keys = sentKeys(fakes);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.filter((k) => k.startsWith("2023-06|"))).toHaveLength(22);
    expect(keys.filter((k) => k.startsWith("2023-Q2|"))).toEqual(["2023-Q2|summary"]);
    expect(fakes.mail.sent).toHaveLength(23);
    expect(fakes.properties.document.getProperty("dxScorecard.pending")).toBeNull();
    expect(fakes.triggers.byHandler("onScheduledSummary")).toHaveLength(0);
  });

  it("tells the admins when a scheduled run finds the workbook broken, and sends nothing else", () => {
    const b = loadBundle({ activeUser: "cds@binhphuoc.example" });
    loadSample(b.fakes, (s) => {
      s.settings[2][1] = "cds@binhphuoc.example";
      s.data[5][4] = "124%";
    });
    b.call("onScheduledSummary", firedOn(2023, 7, 6));
    expect(b.fakes.mail.sent.map((m) => [m.to, m.subject])).toEqual([
      [["cds@binhphuoc.example"], "DX Scorecard: lỗi khi gửi e-mail tháng 06/2023"],
      [["cds@binhphuoc.example"], "DX Scorecard: lỗi khi gửi e-mail quý II/2023"],
    ]);
    expect(b.fakes.mail.sent[0].body).toContain("Số liệu!E6: tỷ lệ 124% vượt quá 100%.");
  });

  it("reads the trigger's UTC date in the spreadsheet's time zone", () => {
    const { fakes, call } = sample();
    // 23:30 UTC on 5 July is 06:30 on 6 July in Hà Nội: the summary day.
    call("onScheduledSummary", { year: 2023, month: 7, "day-of-month": 5, hour: 23, minute: 30, timezone: "UTC" });
    expect(sentKeys(fakes)).toContain("2023-06|summary");
  });

  it("replaces a spent follow-up trigger when the quota runs out again", () => {
    const { fakes, call } = sample({ mailQuota: 10 });
    call("onScheduledSummary", firedOn(2023, 7, 6));
    const [first] = fakes.triggers.byHandler("onScheduledSummary");
    fakes.mail.setQuota(4);
    call("onScheduledSummary", { ...firedOn(2023, 7, 7), triggerUid: first.getUniqueId() });
    const now = fakes.triggers.byHandler("onScheduledSummary");
    expect(now).toHaveLength(1);
    expect(now[0].getUniqueId()).not.toBe(first.getUniqueId());
    expect(now[0].config.afterMs).toBe(24 * 60 * 60 * 1000);
  });

  it("installs one trigger on the summary day and one on the reminder day at 08:00, never duplicated", () => {
    const { fakes, call } = sample();
    expect(call<string>("scheduleSummaries", true)).toBe(
      "Đã bật lịch gửi tự động: ngày 6 và ngày 3 hằng tháng lúc 08:00.",
    );
    call("scheduleSummaries", true);
    const triggers = fakes.triggers.byHandler("onScheduledSummary");
    expect(triggers.map((t) => [t.config.monthDay, t.config.hour, t.config.timeZone]).sort()).toEqual([
      [3, 8, "Asia/Ho_Chi_Minh"],
      [6, 8, "Asia/Ho_Chi_Minh"],
    ]);
    fakes.ui.queueAlert("NO");
    expect(call<string>("scheduleSummaries")).toMatch(
      /^Lịch gửi tự động đang BẬT: tổng hợp và thông báo đơn vị yếu kém lúc 08:00 ngày 6/,
    );
    expect(call<string>("scheduleSummaries", false)).toBe("Đã tắt lịch gửi tự động.");
    expect(fakes.triggers.byHandler("onScheduledSummary")).toHaveLength(0);
  });
});
