// Records every call made on a fake Apps Script service, so tests can assert batching
// ("reads the sheet with one getValues") as a property of the code, not a hope.

export interface CallEntry {
  /** `Interface.method`, named after the real Apps Script interface: `Range.getValues`. */
  readonly name: string;
  readonly args: readonly unknown[];
}

/** A fault to inject: the `at`-th call (1-based, counted from when it is set) matching `method` throws. */
export interface Fault {
  /** `Interface.method` (`Range.setValues`), a pattern over those names, or undefined for any call. */
  method?: string | RegExp;
  at: number;
  /** The error's text; Apps Script's own wording for a passing service failure by default. */
  message?: string;
}

export const SERVICE_FAILED_MESSAGE = "Service Spreadsheets failed while accessing document with id fake.";

export class CallLog {
  private readonly entries: CallEntry[] = [];
  private fault: (Fault & { seen: number }) | null = null;

  /**
   * Records a call, then throws if it is the injected fault's call: the call is logged but has no
   * effect, as when a service fails before doing anything. The fault fires once.
   */
  record(name: string, args: readonly unknown[] = []): string | null {
    this.entries.push({ name, args: [...args] });
    const f = this.fault;
    if (!f) return null;
    const matches = f.method === undefined || (typeof f.method === "string" ? f.method === name : f.method.test(name));
    if (!matches || ++f.seen < f.at) return null;
    this.fault = null;
    return f.message ?? SERVICE_FAILED_MESSAGE;
  }

  /** From now on, the `at`-th matching call throws (once). */
  injectFault(fault: Fault): void {
    this.fault = { ...fault, seen: 0 };
  }

  /** Whether an injected fault is still waiting to fire. */
  faultPending(): boolean {
    return this.fault !== null;
  }

  clearFault(): void {
    this.fault = null;
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
