// How wide a text is in Arial (Liberation Sans in LibreOffice has the same metrics), to size the
// `Xếp hạng` sheet's columns to what they hold: a page fits only so many characters across.
// Advance widths in thousandths of an em, from the font's tables; a Vietnamese letter is as wide as
// its base letter (the marks stack above or below it).

const DIGIT = 556;
const WIDTHS: Record<string, number> = {
  " ": 278,
  "!": 278,
  '"': 355,
  "%": 889,
  "&": 667,
  "'": 191,
  "(": 333,
  ")": 333,
  "*": 389,
  "+": 584,
  ",": 278,
  "-": 333,
  ".": 278,
  "/": 278,
  ":": 278,
  ";": 278,
  "<": 584,
  "=": 584,
  ">": 584,
  "?": 556,
  "@": 1015,
  "·": 333,
  "–": 556,
  "—": 1000,
  "×": 584,
  "≥": 549,
  "≤": 549,
  "▲": 800,
  "▼": 800,
  đ: 556,
  Đ: 722,
};
const LOWER =
  "a556b556c500d556e556f278g556h556i222j222k500l222m833n556o556p556q556r333s500t278u556v500w722x500y500z500";
const UPPER =
  "A667B667C722D722E667F611G778H722I278J500K667L556M833N722O778P667Q778R722S667T611U722V667W944X667Y667Z611";
for (const table of [LOWER, UPPER]) for (const [, ch, w] of table.matchAll(/(\D)(\d+)/g)) WIDTHS[ch] = Number(w);

/** Arial Bold is about 7 % wider than the regular weight over Vietnamese text. */
const BOLD = 1.07;

/** A character's width: its own, its base letter's, a digit's, or an average letter's. */
function widthOf(ch: string): number {
  let w = WIDTHS[ch];
  if (w === undefined) {
    const base = ch.normalize("NFD")[0] ?? ch;
    w = WIDTHS[base] ?? (/\d/.test(base) ? DIGIT : 600);
    WIDTHS[ch] = w;
  }
  return w;
}

/** The width in pixels (96 per inch) of `text` set in Arial at `sizePt` points, on one line. */
export function textWidthPx(text: string, sizePt: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += widthOf(ch);
  return (((units / 1000) * sizePt * 96) / 72) * (bold ? BOLD : 1);
}
