// The .docx renderer of the document model (design §11): A4 portrait, NĐ 30 margins, Times New
// Roman, tables scaled to the text width. The `docx` package is imported on first use, so that
// commands which write no document never load it.
import type * as Docx from "docx";
import {
  A4,
  type Block,
  DEFAULT_SPACE_AFTER,
  type DocumentModel,
  FIRST_LINE_INDENT_MM,
  type Paragraph,
  type Table,
} from "../core/documents/model";

/** The page number sits in the top margin (NĐ 30: centred at the top, from the second page). */
const HEADER_MM = 10;

const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const CELL_PADDING = twips(1);
const halfPoints = (pt: number) => Math.round(pt * 2);

/** Renders the model to the bytes of a .docx file. */
export async function renderDocx(model: DocumentModel): Promise<Buffer> {
  const docx = await import("docx");
  return docx.Packer.toBuffer(buildDocument(docx, model));
}

function buildDocument(docx: typeof Docx, model: DocumentModel): Docx.Document {
  const { margins } = model;
  const textWidth = twips(A4.width - margins.left - margins.right);
  const pageNumber = new docx.Header({
    children: [
      new docx.Paragraph({
        alignment: docx.AlignmentType.CENTER,
        children: [new docx.TextRun({ children: [docx.PageNumber.CURRENT] })],
      }),
    ],
  });
  return new docx.Document({
    title: model.title,
    creator: "dx-scorecard",
    styles: {
      default: {
        document: {
          run: { font: model.font, size: halfPoints(model.fontSize) },
          // Single line spacing, no space before: NĐ 30's body spacing is the model's `spaceAfter`.
          paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: "auto" } },
        },
      },
    },
    sections: [
      {
        properties: {
          // The first page carries no number (NĐ 30): a different, empty first-page header.
          titlePage: true,
          page: {
            size: {
              width: twips(A4.width),
              height: twips(A4.height),
              orientation: docx.PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(margins.top),
              bottom: twips(margins.bottom),
              left: twips(margins.left),
              right: twips(margins.right),
              header: twips(HEADER_MM),
              footer: twips(HEADER_MM),
            },
          },
        },
        // Word wants a paragraph in every header part, even an empty one.
        headers: { default: pageNumber, first: new docx.Header({ children: [new docx.Paragraph({})] }) },
        children: bodyOf(docx, model.blocks, textWidth),
      },
    ],
  });
}

/**
 * The blocks in order. A page break becomes `pageBreakBefore` on the paragraph after it (no empty
 * line at the top of the new page); two tables in a row get a hairline paragraph between them,
 * or Word would join them into one table.
 */
function bodyOf(docx: typeof Docx, blocks: Block[], textWidth: number): (Docx.Paragraph | Docx.Table)[] {
  const out: (Docx.Paragraph | Docx.Table)[] = [];
  let breakPending = false;
  let previous: Block["kind"] | null = null;
  for (const block of blocks) {
    if (block.kind === "pageBreak") {
      breakPending = previous !== null;
      continue;
    }
    if (block.kind === "paragraph") {
      out.push(paragraphOf(docx, block, { pageBreakBefore: breakPending }));
    } else {
      if (breakPending || previous === "table") out.push(separator(docx, breakPending));
      out.push(tableOf(docx, block, textWidth));
    }
    breakPending = false;
    previous = block.kind;
  }
  return out;
}

function separator(docx: typeof Docx, pageBreakBefore: boolean): Docx.Paragraph {
  return new docx.Paragraph({ pageBreakBefore, spacing: { after: 0, line: 240, lineRule: "auto" }, run: { size: 2 } });
}

function paragraphOf(docx: typeof Docx, p: Paragraph, opts: { pageBreakBefore?: boolean } = {}): Docx.Paragraph {
  const size = p.size === undefined ? undefined : halfPoints(p.size);
  return new docx.Paragraph({
    alignment: alignmentOf(docx, p.align),
    indent: p.indent ? { firstLine: twips(FIRST_LINE_INDENT_MM) } : undefined,
    spacing: { after: Math.round((p.spaceAfter ?? DEFAULT_SPACE_AFTER) * 20) },
    keepNext: p.keepWithNext || undefined,
    // No line of a paragraph left alone at the foot or head of a page.
    widowControl: true,
    pageBreakBefore: opts.pageBreakBefore || undefined,
    // The paragraph mark takes the size too: an empty paragraph is a space of that height.
    run: size === undefined ? undefined : { size },
    children: p.runs.flatMap((run) =>
      // A new line inside a run is a line break, not a new paragraph.
      run.text.split("\n").map(
        (text, i) =>
          new docx.TextRun({
            text,
            bold: run.bold || undefined,
            italics: run.italic || undefined,
            size,
            break: i > 0 ? 1 : undefined,
          }),
      ),
    ),
  });
}

function alignmentOf(docx: typeof Docx, align: Paragraph["align"]) {
  switch (align) {
    case "center":
      return docx.AlignmentType.CENTER;
    case "right":
      return docx.AlignmentType.RIGHT;
    case "justify":
      return docx.AlignmentType.JUSTIFIED;
    default:
      return docx.AlignmentType.LEFT;
  }
}

/** Relative widths to twips that add up to the text width exactly. */
export function columnWidths(relative: number[], total: number): number[] {
  const sum = relative.reduce((a, b) => a + Math.max(b, 0), 0);
  if (sum <= 0) return relative.map(() => Math.floor(total / Math.max(relative.length, 1)));
  const widths = relative.map((w) => Math.floor((Math.max(w, 0) / sum) * total));
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function tableOf(docx: typeof Docx, table: Table, textWidth: number): Docx.Table {
  const columns = table.rows.reduce((n, r) => Math.max(n, r.cells.length), table.widths.length);
  const relative = Array.from({ length: columns }, (_, i) => table.widths[i] ?? 1);
  const widths = columnWidths(relative, textWidth);
  const line: Docx.IBorderOptions = table.borders
    ? { style: docx.BorderStyle.SINGLE, size: 4, color: "000000" }
    : { style: docx.BorderStyle.NONE, size: 0, color: "auto" };
  return new docx.Table({
    width: { size: textWidth, type: docx.WidthType.DXA },
    columnWidths: widths,
    layout: docx.TableLayoutType.FIXED,
    borders: {
      top: line,
      bottom: line,
      left: line,
      right: line,
      insideHorizontal: line,
      insideVertical: line,
    },
    rows: table.rows.map(
      (row, r) =>
        new docx.TableRow({
          tableHeader: r < table.headerRows || undefined,
          // A row stays on one page: an appendix row, and the signature block, whose name must not
          // land alone on the next page.
          cantSplit: true,
          children: widths.map((width, c) => {
            const cell = row.cells[c];
            const paragraphs = cell?.paragraphs.length ? cell.paragraphs : [{ kind: "paragraph" as const, runs: [] }];
            return new docx.TableCell({
              width: { size: width, type: docx.WidthType.DXA },
              // Ruled tables have narrow columns (STT, Xếp hạng): 1 mm of padding instead of Word's 1.9.
              margins: table.borders ? { left: CELL_PADDING, right: CELL_PADDING } : undefined,
              verticalAlign: table.borders ? docx.VerticalAlignTable.CENTER : docx.VerticalAlignTable.TOP,
              children: paragraphs.map((p) => paragraphOf(docx, p)),
            });
          }),
        }),
    ),
  });
}
