// LockService: document, script and user locks, with a knob that simulates another execution
// holding the lock, so tests can check what the code does when it cannot get it.

import { Counted, type FakeEnv } from "./env";
import { asReal } from "./real-types";

type GLock = GoogleAppsScript.Lock.Lock;

export type LockKind = "document" | "script" | "user";

export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

export interface LockAttempt {
  kind: LockKind;
  method: "waitLock" | "tryLock";
  timeoutMs: number;
  acquired: boolean;
}

export class FakeLock extends Counted implements Pick<GLock, "hasLock" | "releaseLock" | "tryLock" | "waitLock"> {
  private held = false;

  constructor(
    env: FakeEnv,
    readonly kind: LockKind,
    private readonly service: FakeLockService,
  ) {
    super(env, "Lock");
  }

  private acquire(method: "waitLock" | "tryLock", timeoutMs: number): boolean {
    const acquired = this.held || this.service.takeTurn();
    this.service.attempts.push({ kind: this.kind, method, timeoutMs, acquired });
    if (acquired && !this.held) {
      this.held = true;
      this.service.held.add(this);
    }
    return acquired;
  }

  waitLock(timeoutInMillis: number): void {
    this.track("waitLock", timeoutInMillis);
    if (!this.acquire("waitLock", timeoutInMillis)) throw this.fail(LOCK_TIMEOUT_MESSAGE);
  }

  tryLock(timeoutInMillis: number): boolean {
    this.track("tryLock", timeoutInMillis);
    return this.acquire("tryLock", timeoutInMillis);
  }

  releaseLock(): void {
    this.track("releaseLock");
    this.held = false;
    this.service.held.delete(this);
  }

  hasLock(): boolean {
    this.track("hasLock");
    return this.held;
  }
}

export class FakeLockService
  extends Counted
  implements Pick<GoogleAppsScript.Lock.LockService, "getDocumentLock" | "getScriptLock" | "getUserLock">
{
  /** Every waitLock/tryLock, in order, with whether it got the lock. */
  readonly attempts: LockAttempt[] = [];
  /** Locks currently held; empty after the code under test released everything. */
  readonly held = new Set<FakeLock>();
  private contention = 0;

  constructor(env: FakeEnv) {
    super(env, "LockService");
  }

  /** Test knob: the next `n` acquisitions fail (tryLock → false, waitLock throws the timeout). */
  simulateContention(n = 1): void {
    this.contention = n;
  }

  /** Consumes one simulated contention; true when the lock is free. */
  takeTurn(): boolean {
    if (this.contention > 0) {
      this.contention--;
      return false;
    }
    return true;
  }

  /** True while any lock is held. */
  isHeld(): boolean {
    return this.held.size > 0;
  }

  getDocumentLock(): GLock {
    this.track("getDocumentLock");
    return asReal<GLock>(new FakeLock(this.env, "document", this));
  }

  getScriptLock(): GLock {
    this.track("getScriptLock");
    return asReal<GLock>(new FakeLock(this.env, "script", this));
  }

  getUserLock(): GLock {
    this.track("getUserLock");
    return asReal<GLock>(new FakeLock(this.env, "user", this));
  }
}
