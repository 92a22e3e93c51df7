// The bar chart of a group's % scores, one bar per unit in rank order, as an inline PNG. The names
// are in the e-mail's tables, so the image carries only ranks, scores and band colours.
import { formatNumber } from "../numbers";
import type { Language } from "../schemas";
import { bandColour, NOT_REPORTED_COLOUR } from "./colours";
import { drawText, GLYPH_HEIGHT, textWidth } from "./glyphs";
import { encodePng, type Rgb } from "./png";

/** An image attached to an e-mail and shown in its HTML as `<img src="cid:…">`. */
export interface Chart {
  cid: string;
  filename: string;
  contentType: "image/png";
  bytes: Uint8Array;
  width: number;
  height: number;
  alt: string;
}

export interface ChartBar {
  rank: number | null;
  /** Rounded % score; null when the unit has none. */
  score: number | null;
  /** Index of the band in `Xếp loại` (0 = best); null when the unit has no band. */
  bandIndex: number | null;
  reported: boolean;
}

export interface ChartOptions {
  cid: string;
  filename: string;
  alt: string;
  lang: Language;
  bandCount: number;
  /** Band lower bounds in %, drawn as dashed guides (with 100 %). */
  guides: number[];
}

export const CHART_WIDTH = 480;
const MAX_HEIGHT = 600;
const PAD = 8;
const ROOMY_PITCH = 16;
/** Ranks and scores are written only when a bar is tall enough for the 7-pixel font. */
const MIN_TEXT_PITCH = 10;

const WHITE = 0;
const GUIDE = 1;
const INK = 2;
const GREY = 3;
const FIRST_BAND = 4;

export function scoreChart(bars: ChartBar[], opts: ChartOptions): Chart {
  const n = Math.max(1, bars.length);
  const pitch = n * ROOMY_PITCH <= MAX_HEIGHT ? ROOMY_PITCH : Math.max(1, Math.floor(MAX_HEIGHT / n));
  // Beyond MAX_HEIGHT bars, pixel rows sample the (sorted) bars: the shape of the ranking survives.
  const plotHeight = Math.min(n * pitch, MAX_HEIGHT);
  const barHeight = pitch >= 4 ? pitch - Math.max(1, Math.round(pitch / 4)) : pitch;
  const withText = pitch >= MIN_TEXT_PITCH;
  const left = withText ? PAD + textWidth("999") + 6 : PAD;
  const right = withText ? PAD + textWidth("100,00") + 4 : PAD;
  const width = CHART_WIDTH;
  const height = plotHeight + 2 * PAD;
  const span = width - left - right;

  const palette: Rgb[] = [[255, 255, 255], [218, 220, 224], [60, 64, 67], NOT_REPORTED_COLOUR.rgb];
  for (let i = 0; i < Math.max(1, opts.bandCount); i++) palette.push(bandColour(i, opts.bandCount).rgb);

  const pixels = new Uint8Array(width * height).fill(WHITE);
  const plot = (x: number, y: number, colour: number) => {
    if (x >= 0 && x < width && y >= 0 && y < height) pixels[y * width + x] = colour;
  };
  const xOf = (score: number) => left + Math.round((Math.min(Math.max(score, 0), 100) / 100) * span);

  for (const g of [...opts.guides.filter((v) => v > 0 && v < 100), 100]) {
    const x = xOf(g);
    for (let y = PAD; y < PAD + plotHeight; y++) if (y % 4 < 2) plot(x, y, GUIDE);
  }

  const drawBar = (bar: ChartBar, top: number, h: number) => {
    const colour = bar.reported && bar.bandIndex !== null ? FIRST_BAND + bar.bandIndex : GREY;
    const end = bar.reported && bar.score !== null ? xOf(bar.score) : left + 3;
    const stop = Math.max(end, left + 1); // even a 0 % bar shows a sliver
    // `plot` for every pixel of the bar, a row at a time.
    const x0 = Math.max(left, 0);
    const x1 = Math.min(stop, width);
    for (let y = Math.max(top, 0); y < Math.min(top + h, height); y++) {
      if (x1 > x0) pixels.fill(colour, y * width + x0, y * width + x1);
    }
    return stop;
  };

  if (n * pitch <= MAX_HEIGHT) {
    bars.forEach((bar, i) => {
      const top = PAD + i * pitch + Math.floor((pitch - barHeight) / 2);
      const end = drawBar(bar, top, barHeight);
      if (!withText) return;
      const textTop = top + Math.floor((barHeight - GLYPH_HEIGHT) / 2);
      if (bar.rank !== null) {
        const rank = String(bar.rank);
        drawText(rank, left - 4 - textWidth(rank), textTop, (x, y) => plot(x, y, INK));
      }
      if (bar.reported && bar.score !== null) {
        drawText(formatNumber(bar.score, opts.lang, 2), end + 3, textTop, (x, y) => plot(x, y, INK));
      }
    });
  } else {
    for (let y = 0; y < plotHeight; y++) drawBar(bars[Math.floor((y * bars.length) / plotHeight)], PAD + y, 1);
  }

  return {
    cid: opts.cid,
    filename: opts.filename,
    contentType: "image/png",
    bytes: encodePng({ width, height, palette, pixels }),
    width,
    height,
    alt: opts.alt,
  };
}
