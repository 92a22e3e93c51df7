// Draws a DocumentModel (src/core/documents/model.ts) into a new Google Doc with DocumentApp: the
// add-on's renderer, as src/cli/docx.ts is the command line's. It decides nothing about content;
// it maps the model's page, paragraphs, runs, tables and page breaks onto DocumentApp calls, and
// keeps their number low: page and margins in one call, one call to append a table whatever its
// size, and a cell's paragraph is touched only when it differs from the table's own style.
//
// What DocumentApp cannot do, so the Google Doc lacks it (the .docx has both):
// - a table's header row repeated on every page (`Table.headerRows`): no such attribute exists;
//   the reader can set it in Docs (Table properties → Pin header row);
// - keeping a heading on the page of its paragraph (`Paragraph.keepWithNext`).
import {
  A4,
  DEFAULT_SPACE_AFTER,
  type DocumentModel,
  FIRST_LINE_INDENT_MM,
  type Paragraph,
  type Table,
} from "../core/documents/model";

type GBody = GoogleAppsScript.Document.Body;
type GText = GoogleAppsScript.Document.Text;
type GElement = GoogleAppsScript.Document.Element;
type Attrs = Record<string, unknown>;

const pt = (mm: number) => Math.round(((mm * 72) / 25.4) * 100) / 100;

export interface CreatedDocument {
  id: string;
  url: string;
  title: string;
}

/**
 * Creates the Google Doc, draws the model into it, saves and closes it. `onCreated` hears the new
 * document's address at once, so that a failure halfway can still say which document it left.
 */
export function renderDocument(model: DocumentModel, onCreated: (url: string) => void = () => {}): CreatedDocument {
  const doc = DocumentApp.create(model.title);
  const url = doc.getUrl();
  onCreated(url);
  const id = doc.getId();
  drawBody(doc.getBody(), model);
  doc.saveAndClose();
  return { id, url, title: model.title };
}

/** A paragraph's text as Docs takes it: a new line inside a run is a line break ("\r"), not a new paragraph. */
const textOf = (p: Paragraph) => p.runs.map((r) => r.text.replace(/\r?\n/g, "\r")).join("");

function drawBody(body: GBody, model: DocumentModel): void {
  const A = DocumentApp.Attribute;
  const { margins } = model;
  body.setAttributes({
    [A.PAGE_WIDTH]: pt(A4.width),
    [A.PAGE_HEIGHT]: pt(A4.height),
    [A.MARGIN_TOP]: pt(margins.top),
    [A.MARGIN_BOTTOM]: pt(margins.bottom),
    [A.MARGIN_LEFT]: pt(margins.left),
    [A.MARGIN_RIGHT]: pt(margins.right),
    [A.FONT_FAMILY]: model.font,
    [A.FONT_SIZE]: model.fontSize,
  });
  // Docs keeps a paragraph before a table and after one at the end, and between two tables: the
  // new document's empty paragraph and the one Docs puts after an appended table are removed when
  // a paragraph takes their place, and otherwise shrunk to a hairline.
  let spare: GElement | null = body.getChild(0);
  for (const block of model.blocks) {
    if (block.kind === "table") {
      if (spare) hairline(spare);
      spare = drawTable(body, block, model);
      continue;
    }
    if (block.kind === "pageBreak") body.appendPageBreak();
    else {
      const para = body.appendParagraph(textOf(block));
      styleParagraph(para, block, model, () => para.editAsText());
    }
    spare?.removeFromParent();
    spare = null;
  }
  if (spare) hairline(spare);
}

function hairline(el: GElement): void {
  const A = DocumentApp.Attribute;
  el.setAttributes({ [A.FONT_SIZE]: 1, [A.SPACING_BEFORE]: 0, [A.SPACING_AFTER]: 0, [A.LINE_SPACING]: 1 });
}

/** The attributes a paragraph sets on itself: alignment, indent, spacing, and its text's base style. */
function paragraphAttrs(p: Paragraph, model: DocumentModel): Attrs {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  const align = { left: H.LEFT, center: H.CENTER, right: H.RIGHT, justify: H.JUSTIFY }[p.align ?? "left"];
  const style = textStyle(p, model);
  return {
    [A.HORIZONTAL_ALIGNMENT]: align,
    [A.INDENT_FIRST_LINE]: p.indent ? pt(FIRST_LINE_INDENT_MM) : 0,
    [A.SPACING_BEFORE]: 0,
    [A.SPACING_AFTER]: p.spaceAfter ?? DEFAULT_SPACE_AFTER,
    // Single line spacing, as the .docx (Docs' default is 1.15).
    [A.LINE_SPACING]: 1,
    [A.BOLD]: style.bold,
    [A.ITALIC]: style.italic,
    [A.FONT_SIZE]: style.size,
    [A.FONT_FAMILY]: model.font,
  };
}

interface TextStyle {
  size: number;
  bold: boolean;
  italic: boolean;
}

/** A paragraph's base text style: bold or italic when every run with text is. */
function textStyle(p: Paragraph, model: DocumentModel): TextStyle {
  const runs = p.runs.filter((r) => r.text !== "");
  return {
    size: p.size ?? model.fontSize,
    bold: runs.length > 0 && runs.every((r) => r.bold),
    italic: runs.length > 0 && runs.every((r) => r.italic),
  };
}

/** Character ranges whose weight or slant differs from the paragraph's base, adjacent ones joined. */
function runRanges(p: Paragraph, style: TextStyle): { start: number; end: number; bold: boolean; italic: boolean }[] {
  const out: { start: number; end: number; bold: boolean; italic: boolean }[] = [];
  let at = 0;
  for (const run of p.runs) {
    const len = run.text.replace(/\r?\n/g, "\r").length;
    const bold = run.bold === true;
    const italic = run.italic === true;
    const last = out.at(-1);
    if (len > 0 && (bold !== style.bold || italic !== style.italic)) {
      if (last && last.end === at - 1 && last.bold === bold && last.italic === italic) last.end = at + len - 1;
      else out.push({ start: at, end: at + len - 1, bold, italic });
    }
    at += len;
  }
  return out;
}

/**
 * Styles one paragraph: one call for its own attributes and, for mixed runs, one to edit its text
 * (`asText`) and one per range of bold or italic text.
 */
function styleParagraph(
  el: { setAttributes(attributes: Attrs): unknown },
  p: Paragraph,
  model: DocumentModel,
  asText: () => GText,
): void {
  const A = DocumentApp.Attribute;
  el.setAttributes(paragraphAttrs(p, model));
  const ranges = runRanges(p, textStyle(p, model));
  if (ranges.length === 0) return;
  const text = asText();
  for (const r of ranges) text.setAttributes(r.start, r.end, { [A.BOLD]: r.bold, [A.ITALIC]: r.italic });
}

/**
 * Appends a table with every cell's first paragraph in one call, sets its columns' widths, its
 * borders and its text style, then touches only the cell paragraphs that differ from that style
 * (three calls each: the cell, its paragraph, its attributes). Returns the paragraph Docs puts
 * after it.
 */
function drawTable(body: GBody, table: Table, model: DocumentModel): GElement | null {
  const A = DocumentApp.Attribute;
  const t = body.appendTable(
    table.rows.map((r) => r.cells.map((c) => (c.paragraphs[0] ? textOf(c.paragraphs[0]) : ""))),
  );
  const gap = t.getNextSibling();
  const total = table.widths.reduce((s, w) => s + w, 0);
  const textWidth = pt(A4.width - model.margins.left - model.margins.right);
  table.widths.forEach((w, i) => {
    t.setColumnWidth(i, Math.round((w / total) * textWidth * 100) / 100);
  });
  // The letter's header and signature blocks are laid out with a table nobody should see.
  if (!table.borders) t.setBorderWidth(0);

  const paragraphs = table.rows.flatMap((r) => r.cells.flatMap((c) => c.paragraphs));
  const base: TextStyle = {
    size: mostCommon(paragraphs.map((p) => p.size ?? model.fontSize)),
    bold: false,
    italic: false,
  };
  t.setAttributes({ [A.FONT_FAMILY]: model.font, [A.FONT_SIZE]: base.size, [A.BOLD]: false, [A.ITALIC]: false });

  table.rows.forEach((row, r) => {
    row.cells.forEach((c, j) => {
      if (!c.paragraphs.some((p, k) => k > 0 || !plainCell(p, model, base))) return;
      const cell = t.getCell(r, j);
      c.paragraphs.forEach((p, k) => {
        if (k === 0) {
          if (plainCell(p, model, base)) return;
          const el = cell.getChild(0);
          styleParagraph(el, p, model, () => el.asParagraph().editAsText());
        } else {
          const para = cell.appendParagraph(textOf(p));
          styleParagraph(para, p, model, () => para.editAsText());
        }
      });
    });
  });
  return gap;
}

/** Whether a cell's paragraph looks as the table's style and Docs' defaults already make it. */
function plainCell(p: Paragraph, model: DocumentModel, base: TextStyle): boolean {
  const s = textStyle(p, model);
  return (
    (p.align ?? "left") === "left" &&
    !p.indent &&
    (p.spaceAfter ?? DEFAULT_SPACE_AFTER) === 0 &&
    s.size === base.size &&
    !s.bold &&
    !s.italic &&
    runRanges(p, s).length === 0
  );
}

function mostCommon(xs: number[]): number {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  let best = xs[0];
  for (const [x, n] of counts) if (n > (counts.get(best) ?? 0)) best = x;
  return best;
}
