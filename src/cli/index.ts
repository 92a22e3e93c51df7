// Entry point of the built CLI (dist/cli.mjs).
import { readFileSync } from "node:fs";
import { main } from "./main";

/** dist/cli.mjs sits one folder below package.json. */
function packageVersion(): string | undefined {
  try {
    return JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
  } catch {
    return undefined;
  }
}

const io = {
  out: (s: string) => void process.stdout.write(s),
  err: (s: string) => void process.stderr.write(s),
  lang: "vi" as const,
  version: packageVersion(),
};

main(process.argv.slice(2), { ...io }).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(
      `dx-scorecard: lỗi không mong đợi / unexpected error: ${e instanceof Error ? e.stack : String(e)}\n`,
    );
    process.exitCode = 3;
  },
);
