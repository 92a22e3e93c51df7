// Tasks (c0) and (c) of the benchmark, on in-memory data: no .xlsx file and no ExcelJS in this
// process. Bundled by bench/run.mjs into bench-output/core-rank.mjs.
//
//   core-rank.mjs <N> <runs> [index]
//
// Builds the synthetic province's grids (untimed), times `readWorkbook` on them three times (c0)
// and `buildReport(model, 2023)` `runs` times after one cold run (c), and prints one JSON line.
// With `index`, the province is ranked on its annual index (bench/index-province.ts): 12 months
// and the year's row, pillars → main indexes → indicators, per-group values, 10 ratios (c9).
import { buildReport, reportToJson } from "../src/core/report";
import type { Grid } from "../src/workbook/contract";
import { type ReadResult, readWorkbook } from "../src/workbook/read";
import {
  benchPeriod,
  emit,
  main,
  median,
  now,
  peakMb,
  requireNoProblems,
  round1,
  shortSha,
  XLSX_TIME_ZONE,
} from "./common";
import { benchIndexProvince } from "./index-province";
import { benchGrids, benchProvince } from "./province";

await main("core-rank", () => {
  const n = Number(process.argv[2]);
  const runs = Number(process.argv[3] ?? 5);
  const index = process.argv[4] === "index";
  const t0 = now();
  const sheets: Record<string, Grid> = benchGrids(index ? benchIndexProvince(n) : benchProvince(n));
  const gridsMs = now() - t0;
  const afterGridsMb = peakMb();

  // (c0) once, cold; then (c); then (c0) twice more, so that the peak RSS measured after (c) holds
  // the grids, one model and the reports, not the garbage of several reads.
  const readMs: number[] = [];
  const timedRead = (): ReadResult => {
    const t = now();
    const r = readWorkbook({ sheets, timeZone: XLSX_TIME_ZONE });
    readMs.push(now() - t);
    return r;
  };
  const read = timedRead();
  const afterReadMb = peakMb();
  requireNoProblems(read);
  const model = read.model;
  const period = benchPeriod();

  const rankMs: number[] = [];
  const tw = now();
  let report = buildReport(model, period);
  const warmUpMs = now() - tw;
  // CPU time too: on a shared machine a run waits for the processor, and only the wall time shows it.
  const rankCpuMs: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = now();
    const cpu = process.cpuUsage();
    report = buildReport(model, period);
    rankMs.push(now() - t);
    const used = process.cpuUsage(cpu);
    rankCpuMs.push((used.user + used.system) / 1000);
  }
  const afterRankMb = peakMb();
  for (let k = 0; k < 2; k++) timedRead();

  const t = now();
  const json = `${JSON.stringify(reportToJson(report), null, 2)}\n`;
  const jsonMs = now() - t;
  const indicators = model.indicators;
  emit({
    task: index ? "core-index" : "core",
    n,
    gridsMs: Math.round(gridsMs),
    readWorkbookMs: readMs.map(round1),
    readWorkbookMedianMs: round1(median(readMs)),
    buildReportWarmUpMs: round1(warmUpMs),
    buildReportMs: rankMs.map(round1),
    buildReportMedianMs: round1(median(rankMs)),
    // On a shared machine other work only adds time: the fastest run is the steadiest figure.
    buildReportMinMs: round1(Math.min(...rankMs)),
    buildReportCpuMedianMs: round1(median(rankCpuMs)),
    jsonMs: round1(jsonMs),
    afterGridsMb,
    afterReadMb,
    afterRankMb,
    records: model.records.length,
    units: model.units.length,
    indicators: indicators.length,
    ratios: indicators.filter((i) => i.type === "ratio").length,
    yearly: indicators.filter((i) => i.frequency === "year").length,
    perGroup: indicators.filter((i) => i.byGroup !== null).length,
    someGroups: indicators.filter((i) => i.groups !== null).length,
    pillars: report.pillars.length,
    mainIndexes: report.mainIndexes.length,
    maxPointsByGroup: Object.fromEntries(report.groups.map((g) => [g.group, g.ranking[0]?.maxPoints ?? null])),
    jsonBytes: Buffer.byteLength(json),
    jsonSha: shortSha(json),
  });
});
