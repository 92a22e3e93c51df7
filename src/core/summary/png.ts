// A minimal PNG encoder for indexed-colour images (colour type 3, 8 bits per pixel), pure
// TypeScript so that the same chart is drawn in Apps Script and in Node.
import { zlibCompress } from "./deflate";

export type Rgb = readonly [number, number, number];

/** An image whose pixels are indices into its palette, row by row. */
export interface IndexedImage {
  width: number;
  height: number;
  palette: readonly Rgb[];
  pixels: Uint8Array;
}

export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

let crcTable: Uint32Array | null = null;

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(out: Uint8Array, at: number, value: number): void {
  out[at] = value >>> 24;
  out[at + 1] = (value >>> 16) & 0xff;
  out[at + 2] = (value >>> 8) & 0xff;
  out[at + 3] = value & 0xff;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  u32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  u32(out, 8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

export function encodePng(image: IndexedImage): Uint8Array {
  const { width, height, palette, pixels } = image;
  if (width < 1 || height < 1 || pixels.length !== width * height) throw new Error("encodePng: bad image size");
  if (palette.length < 1 || palette.length > 256) throw new Error("encodePng: palette must have 1 to 256 colours");

  const header = new Uint8Array(13);
  u32(header, 0, width);
  u32(header, 4, height);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: indexed
  // compression 0, filter method 0, no interlace: already zero

  const plte = new Uint8Array(palette.length * 3);
  for (const [i, [r, g, b]] of palette.entries()) plte.set([r, g, b], i * 3);

  // Each scanline is prefixed with filter type 0 (none); the encoder's row repeats do the rest.
  const stride = width + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) raw.set(pixels.subarray(y * width, (y + 1) * width), y * stride + 1);

  const parts = [
    Uint8Array.from(PNG_SIGNATURE),
    chunk("IHDR", header),
    chunk("PLTE", plte),
    chunk("IDAT", zlibCompress(raw, stride)),
    chunk("IEND", new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
