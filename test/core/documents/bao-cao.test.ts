import { describe, expect, it } from "vitest";
import { baoCao, phuLuc } from "../../../src/core/documents/bao-cao";
import { type DocumentModel, plainText, type Table } from "../../../src/core/documents/model";
import type { Settings } from "../../../src/core/schemas";
import { sampleModel, sampleReport } from "./sample-report";

const model = sampleModel();
const year = sampleReport("2023", model);
const doc = baoCao(year, model.settings);
const lines = (d: DocumentModel) => d.blocks.filter((b) => b.kind === "paragraph").map(plainText);
const tables = (d: DocumentModel) => d.blocks.filter((b): b is Table => b.kind === "table" && b.borders);
const cells = (t: Table) => t.rows.map((r) => r.cells.map((c) => c.paragraphs.map(plainText).join("\n")));

describe("the Báo cáo of 2023", () => {
  it("states the method in two sentences: the index and its totals, then scoring, ranking and bands", () => {
    const text = lines(doc);
    const at = text.indexOf("I. PHƯƠNG PHÁP ĐÁNH GIÁ");
    expect(text[at + 1]).toBe(
      "Bộ chỉ số năm 2023 gồm 34 chỉ tiêu thuộc 4 trụ cột (Nền tảng số, Chính quyền số, Kinh tế số, Xã hội số); tổng điểm 220 điểm đối với các sở, ban, ngành, 230 điểm đối với UBND các huyện, thị xã.",
    );
    expect(text[at + 2]).toBe(
      "Mỗi đơn vị được chấm theo số liệu tự đánh giá đã được thẩm định, quy ra tỷ lệ phần trăm trên tổng điểm áp dụng cho đơn vị, xếp hạng trong nhóm của mình và xếp loại: Dẫn dắt từ 75%, Nâng cao từ 50%, Hình thành từ 25%, Khởi động dưới 25%.",
    );
  });

  it("gives each group's leading and lowest units and its bands", () => {
    const text = lines(doc);
    expect(text).toContain("1. Sở, ban, ngành (22 đơn vị)");
    expect(text).toContain(
      "Dẫn đầu: Sở Khoa học và Công nghệ (93,19%), Sở Thông tin và Truyền thông (90,78%), Văn phòng UBND tỉnh (89,34%).",
    );
    expect(text).toContain("Thấp nhất: Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (49,23%).");
    expect(text).toContain("Xếp loại: 15 Dẫn dắt, 06 Nâng cao, 01 Hình thành.");
    expect(text).toContain("2. UBND cấp huyện (11 đơn vị)");
    expect(text).toContain("Thấp nhất: UBND huyện Bù Đốp (39,58%).");
  });

  it("reports the review's counts, and that no score changed when nothing was adjusted", () => {
    const text = lines(doc);
    expect(text).toContain("III. KẾT QUẢ THẨM ĐỊNH");
    expect(text).toContain("Thẩm định: 12 đạt, 0 điều chỉnh, 1 cần bổ sung, 3.758 chờ thẩm định.");
    expect(text).toContain("Không đơn vị nào có điểm thay đổi sau thẩm định.");
    expect(text).toContain("IV. ĐỀ XUẤT");
  });

  it("sets the reviewed score beside the self-assessed one of a unit the office adjusted", () => {
    const m = sampleModel();
    m.reviews = m.reviews!.map((r) =>
      r.unitId === "SNV" && r.indicatorId === "BCD_SO" && r.period === "2023"
        ? { ...r, status: "adjusted" as const, reviewed: { BCD_SO: 2 }, reason: "Chưa có quyết định" }
        : r,
    );
    const d = baoCao(sampleReport("2023", m), m.settings);
    const text = lines(d);
    expect(text).toContain("01 đơn vị có điểm thay đổi sau thẩm định:");
    const line = text.find((l) => l.startsWith("- Sở Nội vụ: tự đánh giá 76,14%, sau thẩm định "));
    expect(line).toMatch(/sau thẩm định \d+,\d\d% \(.+\)\.$/);
    const snv = cells(tables(d)[0]).find((r) => r[1] === "Sở Nội vụ")!;
    expect(snv[4]).toBe("76,14%");
    expect(snv[3]).not.toBe("76,14%");
  });

  it("has no review section and no self-assessed column when the office does not review", () => {
    const m = sampleModel((s) => {
      s.review = undefined;
    });
    const d = baoCao(sampleReport("2023", m), m.settings);
    expect(lines(d)).not.toContain("III. KẾT QUẢ THẨM ĐỊNH");
    expect(lines(d)).toContain("III. ĐỀ XUẤT");
    expect(lines(d).join("\n")).toContain("chấm theo số liệu do đơn vị báo cáo");
    expect(cells(tables(d)[0])[0]).toEqual(["STT", "Đơn vị", "Điểm/Tổng điểm", "%", "Xếp hạng", "Xếp loại"]);
  });

  it("puts the Phụ lục after a page break: one ruled table per group, its header row repeated", () => {
    const br = doc.blocks.findIndex((b) => b.kind === "pageBreak");
    expect(br).toBeGreaterThan(0);
    expect(lines({ ...doc, blocks: doc.blocks.slice(br) }).slice(0, 3)).toEqual([
      "PHỤ LỤC",
      "KẾT QUẢ XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM 2023",
      "(Kèm theo Báo cáo số        /BC-UBND ngày      tháng      năm 2024)",
    ]);
    const [departments, districts] = tables(doc);
    expect(tables(doc)).toHaveLength(2);
    expect(departments.headerRows).toBe(1);
    expect(departments.rows).toHaveLength(1 + 22);
    expect(districts.rows).toHaveLength(1 + 11);
    expect(cells(departments)[0]).toEqual([
      "STT",
      "Đơn vị",
      "Điểm/Tổng điểm",
      "%",
      "Tự đánh giá (%)",
      "Xếp hạng",
      "Xếp loại",
    ]);
    expect(cells(departments)[1]).toEqual([
      "1",
      "Sở Khoa học và Công nghệ",
      "205,02/220",
      "93,19%",
      "93,19%",
      "1",
      "Dẫn dắt",
    ]);
    expect(cells(districts)[11]).toEqual([
      "11",
      "UBND huyện Bù Đốp",
      "91,04/230",
      "39,58%",
      "39,58%",
      "11",
      "Hình thành",
    ]);
    expect(departments.widths).toHaveLength(7);
  });

  it("marks a unit that did not report in the Phụ lục and in the results", () => {
    const m = sampleModel();
    m.records = m.records.filter((r) => !(r.unitId === "BDT" && r.period.startsWith("2023")));
    const r = sampleReport("2023", m);
    const blocks = phuLuc(r, m.settings);
    const bdt = cells(blocks.filter((b): b is Table => b.kind === "table")[0]).find((row) => row[1] === "Ban Dân tộc")!;
    expect(bdt[6]).toBe("Chưa báo cáo");
    expect(lines(baoCao(r, m.settings))).toContain("Chưa báo cáo: 01 đơn vị (Ban Dân tộc).");
  });

  it("is written in English when the settings say so", () => {
    const en: Settings = { ...model.settings, language: "en" };
    const d = baoCao(year, en);
    expect(lines(d)).toContain("REPORT");
    expect(lines(d)).toContain("I. METHOD");
    expect(cells(tables(d)[0])[1]).toEqual([
      "1",
      "Sở Khoa học và Công nghệ",
      "205.02/220",
      "93.19%",
      "93.19%",
      "1",
      "Leading",
    ]);
    expect(d.title).toBe("Digital transformation ranking report 2023");
  });
});
