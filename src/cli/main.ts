// The `dx-scorecard` command line: argument parsing, dispatch, and the exit-code contract
// (0 ok, 1 bad input, 2 bad usage; one clear sentence on stderr, no stack trace for user errors).
import { parseArgs } from "node:util";
import { parsePeriod } from "../core/periods";
import { formatProblem, UserError } from "../core/problems";
import type { Language } from "../core/schemas";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { initCommand } from "./commands/init";
import { rankCommand } from "./commands/rank";
import { summaryCommand } from "./commands/summary";
import type { Io } from "./io";
import { progress } from "./progress";

const USAGE = `Cách dùng / Usage:
  dx-scorecard init <tệp.xlsx> [--sample] [--force]   tạo bảng tính mẫu (trống hoặc tỉnh mẫu)
  dx-scorecard check <tệp.xlsx>                        liệt kê mọi lỗi kèm ô
  dx-scorecard rank <tệp.xlsx> --period P [--json] [--out kết-quả.xlsx]
                                                       xếp hạng kỳ P: 2023-06, 2023-Q2 hoặc 2023
  dx-scorecard summary <tệp.xlsx> --period P [--outbox thư-mục]
                                                       thư tổng hợp, thông báo, nhắc nộp kỳ P (.eml)
  dx-scorecard demo [--dir demo-output]                chạy toàn bộ trên tỉnh mẫu
Tùy chọn chung / Common options: --lang vi|en (ngôn ngữ thông báo trước khi đọc bảng tính), --help
`;

class UsageError extends Error {}

const OPTIONS = {
  sample: { type: "boolean" },
  force: { type: "boolean" },
  period: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  dir: { type: "string" },
  outbox: { type: "string" },
  lang: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const ALLOWED: Record<string, string[]> = {
  init: ["sample", "force"],
  check: [],
  rank: ["period", "json", "out"],
  summary: ["period", "outbox"],
  demo: ["dir"],
};

export async function main(argv: string[], io: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    // parseArgs speaks English: name the unknown option in the user's language instead.
    const option = e instanceof Error ? /'(-[^' ]+)/.exec(e.message)?.[1] : undefined;
    if ((e as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option)
      return usage(io, `${io.lang === "vi" ? "tùy chọn không có" : "unknown option"}: ${option}`);
    return usage(io, e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined) {
    if (values.lang !== "vi" && values.lang !== "en") return usage(io, `--lang ${values.lang}`);
    io.lang = values.lang as Language;
  }
  const [command, ...rest] = positionals;
  if (values.help || command === "help") {
    io.out(USAGE);
    return 0;
  }
  if (!command) return usage(io, io.lang === "vi" ? "thiếu lệnh" : "missing command");
  if (!(command in ALLOWED)) return usage(io, `${io.lang === "vi" ? "lệnh không có" : "unknown command"}: ${command}`);
  const extra = (Object.keys(values) as (keyof typeof OPTIONS)[]).filter(
    (k) => k !== "lang" && k !== "help" && !ALLOWED[command].includes(k),
  );
  if (extra.length)
    return usage(io, `--${extra[0]} ${io.lang === "vi" ? "không dùng với" : "does not go with"} ${command}`);
  const needFile = command !== "demo";
  if (needFile && rest.length !== 1) {
    return usage(
      io,
      io.lang === "vi" ? `lệnh ${command} cần đúng một tệp .xlsx` : `${command} takes exactly one .xlsx file`,
    );
  }
  if (!needFile && rest.length) return usage(io, `${rest[0]}?`);
  const file = rest[0];
  const p = progress();
  try {
    switch (command) {
      case "init":
        await initCommand(file, { sample: !!values.sample, force: !!values.force }, io);
        return 0;
      case "check":
        return await checkCommand(file, io, p);
      case "rank": {
        if (!values.period)
          throw new UsageError(
            io.lang === "vi" ? "thiếu --period (ví dụ --period 2023-06)" : "missing --period (e.g. --period 2023-06)",
          );
        const period = parsePeriod(values.period);
        if (!period) throw new UserError([{ key: "periodInvalid", params: { value: values.period } }], 2);
        await rankCommand(file, { period, json: !!values.json, out: values.out }, io, p);
        return 0;
      }
      case "summary": {
        if (!values.period)
          throw new UsageError(
            io.lang === "vi" ? "thiếu --period (ví dụ --period 2023-06)" : "missing --period (e.g. --period 2023-06)",
          );
        const period = parsePeriod(values.period);
        if (!period) throw new UserError([{ key: "periodInvalid", params: { value: values.period } }], 2);
        await summaryCommand(file, { period, outbox: values.outbox }, io, p);
        return 0;
      }
      case "demo":
        await demoCommand(values.dir ?? "demo-output", io, p);
        return 0;
    }
  } catch (e) {
    p.done();
    if (e instanceof UsageError) return usage(io, e.message);
    if (e instanceof UserError) {
      const prefix = file ? `${file}: ` : "";
      for (const problem of e.problems) io.err(`dx-scorecard: ${prefix}${formatProblem(problem, e.lang ?? io.lang)}\n`);
      return e.exitCode;
    }
    throw e;
  }
  return 0;
}

function usage(io: Io, why: string): number {
  io.err(`dx-scorecard: ${why}\n\n${USAGE}`);
  return 2;
}
