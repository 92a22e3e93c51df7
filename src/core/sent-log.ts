// Which messages went out, kept in document properties where no editor of the sheet can reach it.
// Stored per period in chunks under 9 KB a value; within a chunk each key is front-coded against
// the one before (one base-36 character for the shared prefix), since a period's keys differ only
// in their unit: 3,000 notices fit in a few chunks. Only the last few periods are kept.
import { lastMonthOf, parsePeriod } from "./periods";

export const SENT_PREFIX = "dxScorecard.sent.";
/** A value may hold 9 KB; chunks stop below that, keys and all. */
export const CHUNK_BYTES = 8000;
/** Periods kept: about four months of monthly and quarterly sends. */
export const KEEP_PERIODS = 6;

const MAX_SHARED = 35;

interface PeriodLog {
  /** Chunk texts, in order. */
  chunks: string[];
  /** The last key of the last chunk (the base of the next front-coded key). */
  last: string;
}

/** The sent keys by period, as read from all document properties (one getProperties call). */
export class SentLog {
  private readonly periods = new Map<string, PeriodLog>();
  private readonly keys = new Set<string>();

  constructor(properties: Record<string, string>) {
    const found = new Map<string, Map<number, string>>();
    for (const [name, value] of Object.entries(properties)) {
      const at = parseChunkName(name);
      if (!at) continue;
      if (!found.has(at.period)) found.set(at.period, new Map());
      found.get(at.period)?.set(at.index, value);
    }
    for (const [period, byIndex] of found) {
      // Chunks are written in order; a missing one (never expected) just ends the list.
      const chunks: string[] = [];
      for (let i = 0; byIndex.has(i); i++) chunks.push(byIndex.get(i) as string);
      let last = "";
      for (const text of chunks) {
        last = "";
        for (const rest of decodeChunk(text)) {
          this.keys.add(`${period}|${rest}`);
          last = rest;
        }
      }
      this.periods.set(period, { chunks, last });
    }
  }

  has(key: string): boolean {
    return this.keys.has(key);
  }

  size(): number {
    return this.keys.size;
  }

  /** Records a key; returns the one property to write (its chunk), or null if already there. */
  add(key: string): { name: string; value: string } | null {
    if (this.keys.has(key)) return null;
    const cut = key.indexOf("|");
    const period = cut < 0 ? key : key.slice(0, cut);
    const rest = cut < 0 ? "" : key.slice(cut + 1);
    let log = this.periods.get(period);
    if (!log) {
      log = { chunks: [], last: "" };
      this.periods.set(period, log);
    }
    let index = log.chunks.length - 1;
    let text = index >= 0 ? log.chunks[index] : "";
    let entry = frontCode(log.last, rest, text === "");
    const name = chunkName(period, Math.max(index, 0));
    if (index < 0 || utf8Length(name) + utf8Length(text) + utf8Length(entry) > CHUNK_BYTES) {
      index++;
      text = "";
      entry = frontCode("", rest, true);
    }
    text += entry;
    log.chunks[index] = text;
    log.last = rest;
    this.keys.add(key);
    return { name: chunkName(period, index), value: text };
  }

  /**
   * The property names of periods to forget: all but the `KEEP_PERIODS` latest (by the month they
   * end in, the one being sent now included), never the period being sent now.
   */
  stale(current: string, keep = KEEP_PERIODS): string[] {
    const order = (p: string) => {
      const parsed = parsePeriod(p);
      return parsed ? `${lastMonthOf(parsed)}|${parsed.kind === "month" ? 0 : parsed.kind === "quarter" ? 1 : 2}` : "";
    };
    // The period being sent counts among the kept, so the store never holds more than `keep`.
    const periods = [...new Set([...this.periods.keys(), current])].sort((a, b) =>
      order(a) < order(b) ? 1 : order(a) > order(b) ? -1 : 0,
    );
    const names: string[] = [];
    for (const period of periods.slice(keep)) {
      if (period === current) continue;
      const log = this.periods.get(period);
      log?.chunks.forEach((_, i) => {
        names.push(chunkName(period, i));
      });
    }
    return names;
  }
}

function chunkName(period: string, index: number): string {
  return `${SENT_PREFIX}${period}#${index}`;
}

function parseChunkName(name: string): { period: string; index: number } | null {
  if (!name.startsWith(SENT_PREFIX)) return null;
  const m = /^(.+)#(\d+)$/.exec(name.slice(SENT_PREFIX.length));
  return m ? { period: m[1], index: Number(m[2]) } : null;
}

/** `\n`, then how many characters the key shares with the previous one, then the rest. */
function frontCode(previous: string, rest: string, first: boolean): string {
  let shared = 0;
  if (!first) while (shared < MAX_SHARED && shared < previous.length && previous[shared] === rest[shared]) shared++;
  return `${first ? "" : "\n"}${shared.toString(36)}${rest.slice(shared)}`;
}

function decodeChunk(text: string): string[] {
  const out: string[] = [];
  let previous = "";
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const shared = Number.parseInt(line[0], 36);
    previous = previous.slice(0, shared) + line.slice(1);
    out.push(previous);
  }
  return out;
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? 2 : 3;
  }
  return n;
}
