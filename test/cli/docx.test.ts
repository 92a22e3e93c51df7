// The .docx renderer on a hand-made document model: what Word and LibreOffice are told (A4 portrait,
// NĐ 30 margins, Times New Roman at the model's sizes, first-line indents, repeated header rows,
// borderless layout tables) and what a reader gets back (mammoth's text and tables).
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { columnWidths, renderDocx } from "../../src/cli/docx";
import {
  bold,
  type DocumentModel,
  italic,
  ND30_FONT,
  ND30_MARGINS,
  paragraph,
  type Table,
} from "../../src/core/documents/model";
import { docxPart, readDocx } from "./docx-reader";
import { tempDir } from "./helpers";

const layout = (left: string[], right: string[]): Table => ({
  kind: "table",
  widths: [40, 60],
  headerRows: 0,
  borders: false,
  rows: [
    {
      cells: [
        { paragraphs: left.map((t) => paragraph([bold(t)], { align: "center", size: 13, spaceAfter: 0 })) },
        { paragraphs: right.map((t) => paragraph([bold(t)], { align: "center", size: 13, spaceAfter: 0 })) },
      ],
    },
  ],
});

const UNITS = Array.from({ length: 60 }, (_, i) => `Đơn vị thứ ${i + 1} của tỉnh`);

const appendix: Table = {
  kind: "table",
  widths: [7, 43, 15, 10, 10, 15],
  headerRows: 1,
  borders: true,
  rows: [
    { cells: ["STT", "Đơn vị", "Điểm/Tổng điểm", "%", "Xếp hạng", "Xếp loại"].map((h) => cell(h, true)) },
    ...UNITS.map((name, i) => ({
      cells: [
        String(i + 1),
        name,
        `${200 - i},5/220`,
        `${(91 - i).toFixed(2).replace(".", ",")}%`,
        String(i + 1),
        "Dẫn đầu",
      ].map((t) => cell(t)),
    })),
  ],
};

function cell(text: string, header = false) {
  return { paragraphs: [paragraph(header ? [bold(text)] : text, { align: "center", size: 12, spaceAfter: 0 })] };
}

const MODEL: DocumentModel = {
  title: "Công văn chuyển đổi số tháng 06/2023",
  font: ND30_FONT,
  fontSize: 14,
  margins: ND30_MARGINS,
  blocks: [
    layout(
      ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH PHƯỚC"],
      ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"],
    ),
    // Two layout tables in a row: Word would join them into one unless something stands between.
    layout(["Số:      /UBND-KGVX"], ["Bình Phước, ngày      tháng      năm 2023"]),
    paragraph([bold("Kính gửi:")], { align: "center", keepWithNext: true }),
    paragraph(
      [
        { text: "- Về Kế hoạch chuyển đổi số năm 2023: 02 đơn vị chưa ban hành (" },
        italic("Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường"),
        { text: ")." },
      ],
      { align: "justify", indent: true, spaceAfter: 6 },
    ),
    paragraph("Dòng một\nDòng hai", { size: 11, spaceAfter: 0 }),
    paragraph("", { size: 8, spaceAfter: 0 }),
    { kind: "pageBreak" },
    paragraph([bold("PHỤ LỤC")], { align: "center" }),
    appendix,
    { kind: "pageBreak" },
    appendix,
  ],
};

let dir: string;
let file: string;

beforeAll(async () => {
  dir = tempDir("dx-docx-");
  file = join(dir, "model.docx");
  writeFileSync(file, await renderDocx(MODEL));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the .docx renderer", () => {
  it("reads back with mammoth: the paragraphs' text in order, bold and italic runs kept", async () => {
    const doc = await readDocx(file);
    expect(doc.messages).toEqual([]);
    const p = doc.paragraphs;
    expect(p.slice(0, 4)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH BÌNH PHƯỚC",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
    ]);
    expect(p).toContain(
      "- Về Kế hoạch chuyển đổi số năm 2023: 02 đơn vị chưa ban hành (Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường).",
    );
    expect(p.indexOf("Kính gửi:")).toBeLessThan(p.indexOf("PHỤ LỤC"));
    expect(doc.html).toContain("<strong>Kính gửi:</strong>");
    expect(doc.html).toContain("<em>Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường</em>");
    // A new line inside a run is a line break within the paragraph.
    expect(doc.html).toContain("Dòng một<br />Dòng hai");
  });

  it("writes every table's cells, the two layout tables apart and the appendix with its header row", async () => {
    const { tables } = await readDocx(file);
    expect(tables).toHaveLength(4);
    expect(tables[0]).toEqual([
      ["ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"],
    ]);
    expect(tables[1]).toEqual([["Số:      /UBND-KGVX", "Bình Phước, ngày      tháng      năm 2023"]]);
    expect(tables[2][0]).toEqual(["STT", "Đơn vị", "Điểm/Tổng điểm", "%", "Xếp hạng", "Xếp loại"]);
    expect(tables[2]).toHaveLength(61);
    expect(tables[2][60]).toEqual(["60", "Đơn vị thứ 60 của tỉnh", "141,5/220", "32,00%", "60", "Dẫn đầu"]);
    expect(tables[3]).toEqual(tables[2]);
  });

  it("sets an A4 portrait page with the model's margins, in twips", async () => {
    const xml = await docxPart(file, "word/document.xml");
    // 210 × 297 mm = 11906 × 16838 twips; 20 / 20 / 30 / 15 mm.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
    const margins = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? "";
    expect(margins).toContain('w:top="1134"');
    expect(margins).toContain('w:bottom="1134"');
    expect(margins).toContain('w:left="1701"');
    expect(margins).toContain('w:right="850"');
  });

  it("sets Times New Roman at the model's size for every script, and the sizes of paragraphs that have their own", async () => {
    const styles = await docxPart(file, "word/styles.xml");
    const defaults = /<w:docDefaults>([\s\S]*?)<\/w:docDefaults>/.exec(styles)?.[1] ?? "";
    for (const attr of ["ascii", "hAnsi", "cs", "eastAsia"]) expect(defaults).toContain(`w:${attr}="Times New Roman"`);
    expect(defaults).toContain('<w:sz w:val="28"/>');
    // Single line spacing said outright: LibreOffice reads a bare w:line="240" as exactly 12 pt.
    expect(defaults).toMatch(/<w:spacing [^>]*w:line="240" w:lineRule="auto"/);
    const xml = await docxPart(file, "word/document.xml");
    expect(xml).toContain('<w:sz w:val="26"/>');
    expect(xml).toContain('<w:sz w:val="22"/>');
  });

  it("indents the first line by 1.27 cm, keeps headings with the next paragraph, and spaces paragraphs after", async () => {
    const xml = await docxPart(file, "word/document.xml");
    const kinh = paragraphXml(xml, "Kính gửi:");
    expect(kinh).toContain("<w:keepNext/>");
    expect(kinh).toContain('<w:jc w:val="center"/>');
    const bullet = paragraphXml(xml, "- Về Kế hoạch");
    expect(bullet).toContain('<w:ind w:firstLine="720"/>');
    expect(bullet).toContain('<w:jc w:val="both"/>');
    expect(bullet).toMatch(/<w:spacing w:after="120"\/>/);
    expect(bullet).not.toContain("<w:keepNext/>");
  });

  it("repeats the appendix's header row on each page, keeps rows whole, and rules it; the layout tables have no lines", async () => {
    const xml = await docxPart(file, "word/document.xml");
    const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((m) => m[1]);
    expect(tables).toHaveLength(4);
    for (const t of tables.slice(0, 2)) {
      expect(t).not.toContain("<w:tblHeader/>");
      const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(t)?.[1] ?? "";
      expect(borders.match(/w:val="none"/g)).toHaveLength(6);
      expect(t).not.toMatch(/w:val="single"/);
    }
    for (const t of tables.slice(2)) {
      const rows = [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]);
      expect(rows).toHaveLength(61);
      expect(rows[0]).toContain("<w:tblHeader/>");
      expect(rows.slice(1).some((r) => r.includes("<w:tblHeader/>"))).toBe(false);
      expect(rows.every((r) => r.includes("<w:cantSplit/>"))).toBe(true);
      const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(t)?.[1] ?? "";
      expect(borders.match(/w:val="single"/g)).toHaveLength(6);
    }
  });

  it("scales the relative widths to the text width (165 mm = 9354 twips) with a fixed layout", async () => {
    const xml = await docxPart(file, "word/document.xml");
    const grids = [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) =>
      [...m[1].matchAll(/w:w="(\d+)"/g)].map((w) => Number(w[1])),
    );
    expect(grids[0]).toEqual([3741, 5613]);
    expect(grids[2].reduce((a, b) => a + b, 0)).toBe(9354);
    expect(grids[2][1]).toBe(Math.floor((43 / 100) * 9354));
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    expect(columnWidths([1, 1, 1], 100)).toEqual([33, 33, 34]);
  });

  it("turns a page break into a break before what follows, with nothing between two tables but a hairline paragraph", async () => {
    const xml = await docxPart(file, "word/document.xml");
    expect(paragraphXml(xml, "PHỤ LỤC")).toContain("<w:pageBreakBefore/>");
    // Between the layout tables, and before the second appendix (which follows a page break).
    const between = [...xml.matchAll(/<\/w:tbl>(<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>)<w:tbl>/g)].map((m) => m[1]);
    expect(between).toHaveLength(2);
    expect(between[0]).not.toContain("<w:pageBreakBefore/>");
    expect(between[1]).toContain("<w:pageBreakBefore/>");
    for (const p of between) expect(p).not.toContain("<w:t");
    expect(xml).not.toContain('w:type="page"');
  });

  it("numbers the pages at the top from the second page on, and names the document", async () => {
    const xml = await docxPart(file, "word/document.xml");
    expect(xml).toContain("<w:titlePg/>");
    const headers = await Promise.all(["word/header1.xml", "word/header2.xml"].map((h) => docxPart(file, h)));
    expect(headers.filter((h) => /PAGE/.test(h))).toHaveLength(1);
    // The first page's header is empty but, as the schema wants, has a paragraph.
    for (const h of headers) expect(h).toMatch(/<w:p[ >/]/);
    const core = await docxPart(file, "docProps/core.xml");
    expect(core).toContain("<dc:title>Công văn chuyển đổi số tháng 06/2023</dc:title>");
  });
});

/** The `<w:p>` holding a text. */
function paragraphXml(xml: string, text: string): string {
  const at = xml.indexOf(text);
  if (at < 0) throw new Error(`no paragraph with ${text}`);
  const start = xml.lastIndexOf("<w:p>", at);
  return xml.slice(start, xml.indexOf("</w:p>", at));
}
