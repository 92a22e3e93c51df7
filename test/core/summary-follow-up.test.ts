// The follow-up in the e-mails (design §13): the committee summary's section (the counts of each
// status, the units failing the same indicator two periods running with both figures, the notes)
// and the repeated notice to a unit named last period too (its run, firmer wording, both values).
import { describe, expect, it } from "vitest";
import { followUp } from "../../src/core/follow-up";
import { findLaggards } from "../../src/core/laggards";
import { parsePeriod } from "../../src/core/periods";
import { buildReport, MAX_STREAK, type Report } from "../../src/core/report";
import { DEFAULT_SETTINGS, type Figure, type Model, type Settings, type Unit } from "../../src/core/schemas";
import { buildNotices, buildSummary, renderSummary } from "../../src/core/summary";
import { scoreUnits } from "../../src/core/unit-scores";
import { indicator, model, unit } from "./builders";
import { sampleModel, sampleReport, visibleText } from "./summary-fixtures";

const P = (s: string) => parsePeriod(s)!;
type Figures = [string, string, Record<string, Figure>][];

const withMail = (u: Unit, key: string): Unit => ({
  ...u,
  headEmails: [`giamdoc.${key}@tinh.example`],
  emails: [`vanthu.${key}@tinh.example`],
});
const HOSTILE = "Sở <C> & “Co”";
const units = [
  withMail(unit("A", "Sở A"), "a"),
  withMail(unit("B", "Sở B"), "b"),
  withMail(unit("C", HOSTILE), "c"),
  withMail(unit("D", "Sở D"), "d"),
  withMail(unit("E", "Sở E"), "e"),
  withMail(unit("F", "Sở F"), "f"),
];
const X = indicator("X", { name: "Tỷ lệ ký số", threshold: 0.5 });
const H = indicator("H", {
  name: "Họp không giấy",
  type: "boolean",
  scoring: "boolean",
  threshold: 1,
  target: 1,
  aggregation: "last",
});
const good = { X: 0.9, H: true };
const figures: Figures = [
  // April: only B lags (X).
  ...["A", "C", "D", "E", "F"].map((id): Figures[number] => ["2023-04", id, good]),
  ["2023-04", "B", { X: 0.2, H: true }],
  // May: A, B, C, D lag in X; B and C in H.
  ["2023-05", "A", { X: 0.2, H: true }],
  ["2023-05", "B", { X: 0.3, H: false }],
  ["2023-05", "C", { X: 0.4, H: false }],
  ["2023-05", "D", { X: 0.1, H: true }],
  ["2023-05", "E", good],
  ["2023-05", "F", good],
  // June: A fixed X (and lags in H now), B improved X, C did not move, D sent nothing, F lags for the first time.
  ["2023-06", "A", { X: 0.6, H: false }],
  ["2023-06", "B", { X: 0.35, H: false }],
  ["2023-06", "C", { X: 0.4, H: false }],
  ["2023-06", "E", good],
  ["2023-06", "F", { X: 0.45, H: true }],
];
const settings: Partial<Settings> = {
  committeeEmails: ["bcd@tinh.example"],
  letter: { ...DEFAULT_SETTINGS.letter, advisor: "Sở Thông tin và Truyền thông" },
};
const m: Model = model(units, [X, H], figures, settings);
const june = buildReport(m, P("2023-06"));

const COUNTS =
  "Trong 6 trường hợp được nhắc tháng 05/2023: 1 đã khắc phục, 1 có tiến bộ, 3 chưa khắc phục, 1 chưa báo cáo.";
const STILL_X = `Tỷ lệ ký số vẫn thấp hơn ngưỡng 50,00%: Sở B (30,00% → 35,00%), ${HOSTILE} (40,00% → 40,00%).`;
const STILL_H = `Chỉ tiêu “Họp không giấy”: 02 đơn vị vẫn chưa thực hiện (Sở B, ${HOSTILE}).`;

describe("the summary's follow-up section, on a small province with each status", () => {
  const summary = buildSummary(june, m.settings);
  const mail = renderSummary(summary);
  const seen = visibleText(mail.html);

  it("counts each status of May's cases in one sentence, not reported included", () => {
    expect(june.followUp?.counts).toEqual({ fixed: 1, improved: 1, notFixed: 3, notReported: 1 });
    expect(summary.followUp?.countsLine).toBe(COUNTS);
    for (const part of [mail.text, seen]) expect(part).toContain(COUNTS);
  });

  it("names the units failing the same indicator two months running, per indicator, with both figures", () => {
    expect(summary.followUp?.stillFailing.map((s) => s.sentence)).toEqual([STILL_X, STILL_H]);
    const intro = "Đơn vị chưa đạt cùng chỉ tiêu hai kỳ liên tiếp (số liệu tháng 05/2023 → tháng 06/2023):";
    for (const part of [mail.text, seen]) {
      expect(part).toContain(intro);
      expect(part).toContain(STILL_X);
      expect(part).toContain(STILL_H);
    }
    expect(mail.text).toContain(
      `Kết quả khắc phục\n-----------------\n\n${COUNTS}\n\n${intro}\n\n- ${STILL_X}\n- ${STILL_H}`,
    );
    // A (fixed) and D (no figure) are counted, not named; F is new this month.
    const section = mail.text.slice(mail.text.indexOf("Kết quả khắc phục"));
    for (const name of ["Sở A", "Sở D", "Sở F"]) expect(section.split("Đơn vị chưa báo cáo")[0]).not.toContain(name);
  });

  it("comes after the laggard sentences, in the HTML as an h2 and the sentences as a dashed list", () => {
    const at = (s: string) => mail.text.indexOf(s);
    expect(at("Đơn vị có chỉ tiêu dưới ngưỡng yếu kém")).toBeLessThan(at("Kết quả khắc phục"));
    expect(at("Kết quả khắc phục")).toBeLessThan(at("Đơn vị chưa báo cáo\n"));
    expect(mail.html).toMatch(/<h2 [^>]*>Kết quả khắc phục<\/h2>/);
    expect(mail.html).toContain('padding-left:12px;">- Tỷ lệ ký số vẫn thấp hơn ngưỡng 50,00%: Sở B (30,00% → 35,00%)');
  });

  it("escapes the unit names in the HTML only", () => {
    expect(mail.html).toContain("Sở &lt;C&gt; &amp; “Co” (40,00% → 40,00%)");
    expect(mail.html).not.toContain("<C>");
    expect(mail.text).toContain(`${HOSTILE} (40,00% → 40,00%)`);
  });

  it("names at most listLimit units per sentence and counts the rest", () => {
    const short = buildSummary(june, m.settings, { listLimit: 1 });
    expect(short.followUp?.stillFailing.map((s) => s.sentence)).toEqual([
      "Tỷ lệ ký số vẫn thấp hơn ngưỡng 50,00%: Sở B (30,00% → 35,00%), và 1 đơn vị khác.",
      "Chỉ tiêu “Họp không giấy”: 02 đơn vị vẫn chưa thực hiện (Sở B, và 1 đơn vị khác).",
    ]);
  });

  it("says when the units of a yes/no list are all those of the sentence above, instead of naming them twice", () => {
    // A does not lag in H any more: the June list of H is B and C, both named in May.
    const again = model(
      units,
      [X, H],
      figures.map(([p, id, v]): Figures[number] => [p, id, p === "2023-06" && id === "A" ? { ...v, H: true } : v]),
      settings,
    );
    const s = buildSummary(buildReport(again, P("2023-06")), again.settings);
    expect(s.followUp?.stillFailing[1].sentence).toBe(
      "Chỉ tiêu “Họp không giấy”: cả 02 đơn vị nêu trên đã được nhắc tháng 05/2023, vẫn chưa thực hiện.",
    );
  });

  it("is written in English when the settings say so", () => {
    const en = renderSummary(buildSummary(june, { ...m.settings, language: "en" }));
    expect(en.text).toContain("Follow-up of the previous laggards");
    expect(en.text).toContain("Of the 6 cases named in May 2023: 1 fixed, 1 improved, 3 not fixed, 1 not reported.");
    expect(en.text).toContain("Tỷ lệ ký số still below the threshold of 50.00%: Sở B (30.00% → 35.00%)");
    expect(en.text).toContain(`Indicator “Họp không giấy”: still not done by 2 units (Sở B, ${HOSTILE}).`);
  });
});

describe("the follow-up section's notes and absence", () => {
  it("leaves out the not-reported count when it is 0", () => {
    const sample = sampleModel();
    const s = buildSummary(sampleReport(sample, "2023-07"), sample.settings);
    expect(s.followUp?.countsLine).toBe(
      "Trong 27 trường hợp được nhắc tháng 06/2023: 10 đã khắc phục, 5 có tiến bộ, 12 chưa khắc phục.",
    );
  });

  it("says, once, that cases whose threshold changed are judged against the current one", () => {
    // June was ranked with 50 %; the office lowered the threshold to 40 % for July.
    const three = units.slice(0, 3);
    const f: Figures = [
      ["2023-06", "A", { X: 0.45, H: true }],
      ["2023-06", "B", { X: 0.3, H: true }],
      ["2023-07", "A", { X: 0.45, H: true }],
      ["2023-07", "B", { X: 0.35, H: true }],
    ];
    const before = model(three, [X, H], f, settings);
    const after = model(three, [{ ...X, threshold: 0.4 }, H], f, settings);
    const report: Report = {
      ...buildReport(after, P("2023-07")),
      followUp: followUp(
        P("2023-06"),
        findLaggards(before.indicators, scoreUnits(before, P("2023-06"))),
        after.indicators,
        scoreUnits(after, P("2023-07")),
      ),
    };
    const s = buildSummary(report, after.settings);
    expect(s.followUp?.countsLine).toBe(
      "Trong 2 trường hợp được nhắc tháng 06/2023: 1 đã khắc phục, 1 có tiến bộ, 0 chưa khắc phục.",
    );
    const note =
      "Ngưỡng đã thay đổi so với tháng 06/2023 (“Tỷ lệ ký số” từ 50,00% thành 40,00%): các trường hợp được đánh giá theo ngưỡng hiện hành.";
    expect(s.followUp?.thresholdNote).toBe(note);
    expect(s.followUp?.stillFailing.map((x) => x.sentence)).toEqual([
      "Tỷ lệ ký số vẫn thấp hơn ngưỡng 40,00%: Sở B (30,00% → 35,00%).",
    ]);
    const mail = renderSummary(s);
    expect(mail.text.split(note)).toHaveLength(2);
    expect(mail.html).toContain(`color:#5f6368;">${note}</p>`);
  });

  it("counts the cases no longer followed", () => {
    const report: Report = { ...june, followUp: { ...june.followUp!, dropped: 2 } };
    const mail = renderSummary(buildSummary(report, m.settings));
    const note =
      "2 trường hợp không còn theo dõi (đơn vị không còn theo dõi, hoặc chỉ tiêu đã bỏ hay không còn áp dụng cho nhóm của đơn vị).";
    expect(mail.text).toContain(note);
    expect(visibleText(mail.html)).toContain(note);
  });

  it("says so when every case was fixed or has no figure", () => {
    const report: Report = {
      ...june,
      followUp: { ...june.followUp!, entries: june.followUp!.entries.filter((e) => e.status === "fixed") },
    };
    const mail = renderSummary(buildSummary(report, m.settings));
    expect(mail.text).toContain("Không đơn vị nào chưa đạt cùng chỉ tiêu hai kỳ liên tiếp.");
    expect(mail.text).not.toContain("hai kỳ liên tiếp (số liệu");
  });

  it("has no section when the previous period has no figures, or named no laggard", () => {
    const april = buildReport(m, P("2023-04"));
    expect(april.followUp).toBeNull();
    const none: Report = { ...june, followUp: { ...june.followUp!, entries: [] } };
    for (const report of [april, none]) {
      const s = buildSummary(report, m.settings);
      expect(s.followUp).toBeNull();
      const mail = renderSummary(s);
      expect(mail.text).not.toContain("Kết quả khắc phục");
      expect(mail.html).not.toContain("Kết quả khắc phục");
    }
  });
});

describe("the follow-up of a quarter and of a year", () => {
  it("follows the previous quarter, with its label", () => {
    const report = sampleReport(sampleModel(), "2023-Q2");
    const s = buildSummary(report, sampleModel().settings);
    expect(s.followUp?.countsLine).toBe(
      "Trong 47 trường hợp được nhắc quý I/2023: 20 đã khắc phục, 7 có tiến bộ, 20 chưa khắc phục.",
    );
    expect(s.followUp?.stillIntro).toBe(
      "Đơn vị chưa đạt cùng chỉ tiêu hai kỳ liên tiếp (số liệu quý I/2023 → quý II/2023):",
    );
    // A quarter's figures are means: both written with the settings' decimals.
    const signing = s.followUp?.stillFailing.find((x) => x.indicatorId === "KY_SO")?.sentence;
    expect(signing).toMatch(/^Tỷ lệ văn bản điện tử được ký số vẫn thấp hơn ngưỡng 50,00%: /);
    expect(signing).toContain("UBND huyện Đồng Phú (2,88% → 18,28%)");
  });

  it("follows the previous year, with its label", () => {
    const y: Figures = [
      ["2022-06", "A", { X: 0.2, H: true }],
      ["2022-06", "B", { X: 0.3, H: true }],
      ["2023-06", "A", { X: 0.7, H: true }],
      ["2023-06", "B", { X: 0.3, H: true }],
    ];
    const ym = model(units.slice(0, 2), [X, H], y, settings);
    const s = buildSummary(buildReport(ym, P("2023")), ym.settings);
    expect(s.followUp?.countsLine).toBe(
      "Trong 2 trường hợp được nhắc năm 2022: 1 đã khắc phục, 0 có tiến bộ, 1 chưa khắc phục.",
    );
    expect(s.followUp?.stillFailing.map((x) => x.sentence)).toEqual([
      "Tỷ lệ ký số vẫn thấp hơn ngưỡng 50,00%: Sở B (30,00% → 30,00%).",
    ]);
  });
});

describe("the repeated notice to a unit named last period too", () => {
  const notices = buildNotices(june, m.units, m.settings).messages;
  const notice = (id: string) => notices.find((n) => n.unitId === id)!;
  const streak = (id: string) => june.groups[0].ranking.find((u) => u.unit.id === id)!.laggardStreak;

  it("counts each laggard's run: B since April, A and C since May, F this month only", () => {
    expect(["A", "B", "C", "F"].map(streak)).toEqual([2, 3, 2, 1]);
    expect(notices.map((n) => n.unitId)).toEqual(["A", "B", "C", "F"]);
  });

  it("says it is a repeat in the subject, with the run's length", () => {
    expect(notice("B").subject).toBe("[Nhắc lần 3] Chuyển đổi số tháng 06/2023 — Sở B: 2 chỉ tiêu dưới ngưỡng yếu kém");
    expect(notice("C").subject).toBe(
      `[Nhắc lần 2] Chuyển đổi số tháng 06/2023 — ${HOSTILE}: 2 chỉ tiêu dưới ngưỡng yếu kém`,
    );
    expect(notice("F").subject).toBe("Chuyển đổi số tháng 06/2023 — Sở F: 1 chỉ tiêu dưới ngưỡng yếu kém");
  });

  it("goes to the unit's head, with the clerks in copy", () => {
    for (const [id, key] of [
      ["B", "b"],
      ["C", "c"],
    ]) {
      expect(notice(id).to).toEqual([`giamdoc.${key}@tinh.example`]);
      expect(notice(id).cc).toEqual([`vanthu.${key}@tinh.example`]);
    }
  });

  it("opens with the run of periods, two named or a range from its first", () => {
    const c =
      "Đây là lần thứ 2 liên tiếp đơn vị có tên trong danh sách đơn vị có chỉ tiêu dưới ngưỡng yếu kém (tháng 05/2023 và tháng 06/2023).";
    const b =
      "Đây là lần thứ 3 liên tiếp đơn vị có tên trong danh sách đơn vị có chỉ tiêu dưới ngưỡng yếu kém (từ tháng 04/2023 đến tháng 06/2023).";
    expect(notice("C").text).toContain(`Kính gửi: Lãnh đạo ${HOSTILE}.\n\n${c}\n\nKết quả xếp hạng`);
    expect(notice("B").text).toContain(b);
    expect(visibleText(notice("B").html)).toContain(b);
    expect(notice("B").html).toContain(`<p style="margin:0 0 10px 0;font-weight:bold;">${b}</p>`);
  });

  it("gives each indicator named last period too with both values and whether it moved", () => {
    const heading = "Chỉ tiêu đã được nhắc tháng 05/2023, đến nay chưa đạt:";
    const items = [
      "Tỷ lệ ký số: 30,00% (tháng 05/2023) → 35,00% (tháng 06/2023); yêu cầu: tối thiểu 50,00% — có tiến bộ nhưng chưa đạt.",
      "Họp không giấy: không (tháng 05/2023) → không (tháng 06/2023); yêu cầu: có — chưa khắc phục.",
    ];
    const b = notice("B");
    expect(b.text).toContain(`${heading}\n- ${items[0]}\n- ${items[1]}`);
    for (const item of items) expect(visibleText(b.html)).toContain(`- ${item}`);
    expect(b.html).toMatch(/<h2 [^>]*>Chỉ tiêu đã được nhắc tháng 05\/2023, đến nay chưa đạt:<\/h2>/);
    // A fixed May's X and lags in H for the first time: a repeat with nothing carried over.
    expect(notice("A").subject).toMatch(/^\[Nhắc lần 2\] /);
    expect(notice("A").text).not.toContain(heading);
  });

  it("asks the head to direct the fix personally and report back, with the office and the next period", () => {
    const firm =
      "Đề nghị Thủ trưởng đơn vị trực tiếp chỉ đạo khắc phục dứt điểm các chỉ tiêu trên và báo cáo kết quả khắc phục về Sở Thông tin và Truyền thông cùng với số liệu tháng 07/2023.";
    for (const id of ["A", "B", "C"]) {
      expect(notice(id).text).toContain(firm);
      expect(visibleText(notice(id).html)).toContain(firm);
    }
    const first = notice("F");
    expect(first.text).not.toContain("Đây là lần thứ");
    expect(first.text).not.toContain(firm);
    expect(first.text).toContain(
      "Đề nghị Thủ trưởng đơn vị quan tâm chỉ đạo khắc phục các chỉ tiêu trên ngay trong kỳ tới.",
    );
    // Without the office in the settings, the request still reads.
    const plain = buildNotices(june, m.units, {
      ...m.settings,
      letter: { ...m.settings.letter, advisor: "" },
    }).messages;
    expect(plain[1].text).toContain("báo cáo kết quả khắc phục cùng với số liệu tháng 07/2023.");
  });

  it("says “at least” at the run's cap", () => {
    const capped: Report = {
      ...june,
      groups: june.groups.map((g) => ({
        ...g,
        ranking: g.ranking.map((u) => (u.unit.id === "B" ? { ...u, laggardStreak: MAX_STREAK } : u)),
      })),
    };
    const b = buildNotices(capped, m.units, m.settings).messages.find((n) => n.unitId === "B")!;
    expect(b.subject).toMatch(/^\[Nhắc lần 12\+\] /);
    expect(b.text).toContain(
      "Đơn vị đã có tên trong danh sách đơn vị có chỉ tiêu dưới ngưỡng yếu kém ít nhất 12 kỳ liên tiếp, đến tháng 06/2023.",
    );
  });

  it("is written in English when the settings say so", () => {
    const en = buildNotices(june, m.units, { ...m.settings, language: "en" }).messages;
    const b = en.find((n) => n.unitId === "B")!;
    expect(b.subject).toBe(
      "[Notice 3] Digital transformation June 2023 — Sở B: 2 indicators below the laggard threshold",
    );
    expect(b.text).toContain(
      "This is the 3rd period in a row in which your unit is named among the units with indicators below the laggard threshold (April 2023 to June 2023).",
    );
    expect(b.text).toContain(
      "Tỷ lệ ký số: 30.00% (May 2023) → 35.00% (June 2023); required: at least 50.00% — improved, not yet met.",
    );
    expect(b.text).toContain("to report the result to Sở Thông tin và Truyền thông with the figures of July 2023.");
    expect(en.find((n) => n.unitId === "C")!.text).toContain("This is the 2nd period in a row");
  });
});
