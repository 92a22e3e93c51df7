// The add-on's send of a reviewed month (design §10, issue 10), through the built bundle: the
// requests for more evidence go out with the other messages, to the units' clerks, each once
// however often the office clicks or the schedule fires.
import { describe, expect, it } from "vitest";
import { freezeClock, loadBundle, loadSample, SAMPLE_ADMIN } from "./harness";

process.env.TZ = "America/Los_Angeles";

const REVIEW_SHEET = [
  ["Kỳ", "Mã đơn vị", "Mã chỉ tiêu", "Minh chứng", "Giá trị thẩm định", "Trạng thái", "Lý do"],
  ["2023-06", "SNV", "KH_CDS", "QĐ 12/QĐ-SNV", "", "cần bổ sung", "Không tìm thấy quyết định ban hành kế hoạch."],
  ["2023-06", "SNV", "KY_SO", "", "", "cần bổ sung", "<b>Số liệu</b> chưa khớp."],
  ["2023-06", "STP", "HOP_KG", "", "", "cần bổ sung", "Biên bản chưa có chữ ký."],
  ["2023-06", "STC", "HOP_KG", "", "", "đạt", ""],
];

function reviewed(options: { mailQuota?: number } = {}) {
  const b = loadBundle({ activeUser: SAMPLE_ADMIN, ...options });
  loadSample(b.fakes);
  b.fakes.ss.loadGrid("Thẩm định", REVIEW_SHEET);
  b.fakes.calls.reset();
  freezeClock(b.context, "2023-07-06T02:00:00Z");
  return b;
}

const requests = (b: ReturnType<typeof reviewed>) =>
  b.fakes.mail.sent.filter((m) => m.subject.startsWith("Đề nghị bổ sung minh chứng"));

describe("Gửi tổng hợp of a reviewed month", () => {
  it("previews the requests among the messages, between the notices and the reminder", () => {
    const b = reviewed();
    const intro = b.call<string>("sendSummaryNow", "2023-06");
    expect(intro).toMatch(/^Sẽ gửi 25 e-mail/);
    const dialog = b.fakes.ui.dialogs[0].content;
    expect(dialog).toContain("Đề nghị bổ sung minh chứng chuyển đổi số tháng 06/2023 — Sở Nội vụ: 2 chỉ tiêu");
    expect(b.fakes.mail.sent).toHaveLength(0);
  });

  it("sends each request once, to the clerks, after the notices and before the reminder; a second send repeats none", () => {
    const b = reviewed();
    const message = b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    expect(message).toMatch(/^Đã gửi 25 e-mail tháng 06\/2023;/);
    const subjects = b.fakes.mail.sent.map((m) => m.subject);
    const firstRequest = subjects.findIndex((s) => s.startsWith("Đề nghị bổ sung"));
    const lastNotice = subjects.map((s) => s.includes("dưới ngưỡng yếu kém")).lastIndexOf(true);
    const reminder = subjects.findIndex((s) => s.startsWith("Nhắc nộp"));
    expect(lastNotice).toBeLessThan(firstRequest);
    expect(firstRequest + 2).toBe(reminder);
    const [snv, stp] = requests(b);
    expect([snv.to, snv.cc]).toEqual([["vanthu.snv@binhphuoc.example"], []]);
    expect(stp.to).toEqual(["vanthu.stp@binhphuoc.example"]);
    expect(snv.body).toContain("Lý do: Không tìm thấy quyết định ban hành kế hoạch.");
    // Written on 6 July, after June's due date (5 July): five days to answer.
    expect(snv.body).toContain("trước ngày 11/07/2023");
    expect(snv.htmlBody).toContain("&lt;b&gt;Số liệu&lt;/b&gt; chưa khớp.");
    expect(b.fakes.mail.sent[0].body).toMatch(/Thẩm định: 1 mục đạt, 0 điều chỉnh, 3 cần bổ sung, \d+ chờ thẩm định\./);

    expect(b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true })).toMatch(/^Đã gửi 0 e-mail/);
    b.call("onScheduledSummary", {
      year: 2023,
      month: 7,
      "day-of-month": 6,
      hour: 8,
      timezone: "Asia/Ho_Chi_Minh",
      authMode: "FULL",
      triggerUid: "t",
    });
    expect(requests(b)).toHaveLength(2);
    expect(
      b.fakes.mail.sentTo("vanthu.snv@binhphuoc.example").filter((m) => m.subject.includes("bổ sung")),
    ).toHaveLength(1);
  });

  it("counts the requests against the quota and sends what is left the next day, once", () => {
    const b = reviewed({ mailQuota: 40 });
    b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    const first = requests(b).length;
    expect(first).toBeLessThan(2);
    b.fakes.mail.setQuota(100);
    b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    b.call<string>("sendSummaryNow", { period: "2023-06", confirm: true });
    expect(requests(b)).toHaveLength(2);
  });
});
