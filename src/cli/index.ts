// Entry point of the built CLI (dist/cli.mjs).
import { main } from "./main";

const io = {
  out: (s: string) => void process.stdout.write(s),
  err: (s: string) => void process.stderr.write(s),
  lang: "vi" as const,
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
