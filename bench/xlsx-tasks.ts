// The benchmark's tasks that touch .xlsx files, bundled by bench/run.mjs into
// bench-output/xlsx-tasks.mjs. Each run does one task in a fresh process and prints one JSON line.
//
//   xlsx-tasks.mjs gen <N> <file.xlsx> [index]   writes the synthetic province with ExcelJS's streaming
//                                                writer; with `index`, ranked on its annual index
//   xlsx-tasks.mjs phases <file.xlsx>    the CLI's `rank --json` pipeline phase by phase, timed
import { rename } from "node:fs/promises";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/cli/xlsx-reader";
import { buildReport, reportToJson } from "../src/core/report";
import { type Cell, SHEETS } from "../src/workbook/contract";
import { readWorkbook } from "../src/workbook/read";
import { benchPeriod, emit, main, mb, now, requireNoProblems, round1, shortSha, XLSX_TIME_ZONE } from "./common";
import { benchIndexProvince } from "./index-province";
import { benchProvince } from "./province";

// --- gen ----------------------------------------------------------------------------------------

type StreamWorkbook = ExcelJS.stream.xlsx.WorkbookWriter;

function writeSheet(
  wb: StreamWorkbook,
  name: string,
  rows: Iterable<Cell[]>,
  opts: { widths: number[]; columnFormats?: Record<number, string>; cellFormats?: [number, number, string][] },
): number {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  opts.widths.forEach((w, j) => {
    ws.getColumn(j + 1).width = w;
  });
  for (const [j, fmt] of Object.entries(opts.columnFormats ?? {})) ws.getColumn(Number(j) + 1).numFmt = fmt;
  const cellFormats = new Map<string, string>();
  for (const [r, c, fmt] of opts.cellFormats ?? []) cellFormats.set(`${r}:${c}`, fmt);
  let index = 0;
  for (const values of rows) {
    const row = ws.addRow(values.map((v) => (v === "" ? null : v)));
    if (index === 0) row.font = { bold: true };
    for (let c = 0; c < values.length; c++) {
      const fmt = cellFormats.get(`${index}:${c}`);
      if (fmt) row.getCell(c + 1).numFmt = fmt;
    }
    row.commit();
    index++;
  }
  ws.commit();
  return index;
}

async function gen(n: number, file: string, index: boolean): Promise<void> {
  const t0 = now();
  const p = index ? benchIndexProvince(n) : benchProvince(n);
  const tmp = `${file}.tmp-${process.pid}`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: tmp, useStyles: true, useSharedStrings: true });
  const pct = "0.00%";
  writeSheet(wb, SHEETS.units.name, p.unitsGrid, { widths: [10, 32, 18, 40, 32, 10] });
  writeSheet(wb, SHEETS.indicators.name, p.indicatorsGrid, {
    widths: [10, 50, 12, 16, 18, 10, 10, 14, 12, 16],
    cellFormats: p.indicators.flatMap((ind, i): [number, number, string][] => [
      ...(ind.percentTargetCell ? [[i + 1, 6, pct] as [number, number, string]] : []),
      ...(ind.percentThresholdCell ? [[i + 1, 7, pct] as [number, number, string]] : []),
    ]),
  });
  const columnFormats: Record<number, string> = { [p.dataDateColumn]: "yyyy-mm-dd hh:mm:ss" };
  for (const j of p.dataPercentColumns) columnFormats[j] = pct;
  function* data(): Generator<Cell[]> {
    yield p.dataHeader;
    yield* p.dataRows();
  }
  const rows = writeSheet(wb, SHEETS.data.name, data(), {
    widths: p.dataHeader.map((_, j) => (j < 2 ? 10 : j >= p.dataHeader.length - 3 ? 24 : 8)),
    columnFormats,
  });
  writeSheet(wb, SHEETS.audit.name, p.auditGrid, { widths: p.auditGrid[0].map(() => 14) });
  writeSheet(wb, SHEETS.settings.name, p.settingsGrid, { widths: [22, 60] });
  await wb.commit();
  await rename(tmp, file);
  emit({ task: "gen", n, ms: Math.round(now() - t0), dataRows: rows - 1, figures: (rows - 1) * p.indicators.length });
}

// --- phases -------------------------------------------------------------------------------------

async function phases(file: string): Promise<void> {
  const steps: { phase: string; ms: number; rssMb: number; heapMb: number }[] = [];
  let t = now();
  const mark = (phase: string) => {
    const m = process.memoryUsage();
    steps.push({ phase, ms: round1(now() - t), rssMb: mb(m.rss), heapMb: mb(m.heapUsed) });
    t = now();
  };
  const book = await readXlsx(file);
  mark("readXlsx (streaming unzip + tokenizer)");
  const sheets = Object.fromEntries(book.sheets.map((s) => [s.name, s.grid]));
  let cells = 0;
  for (const g of Object.values(sheets)) for (const row of g) cells += row.length;
  t = now();
  const read = readWorkbook({ sheets, timeZone: XLSX_TIME_ZONE });
  mark("readWorkbook");
  requireNoProblems(read);
  const report = buildReport(read.model, benchPeriod());
  mark("buildReport");
  const json = `${JSON.stringify(reportToJson(report), null, 2)}\n`;
  mark("reportToJson + JSON.stringify");
  emit({ task: "phases", file, steps, cells, jsonSha: shortSha(json) });
}

// --- main ---------------------------------------------------------------------------------------

const [mode, ...args] = process.argv.slice(2);
await main(`xlsx-tasks ${mode}`, async () => {
  if (mode === "gen") await gen(Number(args[0]), args[1], args[2] === "index");
  else if (mode === "phases") await phases(args[0]);
  else throw new Error(`unknown mode ${mode}`);
});
