// The review queue (design §10) through the real dist/Code.js and the fakes of test/fakes/: the
// service calls of getReviewQueue, its payload size (the JSON google.script.run carries) and its
// wall time (of the fakes: JS cost only, no network), then one decision's calls. Bundled by
// bench/run.mjs into bench-output/review-queue.mjs (`npm run bench`, or `node bench/run.mjs
// --only-addon` with the add-on's other calls).
//
//   review-queue.mjs [--sizes 150,3000]
//
// For each N: the synthetic province of bench/province.ts cut to 30 indicators, June 2023 as the
// period, three cases of `Thẩm định`: none, a 60-character link of evidence on every figure, and
// that plus a decision with a reason on every third figure. Prints figures; asserts nothing on
// time; the exit code is 1 only when the queue is refused or its payload reaches 1 MB at N ≤ 150.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import vm from "node:vm";
import type { ReviewQueue, ReviewResult } from "../src/core/review-api";
import { type Grid, SETTING_KEYS, SHEETS } from "../src/workbook/contract";
import { freezeClock, VALUE_CALLS } from "../test/bundle/harness";
import { createFakeServices } from "../test/fakes";
import { now } from "./common";
import { BENCH_YEAR, benchGrids, benchProvince } from "./province";

const ROOT = path.resolve(path.dirname(process.argv[1] ?? "."), "..");
const CODE = path.join(ROOT, "dist/Code.js");
const ADMIN = "admin.bench@bench.example";
const JUNE = `${BENCH_YEAR}-06`;
const INDICATORS = 30;
const MB = 1024 * 1024;

const log = (s = "") => process.stdout.write(`${s}\n`);
const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

/** The province's grids with its first 30 indicators only, and the bench admin in `Email quản trị`. */
function grids(n: number): Record<string, Grid> {
  const g = benchGrids(benchProvince(n));
  const ind = g[SHEETS.indicators.name];
  const kept = ind.slice(0, INDICATORS + 1);
  const dropped = new Set(ind.slice(INDICATORS + 1).map((r) => String(r[0])));
  const data = g[SHEETS.data.name];
  const keep = data[0].map((h, j) => (dropped.has(String(h)) ? -1 : j)).filter((j) => j >= 0);
  const settings = g[SHEETS.settings.name].map((r) =>
    r[0] === SETTING_KEYS.adminEmails.name ? [r[0], ADMIN, ...r.slice(2)] : r,
  );
  if (!settings.some((r) => r[0] === SETTING_KEYS.adminEmails.name))
    settings.push([SETTING_KEYS.adminEmails.name, ADMIN]);
  return {
    ...g,
    [SHEETS.indicators.name]: kept,
    [SHEETS.data.name]: data.map((r) => keep.map((j) => r[j] ?? "")),
    [SHEETS.settings.name]: settings,
  };
}

/** `Thẩm định` rows for June: a link on every figure; with `decide`, a decision on every third. */
function reviewGrid(g: Record<string, Grid>, decide: boolean): Grid {
  const data = g[SHEETS.data.name];
  const ids = g[SHEETS.indicators.name].slice(1).map((r) => String(r[0]));
  const header = data[0].map(String);
  const rows: Grid = [
    [
      "Kỳ",
      "Mã đơn vị",
      "Mã chỉ tiêu",
      "Minh chứng",
      "Giá trị thẩm định",
      "Trạng thái",
      "Lý do",
      "Người thẩm định",
      "Thẩm định lúc",
      "Giá trị tự đánh giá",
    ],
  ];
  let k = 0;
  for (const r of data.slice(1)) {
    const period = r[0] instanceof Date ? r[0].toISOString().slice(0, 7) : String(r[0]);
    if (period !== JUNE) continue;
    for (const id of ids) {
      const v = r[header.indexOf(id)];
      if (v === "" || v === null || v === undefined) continue;
      const link = `https://vanban.bench.example/${r[1]}/${id}/qd-${String(k).padStart(5, "0")}.pdf`;
      const decided = decide && k % 3 === 0;
      rows.push([
        JUNE,
        r[1],
        id,
        link,
        "",
        decided ? "cần bổ sung" : "",
        decided ? "Vui lòng bổ sung quyết định ban hành có chữ ký số." : "",
        decided ? ADMIN : "",
        "",
        "",
      ]);
      k++;
    }
  }
  return rows;
}

function measure(code: string, g: Record<string, Grid>, review: Grid | null) {
  const fakes = createFakeServices({ activeUser: ADMIN });
  const context = vm.createContext({ ...fakes.globals });
  fakes.useRealmOf(context);
  vm.runInContext(code, context, { filename: "Code.js" });
  freezeClock(context, `${BENCH_YEAR}-07-03T02:00:00Z`);
  for (const [name, grid] of Object.entries(g)) fakes.ss.loadGrid(name, grid);
  if (review) fakes.ss.loadGrid(SHEETS.review.name, review);
  const call = <T>(name: string, ...args: unknown[]) =>
    (context as unknown as Record<string, (...a: unknown[]) => T>)[name](...args);
  fakes.calls.reset();
  const t0 = now();
  const q = call<ReviewQueue>("getReviewQueue", { period: JUNE });
  const ms = now() - t0;
  if (!q.ok) throw new Error(`the queue was refused: ${JSON.stringify(q)}`);
  const calls = fakes.calls.count();
  const valueCalls = fakes.calls.countMatching(VALUE_CALLS);
  const bytes = Buffer.byteLength(JSON.stringify(q), "utf8");
  // One decision on the first pending item.
  const it = q.items.find((x) => !x.status && x.self)!;
  fakes.calls.reset();
  const t1 = now();
  const r = call<ReviewResult>("submitReview", {
    period: JUNE,
    unitId: q.units[it.u].id,
    indicatorId: q.indicators[it.i].id,
    action: "accept",
    expected: it.canon ?? it.self,
    expectedStatus: "pending",
  });
  const decisionMs = now() - t1;
  if (!r.ok) throw new Error(`the decision was refused: ${r.message}`);
  return {
    items: q.items.length,
    units: q.units.length,
    calls,
    valueCalls,
    bytes,
    ms,
    decisionCalls: fakes.calls.count(),
    decisionValueCalls: fakes.calls.countMatching(VALUE_CALLS),
    decisionMs,
  };
}

const { values: opts } = parseArgs({ options: { sizes: { type: "string", default: "150,3000" } } });
const sizes = opts.sizes.split(",").map((s) => Number(s.trim()));
if (!existsSync(CODE)) throw new Error("dist/Code.js is missing: run `npm run build` first");
const code = readFileSync(CODE, "utf8");

log(`Review queue (getReviewQueue, June ${BENCH_YEAR}, ${INDICATORS} indicators) through dist/Code.js and the fakes:`);
log(
  `  ${"units".padStart(6)}  ${"Thẩm định".padEnd(26)} ${"items".padStart(7)} ${"calls".padStart(5)} ${"values".padStart(6)} ${"payload".padStart(11)} ${"queue ms".padStart(9)}   decision: calls, values, ms`,
);
let failed = false;
for (const n of sizes) {
  const g = grids(n);
  for (const [label, review] of [
    ["none", null],
    ["a link on every figure", reviewGrid(g, false)],
    ["+ a decision on every 3rd", reviewGrid(g, true)],
  ] as const) {
    const m = measure(code, g, review);
    const over = m.bytes >= MB;
    // The budget is for the issue's size (150 units); a larger province is printed for information.
    if (over && n <= 150) failed = true;
    log(
      `  ${fmt(n).padStart(6)}  ${label.padEnd(26)} ${fmt(m.items).padStart(7)} ${fmt(m.calls).padStart(5)} ${fmt(m.valueCalls).padStart(6)} ${`${fmt(m.bytes / 1024, 1)} KB`.padStart(11)} ${fmt(m.ms).padStart(9)}   ${m.decisionCalls}, ${m.decisionValueCalls}, ${fmt(m.decisionMs)}${over ? "  OVER 1 MB" : ""}`,
    );
  }
}
log(
  failed
    ? "review queue payload: FAIL (≥ 1 MB)"
    : "review queue payload: PASS (< 1 MB at 150 units × 30 indicators; larger provinces printed for information)",
);
if (failed) process.exitCode = 1;
