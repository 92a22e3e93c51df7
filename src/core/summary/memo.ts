// Writing the same texts over and over, once: an outbox states every threshold in every notice,
// and the same figure (`0%`, `có`, `3`) recurs across units and indicators. These memos live as
// long as one outbox (or one summary) is being written, never longer.
import { formatValue } from "../labels";
import type { Indicator, Language } from "../schemas";

/** `formatValue` for one language, memoised: it depends on the indicator's type and the value only. */
export type ValueFormat = (indicator: Indicator, value: number | null) => string;

export function valueFormatter(lang: Language): ValueFormat {
  const memos: Record<Indicator["type"], NumberMemo<string>> = {
    percent: new NumberMemo(),
    count: new NumberMemo(),
    boolean: new NumberMemo(),
  };
  return (indicator, value) => {
    const memo = memos[indicator.type];
    let text = memo.get(value);
    if (text === undefined) {
      text = formatValue(indicator, value, lang);
      memo.set(value, text);
    }
    return text;
  };
}

/** A message cut around one parameter: `before + value + after`. */
export interface Hole {
  before: string;
  after: string;
}

/**
 * A message with one parameter left open, e.g. `Nâng {indicator} từ {value} lên ít nhất 50%.`,
 * rendered once around a marker; null when the message does not insert the parameter exactly once
 * and verbatim (or when the other parameters, sheet text, contain the marker).
 */
export function holeIn(render: (value: string) => string): Hole | null {
  const a = render("\u0000").split("\u0000");
  const b = render("\u0001").split("\u0001");
  if (a.length !== 2 || b.length !== 2 || a[0] !== b[0] || a[1] !== b[1]) return null;
  return { before: a[0], after: a[1] };
}

/** `render`, filled by concatenation when the message can be cut around its parameter. */
export function withHole(render: (value: string) => string): (value: string) => string {
  const hole = holeIn(render);
  if (hole === null) return render;
  const { before, after } = hole;
  return (value) => before + value + after;
}

const SCRATCH = new Float64Array(1);
const SCRATCH_BITS = new Uint32Array(SCRATCH.buffer);

/**
 * A memo by number (or null). V8's `Map` hashes numbers that are not small integers slowly, and a
 * notice looks one up for every figure, so this is an open-addressing table over the numbers' bits.
 * NaN is never kept.
 */
export class NumberMemo<T> {
  private keys = new Float64Array(64);
  private values: (T | undefined)[] = new Array(64).fill(undefined);
  private taken = new Uint8Array(64);
  private count = 0;
  private ofNull: T | undefined;

  get(key: number | null): T | undefined {
    if (key === null) return this.ofNull;
    if (Number.isNaN(key)) return undefined;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let i = slot(key, mask); this.taken[i]; i = (i + 1) & mask) if (keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: number | null, value: T): void {
    if (key === null) {
      this.ofNull = value;
      return;
    }
    if (Number.isNaN(key)) return;
    if (2 * (this.count + 1) > this.keys.length) this.grow();
    const keys = this.keys;
    const mask = keys.length - 1;
    let i = slot(key, mask);
    while (this.taken[i] && keys[i] !== key) i = (i + 1) & mask;
    if (!this.taken[i]) {
      this.taken[i] = 1;
      keys[i] = key;
      this.count++;
    }
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values, taken } = this;
    const size = keys.length * 4;
    this.keys = new Float64Array(size);
    this.values = new Array(size).fill(undefined);
    this.taken = new Uint8Array(size);
    this.count = 0;
    for (let i = 0; i < keys.length; i++) if (taken[i]) this.set(keys[i], values[i] as T);
  }
}

function slot(key: number, mask: number): number {
  // 0 and -0 are one key (=== says so): both hash as 0.
  SCRATCH[0] = key === 0 ? 0 : key;
  const h = Math.imul(SCRATCH_BITS[0] ^ Math.imul(SCRATCH_BITS[1], 0x9e3779b1), 0x85ebca6b);
  return (h ^ (h >>> 15)) & mask;
}
