// Task (a) of the benchmark: ExcelJS reading the file alone, nothing else.
//   node bench/read-xlsx.mjs <file.xlsx>
// Prints one JSON line: the readFile time measured in-process, peak RSS and CPU time.
import ExcelJS from "exceljs";

const file = process.argv[2];
const t0 = performance.now();
await new ExcelJS.Workbook().xlsx.readFile(file);
const ms = performance.now() - t0;
const ru = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    task: "readFile",
    readFileMs: Math.round(ms),
    maxRssMb: Math.round((ru.maxRSS / 1024) * 10) / 10,
    cpuMs: Math.round((ru.userCPUTime + ru.systemCPUTime) / 1000),
  })}\n`,
);
