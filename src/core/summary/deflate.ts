// A tiny zlib (RFC 1950/1951) encoder for the chart PNG: one fixed-Huffman block whose only
// matches are runs (distance 1) and repeats of the previous scanline (distance `stride`). Bar
// charts are made of exactly those, so this compresses them ~100× with about a hundred lines.

const LENGTH_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const MAX_MATCH = 258;
const MAX_DISTANCE = 32768;

/** Bits are packed least-significant first; Huffman codes are sent most-significant first. */
class BitWriter {
  private bytes: Uint8Array;
  private length = 0;
  private acc = 0;
  private count = 0;

  constructor(capacity: number) {
    this.bytes = new Uint8Array(Math.max(64, capacity));
  }

  bits(value: number, n: number): void {
    this.acc |= value << this.count;
    this.count += n;
    while (this.count >= 8) {
      this.byte(this.acc & 0xff);
      this.acc >>>= 8;
      this.count -= 8;
    }
  }

  code(code: number, n: number): void {
    this.bits(reverseBits(code, n), n);
  }

  byte(b: number): void {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
  }

  finish(): Uint8Array {
    if (this.count > 0) this.byte(this.acc & 0xff);
    this.acc = 0;
    this.count = 0;
    return this.bytes.subarray(0, this.length);
  }
}

function reverseBits(code: number, n: number): number {
  let reversed = 0;
  for (let i = 0; i < n; i++) reversed |= ((code >>> i) & 1) << (n - 1 - i);
  return reversed;
}

/** The fixed literal/length code of RFC 1951 §3.2.6, by symbol: bits as sent, and their count. */
const FIXED_BITS = new Uint16Array(288);
const FIXED_LENGTH = new Uint8Array(288);
for (let symbol = 0; symbol < 288; symbol++) {
  const [code, n] =
    symbol < 144
      ? [0x30 + symbol, 8]
      : symbol < 256
        ? [0x190 + symbol - 144, 9]
        : symbol < 280
          ? [symbol - 256, 7]
          : [0xc0 + symbol - 280, 8];
  FIXED_BITS[symbol] = reverseBits(code, n);
  FIXED_LENGTH[symbol] = n;
}

function literal(w: BitWriter, symbol: number): void {
  w.bits(FIXED_BITS[symbol], FIXED_LENGTH[symbol]);
}

/** Length symbols, extra bit counts and extra values for match lengths 3..258, by length. */
const LENGTH_SYMBOL = new Uint16Array(MAX_MATCH + 1);
const LENGTH_BITS = new Uint8Array(MAX_MATCH + 1);
const LENGTH_VALUE = new Uint8Array(MAX_MATCH + 1);
for (let length = 3; length <= MAX_MATCH; length++) {
  let l = LENGTH_BASE.length - 1;
  while (LENGTH_BASE[l] > length) l--;
  LENGTH_SYMBOL[length] = 257 + l;
  LENGTH_BITS[length] = LENGTH_EXTRA[l];
  LENGTH_VALUE[length] = length - LENGTH_BASE[l];
}

function distanceCode(distance: number): { code: number; bits: number; value: number } {
  let d = DIST_BASE.length - 1;
  while (DIST_BASE[d] > distance) d--;
  return { code: reverseBits(d, 5), bits: DIST_EXTRA[d], value: distance - DIST_BASE[d] };
}

function match(w: BitWriter, length: number, distance: { code: number; bits: number; value: number }): void {
  literal(w, LENGTH_SYMBOL[length]);
  if (LENGTH_BITS[length]) w.bits(LENGTH_VALUE[length], LENGTH_BITS[length]);
  w.bits(distance.code, 5);
  if (distance.bits) w.bits(distance.value, distance.bits);
}

function matchLength(data: Uint8Array, at: number, distance: number): number {
  if (distance > at || distance > MAX_DISTANCE) return 0;
  const limit = Math.min(MAX_MATCH, data.length - at);
  let n = 0;
  while (n < limit && data[at + n] === data[at + n - distance]) n++;
  return n;
}

export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    // 5552 bytes is the most that can be summed before the sums overflow 32 bits (zlib's NMAX):
    // they are kept as int32 (`| 0`) and read back unsigned.
    const end = Math.min(i + 5552, data.length);
    let sa = a;
    let sb = b;
    for (; i + 4 <= end; i += 4) {
      sa = (sa + data[i]) | 0;
      sb = (sb + sa) | 0;
      sa = (sa + data[i + 1]) | 0;
      sb = (sb + sa) | 0;
      sa = (sa + data[i + 2]) | 0;
      sb = (sb + sa) | 0;
      sa = (sa + data[i + 3]) | 0;
      sb = (sb + sa) | 0;
    }
    for (; i < end; i++) {
      sa = (sa + data[i]) | 0;
      sb = (sb + sa) | 0;
    }
    a = (sa >>> 0) % 65521;
    b = (sb >>> 0) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib-wrapped deflate of `data`; `stride` (the scanline length) enables row repeats. */
export function zlibCompress(data: Uint8Array, stride = 0): Uint8Array {
  const w = new BitWriter(data.length / 8 + 64);
  w.byte(0x78); // CMF: deflate, 32 KB window
  w.byte(0x01); // FLG: no dictionary, fastest; (0x78 << 8 | 0x01) % 31 === 0
  w.bits(1, 1); // BFINAL
  w.bits(1, 2); // BTYPE = 01, fixed Huffman codes
  const one = distanceCode(1);
  const rowUp = distanceCode(Math.max(1, stride));
  for (let i = 0; i < data.length; ) {
    const run = matchLength(data, i, 1);
    // A row repeat is taken only when longer than the run: none is once the run is as long as can be.
    const row = stride > 1 && run < MAX_MATCH ? matchLength(data, i, stride) : 0;
    const length = Math.max(row, run);
    if (length >= 3) {
      match(w, length, row > run ? rowUp : one);
      i += length;
    } else {
      literal(w, data[i]);
      i++;
    }
  }
  literal(w, 256); // end of block
  const body = w.finish();
  const out = new Uint8Array(body.length + 4);
  out.set(body);
  const sum = adler32(data);
  out[body.length] = sum >>> 24;
  out[body.length + 1] = (sum >>> 16) & 0xff;
  out[body.length + 2] = (sum >>> 8) & 0xff;
  out[body.length + 3] = sum & 0xff;
  return out;
}
