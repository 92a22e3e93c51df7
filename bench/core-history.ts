// (g) The follow-up and the year at a glance in the core (design §13) for a large province: the
// synthetic province of bench/province.ts (N units × 40 indicators × 12 months of 2023), ranked for
// December with the follow-up of November's laggards (buildReport), and its trends and punctuality
// over the 12 months (buildHistory: the records bucketed once, each month scored on its bucket).
// For comparison, the naive way: buildReport from scratch for each of the 12 months; its scores and
// ranks are checked against the trends'. Prints a table with the median of several runs, the heap
// each result holds, and PASS/FAIL against the 1 s budget (exit code 1 on a FAIL).
// Bundled by bench/run.mjs into bench-output/core-history.mjs (`node bench/run.mjs --only-history`).
//
//   core-history.mjs [--units 5000] [--runs 5]
import { parseArgs } from "node:util";
import { buildHistory, type History } from "../src/core/history";
import { monthKey, parsePeriod } from "../src/core/periods";
import { buildReport, type Report } from "../src/core/report";
import { readWorkbook } from "../src/workbook/read";
import { median, now, peakMb, requireNoProblems, round1, XLSX_TIME_ZONE } from "./common";
import { BENCH_YEAR, benchGrids, benchProvince } from "./province";

const { values: opts } = parseArgs({
  options: { units: { type: "string", default: "5000" }, runs: { type: "string", default: "5" } },
});
const UNITS = Number(opts.units);
const RUNS = Number(opts.runs);
const BUDGET_MS = 1000;

const log = (s = "") => process.stdout.write(`${s}\n`);
const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const heapMb = () => {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

interface Timed<T> {
  result: T;
  ms: number[];
  /** CPU time of each run: steadier than the wall on a shared machine. */
  cpuMs: number[];
  /** Heap held once the result stands (after a GC when node runs with --expose-gc), less before. */
  heldMb: number;
}

function timed<T>(fn: () => T): Timed<T> {
  fn(); // warm up
  const ms: number[] = [];
  const cpuMs: number[] = [];
  let result = fn();
  for (let k = 0; k < RUNS; k++) {
    result = undefined as T;
    const before = heapMb();
    const t = now();
    const cpu = process.cpuUsage();
    result = fn();
    ms.push(now() - t);
    const used = process.cpuUsage(cpu);
    cpuMs.push((used.user + used.system) / 1000);
    if (k === RUNS - 1) return { result, ms, cpuMs, heldMb: heapMb() - before };
  }
  return { result, ms, cpuMs, heldMb: 0 };
}

const t0 = now();
const grids = benchGrids(benchProvince(UNITS));
const read = readWorkbook({ sheets: grids, timeZone: XLSX_TIME_ZONE });
requireNoProblems(read);
const model = read.model;
const setupMs = now() - t0;
const december = parsePeriod(`${BENCH_YEAR}-12`)!;
const today = { year: BENCH_YEAR + 1, month: 1, day: 15 };

const report = timed(() => buildReport(model, december));
const history = timed(() => buildHistory(model, december, { timeZone: XLSX_TIME_ZONE, today }));
const months = Array.from({ length: 12 }, (_, i) => parsePeriod(monthKey(BENCH_YEAR, i + 1))!);
const naive = timed(() => months.map((m) => buildReport(model, m)));

/** The trends' scores and ranks against 12 reports of one month each: the same, or the first difference. */
function compare(h: History, reports: Report[]): string | null {
  for (const r of reports) {
    const byUnit = new Map(r.groups.flatMap((g) => g.ranking).map((u) => [u.unit.id, u]));
    const month = h.trends.months.indexOf(r.periodKey as (typeof h.trends.months)[number]);
    for (const u of h.trends.units) {
      const p = u.points[month];
      const v = byUnit.get(u.unitId);
      if (!p || !v || p.score !== v.roundedScore || p.rank !== v.rank)
        return `${r.periodKey} ${u.unitId}: trend ${p?.score}/${p?.rank}, report ${v?.roundedScore}/${v?.rank}`;
    }
  }
  return null;
}
const difference = compare(history.result, naive.result);

const fu = report.result.followUp;
const med = (t: Timed<unknown>) => median(t.ms);
const cpu = (t: Timed<unknown>) => fmt(median(t.cpuMs), 1);
const total = med(report) + med(history);
log();
log(
  `(g) Follow-up, trends and punctuality in the core: ${fmt(UNITS)} units × ${model.indicators.length} indicators × 12 months ` +
    `(${fmt(model.records.length)} rows; built and read in ${fmt(setupMs)} ms, untimed), median of ${RUNS} runs after a warm-up`,
);
const rows = [
  ["step", "median ms", "CPU ms", "runs ms", "heap held MB", "what"],
  [
    "buildReport(2023-12) with follow-up",
    fmt(med(report), 1),
    cpu(report),
    report.ms.map((x) => fmt(x)).join(", "),
    fmt(report.heldMb, 1),
    fu
      ? `${fmt(fu.entries.length)} of November's unit × indicator laggards: ${fmt(fu.counts.fixed)} fixed, ` +
        `${fmt(fu.counts.improved)} improved, ${fmt(fu.counts.notFixed)} not fixed, ${fmt(fu.counts.notReported)} not reported`
      : "no follow-up",
  ],
  [
    "buildHistory(2023-12): trends + punctuality",
    fmt(med(history), 1),
    cpu(history),
    history.ms.map((x) => fmt(x)).join(", "),
    fmt(history.heldMb, 1),
    `${history.result.trends.months.length} months × ${fmt(history.result.trends.units.length)} active units`,
  ],
  [
    "  the two together",
    fmt(total, 1),
    fmt(median(report.cpuMs) + median(history.cpuMs), 1),
    "",
    "",
    `budget ${fmt(BUDGET_MS)} ms`,
  ],
  [
    "naive: buildReport × 12 months",
    fmt(med(naive), 1),
    cpu(naive),
    naive.ms.map((x) => fmt(x)).join(", "),
    fmt(naive.heldMb, 1),
    `×${fmt(med(naive) / med(history), 1)} buildHistory's time; scores and ranks ${difference === null ? "equal the trends'" : `DIFFER: ${difference}`}`,
  ],
];
const widths = rows[0].map((_, j) => Math.max(...rows.map((r) => r[j].length)));
for (const [i, r] of rows.entries()) {
  log(`  ${r.map((c, j) => (j === 0 || j === 5 ? c.padEnd(widths[j]) : c.padStart(widths[j]))).join("  ")}`.trimEnd());
  if (i === 0) log(`  ${widths.map((w) => "-".repeat(w)).join("  ")}`);
}
log(
  `  peak RSS of this process ${fmt(peakMb())} MB; heap held ${globalThis.gc ? "after a GC" : "without --expose-gc (rough)"}`,
);
const ok = total < BUDGET_MS;
log(
  `${ok ? "PASS" : "FAIL"}  (g) buildReport with follow-up + buildHistory at N=${fmt(UNITS)}: ${fmt(round1(total), 1)} ms < ${fmt(BUDGET_MS)} ms`,
);
log(`${difference === null ? "PASS" : "FAIL"}  (g) the trends equal 12 rankings of one month each`);
if (!ok || difference !== null) process.exitCode = 1;
