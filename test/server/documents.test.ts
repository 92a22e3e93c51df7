// The Google Doc renderer (src/server/documents.ts) on hand-made document models, over the
// DocumentApp fake: what it draws, and how many calls it costs.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  bold,
  type DocumentModel,
  italic,
  ND30_FONT,
  ND30_MARGINS,
  type Paragraph,
  paragraph,
  type Table,
} from "../../src/core/documents/model";
import { renderDocument } from "../../src/server/documents";
import { createFakeServices, type FakeServices, TABLE_NEIGHBOUR_MESSAGE } from "../fakes";
import { expectRendered, isHairline } from "./doc-match";

let fakes: FakeServices;
beforeEach(() => {
  fakes = createFakeServices();
  vi.stubGlobal("DocumentApp", fakes.globals.DocumentApp);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const cell = (p: Paragraph[]) => ({ paragraphs: p });
const center = (runs: Paragraph["runs"] | string, size = 13) =>
  paragraph(runs, { align: "center", size, spaceAfter: 0 });

/** A ruled table: a bold header row and `rows` rows of a number, a name (left) and a score. */
function ruled(rows: number, centered = true): Table {
  const align = centered ? "center" : "left";
  return {
    kind: "table",
    widths: [8, 60, 16],
    headerRows: 1,
    borders: true,
    rows: [
      {
        cells: ["STT", "Đơn vị", "%"].map((h) =>
          cell([paragraph([bold(h)], { align: "center", size: 12, spaceAfter: 0 })]),
        ),
      },
      ...Array.from({ length: rows }, (_, i) => ({
        cells: [
          cell([paragraph(String(i + 1), { align, size: 12, spaceAfter: 0 })]),
          cell([paragraph(`Đơn vị số ${i + 1}`, { size: 12, spaceAfter: 0 })]),
          cell([paragraph(`${90 - i},5%`, { align, size: 12, spaceAfter: 0 })]),
        ],
      })),
    ],
  };
}

function letterLike(): DocumentModel {
  return {
    title: "Công văn thử",
    font: ND30_FONT,
    fontSize: 14,
    margins: ND30_MARGINS,
    blocks: [
      {
        kind: "table",
        widths: [40, 60],
        headerRows: 0,
        borders: false,
        rows: [
          {
            cells: [
              cell([center([bold("ỦY BAN NHÂN DÂN")]), center([bold("TỈNH BÌNH PHƯỚC")]), center("Số:    /UBND-KGVX")]),
              cell([center([bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], 12), center([italic("Bình Phước, ngày")])]),
            ],
          },
        ],
      },
      paragraph("", { size: 6, spaceAfter: 0 }),
      paragraph([{ text: "Kính gửi: " }, bold("Các sở, ban, ngành")], { align: "center" }),
      paragraph(
        [
          { text: "- 15 đơn vị chưa triển khai (" },
          italic("Các sở, ban, ngành:"),
          { text: " Giáo dục và Đào tạo; " },
          { text: "UBND các huyện", italic: true, bold: true },
          { text: ")\nvà dòng sau." },
        ],
        { align: "justify", indent: true },
      ),
      { kind: "pageBreak" },
      ruled(3),
      ruled(2),
    ],
  };
}

describe("renderDocument", () => {
  it("draws the page, paragraphs, runs, tables and page breaks of the model", () => {
    const model = letterLike();
    const made = renderDocument(model);
    const doc = fakes.documentApp.documents[0];
    expect(made).toEqual({ id: doc.id, url: doc.url, title: "Công văn thử" });
    expectRendered(doc, model);
    // The letter's header block is a table nobody sees; the appendix tables are ruled.
    expect(doc.tables().map((t) => t.borderWidth)).toEqual([0, 1, 1]);
    expect(doc.saves).toBe(1);
  });

  it("keeps only the paragraphs Docs needs around tables, shrunk to a hairline", () => {
    renderDocument(letterLike());
    const children = fakes.documentApp.documents[0].body.children;
    // Before the first table (the document starts with it), between the two last ones, after the last.
    const hairlines = children.flatMap((c, i) =>
      c.constructor.name === "FakeParagraph" && isHairline(c as never) ? [i] : [],
    );
    expect(hairlines).toEqual([0, children.length - 3, children.length - 1]);
    expect(children.filter((c) => c.constructor.name === "FakeTable")).toHaveLength(3);
  });

  it("removes the new document's empty paragraph when the model starts with a paragraph", () => {
    const model: DocumentModel = { ...letterLike(), blocks: [paragraph("Báo cáo", { align: "center" })] };
    renderDocument(model);
    const doc = fakes.documentApp.documents[0];
    expect(doc.body.children).toHaveLength(1);
    expectRendered(doc, model);
  });

  it("costs the same number of calls for a table of 3 or 300 plain rows", () => {
    const calls = (rows: number) => {
      fakes.calls.reset();
      renderDocument({ ...letterLike(), blocks: [ruled(rows, false)] });
      return fakes.calls.byName();
    };
    const small = calls(3);
    expect(calls(300)).toEqual(small);
    // create, getUrl, getId, getBody, saveAndClose; the page; the table: append, its neighbour,
    // 3 widths, its text style; the bold header row's 3 cells (cell, paragraph, attributes); the
    // spare paragraphs made hairlines.
    expect(small["Body.appendTable"]).toBe(1);
    expect(small["Table.getCell"]).toBe(3);
    expect(Object.values(small).reduce((a, b) => a + b, 0)).toBe(5 + 2 + 6 + 9 + 2);
  });

  it("touches a centred cell with three calls: the cell, its paragraph, its attributes", () => {
    const count = (rows: number) => {
      fakes.calls.reset();
      renderDocument({ ...letterLike(), blocks: [ruled(rows)] });
      return fakes.calls.count();
    };
    expect(count(10) - count(4)).toBe(6 * 2 * 3);
  });

  it("lets a caller know the document's address before a failure halfway", () => {
    fakes.calls.injectFault({ method: "Table.setColumnWidth", at: 2 });
    let heard = "";
    expect(() =>
      renderDocument(letterLike(), (url) => {
        heard = url;
      }),
    ).toThrow(/Service/);
    expect(heard).toBe(fakes.documentApp.documents[0].url);
  });
});

describe("the DocumentApp fake", () => {
  it("refuses to leave a table without a paragraph before it, as Docs does", () => {
    const body = fakes.globals.DocumentApp.create("x").getBody();
    body.appendTable([["a"]]);
    expect(() => body.getChild(0).removeFromParent()).toThrow(TABLE_NEIGHBOUR_MESSAGE);
    expect(() => body.getChild(2).removeFromParent()).toThrow(TABLE_NEIGHBOUR_MESSAGE);
  });

  it("refuses an attribute name that DocumentApp.Attribute does not have, and edits after closing", () => {
    const doc = fakes.globals.DocumentApp.create("x");
    const p = doc.getBody().appendParagraph("a");
    expect(() => p.setAttributes({ FONT_WEIGHT: "bold" })).toThrow(/not a member of DocumentApp.Attribute/);
    doc.saveAndClose();
    expect(() => p.setAttributes({ BOLD: true })).toThrow(/closed/);
  });
});
