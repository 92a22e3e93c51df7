#!/usr/bin/env node
// The dx-scorecard command: runs the built CLI (npm run build writes dist/cli.mjs).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = fileURLToPath(new URL("../dist/cli.mjs", import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write(
    "dx-scorecard: chưa build. Vui lòng chạy `npm run build` trước. / Not built yet: run `npm run build` first.\n",
  );
  process.exit(2);
}
await import(cli);
