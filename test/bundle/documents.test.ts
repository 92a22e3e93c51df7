// Soạn công văn and Soạn báo cáo through the bundle: dist/Code.js in node:vm over the fakes, the
// documents compared with the core's models of the same figures.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { baoCao } from "../../src/core/documents/bao-cao";
import { congVan } from "../../src/core/documents/cong-van";
import { type DocumentModel, plainText, type Table } from "../../src/core/documents/model";
import { sampleModel, sampleReport } from "../core/documents/sample-report";
import { expectRendered, seenBlocks } from "../server/doc-match";
import { bundleCode, freezeClock, loadBundle, loadSample, VALUE_CALLS } from "./harness";

process.env.TZ = "America/Los_Angeles";

const DOC_CALLS = /^(DocumentApp|Document|Body|Paragraph|Text|Table|TableRow|TableCell|PageBreak)\./;

let letter: DocumentModel;
let report: DocumentModel;
beforeAll(() => {
  bundleCode();
  const model = sampleModel();
  letter = congVan(sampleReport("2023-06", model), model.settings);
  report = baoCao(sampleReport("2023", model), model.settings);
});

function sample(options: Parameters<typeof loadBundle>[0] = {}) {
  const b = loadBundle(options);
  loadSample(b.fakes);
  return b;
}

describe("Soạn công văn", () => {
  it("gives an admin a Google Doc of the June letter: its header, bullets and signature as the core wrote them", () => {
    const { fakes, call } = sample();
    const url = call<string>("draftLetter", "2023-06");
    const [doc] = fakes.documentApp.documents;
    expect(url).toBe(doc.url);
    expect(doc.name).toBe(letter.title);
    expectRendered(doc, letter);

    const header = doc.tables()[0].cellTexts()[0];
    expect(header[0]).toContain("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC");
    expect(header[1]).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc");
    const text = doc.paragraphs().map((p) => p.text);
    expect(text).toContain(
      "- Về Kế hoạch chuyển đổi số và đảm bảo an toàn thông tin năm 2023: 02 đơn vị chưa ban hành (Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường).",
    );
    const bullets = letter.blocks.filter((b) => b.kind === "paragraph" && plainText(b).startsWith("- ")).map(plainText);
    expect(bullets.length).toBeGreaterThanOrEqual(4);
    for (const b of bullets) expect(text).toContain(b);
    // Nothing was written to the spreadsheet, which was read once.
    expect(fakes.calls.countMatching(/^Range\.set|^Sheet\.(insert|delete|clear)/)).toBe(0);
    expect(fakes.calls.list().filter((c) => VALUE_CALLS.test(c))).toEqual(
      fakes.calls.list().filter((c) => c === "Range.getValues"),
    );
  });

  it("shows the document's link in a dialog, escaped", () => {
    const { fakes, call } = sample();
    fakes.documentApp.urlOf = (id) => `https://docs.google.com/document/d/${id}/edit?a=1&b="<x>"`;
    const url = call<string>("draftLetter", "2023-06");
    expect(url).toContain(`&b="<x>"`);
    expect(fakes.ui.dialogs).toHaveLength(1);
    const dialog = fakes.ui.dialogs[0];
    expect(dialog.title).toBe("Soạn công văn");
    expect(dialog.content).toContain(
      'href="https://docs.google.com/document/d/fake-doc-1/edit?a=1&amp;b=&quot;&lt;x&gt;&quot;"',
    );
    expect(dialog.content).not.toContain("<x>");
    expect(dialog.content).toContain(`Đã soạn “${letter.title}” thành Google Tài liệu`);
  });

  it("refuses a clerk, and creates nothing", () => {
    const { fakes, call } = sample({ activeUser: "vanthu.stp@binhphuoc.example" });
    const message = call<string>("draftLetter", "2023-06");
    expect(message).toBe(
      "Tài khoản vanthu.stp@binhphuoc.example không có quyền soạn công văn. Chỉ chủ sở hữu bảng tính và cán bộ có trong “Email quản trị” (trang Cài đặt) được thực hiện.",
    );
    expect(fakes.documentApp.documents).toHaveLength(0);
    expect(fakes.calls.countMatching(DOC_CALLS)).toBe(0);
    expect(fakes.ui.alerts.map((a) => a.prompt)).toEqual([message]);
  });

  it("refuses a year in one sentence that says what to type", () => {
    const { fakes, call } = sample();
    const message = call<string>("draftLetter", "2023");
    expect(message).toBe(
      "Công văn được soạn cho một tháng hoặc một quý, không cho năm 2023: vui lòng nhập dạng 2023-06 hoặc 2023-Q2.",
    );
    expect(message.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(fakes.documentApp.documents).toHaveLength(0);
  });

  it("refuses a month without figures, an unreadable period and a workbook with problems", () => {
    const { fakes, call } = sample();
    expect(call<string>("draftLetter", "2024-06")).toBe(
      "trang Số liệu chưa có số liệu nào của tháng 06/2024. Vui lòng chọn kỳ khác.",
    );
    expect(call<string>("draftLetter", "tháng sáu")).toMatch(/^kỳ “tháng sáu” không hợp lệ/);
    const broken = loadBundle();
    loadSample(broken.fakes, (s) => {
      s.units[3][0] = s.units[2][0];
    });
    const problems = broken.call<string>("draftLetter", "2023-06");
    expect(problems).toMatch(/^Bảng tính có 16 lỗi nên chưa soạn tài liệu\. Vui lòng sửa rồi chạy lại:\n/);
    expect(problems).toContain("• Đơn vị!A4: mã “SNV” bị trùng với ô A3.");
    expect([...fakes.documentApp.documents, ...broken.fakes.documentApp.documents]).toHaveLength(0);
  });

  it("asks for the period from the menu, the last complete month by default", () => {
    const { fakes, call, context } = sample();
    freezeClock(context, "2023-07-10T03:00:00Z");
    fakes.ui.queuePrompt("", "OK");
    expect(call<string>("draftLetter")).toBe(fakes.documentApp.documents[0].url);
    expect(fakes.ui.prompts[0].prompt).toContain("Để trống để soạn cho tháng 06/2023.");
    expect(fakes.documentApp.documents[0].name).toBe(letter.title);
    fakes.ui.queuePrompt("", "CANCEL");
    expect(call<string>("draftLetter")).toBe("");
    expect(fakes.documentApp.documents).toHaveLength(1);
  });

  it("says which unfinished document a passing failure of Google Docs left", () => {
    const { fakes, call } = sample();
    fakes.calls.injectFault({ method: "Body.appendParagraph", at: 3 });
    const message = call<string>("draftLetter", "2023-06");
    expect(message).toBe(
      `Chưa soạn xong ${letter.title} do Google Tài liệu tạm thời gặp lỗi; bản dở dang (${fakes.documentApp.documents[0].url}) có thể xóa. Vui lòng thử lại.`,
    );
    fakes.calls.injectFault({ method: "DocumentApp.create", at: 1 });
    expect(call<string>("draftLetter", "2023-06")).toBe(
      `Chưa soạn được ${letter.title} do Google Tài liệu tạm thời gặp lỗi. Vui lòng thử lại.`,
    );
  });
});

describe("Soạn báo cáo", () => {
  it("draws the year's report with one ruled Phụ lục table per group, a row per unit", () => {
    const { fakes, call } = sample();
    const url = call<string>("draftReport", "2023");
    const [doc] = fakes.documentApp.documents;
    expect(url).toBe(doc.url);
    expectRendered(doc, report);

    const appendix = report.blocks.filter((b): b is Table => b.kind === "table" && b.borders);
    const drawn = doc.tables().filter((t) => t.borderWidth > 0);
    expect(appendix.length).toBe(2);
    expect(drawn.map((t) => t.cellTexts())).toEqual(
      appendix.map((t) => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map(plainText).join("\n")))),
    );
    // 22 departments and 11 districts, under a bold header row.
    expect(drawn.map((t) => t.rows.length)).toEqual([23, 12]);
    expect(drawn[0].cellTexts()[0]).toEqual([
      "STT",
      "Đơn vị",
      "Điểm/Tổng điểm",
      "%",
      "Tự đánh giá (%)",
      "Xếp hạng",
      "Xếp loại",
    ]);
    expect(drawn[0].rows[0].cells.every((c) => c.children[0].styleAt(0).BOLD === true)).toBe(true);
    // The Phụ lục starts on a page of its own.
    const kinds = seenBlocks(doc).map((b) => b.kind);
    expect(kinds.indexOf("pageBreak")).toBeGreaterThan(0);
    expect(fakes.ui.dialogs[0].content).toContain("Ghim hàng tiêu đề");
  });

  it("asks for the year, the year of the last complete month by default, and refuses a month", () => {
    const { fakes, call, context } = sample();
    freezeClock(context, "2024-01-15T03:00:00Z");
    fakes.ui.queuePrompt("", "OK");
    expect(call<string>("draftReport")).toBe(fakes.documentApp.documents[0].url);
    expect(fakes.ui.prompts[0].prompt).toContain("Để trống để soạn cho năm 2023.");
    expect(call<string>("draftReport", "2023-06")).toBe(
      "Báo cáo được soạn cho cả năm, không cho tháng 06/2023: vui lòng nhập dạng 2023.",
    );
    expect(fakes.documentApp.documents).toHaveLength(1);
  });
});

describe("the manifest", () => {
  it("asks for the scope DocumentApp.create needs, as the built bundle ships it", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../dist/appsscript.json", import.meta.url), "utf8"));
    expect(manifest.oauthScopes).toContain("https://www.googleapis.com/auth/documents");
    // documents.currentonly covers only a document the script is bound to: not enough to create one.
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/documents.currentonly");
  });
});
