import { describe, expect, it } from "vitest";
import { CHUNK_BYTES, SentLog } from "../../src/core/sent-log";

const UNITS = 3000;
const MAX_VALUE_BYTES = 9 * 1024;
const MAX_STORE_BYTES = 500 * 1024;

function largestValue(store: Record<string, string>): number {
  return Math.max(...Object.values(store).map((v) => Buffer.byteLength(v, "utf8")));
}

/** Adds keys the way the add-on does, one property write each, into a plain store. */
function record(store: Record<string, string>, keys: string[]): number {
  const log = new SentLog(store);
  let writes = 0;
  for (const key of keys) {
    const w = log.add(key);
    if (!w) continue;
    store[w.name] = w.value;
    writes++;
  }
  return writes;
}

describe("the record of messages sent", () => {
  it("reads back every key it wrote, across chunks, and writes nothing for a key it has", () => {
    const store: Record<string, string> = {};
    const keys = [
      "2023-06|summary",
      ...Array.from({ length: UNITS }, (_, i) => `2023-06|notice|SỞ_${(i * 7919) % 100_000}_${i}`),
    ];
    expect(record(store, keys)).toBe(keys.length);
    expect(Object.keys(store).length).toBeGreaterThan(1);
    for (const [k, v] of Object.entries(store)) expect(Buffer.byteLength(k + v)).toBeLessThanOrEqual(CHUNK_BYTES);
    const again = new SentLog(store);
    expect(keys.every((k) => again.has(k))).toBe(true);
    expect(again.has("2023-06|notice|SỞ_0_1")).toBe(false);
    expect(again.has("2023-05|summary")).toBe(false);
    expect(again.add(keys[7])).toBeNull();
    expect(again.size()).toBe(keys.length);
  });

  it("front-codes keys that share a prefix: a 3,000-unit period fits in a few chunks", () => {
    const store: Record<string, string> = {};
    record(
      store,
      Array.from({ length: UNITS }, (_, i) => `2023-06|notice|U${String(i).padStart(5, "0")}`),
    );
    expect(Object.keys(store)).toHaveLength(2);
  });

  it("keeps only the last 6 periods, and the store within its 500 KB even for unit IDs that share nothing", () => {
    // IDs with no common prefix are the worst case for the front coding.
    const ids = Array.from(
      { length: UNITS },
      (_, i) => `${String.fromCharCode(65 + (i % 26))}${(i * 7919) % 100_000}X${i}`,
    );
    const periods = ["2023-01", "2023-02", "2023-03", "2023-Q1", "2023-04", "2023-05", "2023-06", "2023-Q2"];
    const store: Record<string, string> = {};
    for (const period of periods) {
      const log = new SentLog(store);
      for (const name of log.stale(period)) delete store[name];
      for (const id of ids) {
        const w = log.add(`${period}|notice|${id}`);
        if (w) store[w.name] = w.value;
      }
      const w = log.add(`${period}|summary`);
      if (w) store[w.name] = w.value;
    }
    const log = new SentLog(store);
    const kept = new Set(Object.keys(store).map((k) => k.replace(/^dxScorecard\.sent\.(.+)#\d+$/, "$1")));
    expect([...kept].sort()).toEqual(["2023-03", "2023-04", "2023-05", "2023-06", "2023-Q1", "2023-Q2"]);
    expect(log.has(`2023-Q2|notice|${ids[2999]}`)).toBe(true);
    expect(log.has("2023-06|summary")).toBe(true);
    expect(log.has(`2023-01|notice|${ids[0]}`)).toBe(false);
    expect(log.size()).toBe(6 * (UNITS + 1));
    expect(largestValue(store)).toBeLessThanOrEqual(MAX_VALUE_BYTES);
    const bytes = Object.entries(store).reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    expect(bytes).toBeLessThan(MAX_STORE_BYTES / 2);
  });
});
