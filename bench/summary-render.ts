// Rendering the e-mails of a large province: the committee summary (HTML, text, PNG charts) and
// every notice and reminder, for N units × 40 indicators, on a synthetic model built in memory.
// Prints a table of median times; never asserts. Run by hand:
//   npx esbuild bench/summary-render.ts --bundle --platform=node --format=esm \
//     --outfile=bench-output/summary-render.mjs && node bench-output/summary-render.mjs [--units 3000] [--runs 5]
import { parseArgs } from "node:util";
import { toEml } from "../src/cli/eml";
import { parsePeriod } from "../src/core/periods";
import { buildReport } from "../src/core/report";
import { DEFAULT_SETTINGS, type Figure, type Indicator, type Model, type Unit } from "../src/core/schemas";
import { buildNotices, buildOutbox, buildReminders, buildSummary, renderSummary } from "../src/core/summary";

const { values } = parseArgs({
  options: { units: { type: "string", default: "3000" }, runs: { type: "string", default: "5" } },
});
const UNITS = Number(values.units);
const RUNS = Number(values.runs);
const INDICATORS = 40;
const GROUPS = 6;

/** mulberry32: a tiny deterministic PRNG returning floats in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticModel(n: number): Model {
  const rand = mulberry32(2023_06);
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    id: `U${String(i + 1).padStart(5, "0")}`,
    name: `Đơn vị hành chính số ${i + 1} — Ủy ban nhân dân xã Phước ${i + 1}`,
    group: `Nhóm ${(i % GROUPS) + 1}`,
    emails: [`vanthu.u${i + 1}@bench.example`],
    headEmails: [`chutich.u${i + 1}@bench.example`],
    active: true,
  }));
  // Per 8 indicators: 4 percents with a threshold, 2 yes/no, 1 count lower-is-better, 1 count without threshold.
  const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, i): Indicator => {
    const base = { id: `CT${i + 1}`, maxPoints: 10, pillar: `Trụ cột ${(i % 4) + 1}` };
    switch (i % 8) {
      case 4:
      case 5:
        return {
          ...base,
          name: `Triển khai nền tảng số ${i + 1}`,
          type: "boolean",
          scoring: "boolean",
          direction: "higher",
          target: null,
          threshold: 1,
          aggregation: "last",
        };
      case 6:
        return {
          ...base,
          name: `Số sự cố mất an toàn thông tin ${i + 1}`,
          type: "count",
          scoring: "minmax",
          direction: "lower",
          target: null,
          threshold: 3,
          aggregation: "sum",
        };
      case 7:
        return {
          ...base,
          name: `Số tin bài tuyên truyền ${i + 1}`,
          type: "count",
          scoring: "relative",
          direction: "higher",
          target: null,
          threshold: null,
          aggregation: "sum",
        };
      default:
        return {
          ...base,
          name: `Tỷ lệ văn bản điện tử được ký số ${i + 1}`,
          type: "percent",
          scoring: "target",
          direction: "higher",
          target: 0.9,
          threshold: 0.5,
          aggregation: "mean",
        };
    }
  });
  const value = (ind: Indicator): Figure => {
    if (ind.type === "boolean") return rand() > 0.08;
    if (ind.type === "count") return Math.floor(rand() * rand() * (ind.direction === "lower" ? 5 : 12));
    return Math.round((rand() < 0.08 ? rand() * 0.5 : 0.5 + rand() * 0.5) * 10000) / 10000;
  };
  const records: Model["records"] = [];
  for (const period of ["2023-05", "2023-06"]) {
    for (const u of units) {
      if (period === "2023-06" && rand() < 0.02) continue; // ~2 % do not report in June
      const values: Record<string, Figure> = {};
      for (const ind of indicators) values[ind.id] = value(ind);
      records.push({ period, unitId: u.id, values, note: "", enteredBy: u.emails[0], updatedAt: "" });
    }
  }
  return {
    units,
    indicators,
    records,
    settings: { ...DEFAULT_SETTINGS, committeeEmails: ["bancdcds@bench.example", "vanphong@bench.example"] },
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
function time<T>(fn: () => T): { ms: number; result: T } {
  let result!: T;
  const ms = median(
    Array.from({ length: RUNS }, () => {
      const t0 = performance.now();
      result = fn();
      return performance.now() - t0;
    }),
  );
  return { ms, result };
}

const model = syntheticModel(UNITS);
const period = parsePeriod("2023-06")!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const report = time(() => buildReport(model, period));
const r = report.result;
const summary = time(() => renderSummary(buildSummary(r, model.settings)));
const notices = time(() => buildNotices(r, model.units, model.settings));
const reminders = time(() => buildReminders(r, model.units, model.settings));
const outbox = time(() => buildOutbox({ report: r, units: model.units, settings: model.settings }));
const date = new Date(Date.UTC(2023, 6, 6, 1));
const eml = time(() => outbox.result.messages.map((m) => toEml(m, { date })));

const noticeSizes = notices.result.messages.map((m) => m.html.length);
const rows: [string, string, string][] = [
  [
    "buildReport (for reference)",
    report.ms.toFixed(1),
    `${r.laggardUnitCount} laggard units, ${r.notReported.length} not reported`,
  ],
  [
    "summary: model + HTML + text + charts",
    summary.ms.toFixed(1),
    `HTML ${kb(summary.result.html.length)}, text ${kb(summary.result.text.length)}, ${summary.result.inlineImages.length} PNG ${kb(summary.result.inlineImages.reduce((n, c) => n + c.bytes.length, 0))}`,
  ],
  [
    "notices (all laggard units)",
    notices.ms.toFixed(1),
    `${notices.result.messages.length} messages, HTML max ${kb(Math.max(...noticeSizes))}`,
  ],
  ["reminders", reminders.ms.toFixed(1), `${reminders.result.messages.length} messages`],
  ["whole outbox (summary + notices + reminders)", outbox.ms.toFixed(1), `${outbox.result.messages.length} messages`],
  ["CLI: .eml text of every message", eml.ms.toFixed(1), kb(eml.result.reduce((n, s) => n + s.length, 0))],
];
const w0 = Math.max(...rows.map((x) => x[0].length));
process.stdout.write(
  `Summary rendering: ${UNITS} units × ${INDICATORS} indicators, ${GROUPS} groups, median of ${RUNS} runs, Node ${process.version}\n\n`,
);
process.stdout.write(`${"step".padEnd(w0)}  ${"ms".padStart(8)}  output\n`);
for (const [step, ms, out] of rows) process.stdout.write(`${step.padEnd(w0)}  ${ms.padStart(8)}  ${out}\n`);
