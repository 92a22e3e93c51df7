// Logger and console: record what the code logs instead of printing it.

import { Counted, type FakeEnv } from "./env";
import { asReal } from "./real-types";

/** Logger.log(format, ...values) fills `%s`-style placeholders in order, as Apps Script does. */
function render(format: unknown, values: unknown[]): string {
  const text = typeof format === "string" ? format : stringify(format);
  if (values.length === 0) return text;
  let i = 0;
  return text.replace(/%[sdifoO]/g, (m) => (i < values.length ? stringify(values[i++]) : m));
}

function stringify(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Error) return String(v);
  if (typeof v === "object" && v !== null && Object.prototype.toString.call(v) !== "[object Date]") {
    try {
      return JSON.stringify(v);
    } catch {
      return String(v);
    }
  }
  return String(v);
}

export class FakeLogger extends Counted implements Pick<GoogleAppsScript.Base.Logger, "clear" | "getLog" | "log"> {
  readonly lines: string[] = [];

  constructor(env: FakeEnv) {
    super(env, "Logger");
  }

  log(format: unknown, ...values: unknown[]): GoogleAppsScript.Base.Logger {
    this.track("log", format, ...values);
    this.lines.push(render(format, values));
    return asReal<GoogleAppsScript.Base.Logger>(this);
  }

  getLog(): string {
    this.track("getLog");
    return this.lines.map((l) => `${l}\n`).join("");
  }

  clear(): void {
    this.track("clear");
    this.lines.length = 0;
  }
}

export interface ConsoleEntry {
  level: "log" | "info" | "warn" | "error";
  text: string;
  args: unknown[];
}

/** The Apps Script console (Cloud Logging). Typed against the GAS `Console` declarations. */
export class FakeConsole extends Counted implements Pick<Console, "error" | "info" | "log" | "warn"> {
  readonly entries: ConsoleEntry[] = [];

  constructor(env: FakeEnv) {
    super(env, "console");
  }

  private write(level: ConsoleEntry["level"], args: unknown[]): void {
    this.track(level, ...args);
    this.entries.push({ level, text: args.length === 0 ? "" : render(args[0], args.slice(1)), args });
  }

  /** Test accessor: the text of every entry at this level (or all). */
  texts(level?: ConsoleEntry["level"]): string[] {
    return this.entries.filter((e) => level === undefined || e.level === level).map((e) => e.text);
  }

  log(...args: unknown[]): void {
    this.write("log", args);
  }

  info(...args: unknown[]): void {
    this.write("info", args);
  }

  warn(...args: unknown[]): void {
    this.write("warn", args);
  }

  error(...args: unknown[]): void {
    this.write("error", args);
  }
}
