// Runs the built sidebar (dist/Sidebar.html) in Chromium (see ./browser.ts) against the built server
// (dist/Code.js in node:vm with the Apps Script fakes). A `google.script.run` stand-in carries each
// call across with the real serialisation rules: plain objects, arrays and primitives only, both
// ways; a server exception reaches the failure handler as an Error.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import vm from "node:vm";
import type { Browser, Page } from "playwright-core";
import { freezeClock, type Loaded, loadBundle, loadSample } from "../bundle/harness";

const ROOT = new URL("../..", import.meta.url);
const SIDEBAR_PATH = new URL("../../dist/Sidebar.html", import.meta.url);
/** The sidebar is served from here; any other request is an external resource and is refused. */
export const SIDEBAR_URL = "http://sidebar.invalid/Sidebar.html";
export const SCREENSHOTS = new URL("../../test-output/ui/", import.meta.url);

export function sidebarHtml(file = "Sidebar"): string {
  const path = file === "Sidebar" ? SIDEBAR_PATH : new URL(`../../dist/${file}.html`, import.meta.url);
  if (!existsSync(path)) execFileSync(process.execPath, ["build.mjs", "--quiet"], { cwd: ROOT });
  return readFileSync(path, "utf8");
}

/**
 * Why a value cannot cross google.script.run, or null when it can: Dates, functions, class
 * instances, non-finite numbers, cycles and `undefined` inside arrays are refused. Works across
 * realms (the server's objects come from the vm context) and is also injected into the page, so it
 * must stay self-contained.
 */
export function serialisationProblem(value: unknown, path: string): string | null {
  const seen: unknown[] = [];
  const visit = (v: unknown, at: string): string | null => {
    if (v === null || typeof v === "string" || typeof v === "boolean") return null;
    if (typeof v === "number") return Number.isFinite(v) ? null : `${at} is ${v}`;
    if (typeof v === "undefined") return `${at} is undefined`;
    if (typeof v !== "object") return `${at} is a ${typeof v}`;
    if (seen.includes(v)) return `${at} is a circular reference`;
    if (Object.prototype.toString.call(v) === "[object Date]") return `${at} is a Date (send an ISO string)`;
    seen.push(v);
    try {
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) {
          const problem = visit(v[i], `${at}[${i}]`);
          if (problem) return problem;
        }
        return null;
      }
      const proto = Object.getPrototypeOf(v);
      if (proto !== null && Object.getPrototypeOf(proto) !== null) {
        return `${at} is an instance of ${proto.constructor?.name ?? "a class"}, not a plain object`;
      }
      for (const [key, item] of Object.entries(v as Record<string, unknown>)) {
        // An undefined property is dropped on the way, like JSON does; anywhere else it is refused.
        if (item === undefined) continue;
        const problem = visit(item, `${at}.${key}`);
        if (problem) return problem;
      }
      return null;
    } finally {
      seen.pop();
    }
  };
  return visit(value, path);
}

declare const window: Record<string, unknown> & { google?: unknown };

/** The page side of the stand-in; serialised into an init script, so it uses nothing from outside. */
function installStandIn(problemOf: typeof serialisationProblem): void {
  type Handler = ((value: unknown) => void) | null;
  type Answer = { json?: string; error?: string };
  // Playwright's bindings are looked up at call time: they are installed alongside this script.
  const call = (name: string, json: string) =>
    (window.__gasCall as (n: string, j: string) => Promise<Answer>)(name, json);
  const report = (problem: string) => (window.__gasViolation as (p: string) => Promise<void>)(problem);
  const runner = (success: Handler, failure: Handler): object =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === "withSuccessHandler") return (fn: Handler) => runner(fn, failure);
          if (prop === "withFailureHandler") return (fn: Handler) => runner(success, fn);
          if (typeof prop !== "string") return undefined;
          return (...args: unknown[]) => {
            const problem = problemOf(args, `arguments of ${prop}`);
            if (problem) {
              void report(problem);
              setTimeout(() => failure?.(new Error(problem)), 0);
              return;
            }
            void call(prop, JSON.stringify(args)).then((answer) => {
              if (answer.error !== undefined) failure?.(new Error(answer.error));
              else success?.(answer.json === undefined ? undefined : JSON.parse(answer.json));
            });
          };
        },
      },
    );
  window.google = { script: { run: runner(null, null) } };
}

export interface ServerCall {
  name: string;
  args: unknown[];
}

/** The server side: the bundle with the sample province, and what crossed the wire. */
export class Backend {
  readonly loaded: Loaded;
  readonly calls: ServerCall[] = [];
  /** Values that could not have crossed google.script.run, either way; a test expects none. */
  readonly violations: string[] = [];
  /** Requests the page made for anything but the sidebar itself. */
  readonly external: string[] = [];
  /** Milliseconds each call takes, to see the waiting state. */
  delayMs = 0;
  /** When set, the next call fails with this message, as when Apps Script throws or times out. */
  failNext?: string;
  /** Rewrites a call's arguments on the way, as a tampered page would send them. */
  tamper?: (call: ServerCall) => void;

  constructor(edit?: Parameters<typeof loadSample>[1]) {
    this.loaded = loadBundle();
    loadSample(this.loaded.fakes, edit);
  }

  get fakes() {
    return this.loaded.fakes;
  }

  /** Fixes "now" inside the server's realm (the sample province is 2023). */
  freezeClock(iso: string): void {
    freezeClock(this.loaded.context, iso);
  }

  handle(name: string, json: string): { json?: string; error?: string } {
    const fn = (this.loaded.context as Record<string, unknown>)[name];
    // Names ending in `_` are private to google.script.run; anything not global does not exist.
    if (name.endsWith("_") || typeof fn !== "function") return { error: `Script function not found: ${name}` };
    const received: ServerCall = { name, args: JSON.parse(json) };
    this.tamper?.(received);
    this.calls.push(received);
    // Arguments arrive as fresh objects of the server's realm, as Apps Script delivers them.
    const args = (vm.runInContext("JSON", this.loaded.context) as JSON).parse(
      JSON.stringify(received.args),
    ) as unknown[];
    let result: unknown;
    try {
      if (this.failNext !== undefined) {
        const message = this.failNext;
        this.failNext = undefined;
        throw new Error(message);
      }
      result = this.loaded.call(name, ...args);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
    if (result === undefined) return {};
    const problem = serialisationProblem(result, `return value of ${name}`);
    if (problem) {
      this.violations.push(problem);
      return { error: problem };
    }
    return { json: JSON.stringify(result) };
  }

  /** A fresh 300 px wide page showing the sidebar (or `file`: `Review`), wired to this backend. */
  async open(browser: Browser, options: { lang?: string; now?: string; file?: string } = {}): Promise<Page> {
    return openStandIn(browser, {
      lang: options.lang,
      now: options.now,
      viewport: { width: 300, height: 760 },
      html: sidebarHtml(options.file),
      external: this.external,
      violations: this.violations,
      handle: async (name, json) => {
        if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
        return this.handle(name, json);
      },
    });
  }
}

/**
 * A fresh page showing `html` at SIDEBAR_URL, its google.script.run answered by `handle` (a JSON
 * array of arguments in, a JSON value or an error message out). Requests for anything else are
 * refused and listed in `external`; values that could not cross the wire go to `violations`.
 */
export async function openStandIn(
  browser: Browser,
  options: {
    html: string;
    viewport: { width: number; height: number };
    handle: (name: string, json: string) => Promise<{ json?: string; error?: string }>;
    external: string[];
    violations: string[];
    lang?: string;
    now?: string;
  },
): Promise<Page> {
  const context = await browser.newContext({
    viewport: options.viewport,
    deviceScaleFactor: 1,
    timezoneId: "Asia/Ho_Chi_Minh",
    locale: options.lang ?? "vi-VN",
  });
  // The page's clock agrees with the server's (timers still run).
  if (options.now) await context.clock.setFixedTime(options.now);
  const page = await context.newPage();
  await page.route("**/*", (route) => {
    const url = route.request().url();
    if (url === SIDEBAR_URL) return route.fulfill({ body: options.html, contentType: "text/html; charset=utf-8" });
    options.external.push(url);
    return route.abort();
  });
  await page.exposeBinding("__gasCall", (_source, name: string, json: string) => options.handle(name, json));
  await page.exposeBinding("__gasViolation", (_source, problem: string) => {
    options.violations.push(problem);
  });
  await page.addInitScript(`(${installStandIn.toString()})(${serialisationProblem.toString()});`);
  await page.goto(SIDEBAR_URL);
  return page;
}

export function screenshotPath(scenario: string): string {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return new URL(`${scenario}.png`, SCREENSHOTS).pathname;
}
