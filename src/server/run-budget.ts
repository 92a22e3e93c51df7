// Apps Script ends a run at 6 minutes, wherever it is. Sending stops well before, so that what went
// out is recorded, and a follow-up trigger a few minutes later sends the rest.

export const RUN_BUDGET_MS = 4.5 * 60 * 1000;

/** When a run started now must stop starting new work. */
export function deadlineFromNow(budgetMs = RUN_BUDGET_MS): number {
  return Date.now() + budgetMs;
}

export function pastDeadline(deadline: number): boolean {
  return Date.now() > deadline;
}
