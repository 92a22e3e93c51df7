// A CSV export as the province's systems write it: UTF-8 with or without a BOM, UTF-16 (Excel's
// "Unicode text"), or Windows-1258, the Vietnamese Windows code page; cells separated by `,`, `;`
// or tab. Both are detected, never asked, and stated to the user. Pure: the bytes are decoded with
// the platform's TextDecoder (Node and browsers have windows-1258).

/** The platform's decoder, declared here: the core is typed without Node's or the DOM's globals. */
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean; ignoreBOM?: boolean },
) => { decode(bytes: Uint8Array): string };

export type CsvEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";
export type CsvSeparator = "," | ";" | "\t";

/** Each encoding as people name it. */
export const ENCODING_NAMES: Record<CsvEncoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16 LE",
  "utf-16be": "UTF-16 BE",
  "windows-1258": "Windows-1258",
};

export interface CsvText {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
}

/** The encoding of a file's bytes: a BOM first, then zero bytes (UTF-16), then valid UTF-8, else Windows-1258. */
export function detectEncoding(bytes: Uint8Array): { encoding: CsvEncoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", bom: true };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: true };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bom: true };
  // Without a BOM, UTF-16 text of Latin letters has a zero in every other byte.
  const sample = bytes.subarray(0, 4096);
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) i % 2 === 0 ? evenZeros++ : oddZeros++;
  const half = sample.length / 2;
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return { encoding: "utf-16le", bom: false };
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return { encoding: "utf-16be", bom: false };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { encoding: "utf-8", bom: false };
  } catch {
    return { encoding: "windows-1258", bom: false };
  }
}

/** The bytes as text, NFC (Windows-1258 writes tones as combining marks), without the BOM. */
export function decodeCsv(bytes: Uint8Array): CsvText {
  const { encoding, bom } = detectEncoding(bytes);
  const text = new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes).normalize("NFC");
  return { text: text.replace(/^\uFEFF/, ""), encoding, bom };
}

/** The separator: of `,` `;` tab, the one found most often outside quotes on the first lines, the same count on each. */
export function detectSeparator(text: string): CsvSeparator {
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 20);
  let best: CsvSeparator = ",";
  let bestScore = -1;
  for (const sep of [";", "\t", ","] as const) {
    const counts = lines.map((l) => countOutsideQuotes(l, sep));
    const total = counts.reduce((s, c) => s + c, 0);
    if (total === 0) continue;
    // Lines agreeing with the most frequent count make the separator likely; a title line may not.
    const mode = mostFrequent(counts.filter((c) => c > 0));
    const score = counts.filter((c) => c === mode).length * 1000 + total;
    if (score > bestScore) {
      best = sep;
      bestScore = score;
    }
  }
  return best;
}

function countOutsideQuotes(line: string, sep: string): number {
  let quoted = false;
  let count = 0;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === sep && !quoted) count++;
  }
  return count;
}

function mostFrequent(values: number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const c = (counts.get(v) ?? 0) + 1;
    counts.set(v, c);
    if (c > bestCount) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}

/**
 * RFC 4180 rows: quoted cells may hold separators, doubled quotes and line breaks. Cells are trimmed
 * text. A blank line stays a row (of one empty cell), so row numbers are the ones a spreadsheet
 * shows when it opens the file; blank rows at the end are dropped.
 */
export function parseCsv(text: string, separator: CsvSeparator = detectSeparator(text)): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const endCell = () => {
    row.push(cell.trim());
    cell = "";
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === "") {
      quoted = true;
      cell = "";
    } else if (ch === separator) endCell();
    else if (ch === "\n") endRow();
    else if (ch !== "\r") cell += ch;
  }
  if (cell !== "" || row.length > 0) endRow();
  while (rows.length > 0 && rows[rows.length - 1].every((c) => c === "")) rows.pop();
  return rows;
}
