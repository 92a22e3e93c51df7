// Requests for more evidence (design §10, issue 10): items marked `cần bổ sung` go to the unit's
// clerks, one message per unit per period, its typed reasons and evidence escaped; and the
// committee summary's review line and self-assessed scores.
import { mkdirSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import type { Model, Review } from "../../src/core/schemas";
import {
  buildOutbox,
  buildSummary,
  type CalendarDate,
  evidenceDueDate,
  evidenceHtml,
  renderSummary,
} from "../../src/core/summary";
import { sampleModel, visibleText } from "./summary-fixtures";
import { syntheticModel } from "./summary-province";

const JUNE = parsePeriod("2023-06")!;
/** 1 July 2023: before June's due date (5 July), less than 5 days ahead. */
const JULY_1: CalendarDate = { year: 2023, month: 7, day: 1 };

function review(over: Partial<Review>): Review {
  return {
    period: "2023-06",
    unitId: "SNV",
    indicatorId: "KH_CDS",
    evidence: "",
    reviewed: null,
    status: "pending",
    reason: "",
    reviewer: "cds@binhphuoc.example",
    reviewedAt: "2023-07-01T02:00:00.000Z",
    selfValue: "",
    ...over,
  };
}

const HOSTILE = '<script>alert("x")</script> =HYPERLINK("http://evil.example","bấm") & <b>đậm</b>';

function reviewed(reviews: Review[], settings: Partial<Model["settings"]> = {}): Model {
  return { ...sampleModel(settings), reviews };
}

const SNV_MORE = [
  review({ status: "more", reason: HOSTILE, evidence: "QĐ 12/QĐ-SNV ngày 02/6/2023" }),
  review({
    indicatorId: "KY_SO",
    status: "more",
    reason: "Số liệu ký số chưa khớp Hệ thống quản lý văn bản.\nĐề nghị gửi báo cáo trích xuất.",
    evidence: "https://vpdt.binhphuoc.example/bao-cao?thang=6&x=1, javascript:alert(1) data:text/html,<b>x</b>",
  }),
];

function outboxOf(model: Model, today = JULY_1, kinds?: Parameters<typeof buildOutbox>[0]["kinds"]) {
  const report = buildReport(model, JUNE);
  return buildOutbox({
    report,
    model,
    units: model.units,
    settings: model.settings,
    today,
    spreadsheetUrl: "https://docs.google.com/spreadsheets/d/abc/edit",
    ...(kinds ? { kinds } : {}),
  });
}

const requests = (model: Model, today = JULY_1) => outboxOf(model, today).messages.filter((m) => m.kind === "review");

describe("requests for more evidence", () => {
  const model = reviewed([
    ...SNV_MORE,
    review({ unitId: "STP", indicatorId: "HOP_KG", status: "more", reason: "Chưa có biên bản họp." }),
    review({ unitId: "STC", indicatorId: "HOP_KG", status: "accepted", selfValue: "có" }),
    review({ unitId: "SCT", indicatorId: "HOP_KG", status: "pending", evidence: "https://x.example" }),
  ]);

  it("writes one message per unit with items marked cần bổ sung, to its clerks only, keyed period|review|unit", () => {
    const list = requests(model);
    expect(list.map((m) => [m.key, m.to, m.cc, m.unitId])).toEqual([
      ["2023-06|review|SNV", ["vanthu.snv@binhphuoc.example"], undefined, "SNV"],
      ["2023-06|review|STP", ["vanthu.stp@binhphuoc.example"], undefined, "STP"],
    ]);
    expect(list[0].subject).toBe("Đề nghị bổ sung minh chứng chuyển đổi số tháng 06/2023 — Sở Nội vụ: 2 chỉ tiêu");
  });

  it("goes after the notices and before the reminders", () => {
    const kinds = outboxOf(model).messages.map((m) => m.kind);
    const first = (k: string) => kinds.indexOf(k as never);
    const last = (k: string) => kinds.lastIndexOf(k as never);
    expect(kinds[0]).toBe("summary");
    expect(last("notice")).toBeLessThan(first("review"));
    expect(last("review")).toBeLessThan(first("reminder"));
  });

  it("lists each item with the unit's figure, the reason and the evidence, in HTML and plain text", () => {
    const [snv] = requests(model);
    const seen = visibleText(snv.html);
    expect(seen).toContain("Kính gửi: Sở Nội vụ.");
    expect(seen).toContain("1. Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023");
    expect(seen).toContain("Số liệu của đơn vị: có");
    expect(seen).toContain(`Lý do: ${HOSTILE}`);
    expect(seen).toContain("Minh chứng đã nộp: QĐ 12/QĐ-SNV ngày 02/6/2023");
    expect(seen).toContain("2. Tỷ lệ văn bản điện tử được ký số");
    expect(seen).toMatch(/Số liệu của đơn vị: \d+,\d\d%/);
    expect(seen).toContain("chọn Nhập số liệu và bổ sung minh chứng");
    expect(seen).toContain("trước ngày 06/07/2023");
    expect(snv.text).toContain(`   Lý do: ${HOSTILE}`);
    // A reason on two lines stays on two lines, indented under its item.
    expect(snv.text).toContain(
      "   Lý do: Số liệu ký số chưa khớp Hệ thống quản lý văn bản.\n   Đề nghị gửi báo cáo trích xuất.",
    );
    expect(snv.html).toContain("Số liệu ký số chưa khớp Hệ thống quản lý văn bản.<br>Đề nghị gửi báo cáo trích xuất.");
    expect(snv.text).toContain("trước ngày 06/07/2023");
    expect(snv.text).toContain("https://docs.google.com/spreadsheets/d/abc/edit");
  });

  it("never lets a reason or evidence become markup: <script>, =FORMULA and links other than http(s) stay text", () => {
    const [snv] = requests(model);
    expect(snv.html).not.toContain("<script");
    expect(snv.html).not.toContain("<b>đậm</b>");
    expect(snv.html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; =HYPERLINK(&quot;http://evil.example&quot;",
    );
    expect(snv.html).not.toMatch(/href="(javascript|data):/i);
    expect(snv.html).not.toContain('href="http://evil.example');
    expect(snv.html).toContain(
      '<a href="https://vpdt.binhphuoc.example/bao-cao?thang=6&amp;x=1" target="_blank" rel="noopener noreferrer"',
    );
    expect(snv.html).toContain("javascript:alert(1) data:text/html,&lt;b&gt;x&lt;/b&gt;");
    expect(evidenceHtml("xem https://a.example/x). và http://b.example")).toBe(
      'xem <a href="https://a.example/x" target="_blank" rel="noopener noreferrer" style="color:#1a73e8;text-decoration:underline;word-break:break-all;">https://a.example/x</a>). và <a href="http://b.example" target="_blank" rel="noopener noreferrer" style="color:#1a73e8;text-decoration:underline;word-break:break-all;">http://b.example</a>',
    );
  });

  it("gives the period's due date when it is at least 5 days ahead, otherwise 5 days from the day of writing", () => {
    const settings = model.settings;
    expect(evidenceDueDate(JUNE, settings, { year: 2023, month: 6, day: 28 })).toEqual({
      year: 2023,
      month: 7,
      day: 5,
    });
    expect(evidenceDueDate(JUNE, settings, { year: 2023, month: 6, day: 30 })).toEqual({
      year: 2023,
      month: 7,
      day: 5,
    });
    expect(evidenceDueDate(JUNE, settings, JULY_1)).toEqual({ year: 2023, month: 7, day: 6 });
    expect(evidenceDueDate(JUNE, settings, { year: 2023, month: 12, day: 29 })).toEqual({
      year: 2024,
      month: 1,
      day: 3,
    });
  });

  it("skips a unit without a clerk address, with the reason, even if its head has one", () => {
    const bare = reviewed(SNV_MORE);
    bare.units = bare.units.map((u) => (u.id === "SNV" ? { ...u, emails: [] } : u));
    const outbox = outboxOf(bare);
    expect(outbox.messages.filter((m) => m.kind === "review")).toEqual([]);
    expect(outbox.skipped.filter((s) => s.kind === "review")).toEqual([
      { kind: "review", key: "2023-06|review|SNV", reason: "noClerkEmails", unitId: "SNV", unitName: "Sở Nội vụ" },
    ]);
  });

  it("asks for nothing when no item is marked cần bổ sung, or in another month, or for a quarter", () => {
    const none = reviewed([review({ status: "accepted", selfValue: "có" }), review({ indicatorId: "KY_SO" })]);
    expect(requests(none)).toEqual([]);
    expect(requests(sampleModel())).toEqual([]);
    const may = reviewed(SNV_MORE.map((r) => ({ ...r, period: "2023-05" })));
    expect(requests(may)).toEqual([]);
    const quarter = buildReport(model, parsePeriod("2023-Q2")!);
    const q = buildOutbox({ report: quarter, model, units: model.units, settings: model.settings, today: JULY_1 });
    expect(q.messages.filter((m) => m.kind === "review")).toEqual([]);
  });

  it("produces no request without the model, nor when the review kind is not asked for", () => {
    const report = buildReport(model, JUNE);
    const without = buildOutbox({ report, units: model.units, settings: model.settings, today: JULY_1 });
    expect(without.messages.some((m) => m.kind === "review")).toBe(false);
    expect(outboxOf(model, JULY_1, ["summary", "notice", "reminder"]).messages.some((m) => m.kind === "review")).toBe(
      false,
    );
    expect(outboxOf(model, JULY_1, ["review"]).messages.map((m) => m.key)).toEqual([
      "2023-06|review|SNV",
      "2023-06|review|STP",
    ]);
  });

  it("is written in English when the settings say en", () => {
    const en = reviewed(SNV_MORE, { language: "en" });
    const [snv] = requests(en);
    expect(snv.subject).toBe(
      "More evidence needed for digital transformation figures, June 2023 — Sở Nội vụ: 2 indicators",
    );
    const seen = visibleText(snv.html);
    expect(seen).toContain("Your unit's figure: yes");
    expect(seen).toContain(`Reason: ${HOSTILE}`);
    expect(seen).toContain("Evidence submitted: QĐ 12/QĐ-SNV ngày 02/6/2023");
    expect(seen).toContain("choose Enter figures and add evidence");
    expect(seen).toContain("before 6 July 2023");
    expect(snv.text).toContain("before 6 July 2023");
    expect(snv.html).toContain('<html lang="en">');
  });

  it("writes a ratio as its two counts and a missing reason as such", () => {
    const m = reviewed([
      review({ unitId: "UBND_DX", indicatorId: "TSLCD_XA", status: "more", reason: "" }),
      review({ unitId: "UBND_DX", indicatorId: "KY_SO_XA", status: "more", reason: "  " }),
    ]);
    const [msg] = requests(m);
    if (!msg) return; // The sample has no such unit: nothing to check.
    expect(visibleText(msg.html)).toMatch(/Số liệu của đơn vị: \d+\/\d+/);
    expect(visibleText(msg.html)).toContain("Lý do: (không ghi lý do)");
  });

  it("renders one request to test-output/ to look at", () => {
    const [snv] = requests(model);
    mkdirSync("test-output", { recursive: true });
    writeFileSync("test-output/review-request.html", snv.html);
    writeFileSync("test-output/review-request.txt", snv.text);
    expect(new TextEncoder().encode(snv.html).length).toBeLessThan(10 * 1024);
  });
});

describe("the committee summary of a reviewed period", () => {
  const adjusted = reviewed([
    review({ reviewed: { KH_CDS: false }, status: "adjusted", reason: "Không có quyết định.", selfValue: "có" }),
    review({ unitId: "STP", indicatorId: "HOP_KG", status: "more", reason: "Chưa có biên bản họp." }),
    review({ unitId: "STC", indicatorId: "HOP_KG", status: "accepted" }),
  ]);
  const summary = buildSummary(buildReport(adjusted, JUNE), adjusted.settings);
  const mail = renderSummary(summary);

  it("says how many items are reviewed and pending", () => {
    const review = buildReport(adjusted, JUNE).review!;
    const line = `Thẩm định: 1 mục đạt, 1 điều chỉnh, 1 cần bổ sung, ${review.pending} chờ thẩm định.`;
    expect(review.pending).toBe(review.items - 3);
    expect(summary.reviewLine).toBe(line);
    expect(visibleText(mail.html)).toContain(line);
    expect(mail.text).toContain(line);
  });

  it("shows the self-assessed score beside the reviewed one, where a figure was adjusted", () => {
    const snv = summary.groups.flatMap((g) => g.units).find((r) => r.unitId === "SNV")!;
    expect([snv.scoreText, snv.selfText, snv.rank]).toEqual(["71,79%", "(tự đánh giá 82,90%)", 11]);
    expect(visibleText(mail.html)).toContain("11. Sở Nội vụ 71,79% (tự đánh giá 82,90%) · Nâng cao");
    expect(mail.text).toMatch(/Sở Nội vụ\s+71,79% \(tự đánh giá 82,90%\)/);
    const others = summary.groups.flatMap((g) => g.units).filter((r) => r.unitId !== "SNV");
    for (const r of others) expect(r.selfText).toBeUndefined();
  });

  it("is unchanged when the period is not reviewed", () => {
    const plain = sampleModel();
    const before = renderSummary(buildSummary(buildReport(plain, JUNE), plain.settings));
    const may = renderSummary(buildSummary(buildReport(adjusted, parsePeriod("2023-05")!), adjusted.settings));
    const mayPlain = renderSummary(buildSummary(buildReport(plain, parsePeriod("2023-05")!), plain.settings));
    expect(may).toEqual(mayPlain);
    expect(before.html).not.toContain("Thẩm định");
    expect(before.html).not.toContain("tự đánh giá");
  });

  // The 150-unit summary is near its budget already: the review adds its line and, per adjusted
  // unit, its self-assessed score. (An adjustment that makes laggards lengthens the laggard
  // sentences as any figure would; here a count without threshold is adjusted, so only the review's
  // own bytes count.)
  it("keeps a 150-unit province under Gmail's clip with one unit in five adjusted", () => {
    const big = syntheticModel(150);
    const reviews: Review[] = big.units
      .filter((_, i) => i % 5 === 0)
      .map((u) => review({ unitId: u.id, indicatorId: "CT8", reviewed: { CT8: 0 }, status: "adjusted", reason: "x" }));
    const model = { ...big, reviews };
    const s = buildSummary(buildReport(model, JUNE), model.settings);
    expect(s.reviewLine).not.toBeNull();
    expect(s.groups.flatMap((g) => g.units).filter((r) => r.selfText !== undefined).length).toBeGreaterThanOrEqual(25);
    const html = renderSummary(s).html;
    expect(new TextEncoder().encode(html).length).toBeLessThan(100 * 1024);
  });
});
