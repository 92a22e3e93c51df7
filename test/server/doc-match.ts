// Reads a Google Doc made by the fakes back as the blocks a reader sees, and checks it against the
// document model it was drawn from: every paragraph's text, alignment, indent, spacing and the
// weight, slant, size and font of every character; every table's cells, borders and widths.
import { expect } from "vitest";
import { A4, type DocumentModel, type Paragraph } from "../../src/core/documents/model";
import { type FakeDocument, type FakeParagraph, FakeTable } from "../fakes";

export type Seen = { kind: "paragraph"; p: FakeParagraph } | { kind: "table"; t: FakeTable } | { kind: "pageBreak" };

const PT_PER_MM = 72 / 25.4;

/** An empty paragraph shrunk to 1 pt: the one Docs keeps before or after a table. */
export const isHairline = (p: FakeParagraph) => p.text === "" && !p.pageBreak && p.attrs.FONT_SIZE === 1;

/** The body's blocks as a reader sees them: hairline paragraphs left out. */
export function seenBlocks(doc: FakeDocument): Seen[] {
  return doc.body.children.flatMap((c): Seen[] => {
    if (c instanceof FakeTable) return [{ kind: "table", t: c }];
    if (c.pageBreak) return [{ kind: "pageBreak" }];
    return isHairline(c) ? [] : [{ kind: "paragraph", p: c }];
  });
}

/** Every character's expected weight and slant, from the model's runs. */
function expectedChars(p: Paragraph): { bold: boolean; italic: boolean }[] {
  return p.runs.flatMap((r) =>
    Array.from(r.text.replace(/\r?\n/g, "\r"), () => ({ bold: r.bold === true, italic: r.italic === true })),
  );
}

export function expectParagraph(seen: FakeParagraph, p: Paragraph, model: DocumentModel, where: string): void {
  const text = p.runs.map((r) => r.text.replace(/\r?\n/g, "\r")).join("");
  expect(seen.text, where).toBe(text);
  expect(seen.attrs.HORIZONTAL_ALIGNMENT ?? "LEFT", `${where}: alignment`).toBe((p.align ?? "left").toUpperCase());
  expect(Number(seen.attrs.INDENT_FIRST_LINE ?? 0) > 0, `${where}: first-line indent`).toBe(p.indent === true);
  expect(seen.attrs.SPACING_AFTER ?? 0, `${where}: space after`).toBe(p.spaceAfter ?? 6);
  const chars = expectedChars(p);
  const size = p.size ?? model.fontSize;
  chars.forEach((c, i) => {
    const s = seen.styleAt(i);
    const at = `${where}, “${text.slice(Math.max(0, i - 10), i + 10)}” at ${i}`;
    expect({ bold: s.BOLD === true, italic: s.ITALIC === true, size: s.FONT_SIZE, font: s.FONT_FAMILY }, at).toEqual({
      ...c,
      size,
      font: model.font,
    });
  });
}

/** Checks the whole document against its model: page, blocks in order, paragraphs and tables. */
export function expectRendered(doc: FakeDocument, model: DocumentModel): void {
  expect(doc.name).toBe(model.title);
  expect(doc.closed).toBe(true);
  const page = doc.body.attrs;
  expect(page.PAGE_WIDTH).toBeCloseTo(A4.width * PT_PER_MM, 1);
  expect(page.PAGE_HEIGHT).toBeCloseTo(A4.height * PT_PER_MM, 1);
  expect(page.MARGIN_LEFT).toBeCloseTo(model.margins.left * PT_PER_MM, 1);
  expect(page.MARGIN_RIGHT).toBeCloseTo(model.margins.right * PT_PER_MM, 1);
  expect(page.MARGIN_TOP).toBeCloseTo(model.margins.top * PT_PER_MM, 1);
  expect(page.MARGIN_BOTTOM).toBeCloseTo(model.margins.bottom * PT_PER_MM, 1);

  const seen = seenBlocks(doc);
  expect(
    seen.map((b) => b.kind),
    "the blocks in order",
  ).toEqual(model.blocks.map((b) => b.kind));
  const textWidth = (A4.width - model.margins.left - model.margins.right) * PT_PER_MM;
  model.blocks.forEach((block, i) => {
    const got = seen[i];
    if (block.kind === "paragraph" && got.kind === "paragraph") expectParagraph(got.p, block, model, `block ${i}`);
    if (block.kind === "table" && got.kind === "table") {
      const t = got.t;
      expect(t.borderWidth, `table ${i}: borders`).toBe(block.borders ? 1 : 0);
      const total = block.widths.reduce((s, w) => s + w, 0);
      t.columnWidths.forEach((w, j) => {
        expect(w, `table ${i}, column ${j}`).toBeCloseTo((block.widths[j] / total) * textWidth, 0);
      });
      expect(t.rows).toHaveLength(block.rows.length);
      block.rows.forEach((row, r) => {
        expect(t.rows[r].cells).toHaveLength(row.cells.length);
        row.cells.forEach((cell, c) => {
          const paragraphs = t.rows[r].cells[c].children;
          expect(paragraphs).toHaveLength(Math.max(1, cell.paragraphs.length));
          cell.paragraphs.forEach((p, k) => {
            expectParagraph(paragraphs[k], p, model, `table ${i}, row ${r}, cell ${c}, paragraph ${k}`);
          });
        });
      });
    }
  });
}
