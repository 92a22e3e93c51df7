// The document model of design §11: what the DX office signs (the Công văn, the Báo cáo and its
// Phụ lục), as plain data built by pure functions from the ranking report. Two renderers draw it:
// a .docx in the command line (src/cli/docx.ts) and a Google Doc in the add-on
// (src/server/documents.ts). Sizes are points, lengths millimetres; the page is A4.

/** A piece of text with one weight and slant. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = "left" | "center" | "right" | "justify";

export interface Paragraph {
  kind: "paragraph";
  runs: Run[];
  /** Left unless given; body text is justified. */
  align?: Align;
  /** Font size in points; the document's size unless given. */
  size?: number;
  /** A first-line indent (body paragraphs of NĐ 30: 1–1.27 cm). */
  indent?: boolean;
  /** Space after the paragraph, in points; 6 unless given. */
  spaceAfter?: number;
  /** Kept on the page of the next paragraph (a heading with its text). */
  keepWithNext?: boolean;
}

export interface TableCell {
  paragraphs: Paragraph[];
}

export interface TableRow {
  cells: TableCell[];
}

export interface Table {
  kind: "table";
  /** Relative column widths (any unit; the renderer scales them to the text width). */
  widths: number[];
  rows: TableRow[];
  /** Leading rows repeated at the top of every page the table spans (a Phụ lục's header row). */
  headerRows: number;
  /** Ruled (an appendix table) or not (the header and signature blocks of a letter). */
  borders: boolean;
}

export interface PageBreak {
  kind: "pageBreak";
}

export type Block = Paragraph | Table | PageBreak;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface DocumentModel {
  /** The file's or Google Doc's title, e.g. "Công văn chuyển đổi số tháng 06-2023". */
  title: string;
  /** Default font size of body text, in points (NĐ 30: 13–14). */
  fontSize: number;
  /** Font family of the whole document: Times New Roman, as NĐ 30 requires. */
  font: string;
  /** Page margins in millimetres. */
  margins: Margins;
  blocks: Block[];
}

/** NĐ 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const ND30_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };
export const ND30_FONT = "Times New Roman";
/** NĐ 30's first-line indent of body paragraphs (`Paragraph.indent`): 1.27 cm. */
export const FIRST_LINE_INDENT_MM = 12.7;
/** `Paragraph.spaceAfter` when not given, in points. */
export const DEFAULT_SPACE_AFTER = 6;
/** A4 in millimetres. */
export const A4 = { width: 210, height: 297 } as const;

export function paragraph(runs: Run[] | string, options: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph {
  return { kind: "paragraph", runs: typeof runs === "string" ? [{ text: runs }] : runs, ...options };
}

export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });

/** The text of a block, runs joined, cells separated by tabs and rows by new lines (for tests and previews). */
export function plainText(block: Block): string {
  if (block.kind === "pageBreak") return "";
  if (block.kind === "paragraph") return block.runs.map((r) => r.text).join("");
  return block.rows.map((r) => r.cells.map((c) => c.paragraphs.map(plainText).join("\n")).join("\t")).join("\n");
}
