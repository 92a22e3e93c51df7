// E-mail HTML that reads well in Gmail and Outlook: tables and inline styles only (no <style>,
// which Gmail strips; no external CSS, no script, no image). Every helper takes plain text and
// escapes it, so text from the spreadsheet can never become markup.
// Size matters: Gmail clips a message over 102 KB, so the font and colour are set once on the
// page's content cell, which its paragraphs inherit in every reader; only a cell of a nested table
// (which Outlook's Word engine does not let inherit) and a heading (which Word restyles) name the font again.
import type { Language } from "../schemas";

export const FONT = "font-family:Arial,sans-serif;";
export const TEXT = "#202124";
export const MUTED = "#5f6368";
export const RULE = "#dadce0";

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  // Most texts have nothing to escape: testing first saves a copy of each.
  return /[&<>"']/.test(text) ? text.replace(/[&<>"']/g, (c) => ENTITIES[c]) : text;
}

/** Bytes of `text` in UTF-8, as Gmail measures a message (Apps Script has no TextEncoder). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

export interface Cell {
  text: string;
  align?: "left" | "right" | "center";
  /** Extra inline CSS, from this module's own constants (never from the sheet). */
  style?: string;
}

/** A whole message: a centred white column, at most 640 px wide and as narrow as the phone. */
export function page(lang: Language, title: string, blocks: string[]): string {
  return (
    `<!DOCTYPE html>\n<html lang="${lang}">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>\n</head>\n` +
    `<body style="margin:0;padding:0;background-color:#f1f3f4;">\n` +
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f1f3f4;">\n` +
    `<tr><td align="center" style="padding:16px 8px;">\n` +
    `<table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:640px;background-color:#ffffff;border:1px solid ${RULE};">\n` +
    `<tr><td style="padding:24px 16px;${FONT}font-size:14px;line-height:1.5;color:${TEXT};">\n` +
    `${blocks.join("\n")}\n</td></tr>\n</table>\n</td></tr>\n</table>\n</body>\n</html>\n`
  );
}

export function h1(text: string): string {
  return `<h1 style="margin:0 0 16px 0;${FONT}font-size:20px;line-height:1.3;font-weight:bold;color:${TEXT};">${escapeHtml(text)}</h1>`;
}

export function h2(text: string): string {
  return `<h2 style="margin:24px 0 8px 0;${FONT}font-size:16px;line-height:1.3;font-weight:bold;color:${TEXT};">${escapeHtml(text)}</h2>`;
}

export function h3(text: string): string {
  return `<p style="margin:12px 0 4px 0;font-size:13px;font-weight:bold;color:${MUTED};">${escapeHtml(text)}</p>`;
}

/** A paragraph in the page's 14 px text, which it inherits from the content cell. */
export function para(text: string, style = ""): string {
  return `<p style="margin:0 0 10px 0;${style}">${escapeHtml(text)}</p>`;
}

export function note(text: string): string {
  return `<p style="margin:0 0 10px 0;font-size:12px;line-height:1.4;color:${MUTED};">${escapeHtml(text)}</p>`;
}

/** One item of a dashed list. */
export function dashItem(item: string): string {
  return para(`- ${item}`, "padding-left:12px;");
}

/** A list written the way an official letter writes it: each item a paragraph after a dash. */
export function dashList(items: readonly string[]): string {
  return items.map(dashItem).join("\n");
}

// Outlook's Word engine does not pass fonts from a table to its cells, so every cell names its font;
// the padding is the table's `cellpadding`, which every reader honours.
const CELL = `border:1px solid ${RULE};${FONT}font-size:13px;`;

function td(cell: Cell, header: boolean): string {
  const tag = header ? "th" : "td";
  // A <th> is bold and centred by default: say "left" for it, and nothing for a plain left cell.
  const align = cell.align ?? "left";
  const attrs = `${align !== "left" || header ? ` align="${align}"` : ""}${header ? ' bgcolor="#f8f9fa"' : ""}`;
  return `<${tag}${attrs} style="${CELL}${cell.style ?? ""}">${escapeHtml(cell.text)}</${tag}>`;
}

export function table(headers: Cell[], rows: Cell[][]): string {
  const line = (cells: Cell[], header: boolean) => `<tr>${cells.map((c) => td(c, header)).join("")}</tr>`;
  return (
    `<table role="presentation" width="100%" cellpadding="5" cellspacing="0" border="0" ` +
    `style="border-collapse:collapse;margin:0 0 12px 0;">\n` +
    [line(headers, true), ...rows.map((r) => line(r, false))].join("\n") +
    "\n</table>"
  );
}

/** A legend of coloured cells, e.g. the bands of the chart; it wraps on a narrow screen. */
export function legend(items: { text: string; background: string; colour: string }[]): string {
  const cells = items
    .map(
      (i) =>
        `<span style="display:inline-block;margin:0 6px 4px 0;padding:2px 8px;font-size:12px;` +
        `background-color:${i.background};color:${i.colour};">${escapeHtml(i.text)}</span>`,
    )
    .join(" ");
  return `<p style="margin:0 0 8px 0;">${cells}</p>`;
}

export function link(intro: string, url: string, text: string): string {
  return (
    `<p style="margin:16px 0 10px 0;">${escapeHtml(intro)} ` +
    `<a href="${escapeHtml(url)}" style="color:#1a73e8;text-decoration:underline;">${escapeHtml(text)}</a></p>`
  );
}

export function footer(text: string): string {
  return `<p style="margin:24px 0 0 0;padding-top:12px;border-top:1px solid ${RULE};font-size:12px;color:${MUTED};">${escapeHtml(text)}</p>`;
}
