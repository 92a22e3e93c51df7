import { describe, expect, it } from "vitest";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import type { Unit } from "../../src/core/schemas";
import {
  buildNotices,
  buildOutbox,
  buildReminders,
  describeSkip,
  dueDateOf,
  fixLine,
  formatDueDate,
  isOverdue,
  recipientCount,
} from "../../src/core/summary";
import { indicator, model, unit } from "./builders";
import { sampleModel, sampleReport, visibleText } from "./summary-fixtures";

const P = (s: string) => parsePeriod(s)!;
/** The summary day of July 2023, after June's deadline (5 July); and a day before it. */
const SUMMARY_DAY = { year: 2023, month: 7, day: 6 };
const REMINDER_DAY = { year: 2023, month: 7, day: 3 };

describe("the outbox of the sample province, June 2023", () => {
  const m = sampleModel();
  const report = sampleReport(m);
  const outbox = buildOutbox({ report, units: m.units, settings: m.settings, today: REMINDER_DAY });
  const byKey = new Map(outbox.messages.map((x) => [x.key, x]));

  it("holds the summary, one notice per laggard unit and one reminder per non-reporter, with stable keys", () => {
    expect(outbox.messages.filter((x) => x.kind === "summary").map((x) => x.key)).toEqual(["2023-06|summary"]);
    const notices = outbox.messages.filter((x) => x.kind === "notice");
    expect(notices).toHaveLength(report.laggardUnitCount);
    expect(notices.map((x) => x.unitId).sort()).toEqual(
      report.groups
        .flatMap((g) => g.ranking)
        .filter((u) => u.laggardIn.length > 0)
        .map((u) => u.unit.id)
        .sort(),
    );
    expect(byKey.has("2023-06|notice|SGTVT")).toBe(true);
    expect(outbox.messages.filter((x) => x.kind === "reminder").map((x) => x.key)).toEqual(["2023-06|reminder|BDT"]);
    expect(outbox.skipped).toEqual([]);
    expect(new Set(outbox.messages.map((x) => x.key)).size).toBe(outbox.messages.length);
  });

  it("sends the summary to the committee addresses of the settings", () => {
    expect(byKey.get("2023-06|summary")!.to).toEqual(["bancdcds@binhphuoc.example", "vanphong.ubnd@binhphuoc.example"]);
  });

  it("sends a notice to the unit's head with its clerk in copy, with the unit's own figures", () => {
    const n = byKey.get("2023-06|notice|DONGPHU")!;
    expect(n.to).toEqual(["chutich.dongphu@binhphuoc.example"]);
    expect(n.cc).toEqual(["vanthu.dongphu@binhphuoc.example"]);
    // Named in each month since January: a repeated notice (design §13).
    expect(n.subject).toBe(
      "[Nhắc lần 6] Chuyển đổi số tháng 06/2023 — UBND huyện Đồng Phú: 2 chỉ tiêu dưới ngưỡng yếu kém",
    );
    for (const part of [n.text, visibleText(n.html)]) {
      expect(part).toContain("Kính gửi: Lãnh đạo UBND huyện Đồng Phú.");
      expect(part).toContain("đơn vị đạt 61,32%, xếp hạng 10/11 trong nhóm UBND cấp huyện, xếp loại Nâng cao.");
      expect(part).toContain("Nâng tỷ lệ văn bản điện tử được ký số từ 24,39% lên ít nhất 50,00%.");
      expect(part).toContain("Khẩn trương thực hiện chỉ tiêu “Triển khai họp không giấy”.");
      // Every thresholded indicator is shown, the ones it meets too.
      expect(part).toContain("Tỷ lệ sử dụng thư điện tử công vụ");
      expect(part).toContain("Số sự cố mất an toàn thông tin");
    }
    expect(n.text).toContain("Tỷ lệ văn bản điện tử được ký số: 24,39% (yêu cầu: tối thiểu 50,00%) — Chưa đạt");
    expect(n.text).toContain("Tỷ lệ sử dụng thư điện tử công vụ: 95,92% (yêu cầu: tối thiểu 50,00%) — Đạt");
    expect(n.text).not.toContain("Nâng tỷ lệ sử dụng thư điện tử công vụ");
    expect(n.html).not.toMatch(/<img|cid:/);
  });

  it("writes a notice wholly in English when the settings say so, default bands included", () => {
    const en = buildOutbox({
      report,
      units: m.units,
      settings: { ...m.settings, language: "en" },
      today: REMINDER_DAY,
    });
    const n = en.messages.find((x) => x.key === "2023-06|notice|DONGPHU")!;
    expect(n.subject).toBe(
      "[Notice 6] Digital transformation June 2023 — UBND huyện Đồng Phú: 2 indicators below the laggard threshold",
    );
    expect(n.text).toContain("your unit scored 61.32%, ranked 10 of 11 in the group UBND cấp huyện, band Advanced.");
    expect(n.text).toContain("Raise tỷ lệ văn bản điện tử được ký số from 24.39% to at least 50.00%.");
    for (const part of [n.text, visibleText(n.html)])
      expect(part).not.toMatch(/Nâng cao|Đạt|Chưa đạt|yêu cầu|tối thiểu/);
  });

  it("sends no notice to a unit that is no laggard", () => {
    expect(byKey.has("2023-06|notice|SKHCN")).toBe(false);
  });

  it("reminds only the units that did not report, at their clerks' address, with the due date", () => {
    const r = byKey.get("2023-06|reminder|BDT")!;
    expect(r.to).toEqual(["vanthu.bdt@binhphuoc.example"]);
    expect(r.cc).toBeUndefined();
    expect(r.subject).toBe("Nhắc nộp số liệu chuyển đổi số tháng 06/2023 — hạn 05/07/2023");
    expect(r.text).toContain("Hạn nộp: ngày 05/07/2023.");
    expect(visibleText(r.html)).toContain("Kính gửi: Ban Dân tộc.");
  });

  it("counts every recipient of every message, as MailApp's quota does", () => {
    // 2 committee addresses, head + clerk for each laggard, 1 clerk for the reminder.
    expect(recipientCount(outbox.messages)).toBe(2 + 2 * report.laggardUnitCount + 1);
  });

  it("produces only the kinds asked for", () => {
    const only = buildOutbox({ report, units: m.units, settings: m.settings, today: SUMMARY_DAY, kinds: ["reminder"] });
    expect(only.messages.map((x) => x.kind)).toEqual(["reminder"]);
  });
});

describe("recipients", () => {
  const X = indicator("X", { name: "Tỷ lệ văn bản điện tử được ký số", threshold: 0.5 });
  const withMail = (u: Unit, emails: string[], headEmails: string[]): Unit => ({ ...u, emails, headEmails });
  const units = [
    withMail(unit("A", "Sở A"), ["vanthu@a.example", "Truong@a.example"], ["truong@a.example"]),
    withMail(unit("B", "Sở B"), [], []),
    withMail(unit("C", "Sở C"), ["vanthu@c.example"], []),
    withMail(unit("D", "Sở D"), [], ["giamdoc@d.example"]),
    withMail(unit("E", "Sở E"), [], []),
  ];
  const m = model(
    units,
    [X],
    [
      ["2023-06", "A", { X: 0.1 }],
      ["2023-06", "B", { X: 0.2 }],
      ["2023-06", "C", { X: 0.3 }],
    ],
    { committeeEmails: [] },
  );
  const report = buildReport(m, P("2023-06"));

  it("deduplicates the head and clerk addresses of a notice", () => {
    const n = buildNotices(report, units, m.settings).messages.find((x) => x.unitId === "A")!;
    expect(n.to).toEqual(["truong@a.example"]);
    expect(n.cc).toEqual(["vanthu@a.example"]);
  });

  it("sends a notice to the clerks when the unit has no head address", () => {
    const n = buildNotices(report, units, m.settings).messages.find((x) => x.unitId === "C")!;
    expect(n.to).toEqual(["vanthu@c.example"]);
    expect(n.cc).toBeUndefined();
  });

  it("reports the messages that have no recipient instead of producing them", () => {
    const outbox = buildOutbox({ report, units, settings: m.settings, today: SUMMARY_DAY });
    expect(outbox.skipped).toEqual([
      { kind: "summary", key: "2023-06|summary", reason: "noCommitteeEmails" },
      { kind: "notice", key: "2023-06|notice|B", reason: "noUnitEmails", unitId: "B", unitName: "Sở B" },
      // D has only a head address: reminders go to the clerks who enter the figures.
      { kind: "reminder", key: "2023-06|reminder|D", reason: "noClerkEmails", unitId: "D", unitName: "Sở D" },
      { kind: "reminder", key: "2023-06|reminder|E", reason: "noClerkEmails", unitId: "E", unitName: "Sở E" },
    ]);
    expect(outbox.messages.map((x) => x.key)).toEqual(["2023-06|notice|A", "2023-06|notice|C"]);
    expect(describeSkip(outbox.skipped[0], "vi")).toContain("“Email Ban Chỉ đạo”");
    expect(describeSkip(outbox.skipped[1], "vi")).toContain("đơn vị Sở B chưa có địa chỉ");
    expect(describeSkip(outbox.skipped[2], "en")).toContain("unit Sở D has no address in the column “Email”");
  });

  it("takes addresses from the unit list it is given", () => {
    const moved = units.map((u) => (u.id === "B" ? withMail(u, [], ["moi@b.example"]) : u));
    const n = buildNotices(report, moved, m.settings).messages.find((x) => x.unitId === "B")!;
    expect(n.to).toEqual(["moi@b.example"]);
  });
});

describe("notices", () => {
  const hostile = `<script>alert(1)</script> "&'`;
  const incidents = indicator("SC", {
    name: "Số sự cố mất an toàn thông tin",
    type: "count",
    scoring: "minmax",
    direction: "lower",
    target: null,
    threshold: 3,
    aggregation: "sum",
  });
  const plan = indicator("KH", {
    name: "Ban hành kế hoạch",
    type: "boolean",
    scoring: "boolean",
    target: null,
    threshold: 1,
    aggregation: "last",
  });
  const units: Unit[] = [
    { ...unit("A", `Sở\n${hostile}`), headEmails: ["a@x.example"] },
    { ...unit("B", "Sở B"), headEmails: ["b@x.example"] },
  ];
  const m = model(
    units,
    [incidents, plan],
    [
      ["2023-04", "A", { SC: 2, KH: false }],
      ["2023-05", "A", { SC: 2, KH: false }],
      ["2023-06", "A", { SC: 1, KH: true }],
      ["2023-04", "B", { SC: 0, KH: true }],
    ],
  );
  const report = buildReport(m, P("2023-Q2"));
  const [a] = buildNotices(report, units, m.settings).messages;

  it("asks to reduce a lower-is-better figure to the threshold", () => {
    expect(fixLine(incidents, 5, "vi")).toBe("Giảm số sự cố mất an toàn thông tin từ 5 xuống không quá 3.");
    expect(fixLine(incidents, 5, "en")).toBe("Reduce số sự cố mất an toàn thông tin from 5 to at most 3.");
    expect(a.text).toContain("Giảm số sự cố mất an toàn thông tin từ 5 xuống không quá 3.");
  });

  it("keeps the subject on one line and escapes the unit name in the HTML only", () => {
    expect(a.subject).toBe(`Chuyển đổi số quý II/2023 — Sở ${hostile}: 1 chỉ tiêu dưới ngưỡng yếu kém`);
    expect(a.html).not.toContain("<script>");
    expect(a.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;");
    expect(a.text).toContain(hostile);
  });

  it("is written in English when the settings say so", () => {
    const en = { ...m.settings, language: "en" as const };
    const [n] = buildNotices(report, units, en).messages;
    expect(n.subject).toBe(`Digital transformation Q2 2023 — Sở ${hostile}: 1 indicator below the laggard threshold`);
    expect(n.text).toContain("Reduce số sự cố mất an toàn thông tin from 5 to at most 3.");
    expect(n.text).toContain("(required: at most 3) — Not met");
    expect(n.text).toContain("Ban hành kế hoạch: yes (required: yes) — Met");
  });
});

describe("reminders", () => {
  const X = indicator("X");
  const units = [
    { ...unit("A", "Sở A"), emails: ["a@x.example"] },
    { ...unit("B", "Sở B"), emails: ["b@x.example"] },
  ];

  it("go only to the units without figures, with the due day of the following month", () => {
    const m = model(units, [X], [["2023-12", "A", { X: 0.5 }]], { dueDay: 10 });
    const part = buildReminders(buildReport(m, P("2023-12")), units, m.settings, { year: 2024, month: 1, day: 8 });
    expect(part.messages.map((x) => x.to)).toEqual([["b@x.example"]]);
    expect(part.messages[0].text).toContain("Hạn nộp: ngày 10/01/2024.");
  });

  it("say the deadline has passed when written after it, and ask for the figures as soon as possible", () => {
    const m = sampleModel();
    const report = sampleReport(m);
    const on = (today: { year: number; month: number; day: number }) =>
      buildReminders(report, m.units, m.settings, today).messages[0];
    const before = on(REMINDER_DAY);
    expect(before.subject).toBe("Nhắc nộp số liệu chuyển đổi số tháng 06/2023 — hạn 05/07/2023");
    expect(before.text).toContain("nhập đầy đủ số liệu của đơn vị trước hạn.");
    // The due day itself is still in time.
    expect(on({ year: 2023, month: 7, day: 5 }).subject).toContain("— hạn 05/07/2023");
    const after = on(SUMMARY_DAY);
    expect(after.subject).toBe("Nhắc nộp số liệu chuyển đổi số tháng 06/2023 — đã quá hạn 05/07/2023");
    for (const part of [after.text, visibleText(after.html)]) {
      expect(part).toContain("Hạn nộp ngày 05/07/2023 đã qua.");
      expect(part).toContain("nhập đầy đủ số liệu của đơn vị trong thời gian sớm nhất.");
      expect(part).not.toContain("trước hạn");
    }
    const en = buildReminders(report, m.units, { ...m.settings, language: "en" }, { year: 2024, month: 1, day: 1 });
    expect(en.messages[0].subject).toBe(
      "Reminder: digital transformation figures for June 2023 overdue since 5 July 2023",
    );
    expect(en.messages[0].text).toContain("The due date, 5 July 2023, has passed.");
    expect(en.messages[0].text).toContain("as soon as possible.");
    expect(isOverdue({ year: 2023, month: 7, day: 5 }, { year: 2023, month: 6, day: 30 })).toBe(false);
    expect(isOverdue({ year: 2023, month: 12, day: 5 }, { year: 2024, month: 1, day: 1 })).toBe(true);
  });

  it("compute the due date after the last month of a quarter or year", () => {
    expect(dueDateOf(P("2023-06"), 5)).toEqual({ year: 2023, month: 7, day: 5 });
    expect(dueDateOf(P("2023-Q4"), 5)).toEqual({ year: 2024, month: 1, day: 5 });
    expect(dueDateOf(P("2023"), 28)).toEqual({ year: 2024, month: 1, day: 28 });
    expect(formatDueDate({ year: 2023, month: 7, day: 5 }, "vi")).toBe("05/07/2023");
    expect(formatDueDate({ year: 2023, month: 7, day: 5 }, "en")).toBe("5 July 2023");
  });
});
