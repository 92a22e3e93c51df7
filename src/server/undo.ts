// All or nothing across several sheet writes: each write leaves how to put it back, and a failure
// further on puts back what was written, latest first.

/**
 * Runs the undos, latest first. A second failure in a row is swallowed: what was written then
 * stands, and Sheets' version history keeps what was there; the first failure is what the caller throws.
 */
export function putBack(undo: readonly (() => void)[]): void {
  for (const u of [...undo].reverse()) {
    try {
      u();
    } catch {
      // See above.
    }
  }
}
