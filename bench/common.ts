// Helpers shared by the benchmark's child-process tasks (bench/core-rank.ts, bench/xlsx-tasks.ts).
import { createHash } from "node:crypto";
import { type Period, parsePeriod } from "../src/core/periods";
import { formatProblem } from "../src/core/problems";
import type { ReadResult } from "../src/workbook/read";

/** The period every task ranks: the whole year, as `rank FILE --period 2023`. */
export const BENCH_PERIOD = "2023";
/** What the CLI passes to readWorkbook for .xlsx files (src/cli/load.ts). */
export const XLSX_TIME_ZONE = "UTC";

export const now = () => performance.now();
export const round1 = (x: number) => Math.round(x * 10) / 10;
export const mb = (bytes: number) => round1(bytes / 1048576);
/** Peak RSS of this process so far, in MB (`maxRSS` is in kilobytes). */
export const peakMb = () => round1(process.resourceUsage().maxRSS / 1024);

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

export function benchPeriod(): Period {
  const period = parsePeriod(BENCH_PERIOD);
  if (!period) throw new Error(`bad period ${BENCH_PERIOD}`);
  return period;
}

export function requireNoProblems(read: ReadResult): void {
  if (read.problems.length === 0) return;
  const shown = read.problems.slice(0, 5).map((p) => formatProblem(p, "en"));
  throw new Error(`the generated workbook has ${read.problems.length} problems:\n${shown.join("\n")}`);
}

/** A short hash of the `--json` text, to compare the CLI's output with the in-memory report. */
export function shortSha(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}

/** Prints the task's one JSON line, with the process's peak RSS and CPU time. */
export function emit(result: Record<string, unknown>): void {
  const ru = process.resourceUsage();
  process.stdout.write(
    `${JSON.stringify({
      ...result,
      maxRssMb: round1(ru.maxRSS / 1024),
      cpuMs: Math.round((ru.userCPUTime + ru.systemCPUTime) / 1000),
    })}\n`,
  );
}

/** Runs a task's main, turning a failure into a message on stderr and exit code 1. */
export async function main(name: string, task: () => void | Promise<void>): Promise<void> {
  try {
    await task();
  } catch (e) {
    process.stderr.write(`bench ${name}: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  }
}
