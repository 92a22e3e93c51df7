// A problem a user can cause and fix: a message key with its parameters and, when known, the cell.
import { type MessageKey, type MessageParams, sentence, t } from "./messages";
import type { Language } from "./schemas";

export interface Problem {
  key: MessageKey;
  params: MessageParams;
  /** Sheet name as it appears in the workbook. */
  sheet?: string;
  /** A1 reference inside the sheet: `E7`, or a row range `1:1`. */
  cell?: string;
  /** 1-based row and column, when the problem is about one cell (for marking it). */
  row?: number;
  column?: number;
}

/** `Số liệu!E7: tỷ lệ 124% vượt quá 100%. …`, or the bare sentence when there is no cell. */
export function formatProblem(problem: Problem, lang: Language): string {
  const text = t(lang, problem.key, problem.params);
  // Written for people, as the design does (`Số liệu!E7`), without the quotes a formula would need.
  if (problem.sheet && problem.cell) return `${problem.sheet}!${problem.cell}: ${text}`;
  return sentence(text);
}

export class UserError extends Error {
  constructor(
    readonly problems: Problem[],
    readonly exitCode: 1 | 2 = 1,
    /** The workbook's language, when it is known. */
    readonly lang?: Language,
  ) {
    super(problems.map((p) => formatProblem(p, "en")).join("\n"));
    this.name = "UserError";
  }
}
