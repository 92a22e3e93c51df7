// The record of messages sent, in document properties (see src/core/sent-log.ts): read once per
// run, written right after each message goes out. `Nhật ký` still shows the sends to people, but
// nothing done to that sheet can make a message go out twice.
import { SentLog } from "../core/sent-log";

/** Set once the keys the old code logged in `Nhật ký` have been copied here. */
const MIGRATED = "dxScorecard.sentMigrated";
/** A service failure is usually passing: a write is tried this many times before giving up. */
const ATTEMPTS = 3;

type Properties = GoogleAppsScript.Properties.Properties;

export function retried<T>(write: () => T): T {
  for (let attempt = 1; ; attempt++) {
    try {
      return write();
    } catch (e) {
      if (attempt >= ATTEMPTS) throw e;
      Utilities.sleep(250 * attempt);
    }
  }
}

export class SentStore {
  private constructor(
    private readonly props: Properties,
    private readonly log: SentLog,
    readonly migrated: boolean,
  ) {}

  static open(): SentStore {
    const props = PropertiesService.getDocumentProperties();
    const all = props.getProperties();
    return new SentStore(props, new SentLog(all), all[MIGRATED] === "1");
  }

  has(key: string): boolean {
    return this.log.has(key);
  }

  /** Records one message as sent: one property write, retried on a passing failure. */
  record(key: string): void {
    const write = this.log.add(key);
    if (write) retried(() => this.props.setProperty(write.name, write.value));
  }

  /** Copies the keys the old code logged in `Nhật ký`, once; then that sheet is never read for it. */
  migrate(legacy: Iterable<string>): void {
    if (this.migrated) return;
    const writes = new Map<string, string>();
    for (const key of legacy) {
      const w = this.log.add(key);
      if (w) writes.set(w.name, w.value);
    }
    writes.set(MIGRATED, "1");
    retried(() => this.props.setProperties(Object.fromEntries(writes)));
  }

  /** Forgets all but the last few periods, so the store stays bounded. */
  prune(current: string): void {
    for (const name of this.log.stale(current)) retried(() => this.props.deleteProperty(name));
  }
}
