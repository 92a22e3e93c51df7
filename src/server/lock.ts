// One writer at a time (design §6): the document lock around a read-modify-write of the sheet.

const LOCK_WAIT_MS = 10_000;

/** Runs `write` holding the document lock; `busy()` when the lock cannot be had in time. */
export function withDocumentLock<T>(write: () => T, busy: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    return busy();
  }
  try {
    return write();
  } finally {
    try {
      lock.releaseLock();
    } catch {
      // Apps Script releases the lock when the execution ends: a failed release must not turn a
      // completed write into an error.
    }
  }
}
