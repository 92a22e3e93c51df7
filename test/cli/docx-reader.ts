// Reading a written .docx back as its readers will: mammoth (the text and the tables, as Word's
// content) and the raw WordprocessingML parts (page size, margins, fonts, repeated header rows).
import mammoth from "mammoth";
import { streamEntry, zipEntries } from "../../src/cli/zip";

export interface DocxContent {
  /** mammoth's raw text: paragraphs (and table cells) separated by blank lines. */
  text: string;
  /** The body paragraphs as mammoth reads them, one string each, empty ones dropped. */
  paragraphs: string[];
  /** mammoth's HTML. */
  html: string;
  /** Every table: rows of cell texts. */
  tables: string[][][];
  /** mammoth's complaints (unknown elements and the like). */
  messages: string[];
}

export async function readDocx(file: string): Promise<DocxContent> {
  const raw = await mammoth.extractRawText({ path: file });
  const html = await mammoth.convertToHtml({ path: file });
  return {
    text: raw.value,
    paragraphs: raw.value
      .split("\n")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    html: html.value,
    tables: tablesOf(html.value),
    messages: [...raw.messages, ...html.messages].map((m) => `${m.type}: ${m.message}`),
  };
}

/** One part of the .docx package (e.g. `word/document.xml`) as text. */
export async function docxPart(file: string, name: string): Promise<string> {
  const entry = (await zipEntries(file)).get(name);
  if (!entry) throw new Error(`${file} has no part ${name}`);
  const chunks: Buffer[] = [];
  await streamEntry(file, entry, (b) => chunks.push(b));
  return Buffer.concat(chunks).toString("utf8");
}

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .trim();

/** The tables of mammoth's HTML (not nested: the documents have none), cells joined paragraph by paragraph with spaces. */
export function tablesOf(html: string): string[][][] {
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) =>
    [...t[1].matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) =>
      [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => decode(c[1].replace(/<\/p><p>/g, " "))),
    ),
  );
}
