// The environment every fake shares: one call log and one realm. `Counted` is the base of every
// fake object whose methods stand for real Apps Script methods.

import type { CallLog } from "./calls";
import type { Realm } from "./realm";

export interface FakeEnv {
  readonly calls: CallLog;
  readonly realm: Realm;
}

export abstract class Counted {
  protected constructor(
    protected readonly env: FakeEnv,
    /** The real interface name used in call names, e.g. `Range`. */
    private readonly interfaceName: string,
  ) {}

  /** Records a call to a real API method; test-only accessors never call this. */
  protected track(method: string, ...args: unknown[]): void {
    const fault = this.env.calls.record(`${this.interfaceName}.${method}`, args);
    if (fault !== null) throw this.fail(fault);
  }

  protected fail(message: string): Error {
    return this.env.realm.error(message);
  }
}
