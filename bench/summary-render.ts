// Rendering the e-mails of a province: the committee summary (HTML with a bar chart per group, and
// text) and every notice and reminder, for N units × 40 indicators, on a synthetic model built in
// memory. Target: the whole outbox for 150 units (the largest province) in under 100 ms; the
// 3,000-unit line is for information only.
// Prints median wall and CPU times of several runs and a PASS/FAIL line; never exits non-zero.
//   npm run bench:mail [-- --units 150,3000 --runs 9]
// CPU time is user + system of the whole process (GC helper threads included, so it can exceed
// wall time); on a shared machine it is the steadier figure.
import os from "node:os";
import { parseArgs } from "node:util";
import { toEml } from "../src/cli/eml";
import { parsePeriod } from "../src/core/periods";
import { buildReport, type Report } from "../src/core/report";
import { buildNotices, buildOutbox, buildReminders, buildSummary, renderSummary } from "../src/core/summary";
import { GROUPS, INDICATORS, syntheticModel } from "../test/core/summary-province";

const { values } = parseArgs({
  options: { units: { type: "string", default: "150,3000" }, runs: { type: "string", default: "9" } },
});
const SIZES = values.units.split(",").map(Number);
const RUNS = Number(values.runs);
const TARGET_UNITS = 150;
const TARGET_MS = 100;
/** The day the e-mails are written: the summary day, after the deadline. */
const TODAY = { year: 2023, month: 7, day: 6 };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

interface Timing {
  /** Median wall and CPU ms of the runs, and every run's wall ms. */
  wall: number;
  cpu: number;
  runs: number[];
  /** What the step produced, described from the last run's result (the result itself is dropped). */
  output: string;
}

/** Runs `fn` RUNS times; only the run under way holds its result, as one outbox at a time would. */
function time<T>(fn: () => T, describe: (result: T) => string, runs = RUNS): Timing {
  const wall: number[] = [];
  const cpu: number[] = [];
  let output = "";
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (i === runs - 1) output = describe(result);
  }
  return { wall: median(wall), cpu: median(cpu), runs: wall, output };
}

const period = parsePeriod("2023-06")!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (x: number) => x.toFixed(1);
const date = new Date(Date.UTC(2023, 6, 6, 1));
const out = (line = "") => process.stdout.write(`${line}\n`);

function measure(n: number): Timing {
  const model = syntheticModel(n);
  const r: Report = buildReport(model, period);
  const input = { report: r, units: model.units, settings: model.settings, today: TODAY };
  const rows: [string, Timing][] = [
    [
      "buildReport (for reference)",
      time(
        () => buildReport(model, period),
        (x) => `${x.laggardUnitCount} laggard units, ${x.notReported.length} not reported`,
      ),
    ],
    [
      "summary: model + HTML (bar charts) + text",
      time(
        () => renderSummary(buildSummary(r, model.settings)),
        (m) => `HTML ${kb(m.html.length)}, text ${kb(m.text.length)}`,
      ),
    ],
    [
      "notices (all laggard units)",
      time(
        () => buildNotices(r, model.units, model.settings),
        (p) => {
          const sizes = p.messages.map((m) => m.html.length);
          return `${p.messages.length} messages, HTML max ${kb(Math.max(0, ...sizes))}, all ${kb(sizes.reduce((a, b) => a + b, 0))}`;
        },
      ),
    ],
    [
      "reminders",
      time(
        () => buildReminders(r, model.units, model.settings, TODAY),
        (p) => `${p.messages.length} messages`,
      ),
    ],
  ];
  const outbox = time(
    () => buildOutbox(input),
    (o) => `${o.messages.length} messages`,
  );
  rows.push(["whole outbox (summary + notices + reminders)", outbox]);
  // What the CLI then does with an outbox, for reference: the .eml text of every message.
  rows.push([
    "CLI: outbox + .eml text of every message",
    time(
      () => buildOutbox(input).messages.map((m) => toEml(m, { date })),
      (texts) => kb(texts.reduce((k, x) => k + x.length, 0)),
      Math.min(RUNS, 3),
    ),
  ]);
  const w0 = Math.max(...rows.map((x) => x[0].length));
  out(`${n} units × ${INDICATORS} indicators, ${GROUPS} groups, median of ${RUNS} runs`);
  out(`${"step".padEnd(w0)}  ${"wall ms".padStart(8)}  ${"CPU ms".padStart(8)}  output`);
  for (const [step, t] of rows)
    out(`${step.padEnd(w0)}  ${ms(t.wall).padStart(8)}  ${ms(t.cpu).padStart(8)}  ${t.output}`);
  out(`whole outbox, every run (wall ms): ${outbox.runs.map((x) => x.toFixed(1)).join(", ")}`);
  out();
  return outbox;
}

const loadStart = os.loadavg()[0];
out(`Summary rendering, Node ${process.version}, ${os.cpus().length} CPU`);
out();
const results = SIZES.map((n) => [n, measure(n)] as const);
const loadEnd = os.loadavg()[0];
if (Math.max(loadStart, loadEnd) > os.cpus().length * 0.5)
  out(`load average ${loadStart.toFixed(1)} → ${loadEnd.toFixed(1)}: the machine was busy, wall times are noisy`);
for (const [n, t] of results) {
  const line = `whole outbox for ${n} units in ${ms(t.wall)} ms median wall (CPU ${ms(t.cpu)} ms)`;
  if (n === TARGET_UNITS) out(`${t.wall < TARGET_MS ? "PASS" : "FAIL"}: ${line}, target < ${TARGET_MS} ms`);
  else out(`info: ${line} (the target is set for ${TARGET_UNITS} units)`);
}
