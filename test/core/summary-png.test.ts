import { inflateSync, crc32 as zlibCrc32 } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  buildSummary,
  type ChartBar,
  encodePng,
  PNG_SIGNATURE,
  renderSummary,
  scoreChart,
} from "../../src/core/summary";
import { zlibCompress } from "../../src/core/summary/deflate";
import { sampleModel, sampleReport } from "./summary-fixtures";

interface Chunk {
  type: string;
  data: Buffer;
  crcOk: boolean;
}

function chunks(png: Uint8Array): Chunk[] {
  const b = Buffer.from(png);
  const out: Chunk[] = [];
  for (let at = 8; at < b.length; ) {
    const length = b.readUInt32BE(at);
    const type = b.toString("latin1", at + 4, at + 8);
    const data = b.subarray(at + 8, at + 8 + length);
    const crc = b.readUInt32BE(at + 8 + length);
    out.push({ type, data, crcOk: zlibCrc32(b.subarray(at + 4, at + 8 + length)) === crc });
    at += 12 + length;
  }
  return out;
}

/** The palette index of every pixel, from the inflated IDAT (filter type 0 on every row). */
function decode(png: Uint8Array) {
  const cs = chunks(png);
  const ihdr = cs[0].data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(cs.filter((c) => c.type === "IDAT").map((c) => c.data)));
  const plte = cs.find((c) => c.type === "PLTE")!.data;
  const colour = (x: number, y: number) => {
    const i = raw[y * (width + 1) + 1 + x];
    return [plte[i * 3], plte[i * 3 + 1], plte[i * 3 + 2]];
  };
  return { width, height, raw, colour, filters: Array.from({ length: height }, (_, y) => raw[y * (width + 1)]) };
}

const bars = (scores: (number | null)[]): ChartBar[] =>
  scores.map((score, i) => ({
    rank: score === null ? null : i + 1,
    score,
    bandIndex: score === null ? null : score >= 75 ? 0 : score >= 50 ? 1 : score >= 25 ? 2 : 3,
    reported: score !== null,
  }));

const chartOf = (b: ChartBar[]) =>
  scoreChart(b, { cid: "chart-1", filename: "c.png", alt: "", lang: "vi", bandCount: 4, guides: [75, 50, 25, 0] });

describe("the chart PNG", () => {
  const m = sampleModel();
  const mail = renderSummary(buildSummary(sampleReport(m), m.settings));

  it("starts with the PNG signature and has IHDR first, IEND last and valid CRCs", () => {
    for (const chart of mail.inlineImages) {
      expect([...chart.bytes.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
      const cs = chunks(chart.bytes);
      expect(cs.map((c) => c.type)).toEqual(["IHDR", "PLTE", "IDAT", "IEND"]);
      expect(cs.every((c) => c.crcOk)).toBe(true);
      const ihdr = cs[0].data;
      expect(ihdr.length).toBe(13);
      expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4)]).toEqual([chart.width, chart.height]);
      expect([...ihdr.subarray(8)]).toEqual([8, 3, 0, 0, 0]); // 8-bit indexed, deflate, no interlace
      expect(cs[3].data.length).toBe(0);
    }
  });

  it("decompresses with zlib to one filtered scanline per row", () => {
    const d = decode(mail.inlineImages[0].bytes);
    expect(d.raw.length).toBe(d.height * (d.width + 1));
    expect(new Set(d.filters)).toEqual(new Set([0]));
  });

  it("is small: runs and repeated rows are compressed", () => {
    const c = mail.inlineImages[0];
    expect(c.bytes.length).toBeLessThan(12_000);
    expect(c.width * c.height).toBeGreaterThan(150_000);
  });

  it("draws bars as long as the scores, in the band colour, a grey stub for a non-reporter", () => {
    const c = chartOf(bars([100, 50, null]));
    const d = decode(c.bytes);
    const row = (i: number) => 8 + i * 16 + 8; // middle of bar i
    const green = [52, 168, 83];
    const blue = [66, 133, 244];
    const white = [255, 255, 255];
    const greenXs = Array.from({ length: d.width }, (_, x) => x).filter(
      (x) => d.colour(x, row(0)).join() === green.join(),
    );
    const blueXs = Array.from({ length: d.width }, (_, x) => x).filter(
      (x) => d.colour(x, row(1)).join() === blue.join(),
    );
    const full = greenXs.length;
    expect(full).toBeGreaterThan(300);
    expect(Math.abs(blueXs.length - full / 2)).toBeLessThanOrEqual(1);
    expect(blueXs[0]).toBe(greenXs[0]); // same baseline
    expect(d.colour(d.width - 2, row(0))).toEqual(white);
    const grey = Array.from({ length: d.width }, (_, x) => d.colour(x, row(2)).join()).filter(
      (c) => c === "189,193,198",
    );
    expect(grey.length).toBe(3);
  });

  it("keeps a 3,000-unit group within 600 pixel rows", () => {
    const many = bars(Array.from({ length: 3000 }, (_, i) => 100 - i / 30));
    const c = chartOf(many);
    expect(c.height).toBeLessThanOrEqual(616);
    const d = decode(c.bytes);
    expect(d.raw.length).toBe(d.height * (d.width + 1));
  });

  it("refuses an image whose pixel count does not match its size", () => {
    expect(() => encodePng({ width: 2, height: 2, palette: [[0, 0, 0]], pixels: new Uint8Array(3) })).toThrow();
  });
});

describe("the zlib encoder", () => {
  const roundTrip = (data: Uint8Array, stride = 0) => new Uint8Array(inflateSync(zlibCompress(data, stride)));

  it("round-trips random bytes, runs, repeated rows and the empty input through node:zlib", () => {
    let seed = 7;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return seed >>> 24;
    };
    const random = Uint8Array.from({ length: 70_000 }, rand);
    const runs = Uint8Array.from({ length: 100_000 }, (_, i) => Math.floor(i / 700) % 5);
    const row = Uint8Array.from({ length: 481 }, rand);
    const rows = new Uint8Array(481 * 60);
    for (let y = 0; y < 60; y++) rows.set(row, y * 481);
    for (const [data, stride] of [
      [random, 0],
      [runs, 0],
      [rows, 481],
      [new Uint8Array(0), 0],
      [Uint8Array.of(1, 1, 1, 1, 2), 0],
    ] as const) {
      const back = roundTrip(data, stride);
      // Buffer.equals: a deep toEqual over 100,000 elements is needlessly slow.
      expect(Buffer.from(back).equals(Buffer.from(data))).toBe(true);
    }
    expect(zlibCompress(rows, 481).length).toBeLessThan(1_000);
  });
});
