// Preloaded with `node --import` into a process the benchmark does not control (the CLI, task b):
// on exit, writes the process's peak RSS and CPU time as one marked line on stderr.
import { writeSync } from "node:fs";

process.on("exit", (code) => {
  const ru = process.resourceUsage();
  const result = {
    maxRssMb: Math.round((ru.maxRSS / 1024) * 10) / 10,
    cpuMs: Math.round((ru.userCPUTime + ru.systemCPUTime) / 1000),
    exitCode: code,
  };
  writeSync(2, `\nBENCH_RESULT ${JSON.stringify(result)}\n`);
});
