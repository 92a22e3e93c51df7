// Talking to the user: alerts, prompts and toasts when a UI exists (not in time-driven triggers).
import { periodLabel } from "../core/labels";
import { type MessageKey, t } from "../core/messages";
import { formatPeriod, type Period } from "../core/periods";
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

/**
 * Asks for a period, the prompt naming the default (`fallback`), which a blank answer takes; null
 * when the user cancels. Without a UI the default is the answer, or null when `needsUi`.
 */
export function askPeriod(
  lang: Language,
  title: MessageKey,
  prompt: MessageKey,
  fallback: Period,
  needsUi = false,
): string | null {
  const ui = maybeUi();
  if (!ui) return needsUi ? null : formatPeriod(fallback);
  const response = ui.prompt(
    t(lang, title),
    t(lang, prompt, { default: periodLabel(fallback, lang) }),
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return null;
  return response.getResponseText().trim() || formatPeriod(fallback);
}
