// Reading the parts of a .zip file (an .xlsx is one) with node:zlib, streaming each part's bytes so
// that a 1 GB sheet never sits in memory at once. Zip64 is understood; encryption is not (xlsx never uses it).
import { createReadStream } from "node:fs";
import { type FileHandle, open } from "node:fs/promises";
import { createInflateRaw } from "node:zlib";

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** The file is not a zip archive, or a damaged one. */
export class ZipError extends Error {}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead !== length) throw new ZipError("truncated");
  return buf;
}

const u64 = (b: Buffer, at: number) => Number(b.readBigUInt64LE(at));

/** The archive's entries by name, from its central directory. */
export async function zipEntries(file: string): Promise<Map<string, ZipEntry>> {
  const fh = await open(file, "r");
  try {
    const size = (await fh.stat()).size;
    if (size < 22) throw new ZipError("too short");
    const tailLength = Math.min(size, 22 + 65535);
    const tail = await readAt(fh, size - tailLength, tailLength);
    let at = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) throw new ZipError("no end of central directory");
    let count = tail.readUInt16LE(at + 10);
    let cdSize = tail.readUInt32LE(at + 12);
    let cdOffset = tail.readUInt32LE(at + 16);
    if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && at >= 20) {
      if (tail.readUInt32LE(at - 20) === EOCD64_LOCATOR) {
        const rec = await readAt(fh, u64(tail, at - 20 + 8), 56);
        if (rec.readUInt32LE(0) !== EOCD64) throw new ZipError("bad zip64 directory");
        count = u64(rec, 32);
        cdSize = u64(rec, 40);
        cdOffset = u64(rec, 48);
      }
    }
    if (cdOffset + cdSize > size) throw new ZipError("central directory out of bounds");
    const cd = await readAt(fh, cdOffset, cdSize);
    const entries = new Map<string, ZipEntry>();
    let p = 0;
    for (let k = 0; k < count; k++) {
      if (p + 46 > cd.length || cd.readUInt32LE(p) !== CENTRAL) throw new ZipError("bad central directory");
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: cd.toString("utf8", p + 46, p + 46 + nameLength),
        method: cd.readUInt16LE(p + 10),
        compressedSize: cd.readUInt32LE(p + 20),
        size: cd.readUInt32LE(p + 24),
        localOffset: cd.readUInt32LE(p + 42),
      };
      // Zip64: the fields at their 32-bit maximum follow in the extra field 0x0001, in this order.
      let e = p + 46 + nameLength;
      const extraEnd = e + extraLength;
      while (e + 4 <= extraEnd) {
        const id = cd.readUInt16LE(e);
        const length = cd.readUInt16LE(e + 2);
        if (id === 1) {
          let q = e + 4;
          if (entry.size === 0xffffffff) {
            entry.size = u64(cd, q);
            q += 8;
          }
          if (entry.compressedSize === 0xffffffff) {
            entry.compressedSize = u64(cd, q);
            q += 8;
          }
          if (entry.localOffset === 0xffffffff) entry.localOffset = u64(cd, q);
        }
        e += 4 + length;
      }
      entries.set(entry.name.replace(/^\/+/, ""), entry);
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await fh.close();
  }
}

/**
 * Streams an entry's uncompressed bytes to `onChunk`, in order; `onChunk` may throw to stop early.
 * `onRead` is told how many compressed bytes have been read, for progress.
 */
export async function streamEntry(
  file: string,
  entry: ZipEntry,
  onChunk: (bytes: Buffer) => void,
  onRead?: (compressedBytes: number) => void,
): Promise<void> {
  if (entry.method !== 0 && entry.method !== 8) throw new ZipError(`compression method ${entry.method}`);
  const fh = await open(file, "r");
  let start: number;
  try {
    const local = await readAt(fh, entry.localOffset, 30);
    if (local.readUInt32LE(0) !== LOCAL) throw new ZipError("bad local header");
    start = entry.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    await fh.close();
  }
  if (entry.compressedSize === 0) return;
  const source = createReadStream(file, {
    start,
    end: start + entry.compressedSize - 1,
    highWaterMark: 1 << 20,
  });
  let read = 0;
  if (onRead) {
    source.on("data", (b) => {
      read += b.length;
      onRead(read);
    });
  }
  const stream = entry.method === 8 ? source.pipe(createInflateRaw({ chunkSize: 64 * 1024 })) : source;
  if (stream !== source) source.on("error", (e) => stream.destroy(e));
  try {
    for await (const chunk of stream) onChunk(chunk as Buffer);
  } catch (e) {
    if (e instanceof Error && "code" in e && String(e.code).startsWith("Z_")) throw new ZipError(e.message);
    throw e;
  } finally {
    source.destroy();
    stream.destroy();
  }
}
