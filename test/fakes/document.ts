// DocumentApp: the Google Docs the code creates, held as a tree (body → paragraphs and tables →
// rows → cells → paragraphs) with the attributes set on every element and on every character, so
// tests read a document as its reader would; every call is counted like the other fakes'.
//
// Where the real service's behaviour matters to the layout it is mirrored: a new document's body
// holds one empty paragraph; a table appended at the end of the body is followed by an empty
// paragraph (a Docs body cannot end with a table); a paragraph before a table, after the last one or
// between two cannot be removed, nor can the last paragraph of a body or cell;
// text attributes (font, size, bold, italic) set on a container reach all the text inside it, but
// paragraph attributes (alignment, indents, spacing) are the paragraph's own and are not inherited
// from a table or the body. Stricter than the real one: an attribute name that is not a member of
// DocumentApp.Attribute, an alignment that is not a HorizontalAlignment, or an edit after
// saveAndClose() throws, so a typo cannot pass silently.

import { Counted, type FakeEnv } from "./env";
import { asReal, enumName, enumOf, type FakeEnum } from "./real-types";

type GDocumentApp = GoogleAppsScript.Document.DocumentApp;
type GDocument = GoogleAppsScript.Document.Document;
type GBody = GoogleAppsScript.Document.Body;
type GElement = GoogleAppsScript.Document.Element;
type GParagraph = GoogleAppsScript.Document.Paragraph;
type GPageBreak = GoogleAppsScript.Document.PageBreak;
type GTable = GoogleAppsScript.Document.Table;
type GTableRow = GoogleAppsScript.Document.TableRow;
type GTableCell = GoogleAppsScript.Document.TableCell;
type GText = GoogleAppsScript.Document.Text;
type GContainer = GoogleAppsScript.Document.ContainerElement;

/** Attributes by DocumentApp.Attribute name, as `setAttributes` takes them. */
export type Attrs = Record<string, unknown>;

const ATTRIBUTE_NAMES = [
  "BACKGROUND_COLOR",
  "BOLD",
  "BORDER_COLOR",
  "BORDER_WIDTH",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "HEADING",
  "HEIGHT",
  "HORIZONTAL_ALIGNMENT",
  "INDENT_END",
  "INDENT_FIRST_LINE",
  "INDENT_START",
  "ITALIC",
  "GLYPH_TYPE",
  "LEFT_TO_RIGHT",
  "LINE_SPACING",
  "LINK_URL",
  "LIST_ID",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "MARGIN_TOP",
  "NESTING_LEVEL",
  "MINIMUM_HEIGHT",
  "PADDING_BOTTOM",
  "PADDING_LEFT",
  "PADDING_RIGHT",
  "PADDING_TOP",
  "PAGE_HEIGHT",
  "PAGE_WIDTH",
  "SPACING_AFTER",
  "SPACING_BEFORE",
  "STRIKETHROUGH",
  "UNDERLINE",
  "VERTICAL_ALIGNMENT",
  "WIDTH",
] as const;

/** Attributes of characters: set on a container, they reach every character inside it. */
const TEXT_ATTRIBUTES = new Set([
  "BACKGROUND_COLOR",
  "BOLD",
  "CODE",
  "FONT_FAMILY",
  "FONT_SIZE",
  "FOREGROUND_COLOR",
  "ITALIC",
  "LINK_URL",
  "STRIKETHROUGH",
  "UNDERLINE",
]);

const ALIGNMENTS = ["LEFT", "CENTER", "RIGHT", "JUSTIFY"] as const;

export const CLOSED_MESSAGE = "Document is closed, its contents cannot be updated.";
export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";
/** The fake's wording: Docs keeps a paragraph before every table, after the last one, and between two. */
export const TABLE_NEIGHBOUR_MESSAGE =
  "Fake DocumentApp: a table needs a paragraph before it and after it (Docs keeps one there).";

/** Whether every table of a body's children has a paragraph on each side. */
function tablesWellPlaced(children: readonly unknown[]): boolean {
  return children.every(
    (c, i) =>
      !(c instanceof FakeTable) ||
      (children[i - 1] instanceof FakeParagraph && children[i + 1] instanceof FakeParagraph),
  );
}

function textPart(attrs: Attrs): Attrs {
  return Object.fromEntries(Object.entries(attrs).filter(([k]) => TEXT_ATTRIBUTES.has(k)));
}

// --- Elements ---------------------------------------------------------------------------------------

type Parent = FakeBody | FakeTableCell;

abstract class FakeElement extends Counted {
  /** Attributes set on the element itself (not inherited), by Attribute name. */
  readonly attrs: Attrs = {};

  protected constructor(
    env: FakeEnv,
    interfaceName: string,
    readonly doc: FakeDocument,
  ) {
    super(env, interfaceName);
  }

  /** Throws, as the real service does, when the document was saved and closed. */
  protected edit(): void {
    if (this.doc.closed) throw this.fail(CLOSED_MESSAGE);
  }

  /** Checks every key and the values the fake understands, then records them. */
  protected checkAttributes(attributes: unknown): Attrs {
    if (attributes === null || typeof attributes !== "object" || Array.isArray(attributes)) {
      throw this.fail("Fake DocumentApp: setAttributes takes an object keyed by DocumentApp.Attribute names.");
    }
    const out: Attrs = {};
    for (const [k, v] of Object.entries(attributes as Attrs)) {
      if (!(ATTRIBUTE_NAMES as readonly string[]).includes(k)) {
        throw this.fail(`Fake DocumentApp: “${k}” is not a member of DocumentApp.Attribute.`);
      }
      if (k === "HORIZONTAL_ALIGNMENT" && !(ALIGNMENTS as readonly string[]).includes(enumName(v))) {
        throw this.fail(`Fake DocumentApp: ${String(v)} is not a DocumentApp.HorizontalAlignment.`);
      }
      out[k] = k === "HORIZONTAL_ALIGNMENT" ? enumName(v) : v;
    }
    return out;
  }
}

/** A paragraph: its text with one attribute map per character, and its own attributes. */
export class FakeParagraph
  extends FakeElement
  implements
    Pick<GParagraph, "editAsText" | "getText" | "setAttributes" | "getAttributes" | "removeFromParent" | "asParagraph">
{
  text: string;
  /** Each character's text attributes (what setAttributes on a range or a container gave it). */
  chars: Attrs[];
  /** Holds a page break (body.appendPageBreak makes a paragraph holding one). */
  pageBreak = false;

  constructor(
    env: FakeEnv,
    doc: FakeDocument,
    public parent: Parent | null,
    text: string,
  ) {
    super(env, "Paragraph", doc);
    this.text = text;
    this.chars = Array.from(text, () => ({}));
  }

  /** Test accessor: the attributes in force at a character (its own over the paragraph's). */
  styleAt(offset: number): Attrs {
    return { ...textPart(this.attrs), ...this.chars[offset] };
  }

  /** Test accessor: the text cut where its bold, italic or size changes. */
  runs(): { text: string; bold: boolean; italic: boolean; size: unknown; font: unknown }[] {
    const out: { text: string; bold: boolean; italic: boolean; size: unknown; font: unknown }[] = [];
    for (let i = 0; i < this.text.length; i++) {
      const s = this.styleAt(i);
      const run = { bold: s.BOLD === true, italic: s.ITALIC === true, size: s.FONT_SIZE, font: s.FONT_FAMILY };
      const last = out.at(-1);
      if (
        last &&
        last.bold === run.bold &&
        last.italic === run.italic &&
        last.size === run.size &&
        last.font === run.font
      )
        last.text += this.text[i];
      else out.push({ text: this.text[i], ...run });
    }
    return out;
  }

  /** Applies text attributes to every character (from a container, or the paragraph itself). */
  applyText(attrs: Attrs): void {
    const text = textPart(attrs);
    Object.assign(this.attrs, text);
    for (const c of this.chars) Object.assign(c, text);
  }

  getText(): string {
    this.track("getText");
    return this.text;
  }

  getAttributes(): Attrs {
    this.track("getAttributes");
    return { ...this.attrs };
  }

  setAttributes(attributes: unknown): GParagraph {
    this.track("setAttributes", attributes);
    this.edit();
    const attrs = this.checkAttributes(attributes);
    for (const [k, v] of Object.entries(attrs)) if (!TEXT_ATTRIBUTES.has(k)) this.attrs[k] = v;
    this.applyText(attrs);
    return asReal<GParagraph>(this);
  }

  editAsText(): GText {
    this.track("editAsText");
    return asReal<GText>(new FakeText(this.env, this.doc, this));
  }

  asParagraph(): GParagraph {
    this.track("asParagraph");
    return asReal<GParagraph>(this);
  }

  removeFromParent(): GParagraph {
    this.track("removeFromParent");
    this.edit();
    const parent = this.parent;
    if (!parent) throw this.fail("Fake DocumentApp: the paragraph has no parent.");
    const left = parent.children.filter((c) => c !== this);
    if (left.every((c) => !(c instanceof FakeParagraph))) throw this.fail(LAST_PARAGRAPH_MESSAGE);
    if (parent instanceof FakeBody && !tablesWellPlaced(left)) throw this.fail(TABLE_NEIGHBOUR_MESSAGE);
    parent.children.splice(parent.children.indexOf(this), 1);
    this.parent = null;
    return asReal<GParagraph>(this);
  }
}

/** The text of one paragraph, for editing character ranges (`Paragraph.editAsText()`). */
export class FakeText extends FakeElement implements Pick<GText, "getText" | "setAttributes"> {
  constructor(
    env: FakeEnv,
    doc: FakeDocument,
    private readonly paragraph: FakeParagraph,
  ) {
    super(env, "Text", doc);
  }

  getText(): string {
    this.track("getText");
    return this.paragraph.text;
  }

  setAttributes(startOffset: number, endOffsetInclusive: number, attributes: unknown): GText;
  setAttributes(attributes: unknown): GText;
  setAttributes(a: unknown, b?: number, c?: unknown): GText {
    const ranged = typeof a === "number";
    this.track("setAttributes", ...(ranged ? [a, b, c] : [a]));
    this.edit();
    const attrs = this.checkAttributes(ranged ? c : a);
    const length = this.paragraph.text.length;
    const [start, end] = ranged ? [a, b ?? -1] : [0, length - 1];
    if (ranged && (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end >= length || end < start)) {
      throw this.fail(`Fake DocumentApp: offsets ${start}..${end} are outside the text (length ${length}).`);
    }
    const text = textPart(attrs);
    for (let i = start; i <= end; i++) Object.assign(this.paragraph.chars[i], text);
    return asReal<GText>(this);
  }
}

/** What body.appendPageBreak() returns; the break itself lives in a paragraph of its own. */
export class FakePageBreak extends FakeElement implements Pick<GPageBreak, "getParent"> {
  constructor(
    env: FakeEnv,
    doc: FakeDocument,
    private readonly paragraph: FakeParagraph,
  ) {
    super(env, "PageBreak", doc);
  }

  getParent(): GContainer {
    this.track("getParent");
    return asReal<GContainer>(this.paragraph);
  }
}

export class FakeTableCell
  extends FakeElement
  implements Pick<GTableCell, "appendParagraph" | "getChild" | "getNumChildren" | "getText" | "setAttributes">
{
  readonly children: FakeParagraph[];

  constructor(env: FakeEnv, doc: FakeDocument, text: string) {
    super(env, "TableCell", doc);
    this.children = [new FakeParagraph(env, doc, this, text)];
  }

  /** Test accessor: the cell's paragraphs' texts, one line each. */
  plainText(): string {
    return this.children.map((p) => p.text).join("\n");
  }

  appendParagraph(paragraph: GParagraph): GParagraph;
  appendParagraph(text: string): GParagraph;
  appendParagraph(text: unknown): GParagraph {
    this.track("appendParagraph", text);
    this.edit();
    if (typeof text !== "string") throw this.fail("Fake DocumentApp: appendParagraph takes text here.");
    const p = new FakeParagraph(this.env, this.doc, this, text);
    this.children.push(p);
    return asReal<GParagraph>(p);
  }

  getChild(childIndex: number): GElement {
    this.track("getChild", childIndex);
    const child = this.children[childIndex];
    if (!child) throw this.fail(`Child index (${childIndex}) must be less than the number of child elements.`);
    return asReal<GElement>(child);
  }

  getNumChildren(): number {
    this.track("getNumChildren");
    return this.children.length;
  }

  getText(): string {
    this.track("getText");
    return this.plainText();
  }

  setAttributes(attributes: unknown): GTableCell {
    this.track("setAttributes", attributes);
    this.edit();
    const attrs = this.checkAttributes(attributes);
    Object.assign(this.attrs, attrs);
    for (const p of this.children) p.applyText(attrs);
    return asReal<GTableCell>(this);
  }
}

export class FakeTableRow extends FakeElement implements Pick<GTableRow, "getCell" | "getNumCells" | "setAttributes"> {
  readonly cells: FakeTableCell[];

  constructor(env: FakeEnv, doc: FakeDocument, texts: string[]) {
    super(env, "TableRow", doc);
    this.cells = texts.map((t) => new FakeTableCell(env, doc, t));
  }

  getCell(cellIndex: number): GTableCell {
    this.track("getCell", cellIndex);
    const cell = this.cells[cellIndex];
    if (!cell) throw this.fail(`Cell index (${cellIndex}) must be less than the number of cells.`);
    return asReal<GTableCell>(cell);
  }

  getNumCells(): number {
    this.track("getNumCells");
    return this.cells.length;
  }

  setAttributes(attributes: unknown): GTableRow {
    this.track("setAttributes", attributes);
    this.edit();
    const attrs = this.checkAttributes(attributes);
    Object.assign(this.attrs, attrs);
    for (const c of this.cells) for (const p of c.children) p.applyText(attrs);
    return asReal<GTableRow>(this);
  }
}

type TableMethods =
  | "getBorderWidth"
  | "getCell"
  | "getColumnWidth"
  | "getNextSibling"
  | "getNumRows"
  | "getRow"
  | "setAttributes"
  | "setBorderWidth"
  | "setColumnWidth";

export class FakeTable extends FakeElement implements Pick<GTable, TableMethods> {
  readonly rows: FakeTableRow[];
  /** Docs draws a new table's borders 1 pt wide. */
  borderWidth = 1;
  readonly columnWidths: (number | null)[];

  constructor(
    env: FakeEnv,
    doc: FakeDocument,
    readonly parent: FakeBody,
    cells: string[][],
  ) {
    super(env, "Table", doc);
    this.rows = cells.map((r) => new FakeTableRow(env, doc, r));
    this.columnWidths = (cells[0] ?? []).map(() => null);
  }

  /** Test accessor: each cell's text (its paragraphs one line each). */
  cellTexts(): string[][] {
    return this.rows.map((r) => r.cells.map((c) => c.plainText()));
  }

  getNumRows(): number {
    this.track("getNumRows");
    return this.rows.length;
  }

  getRow(rowIndex: number): GTableRow {
    this.track("getRow", rowIndex);
    const row = this.rows[rowIndex];
    if (!row) throw this.fail(`Row index (${rowIndex}) must be less than the number of rows.`);
    return asReal<GTableRow>(row);
  }

  getCell(rowIndex: number, cellIndex: number): GTableCell {
    this.track("getCell", rowIndex, cellIndex);
    const cell = this.rows[rowIndex]?.cells[cellIndex];
    if (!cell) throw this.fail(`Cell (${rowIndex}, ${cellIndex}) is outside the table.`);
    return asReal<GTableCell>(cell);
  }

  getBorderWidth(): number {
    this.track("getBorderWidth");
    return this.borderWidth;
  }

  setBorderWidth(width: number): GTable {
    this.track("setBorderWidth", width);
    this.edit();
    if (typeof width !== "number" || width < 0) throw this.fail(`Fake DocumentApp: bad border width ${width}.`);
    this.borderWidth = width;
    return asReal<GTable>(this);
  }

  getColumnWidth(columnIndex: number): number {
    this.track("getColumnWidth", columnIndex);
    return this.columnWidths[columnIndex] ?? 0;
  }

  setColumnWidth(columnIndex: number, width: number): GTable {
    this.track("setColumnWidth", columnIndex, width);
    this.edit();
    if (!Number.isInteger(columnIndex) || columnIndex < 0 || columnIndex >= this.columnWidths.length) {
      throw this.fail(`Column index (${columnIndex}) must be less than the number of columns.`);
    }
    if (typeof width !== "number" || !(width > 0)) throw this.fail(`Fake DocumentApp: bad column width ${width}.`);
    this.columnWidths[columnIndex] = width;
    return asReal<GTable>(this);
  }

  setAttributes(attributes: unknown): GTable {
    this.track("setAttributes", attributes);
    this.edit();
    const attrs = this.checkAttributes(attributes);
    Object.assign(this.attrs, attrs);
    if (typeof attrs.BORDER_WIDTH === "number") this.borderWidth = attrs.BORDER_WIDTH;
    for (const r of this.rows) for (const c of r.cells) for (const p of c.children) p.applyText(attrs);
    return asReal<GTable>(this);
  }

  getNextSibling(): GElement {
    this.track("getNextSibling");
    const siblings = this.parent.children;
    // The real method returns null after the last element, whatever its declared type says.
    return asReal<GElement>(siblings[siblings.indexOf(this) + 1] ?? (null as unknown as GElement));
  }
}

type BodyMethods =
  | "appendPageBreak"
  | "appendParagraph"
  | "appendTable"
  | "getChild"
  | "getNumChildren"
  | "getText"
  | "setAttributes";

export class FakeBody extends FakeElement implements Pick<GBody, BodyMethods> {
  readonly children: (FakeParagraph | FakeTable)[];

  constructor(env: FakeEnv, doc: FakeDocument) {
    super(env, "Body", doc);
    // A new document holds one empty paragraph.
    this.children = [new FakeParagraph(env, doc, this, "")];
  }

  /** Test accessor: paragraphs as lines, a table's rows as lines of tab-separated cells. */
  plainText(): string {
    return this.children
      .map((c) =>
        c instanceof FakeTable ? c.rows.map((r) => r.cells.map((x) => x.plainText()).join("\t")).join("\n") : c.text,
      )
      .join("\n");
  }

  appendParagraph(paragraph: GParagraph): GParagraph;
  appendParagraph(text: string): GParagraph;
  appendParagraph(text: unknown): GParagraph {
    this.track("appendParagraph", text);
    this.edit();
    if (typeof text !== "string") throw this.fail("Fake DocumentApp: appendParagraph takes text here.");
    const p = new FakeParagraph(this.env, this.doc, this, text);
    this.children.push(p);
    return asReal<GParagraph>(p);
  }

  appendTable(): GTable;
  appendTable(cells: string[][]): GTable;
  appendTable(table: GTable): GTable;
  appendTable(cells?: unknown): GTable {
    this.track("appendTable", cells);
    this.edit();
    if (!Array.isArray(cells) || cells.length === 0 || !cells.every((r) => Array.isArray(r))) {
      throw this.fail("Fake DocumentApp: appendTable takes the cells' texts as a non-empty string[][] here.");
    }
    const width = (cells[0] as unknown[]).length;
    if (width === 0 || cells.some((r) => r.length !== width || r.some((x: unknown) => typeof x !== "string"))) {
      throw this.fail("Fake DocumentApp: every row of a table needs the same number of text cells.");
    }
    const table = new FakeTable(this.env, this.doc, this, cells as string[][]);
    // A body cannot end with a table: Docs puts an empty paragraph after it.
    this.children.push(table, new FakeParagraph(this.env, this.doc, this, ""));
    return asReal<GTable>(table);
  }

  appendPageBreak(): GPageBreak;
  appendPageBreak(pageBreak: GPageBreak): GPageBreak;
  appendPageBreak(pageBreak?: unknown): GPageBreak {
    this.track("appendPageBreak", pageBreak);
    this.edit();
    const p = new FakeParagraph(this.env, this.doc, this, "");
    p.pageBreak = true;
    this.children.push(p);
    return asReal<GPageBreak>(new FakePageBreak(this.env, this.doc, p));
  }

  getChild(childIndex: number): GElement {
    this.track("getChild", childIndex);
    const child = this.children[childIndex];
    if (!child) throw this.fail(`Child index (${childIndex}) must be less than the number of child elements.`);
    return asReal<GElement>(child);
  }

  getNumChildren(): number {
    this.track("getNumChildren");
    return this.children.length;
  }

  getText(): string {
    this.track("getText");
    return this.plainText();
  }

  setAttributes(attributes: unknown): GBody {
    this.track("setAttributes", attributes);
    this.edit();
    const attrs = this.checkAttributes(attributes);
    Object.assign(this.attrs, attrs);
    for (const c of this.children) {
      if (c instanceof FakeParagraph) c.applyText(attrs);
      else for (const r of c.rows) for (const cell of r.cells) for (const p of cell.children) p.applyText(attrs);
    }
    return asReal<GBody>(this);
  }
}

// --- The document and the service ------------------------------------------------------------------

export class FakeDocument
  extends Counted
  implements Pick<GDocument, "getBody" | "getId" | "getName" | "getUrl" | "saveAndClose">
{
  readonly body: FakeBody;
  closed = false;
  /** How many times saveAndClose() was called. */
  saves = 0;

  constructor(
    env: FakeEnv,
    readonly id: string,
    readonly name: string,
    readonly url: string,
  ) {
    super(env, "Document");
    this.body = new FakeBody(env, this);
  }

  /** Test accessor: the tables of the body, in order. */
  tables(): FakeTable[] {
    return this.body.children.filter((c): c is FakeTable => c instanceof FakeTable);
  }

  /** Test accessor: the body's own paragraphs (not those in tables), in order. */
  paragraphs(): FakeParagraph[] {
    return this.body.children.filter((c): c is FakeParagraph => c instanceof FakeParagraph);
  }

  getBody(): GBody {
    this.track("getBody");
    return asReal<GBody>(this.body);
  }

  getId(): string {
    this.track("getId");
    return this.id;
  }

  getName(): string {
    this.track("getName");
    return this.name;
  }

  getUrl(): string {
    this.track("getUrl");
    return this.url;
  }

  saveAndClose(): void {
    this.track("saveAndClose");
    this.saves++;
    this.closed = true;
  }
}

export class FakeDocumentApp extends Counted implements Pick<GDocumentApp, "create"> {
  readonly Attribute: FakeEnum<typeof GoogleAppsScript.Document.Attribute> = enumOf(...ATTRIBUTE_NAMES);
  readonly HorizontalAlignment: FakeEnum<typeof GoogleAppsScript.Document.HorizontalAlignment> = enumOf(...ALIGNMENTS);
  /** Test accessor: every document created, in order. */
  readonly documents: FakeDocument[] = [];
  /** The address of a document by its ID; tests may replace it (to check escaping, say). */
  urlOf = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

  constructor(env: FakeEnv) {
    super(env, "DocumentApp");
  }

  create(name: string): GDocument {
    this.track("create", name);
    if (typeof name !== "string" || name.trim() === "") throw this.fail("Invalid argument: name");
    const id = `fake-doc-${this.documents.length + 1}`;
    const doc = new FakeDocument(this.env, id, name, this.urlOf(id));
    this.documents.push(doc);
    return asReal<GDocument>(doc);
  }
}
