// E-mail HTML that reads well in Gmail and Outlook: tables and inline styles only (no <style>,
// no external CSS, no script). Every helper takes plain text and escapes it, so text from the
// spreadsheet can never become markup.
//
// An outbox holds thousands of notices, so the fixed markup is built once, as constants, and the
// helpers join their parts with `+` rather than through intermediate arrays.
import type { Language } from "../schemas";

const FONT = "font-family:Arial,Helvetica,sans-serif;";
const TEXT = "#202124";
const MUTED = "#5f6368";
const RULE = "#dadce0";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;
const entity = (c: string) => ENTITIES[c];

export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(SPECIALS, entity) : text;
}

export interface Cell {
  text: string;
  align?: "left" | "right" | "center";
  /** Extra inline CSS, from this module's own constants (never from the sheet). */
  style?: string;
}

/** Blocks of markup, one a line (what `blocks.join("\n")` gives, without the intermediate copy). */
export function lines(blocks: readonly string[]): string {
  let out = blocks.length ? blocks[0] : "";
  for (let i = 1; i < blocks.length; i++) out += `\n${blocks[i]}`;
  return out;
}

const PAGE_BODY =
  `</title>\n</head>\n` +
  `<body style="margin:0;padding:0;background-color:#f1f3f4;">\n` +
  `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f1f3f4;">\n` +
  `<tr><td align="center" style="padding:16px 8px;">\n` +
  `<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:640px;background-color:#ffffff;border:1px solid ${RULE};">\n` +
  `<tr><td style="padding:24px;${FONT}font-size:14px;line-height:1.5;color:${TEXT};">\n`;
const PAGE_END = `\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n`;
const PAGE_HEAD: Record<Language, string> = {
  vi: pageHead("vi"),
  en: pageHead("en"),
};

/** The page around its title and its body: `head + title + body + blocks + end` is `page`. */
export function pageParts(lang: Language): { head: string; body: string; end: string } {
  return { head: PAGE_HEAD[lang], body: PAGE_BODY, end: PAGE_END };
}

function pageHead(lang: Language): string {
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>`
  );
}

export function page(lang: Language, title: string, blocks: string[]): string {
  return pageOf(lang, title, lines(blocks));
}

/** `page` with its blocks already joined by line breaks. */
export function pageOf(lang: Language, title: string, body: string): string {
  const p = pageParts(lang);
  return p.head + escapeHtml(title) + p.body + body + p.end;
}

const H1 = `<h1 style="margin:0 0 16px 0;${FONT}font-size:20px;line-height:1.3;font-weight:bold;color:${TEXT};">`;
const H2 = `<h2 style="margin:24px 0 8px 0;${FONT}font-size:16px;line-height:1.3;font-weight:bold;color:${TEXT};">`;
const H3 = `<p style="margin:12px 0 4px 0;${FONT}font-size:13px;font-weight:bold;color:${MUTED};">`;
const PARA = `<p style="margin:0 0 10px 0;${FONT}font-size:14px;line-height:1.5;color:${TEXT};`;
const DASH = `${PARA}padding-left:12px;">- `;
const NOTE = `<p style="margin:0 0 10px 0;${FONT}font-size:12px;line-height:1.4;color:${MUTED};">`;

export function h1(text: string): string {
  return `${H1}${escapeHtml(text)}</h1>`;
}

export function h2(text: string): string {
  return `${H2}${escapeHtml(text)}</h2>`;
}

export function h3(text: string): string {
  return `${H3}${escapeHtml(text)}</p>`;
}

export function para(text: string, style = ""): string {
  return `${PARA}${style}">${escapeHtml(text)}</p>`;
}

export function note(text: string): string {
  return `${NOTE}${escapeHtml(text)}</p>`;
}

/** A list written the way an official letter writes it: each item a paragraph after a dash. */
export function dashList(items: readonly string[]): string {
  let out = "";
  for (let i = 0; i < items.length; i++) out += `${i ? "\n" : ""}${DASH}${escapeHtml(items[i])}</p>`;
  return out;
}

// Outlook's Word engine does not pass fonts from a table to its cells, so every cell names its
// font; the rest is kept short because a notice has one row per indicator.
const CELL = `padding:6px 8px;border:1px solid ${RULE};${FONT}font-size:13px;`;
const HEAD = "background-color:#f8f9fa;font-weight:bold;";

/** The opening tag of a table cell: `<td style="…">`, for rows assembled by hand. */
export function cellOpen(header: boolean, align: Cell["align"] = "left", style = ""): string {
  return header
    ? `<th style="${CELL}text-align:${align};${HEAD}${style}">`
    : `<td style="${CELL}text-align:${align};${style}">`;
}

function td(cell: Cell, header: boolean): string {
  return `${cellOpen(header, cell.align, cell.style)}${escapeHtml(cell.text)}</${header ? "th" : "td"}>`;
}

export function tableRow(cells: readonly Cell[], header = false): string {
  let out = "<tr>";
  for (const c of cells) out += td(c, header);
  return `${out}</tr>`;
}

/** The markup a table starts with, before its header row; `TABLE_CLOSE` ends it. */
export const TABLE_START =
  `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" ` +
  `style="width:100%;border-collapse:collapse;margin:0 0 12px 0;color:${TEXT};">\n`;

export const TABLE_CLOSE = "\n</table>";

/** A table from its header row and its body rows, already rendered (`tableRow`), one a line. */
export function tableOf(head: string, body: string): string {
  return `${TABLE_START}${head}\n${body}${TABLE_CLOSE}`;
}

export function table(headers: Cell[], rows: Cell[][]): string {
  return tableOf(tableRow(headers, true), lines(rows.map((r) => tableRow(r))));
}

/** A one-row legend of coloured cells, e.g. the bands of the chart. */
export function legend(items: { text: string; background: string; colour: string }[]): string {
  const cells = items
    .map(
      (i) =>
        `<td style="padding:2px 8px;${FONT}font-size:12px;background-color:${i.background};color:${i.colour};">${escapeHtml(i.text)}</td>`,
    )
    .join(`<td style="width:6px;font-size:1px;">&nbsp;</td>`);
  return `<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 8px 0;"><tr>${cells}</tr></table>`;
}

export function image(cid: string, width: number, height: number, alt: string): string {
  return (
    `<img src="cid:${escapeHtml(cid)}" width="${width}" height="${height}" alt="${escapeHtml(alt)}" ` +
    `style="display:block;border:0;outline:none;max-width:100%;height:auto;margin:0 0 4px 0;">`
  );
}

export function link(intro: string, url: string, text: string): string {
  return (
    `<p style="margin:16px 0 10px 0;${FONT}font-size:14px;color:${TEXT};">${escapeHtml(intro)} ` +
    `<a href="${escapeHtml(url)}" style="color:#1a73e8;text-decoration:underline;">${escapeHtml(text)}</a></p>`
  );
}

export function footer(text: string): string {
  return `<p style="margin:24px 0 0 0;padding-top:12px;border-top:1px solid ${RULE};${FONT}font-size:12px;color:${MUTED};">${escapeHtml(text)}</p>`;
}
