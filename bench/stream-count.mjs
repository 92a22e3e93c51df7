// The reference of the benchmark: ExcelJS's streaming reader counting the cells with a value, the
// least memory ExcelJS can read the file in (it keeps no cells).
//   node bench/stream-count.mjs <file.xlsx>
// Prints one JSON line: the count, the time measured in-process, peak RSS and CPU time.
import ExcelJS from "exceljs";

const file = process.argv[2];
const t0 = performance.now();
let cells = 0;
const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
  sharedStrings: "cache",
  styles: "cache",
  hyperlinks: "ignore",
  worksheets: "emit",
});
for await (const sheet of reader) {
  for await (const row of sheet) cells += row.cellCount === 0 ? 0 : row.actualCellCount;
}
const ms = performance.now() - t0;
const ru = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    task: "streamCount",
    cells,
    countMs: Math.round(ms),
    maxRssMb: Math.round((ru.maxRSS / 1024) * 10) / 10,
    cpuMs: Math.round((ru.userCPUTime + ru.systemCPUTime) / 1000),
  })}\n`,
);
