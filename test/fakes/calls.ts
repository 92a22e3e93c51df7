// Records every call made on a fake Apps Script service, so tests can assert batching
// ("reads the sheet with one getValues") as a property of the code, not a hope.

export interface CallEntry {
  /** `Interface.method`, named after the real Apps Script interface: `Range.getValues`. */
  readonly name: string;
  readonly args: readonly unknown[];
}

export class CallLog {
  private readonly entries: CallEntry[] = [];

  record(name: string, args: readonly unknown[] = []): void {
    this.entries.push({ name, args: [...args] });
  }

  /** How many calls were made, in all or to one `Interface.method`. */
  count(name?: string): number {
    if (name === undefined) return this.entries.length;
    let n = 0;
    for (const e of this.entries) if (e.name === name) n++;
    return n;
  }

  /** How many calls have a name matching the pattern, e.g. `/^Range\.set/`. */
  countMatching(pattern: RegExp): number {
    let n = 0;
    for (const e of this.entries) if (e.name.search(pattern) !== -1) n++;
    return n;
  }

  /** The names of all calls, in order. */
  list(): string[] {
    return this.entries.map((e) => e.name);
  }

  /** All calls with their arguments, in order (arguments are the live objects passed). */
  details(): readonly CallEntry[] {
    return [...this.entries];
  }

  byName(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const e of this.entries) out[e.name] = (out[e.name] ?? 0) + 1;
    return out;
  }

  reset(): void {
    this.entries.length = 0;
  }
}
