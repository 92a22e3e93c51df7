// The parts every document of the office shares (NĐ 30/2020/NĐ-CP): the two-column header with the
// issuing body and the national motto, the number line, place and blank date, and the signature
// block with `Nơi nhận`. Blank settings give dotted blanks for the office to fill in by hand.
import { t } from "../messages";
import type { Language, Settings } from "../schemas";
import { type Block, bold, italic, type Paragraph, paragraph, type Table } from "./model";

/** What a blank setting prints: room to write by hand. */
export const BLANK = "……………";

type LetterSettings = Settings["letter"];

const center = (runs: Paragraph["runs"] | string, size: number, spaceAfter = 0): Paragraph =>
  paragraph(runs, { align: "center", size, spaceAfter });

/** `Bình Phước, ngày     tháng     năm 2023`, the day and month left blank for the signing date. */
export function placeAndDate(letter: LetterSettings, year: number, lang: Language): string {
  return t(lang, "docPlaceDate", { place: letter.place || BLANK, year });
}

/**
 * The header table: issuing body over its number and subject (left), national name and motto over
 * the place and date (right), as NĐ 30's Phụ lục I lays them out.
 */
export function headerBlock(
  letter: LetterSettings,
  lang: Language,
  opts: { number: string; subject: string[]; year: number },
): Table {
  const issuer = letter.issuer.length > 0 ? letter.issuer : [BLANK];
  const left: Paragraph[] = [
    ...issuer.map((line) => center([bold(line.toLocaleUpperCase("vi"))], 13)),
    center("", 8),
    center(opts.number, 13, 2),
    ...opts.subject.map((line) => center(line, 12)),
  ];
  const right: Paragraph[] = [
    center([bold(t(lang, "docNation"))], 12),
    center([bold(t(lang, "docMotto"))], 13),
    center("", 8),
    center([italic(placeAndDate(letter, opts.year, lang))], 13),
  ];
  return {
    kind: "table",
    widths: [40, 60],
    headerRows: 0,
    borders: false,
    rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }],
  };
}

/** `Số:      /UBND-KGVX` with the number left blank for the office's register. */
export function numberLine(symbol: string, lang: Language): string {
  return t(lang, "docNumber", { symbol: symbol || BLANK });
}

/** The report's symbol from the letter's: `UBND-KGVX` → `BC-UBND`. */
export function reportSymbol(symbol: string): string {
  const body = symbol.split("-")[0]?.trim();
  return body ? `BC-${body}` : "";
}

/** `Nơi nhận` (left) and the signer's authority, room to sign, and name (right). */
export function signatureBlock(letter: LetterSettings, lang: Language): Table {
  const recipients = letter.recipients.length > 0 ? letter.recipients : [BLANK];
  const left: Paragraph[] = [
    paragraph([{ text: t(lang, "docRecipients"), bold: true, italic: true }], { size: 12, spaceAfter: 0 }),
    ...recipients.map((line) => paragraph(`- ${line}`, { size: 11, spaceAfter: 0 })),
  ];
  const signer = letter.signer.length > 0 ? letter.signer : [BLANK];
  const authority = signer.length > 1 ? signer.slice(0, -1) : [];
  const name = signer[signer.length - 1];
  const right: Paragraph[] = [
    ...authority.map((line) => center([bold(line.toLocaleUpperCase("vi"))], 13)),
    // Room for the signature and the seal.
    center("", 13, 60),
    center([bold(name)], 14),
  ];
  return {
    kind: "table",
    widths: [50, 50],
    headerRows: 0,
    borders: false,
    rows: [{ cells: [{ paragraphs: left }, { paragraphs: right }] }],
  };
}

/** A body paragraph: justified, first line indented. */
export function body(runs: Paragraph["runs"] | string, extra: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph {
  return paragraph(runs, { align: "justify", indent: true, ...extra });
}

/** A bold heading kept with the paragraph that follows it. */
export function heading(text: string, opts: { indent?: boolean; align?: Paragraph["align"] } = {}): Paragraph {
  return paragraph([bold(text)], { keepWithNext: true, indent: opts.indent ?? true, align: opts.align });
}

/** An empty paragraph, for space between blocks. */
export const spacer = (size = 6): Block => paragraph("", { size, spaceAfter: 0 });

/**
 * The closing paragraph and the signature block, kept on one page: a signature never stands
 * alone on the last page (NĐ 30).
 */
export function closing(last: Paragraph, letter: LetterSettings, lang: Language): Block[] {
  return [
    { ...last, keepWithNext: true },
    paragraph("", { size: 6, spaceAfter: 0, keepWithNext: true }),
    signatureBlock(letter, lang),
  ];
}
