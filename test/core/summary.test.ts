import { describe, expect, it } from "vitest";
import { t } from "../../src/core/messages";
import { parsePeriod } from "../../src/core/periods";
import { buildReport } from "../../src/core/report";
import { buildSummary, renderSummary } from "../../src/core/summary";
import { indicator, model, unit } from "./builders";
import { sampleModel, sampleReport, visibleText } from "./summary-fixtures";

// The lists of the province's letter (Công văn, July 2023), as the letter writes them.
// The e-mails write every percent with the settings' two decimals ("0,00%", "49,00%"), not as the letter does.
const LETTER_SIGNING = [
  "Sở Giao thông Vận tải (0,00%)",
  "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0,00%)",
  "UBND huyện Bù Gia Mập (0,00%)",
  "UBND huyện Bù Đốp (0,33%)",
  "UBND huyện Đồng Phú (24,39%)",
  "Thanh tra tỉnh (39,51%)",
];
const LETTER_EMAIL = [
  "UBND huyện Hớn Quản (40,43%)",
  "Công an tỉnh (41,01%)",
  "UBND huyện Bù Đăng (46,49%)",
  "UBND thành phố Đồng Xoài (49,00%)",
];
const LETTER_PLAN = ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường"];
/** The letter groups these by kind of unit; the summary follows the `Đơn vị` sheet, so only the set is compared. */
const LETTER_PAPERLESS = [
  "Sở Giáo dục và Đào tạo",
  "Sở Công Thương",
  "Sở Giao thông Vận tải",
  "Sở Kế hoạch và Đầu tư",
  "Sở Tài nguyên và Môi trường",
  "Sở Văn hóa, Thể thao và Du lịch",
  "Sở Y tế",
  "Sở Tài chính",
  "Sở Ngoại vụ",
  "Công an tỉnh",
  "Ban Quản lý Khu kinh tế",
  "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch",
  "UBND huyện Đồng Phú",
  "UBND huyện Bù Đốp",
  "UBND thị xã Chơn Thành",
];

const P = (s: string) => parsePeriod(s)!;

describe("the committee summary of the sample province, June 2023", () => {
  const m = sampleModel();
  const summary = buildSummary(sampleReport(m), m.settings);
  const mail = renderSummary(summary);
  const html = visibleText(mail.html);
  const sentence = (id: string) => summary.laggards.find((l) => l.indicatorId === id)!.sentence;

  it("says in the subject exactly what it counts: units that reported of all, units with an indicator below a threshold", () => {
    expect(mail.subject).toBe(
      "Chuyển đổi số — tổng hợp tháng 06/2023: 32/33 đơn vị đã báo cáo, 21 đơn vị có chỉ tiêu dưới ngưỡng",
    );
  });

  it("names units below the e-signature threshold as the letter does, worst first, every percent with two decimals", () => {
    expect(sentence("KY_SO")).toBe(
      `Tỷ lệ văn bản điện tử được ký số thấp hơn ngưỡng 50,00%: ${LETTER_SIGNING.join(", ")}.`,
    );
    expect(sentence("EMAIL_CV")).toBe(
      `Tỷ lệ sử dụng thư điện tử công vụ thấp hơn ngưỡng 50,00%: ${LETTER_EMAIL.join(", ")}.`,
    );
    for (const part of [mail.text, html]) {
      expect(part).toContain(LETTER_SIGNING.join(", "));
      expect(part).toContain(LETTER_EMAIL.join(", "));
      for (const figure of ["0,33%", "24,39%", "39,51%"]) expect(part).toContain(figure);
    }
  });

  it("writes yes/no lists with a two-digit count, as the letter does (02, 15)", () => {
    expect(sentence("KH_CDS")).toBe(
      `Chỉ tiêu “Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023”: 02 đơn vị chưa thực hiện (${LETTER_PLAN.join(", ")}).`,
    );
    expect(sentence("HOP_KG")).toMatch(/^Chỉ tiêu “Triển khai họp không giấy”: 15 đơn vị chưa thực hiện \(/);
    const named = summary.laggards.find((l) => l.indicatorId === "HOP_KG")!.units.map((u) => u.unitName);
    expect([...named].sort()).toEqual([...LETTER_PAPERLESS].sort());
  });

  it("lists the laggard sentences in the order of the indicators", () => {
    expect(summary.laggards.map((l) => l.indicatorId)).toEqual(["KH_CDS", "HOP_KG", "KY_SO", "EMAIL_CV"]);
    const at = (id: string) => mail.text.indexOf(sentence(id));
    expect(at("KH_CDS")).toBeGreaterThan(0);
    expect(at("KH_CDS")).toBeLessThan(at("HOP_KG"));
    expect(at("HOP_KG")).toBeLessThan(at("KY_SO"));
    expect(at("KY_SO")).toBeLessThan(at("EMAIL_CV"));
  });

  it("always names the units that did not report", () => {
    expect(summary.notReported.map((u) => u.unitId)).toEqual(["BDT"]);
    const line = "1 đơn vị chưa báo cáo số liệu tháng 06/2023: Ban Dân tộc.";
    expect(mail.text).toContain(line);
    expect(html).toContain(line);
  });

  it("shows each group's top three and bottom three with % score, band and change of rank", () => {
    const [departments, districts] = summary.groups;
    expect(departments.top.map((r) => [r.rank, r.unitName, r.scoreText, r.band, r.change])).toEqual([
      [1, "Sở Khoa học và Công nghệ", "89,92%", "Dẫn dắt", "▲1"],
      [2, "Sở Xây dựng", "89,87%", "Dẫn dắt", "▲1"],
      [3, "Sở Tư pháp", "83,58%", "Dẫn dắt", "▼2"],
    ]);
    // Ban Dân tộc did not report: it is named apart, not as the last of the group.
    expect(departments.bottom.map((r) => r.unitId)).toEqual(["SGTVT", "SGDDT", "TTXTDT"]);
    expect(departments.bottom.map((r) => r.change)).toEqual(["▲1", "▲2", "="]);
    expect(districts.top[0]).toMatchObject({ unitName: "UBND huyện Phú Riềng", scoreText: "92,58%", change: "=" });
    for (const part of [mail.text, html]) {
      expect(part).toContain("Sở Khoa học và Công nghệ");
      expect(part).toContain("89,92%");
      expect(part).toContain("▼2");
    }
    expect(departments.distribution).toBe(
      "Xếp loại: Dẫn dắt 11, Nâng cao 10, Hình thành 0, Khởi động 0, Chưa báo cáo 1.",
    );
  });

  it("names every unit of each group in its chart, in rank order, with its score and band", () => {
    const seen = visibleText(mail.html);
    for (const g of summary.groups) {
      let at = seen.indexOf("Điểm của từng đơn vị");
      for (const r of g.units) {
        const label = r.reported ? `${r.rank}. ${r.unitName} ${r.scoreText} · ${r.band}` : `${r.unitName} Chưa báo cáo`;
        const next = seen.indexOf(label, at);
        expect(next, label).toBeGreaterThan(at);
        at = next;
      }
    }
    expect(summary.groups.flatMap((g) => g.units)).toHaveLength(33);
    expect(seen).toContain("1. Sở Khoa học và Công nghệ 89,92% · Dẫn dắt");
    expect(mail.text).toMatch(/1\s+Sở Khoa học và Công nghệ\s+89,92%\s+Dẫn dắt/);
  });

  it("uses tables and inline styles only: no <style>, no script, no image, no external resources", () => {
    expect(mail.html).not.toMatch(/<style|<script|<link|<img|javascript:|cid:|data:/i);
    expect(mail.html).not.toMatch(/\sclass=/i);
    expect(mail.html).not.toMatch(/\ssrc=/i);
    expect(mail.html).toContain('<html lang="vi">');
  });

  it("writes every percent with the settings' decimals, fixed", () => {
    // The chart's caption says the full line is 100%: that is no figure.
    const figures = `${mail.text} ${html}`.split(t("vi", "mailChartCaption")).join(" ");
    const percents = [...figures.matchAll(/\d[\d.,]*%/g)].map((x) => x[0]);
    expect(percents.length).toBeGreaterThan(50);
    for (const p of percents) expect(p).toMatch(/^\d{1,3}(\.\d{3})*,\d{2}%$/);
    const three = buildSummary(sampleReport(sampleModel({ decimals: 1 })), { ...m.settings, decimals: 1 });
    expect(renderSummary(three).text).not.toMatch(/\d,\d\d%/);
  });

  it("links the spreadsheet only when given a plain http(s) URL", () => {
    expect(mail.html).not.toContain("<a ");
    const url = "https://docs.google.com/spreadsheets/d/abc/edit#gid=0";
    const linked = renderSummary(buildSummary(sampleReport(m), m.settings, { spreadsheetUrl: url }));
    expect(linked.html).toContain(`href="${url}"`);
    expect(linked.text).toContain(url);
    const hostile = renderSummary(buildSummary(sampleReport(m), m.settings, { spreadsheetUrl: "javascript:alert(1)" }));
    expect(hostile.html).not.toContain("javascript:");
    expect(hostile.html).not.toContain("<a ");
  });
});

describe("summary in English", () => {
  const m = sampleModel({ language: "en" });
  const mail = renderSummary(buildSummary(sampleReport(m), m.settings));

  it("mirrors the subject, sentences and figures with the decimal point", () => {
    expect(mail.subject).toBe(
      "Digital transformation — summary for June 2023: 32 of 33 units reported, 21 units with an indicator below the threshold",
    );
    expect(mail.text).toContain(
      "Tỷ lệ văn bản điện tử được ký số below the threshold of 50.00%: Sở Giao thông Vận tải (0.00%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0.00%), UBND huyện Bù Gia Mập (0.00%), UBND huyện Bù Đốp (0.33%), UBND huyện Đồng Phú (24.39%), Thanh tra tỉnh (39.51%).",
    );
    expect(mail.text).toContain(
      "Indicator “Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023”: not done by 2 units (Sở Nông nghiệp và Phát triển nông thôn",
    );
    expect(mail.text).toContain("To: the provincial Digital Transformation Steering Committee.");
    expect(mail.text).toContain("Top of the group");
    expect(visibleText(mail.html)).toContain("Score of each unit");
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).not.toMatch(/Kính gửi|đơn vị chưa|chưa báo cáo/);
    expect(mail.text).toContain("Units that have not reported their figures for June 2023 (1): Ban Dân tộc.");
  });

  it("shows the default bands by their English names, and no Vietnamese word of its own", () => {
    const seen = visibleText(mail.html);
    expect(seen).toContain("Bands: Leading 11, Advanced 10, Forming 0, Starting 0, Not reported 1.");
    expect(seen).toContain("1. Sở Khoa học và Công nghệ 89.92% · Leading");
    expect(seen).toContain("Group: UBND cấp huyện (11 units)");
    expect(seen).toContain("Score of each unit");
    for (const part of [mail.text, seen])
      expect(part).not.toMatch(/Dẫn dắt|Nâng cao|Hình thành|Khởi động|Xếp loại|Điểm/);
  });

  it("keeps a province's own band names as they are written", () => {
    const own = sampleModel({
      language: "en",
      bands: [
        { name: "Tốt", min: 50 },
        { name: "Yếu", min: 0 },
      ],
    });
    expect(visibleText(renderSummary(buildSummary(sampleReport(own), own.settings)).html)).toContain("Bands: Tốt");
  });
});

describe("text from the sheet in the HTML", () => {
  const hostile = `<script>alert(1)</script> "&'`;
  const m = model(
    [unit("A", `Đơn vị ${hostile}`, `Nhóm ${hostile}`), unit("B", "Bình", `Nhóm ${hostile}`)],
    [indicator("X", { name: `Tỷ lệ ${hostile}`, threshold: 0.5 })],
    [
      ["2023-06", "A", { X: 0.2 }],
      ["2023-06", "B", { X: 0.9 }],
    ],
    { committeeEmails: ["bcd@tinh.example"], bands: [{ name: `Tốt ${hostile}`, min: 0 }] },
  );
  const mail = renderSummary(buildSummary(buildReport(m, P("2023-06")), m.settings));

  it("is escaped in the HTML part", () => {
    expect(mail.html).not.toContain("<script>");
    expect(mail.html).not.toContain(`"&'`);
    expect(mail.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &quot;&amp;&#39;");
    expect(visibleText(mail.html)).toContain(`Đơn vị ${hostile}`);
    expect(visibleText(mail.html)).toContain(`Nhóm ${hostile}`);
  });

  it("is intact in the plain-text part", () => {
    expect(mail.text).toContain(`Đơn vị ${hostile} (20,00%)`);
    expect(mail.text).toContain(`Tỷ lệ ${hostile} thấp hơn ngưỡng 50,00%`);
    expect(mail.text).toContain(`Tốt ${hostile}`);
  });
});

describe("summary rules", () => {
  const X = indicator("X", { threshold: 0.5 });
  const five = ["A", "B", "C", "D", "E"].map((id) => unit(id, `Đơn vị ${id}`));

  it("never repeats a unit between the top and the bottom of a small group", () => {
    const values = [0.9, 0.8, 0.7, 0.6, 0.55];
    const m = model(
      [...five, unit("P", "Phòng P", "Nhỏ"), unit("Q", "Phòng Q", "Nhỏ")],
      [X],
      [
        ...five.map((u, i): [string, string, Record<string, number>] => ["2023-06", u.id, { X: values[i] }]),
        ["2023-06", "P", { X: 0.7 }],
        ["2023-06", "Q", { X: 0.6 }],
      ],
    );
    const s = buildSummary(buildReport(m, P("2023-06")), m.settings);
    expect(s.groups[0].top.map((r) => r.unitId)).toEqual(["A", "B", "C"]);
    expect(s.groups[0].bottom.map((r) => r.unitId)).toEqual(["D", "E"]);
    expect(s.groups[1].top.map((r) => r.unitId)).toEqual(["P", "Q"]);
    expect(s.groups[1].bottom).toEqual([]);
  });

  it("marks a unit new when the previous month was ranked without it, and shows — with no previous month", () => {
    const m = model(
      five.slice(0, 3),
      [X],
      [
        ["2023-05", "A", { X: 0.5 }],
        ["2023-05", "B", { X: 0.9 }],
        ["2023-06", "A", { X: 0.9 }],
        ["2023-06", "B", { X: 0.5 }],
        ["2023-06", "C", { X: 0.5 }],
      ],
    );
    const june = buildSummary(buildReport(m, P("2023-06")), m.settings).groups[0].top;
    expect(june.map((r) => [r.unitId, r.change])).toEqual([
      ["A", "▲1"],
      ["B", "▼1"],
      ["C", "mới"],
    ]);
    const may = buildSummary(buildReport(m, P("2023-05")), m.settings).groups[0].top;
    expect(may.map((r) => r.change)).toEqual(["—", "—"]);
  });

  it("words a lower-is-better count as exceeding its threshold", () => {
    const incidents = indicator("SC", {
      name: "Số sự cố mất an toàn thông tin",
      type: "count",
      scoring: "minmax",
      direction: "lower",
      target: null,
      threshold: 3,
      aggregation: "sum",
    });
    const m = model(
      five.slice(0, 3),
      [incidents],
      [
        ["2023-06", "A", { SC: 5 }],
        ["2023-06", "B", { SC: 1 }],
        ["2023-06", "C", { SC: 12 }],
      ],
    );
    const s = buildSummary(buildReport(m, P("2023-06")), m.settings);
    expect(s.laggards[0].sentence).toBe("Số sự cố mất an toàn thông tin vượt ngưỡng 3: Đơn vị C (12), Đơn vị A (5).");
  });

  it("names at most listLimit units per sentence and counts the rest", () => {
    const m = model(
      five,
      [X],
      five.map((u, i) => ["2023-06", u.id, { X: 0.1 * i }]),
    );
    const s = buildSummary(buildReport(m, P("2023-06")), m.settings, { listLimit: 2 });
    expect(s.laggards[0].sentence).toBe(
      "Chỉ tiêu X thấp hơn ngưỡng 50,00%: Đơn vị A (0,00%), Đơn vị B (10,00%), và 3 đơn vị khác.",
    );
    expect(s.laggards[0].units).toHaveLength(5);
  });

  it("says so when no unit lags and every unit reported", () => {
    const m = model(
      five.slice(0, 2),
      [X],
      [
        ["2023-06", "A", { X: 0.9 }],
        ["2023-06", "B", { X: 0.8 }],
      ],
    );
    const mail = renderSummary(buildSummary(buildReport(m, P("2023-06")), m.settings));
    expect(mail.subject).toBe(
      "Chuyển đổi số — tổng hợp tháng 06/2023: 2/2 đơn vị đã báo cáo, 0 đơn vị có chỉ tiêu dưới ngưỡng",
    );
    expect(mail.text).toContain("Không có đơn vị nào có chỉ tiêu dưới ngưỡng yếu kém.");
    expect(mail.text).toContain("Tất cả đơn vị đã báo cáo số liệu.");
  });
});
