// Talking to the user: alerts, prompts and toasts when a UI exists (not in time-driven triggers).
import { t } from "../core/messages";
import { formatProblem, type Problem } from "../core/problems";
import type { Language } from "../core/schemas";
import type { Spreadsheet } from "./spreadsheet";

/** The UI, or null where there is none (a time-driven trigger, a test calling with arguments). */
export function maybeUi(): GoogleAppsScript.Base.Ui | null {
  try {
    return SpreadsheetApp.getUi();
  } catch {
    return null;
  }
}

export function alert(title: string, text: string): void {
  const ui = maybeUi();
  if (ui) ui.alert(title, text, ui.ButtonSet.OK);
}

/** A courtesy: its failure must never turn a completed action into an error. */
export function toast(ss: Spreadsheet, text: string, title = "DX Scorecard", seconds = 5): void {
  try {
    ss.toast(text, title, seconds);
  } catch {
    // The action's result is also returned (and alerted on failure); a lost toast loses nothing.
  }
}

/** The first problems as lines, for an alert; the count of the rest. */
export function problemLines(problems: Problem[], lang: Language, limit = 10): string {
  const lines = problems.slice(0, limit).map((p) => `• ${formatProblem(p, lang)}`);
  if (problems.length > limit) lines.push(t(lang, "moreProblems", { count: problems.length - limit }));
  return lines.join("\n");
}
