// The `dx-scorecard` command line: argument parsing, dispatch, and the exit-code contract
// (0 ok, 1 bad input, 2 bad usage; one clear sentence on stderr, no stack trace for user errors).
import { parseArgs } from "node:util";
import { periodLabel } from "../core/labels";
import { type MessageKey, type MessageParams, sentence, t } from "../core/messages";
import { formatPeriod, type Period, parsePeriod } from "../core/periods";
import { formatProblem, UserError } from "../core/problems";
import type { Language } from "../core/schemas";
import { checkCommand } from "./commands/check";
import { demoCommand } from "./commands/demo";
import { documentCommand } from "./commands/documents";
import { importCommand } from "./commands/import";
import { initCommand } from "./commands/init";
import { rankCommand } from "./commands/rank";
import { summaryCommand } from "./commands/summary";
import { trendCommand } from "./commands/trend";
import { HELP } from "./help";
import type { Io } from "./io";
import { progress } from "./progress";

const OPTIONS = {
  sample: { type: "boolean" },
  force: { type: "boolean" },
  period: { type: "string" },
  json: { type: "boolean" },
  out: { type: "string" },
  dir: { type: "string" },
  outbox: { type: "string" },
  lang: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  unit: { type: "string" },
  map: { type: "string", multiple: true },
  "name-column": { type: "string" },
  overwrite: { type: "boolean" },
  "skip-unmatched": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

type OptionName = keyof typeof OPTIONS;
type Command = "init" | "check" | "rank" | "summary" | "letter" | "report" | "import" | "trend" | "demo";

const ALLOWED: Record<Command, OptionName[]> = {
  init: ["sample", "force"],
  check: [],
  rank: ["period", "json", "out", "force"],
  summary: ["period", "outbox"],
  letter: ["period", "out", "force"],
  report: ["period", "out", "force"],
  import: ["from", "period", "map", "name-column", "overwrite", "skip-unmatched", "json", "out", "force"],
  trend: ["unit", "from", "to", "json"],
  demo: ["dir"],
};

/** What a missing option value could look like, for the message that asks for one. */
const EXAMPLE_VALUE: Partial<Record<OptionName, string>> = {
  period: "2023-06",
  out: "xep-hang.xlsx",
  dir: "demo-output",
  outbox: "thu-muc",
  lang: "en",
  from: "xuat-qlvb.csv",
  to: "2023-12",
  unit: "BUDOP",
  map: 'KY_SO="Tỷ lệ ký số (%)"',
  "name-column": '"Tên cơ quan"',
};

/** `trend --from` is a month, not an export. */
const TREND_FROM = "2023-01";

/** The document commands' --out is a .docx. */
const DOCUMENT_OUT: Partial<Record<Command, string>> = {
  letter: "cong-van.docx",
  report: "bao-cao.docx",
  import: "tinh-da-nhap.xlsx",
};

const isCommand = (s: string | undefined): s is Command => s !== undefined && Object.hasOwn(ALLOWED, s);

/** A usage problem: one sentence in the user's language, then where to read more. Exit 2. */
class UsageError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly command?: Command,
  ) {
    super(key);
  }
}

export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UsageError) {
      const hint = t(io.lang, "usageHint", { command: e.command ? `${e.command} ` : "" });
      io.err(`dx-scorecard: ${sentence(t(io.lang, e.key, e.params))}\n${hint}\n`);
      return 2;
    }
    throw e;
  }
}

async function run(argv: string[], io: Io): Promise<number> {
  // The language comes first, so that every later message (even the parser's) is in it.
  const lang = langOf(argv);
  if (lang !== undefined) {
    if (lang !== "vi" && lang !== "en") throw new UsageError("langInvalid", { value: lang });
    io.lang = lang;
  }
  const words = wordsOf(argv);
  const firstCommand = words.find(isCommand);
  if (argv.includes("-V") || argv.includes("--version")) {
    io.out(`${io.version ?? "0.0.0"}\n`);
    return 0;
  }
  if (argv.includes("-h") || argv.includes("--help")) return help(io, firstCommand);
  if (words[0] === "help") {
    const topic = words[1];
    if (topic !== undefined && !isCommand(topic)) throw unknownCommand(topic);
    return help(io, topic);
  }

  const { values, positionals } = parse(argv, firstCommand);
  const [command, ...rest] = positionals;
  if (command === undefined) {
    io.err(`dx-scorecard: ${sentence(t(io.lang, "missingCommand"))}\n\n${HELP[io.lang].global}`);
    return 2;
  }
  if (!isCommand(command)) throw unknownCommand(command);
  const extra = (Object.keys(values) as OptionName[]).find((k) => k !== "lang" && !ALLOWED[command].includes(k));
  if (extra) throw new UsageError("optionNotForCommand", { option: `--${extra}`, command }, command);

  if (command === "demo") {
    if (rest.length) throw new UsageError("extraArgument", { command, value: rest[0] }, command);
  } else if (rest.length !== 1) {
    // `rank tinh.xlsx 2024-05`: the period typed without its option.
    const period = rest.find((a) => parsePeriod(a) !== null);
    if (period !== undefined && rest.length === 2 && ALLOWED[command].includes("period") && !values.period)
      throw new UsageError("periodAsFile", { value: period }, command);
    // `trend tinh.xlsx BUDOP`: the unit typed without its option.
    if (command === "trend" && rest.length === 2 && !values.unit && !/\.xlsx$/i.test(rest[1]))
      throw new UsageError("trendUnitAsArgument", { value: rest[1] }, command);
    if (rest.length > 1) throw new UsageError("extraArgument", { command, value: rest[1] }, command);
    throw new UsageError("fileRequired", { command }, command);
  }
  const file = rest[0];
  const periodOf = () => {
    if (!values.period) throw new UsageError("periodRequired", { command }, command);
    const period = parsePeriod(values.period);
    if (!period) throw new UserError([{ key: "periodInvalid", params: { value: values.period } }], 2);
    return period;
  };

  const p = progress();
  try {
    switch (command) {
      case "init":
        await initCommand(file, { sample: !!values.sample, force: !!values.force }, io);
        return 0;
      case "check":
        return await checkCommand(file, io, p);
      case "rank":
        await rankCommand(
          file,
          { period: periodOf(), json: !!values.json, out: values.out, force: !!values.force },
          io,
          p,
        );
        return 0;
      case "summary":
        await summaryCommand(file, { period: periodOf(), outbox: values.outbox }, io, p);
        return 0;
      case "letter":
      case "report": {
        const period = documentPeriod(command, periodOf(), file, io.lang);
        await documentCommand(command, file, { period, out: values.out, force: !!values.force }, io, p);
        return 0;
      }
      case "import": {
        if (!values.from) throw new UsageError("importFromRequired", {}, command);
        const period = periodOf();
        const columns = mapOption(values.map ?? [], command);
        return await importCommand(
          file,
          {
            from: values.from,
            period,
            mapping: { columns, ...(values["name-column"] === undefined ? {} : { nameColumn: values["name-column"] }) },
            overwrite: !!values.overwrite,
            skipUnmatched: !!values["skip-unmatched"],
            json: !!values.json,
            out: values.out,
            force: !!values.force,
          },
          io,
          p,
        );
      }
      case "trend": {
        if (!values.unit) throw new UsageError("trendUnitRequired", {}, command);
        const from = trendMonth("--from", values.from);
        const to = trendMonth("--to", values.to);
        if (from && to && (from.year > to.year || (from.year === to.year && from.month > to.month)))
          throw new UsageError("trendFromAfterTo", { from: formatPeriod(from), to: formatPeriod(to) }, command);
        await trendCommand(file, { unit: values.unit, from, to, json: !!values.json }, io, p);
        return 0;
      }
      case "demo":
        await demoCommand(values.dir ?? "demo-output", io, p);
        return 0;
    }
  } catch (e) {
    p.done();
    if (e instanceof UserError) {
      const prefix = file ? `${file}: ` : "";
      for (const problem of e.problems) io.err(`dx-scorecard: ${prefix}${formatProblem(problem, e.lang ?? io.lang)}\n`);
      return e.exitCode;
    }
    throw e;
  }
}

/** `trend --from`/`--to`: a month, never a quarter or a year (a usage error, exit 2). */
function trendMonth(option: string, value: string | undefined): Extract<Period, { kind: "month" }> | undefined {
  if (value === undefined) return undefined;
  const period = parsePeriod(value);
  if (period?.kind !== "month")
    throw new UsageError(
      "trendMonthOnly",
      { option, value, example: option === "--from" ? TREND_FROM : EXAMPLE_VALUE.to! },
      "trend",
    );
  return period;
}

/** `--map KEY=Header`, repeated: field key → the export's header. A malformed one is a usage error. */
function mapOption(values: string[], command: Command): Record<string, string> {
  if (values.length === 0) throw new UsageError("importMapRequired", {}, command);
  const columns: Record<string, string> = {};
  const seen = new Set<string>();
  for (const value of values) {
    const at = value.indexOf("=");
    const key = value.slice(0, at).trim();
    const header = value.slice(at + 1).trim();
    if (at < 0 || key === "" || header === "" || /\s/.test(key))
      throw new UsageError("importMapInvalid", { value }, command);
    if (seen.has(key.toUpperCase())) throw new UsageError("importMapTwice", { key }, command);
    seen.add(key.toUpperCase());
    columns[key] = header;
  }
  return columns;
}

/** A letter is a month's or a quarter's, a report a year's: the other kind is pointed at the other command. */
function documentPeriod(command: "letter" | "report", period: Period, file: string, lang: Language): Period {
  if (command === "letter" && period.kind === "year")
    throw new UsageError("letterNotYear", { year: period.year, file }, command);
  if (command === "report" && period.kind !== "year") {
    const params = { period: periodLabel(period, lang), key: formatPeriod(period), file };
    throw new UsageError("reportNotYear", params, command);
  }
  return period;
}

function help(io: Io, command: string | undefined): number {
  io.out(HELP[io.lang][isCommand(command) ? command : "global"]);
  return 0;
}

/** The arguments that are not options nor option values: the command and its file. */
function wordsOf(argv: string[]): string[] {
  const takesValue = (a: string) => OPTIONS[a.slice(2) as OptionName]?.type === "string";
  return argv.filter((a, i) => !a.startsWith("-") && !(i > 0 && takesValue(argv[i - 1])));
}

/** The value of the last `--lang X` or `--lang=X`, read before parsing so that parse errors speak it. */
function langOf(argv: string[]): string | undefined {
  let lang: string | undefined;
  argv.forEach((a, i) => {
    if (a === "--lang" && i + 1 < argv.length && !argv[i + 1].startsWith("-")) lang = argv[i + 1];
    else if (a.startsWith("--lang=")) lang = a.slice("--lang=".length);
  });
  return lang;
}

/** node:util's parseArgs, its English errors turned into our sentences. */
function parse(argv: string[], command: Command | undefined) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const message = e instanceof Error ? e.message : String(e);
    const option = /'(-[^' ]+)/.exec(message)?.[1];
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option)
      throw new UsageError("unknownOption", { option, suggestion: closestOption(option, command) }, command);
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && option) {
      const name = (Object.keys(OPTIONS) as OptionName[]).find(
        (k) =>
          `--${k}` === option || ("short" in OPTIONS[k] && `-${(OPTIONS[k] as { short: string }).short}` === option),
      );
      if (name && OPTIONS[name].type === "string") {
        const example =
          (name === "out" && command && DOCUMENT_OUT[command]) ||
          (name === "from" && command === "trend" && TREND_FROM) ||
          (EXAMPLE_VALUE[name] ?? "…");
        throw new UsageError("optionNeedsValue", { option, example }, command);
      }
      throw new UsageError("optionTakesNoValue", { option }, command);
    }
    throw e;
  }
}

/** The known option nearest to a mistyped one (edit distance ≤ 2, or a prefix), among the command's own. */
function closestOption(typed: string, command: Command | undefined): string {
  const word = typed.replace(/^-+/, "").split("=")[0].toLowerCase();
  // A command's own options only: suggesting another command's (`rank --foo`: --from) would
  // only lead to the next error.
  const common: OptionName[] = ["lang", "help", "version"];
  const names = (Object.keys(OPTIONS) as OptionName[]).filter(
    (k) => !command || ALLOWED[command].includes(k) || common.includes(k),
  );
  let best: { name: string; distance: number } | undefined;
  for (const name of names) {
    const distance = name.startsWith(word) && word.length >= 2 ? 0 : editDistance(word, name);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance };
  }
  return best ? `--${best.name}` : "";
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length];
}

function unknownCommand(command: string): UsageError {
  const suggestion = (Object.keys(ALLOWED) as Command[]).find((c) => editDistance(command.toLowerCase(), c) <= 2);
  return new UsageError("unknownCommand", { command, suggestion: suggestion ?? "" });
}
