// The plain-text part of the e-mails: the same content as the HTML, laid out for any mail reader.

const width = (s: string) => [...s].length;
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

export function heading(text: string, underline = "="): string {
  return `${text}\n${underline.repeat(Math.min(width(text), 72))}`;
}

export function dashList(items: readonly string[]): string {
  let out = "";
  for (let i = 0; i < items.length; i++) out += `${i ? "\n- " : "- "}${items[i]}`;
  return out;
}

/** Columns padded to their widest cell; columns listed in `right` are right-aligned. */
export function table(headers: string[], rows: string[][], right: number[] = []): string {
  const widths = headers.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ""))));
  const line = (cells: string[]) =>
    cells
      .map((cell, c) => (right.includes(c) ? padStart(cell, widths[c]) : padEnd(cell, widths[c])))
      .join("  ")
      .trimEnd();
  return [line(headers), ...rows.map(line)].join("\n");
}

/** Paragraphs separated by blank lines, ending with one newline. */
export function document(blocks: readonly string[]): string {
  let out = "";
  for (const b of blocks) if (b !== "") out += out === "" ? b : `\n\n${b}`;
  return `${out}\n`;
}
