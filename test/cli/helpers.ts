// Shared helpers of the CLI end-to-end tests: build once, run the built `dx-scorecard` as a child
// process, and derive broken workbooks from the sample with ExcelJS.
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { streamEntry, zipEntries } from "../../src/cli/zip";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
export const BIN = join(ROOT, "bin", "dx-scorecard.mjs");
export const BUNDLE = join(ROOT, "dist", "cli.mjs");

/** A stack-trace line (`    at foo (file.js:1:2)`): never shown for user errors. */
export const STACK_TRACE = /\n\s+at /;

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Builds dist/cli.mjs when it is missing (`npm test` builds first). Test files run in parallel
 * workers, so one of them builds under a lock directory while the others wait for it.
 */
export function ensureBuilt(): void {
  if (existsSync(BUNDLE)) return;
  const lock = join(ROOT, "node_modules", ".dx-scorecard-cli-build.lock");
  // A lock left by a build that was killed is stale after two minutes.
  if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true });
  try {
    mkdirSync(lock);
  } catch {
    for (let waited = 0; existsSync(lock) && waited < 120_000; waited += 200) sleep(200);
    if (!existsSync(BUNDLE)) throw new Error("dist/cli.mjs is missing: run `npm run build`");
    return;
  }
  try {
    const r = spawnSync(process.execPath, ["build.mjs", "--quiet"], { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    if (r.status !== 0) throw new Error(`node build.mjs failed:\n${r.stdout}\n${r.stderr}`);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/dx-scorecard.mjs ...args` with pipes (not a terminal) and a timeout. */
export function run(args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`dx-scorecard ${args.join(" ")} timed out\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 45_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

export function tempDir(prefix = "dx-cli-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Writes the sample province with `init --sample` and returns its path. */
export async function initSample(dir: string, name = "sample.xlsx"): Promise<string> {
  const file = join(dir, name);
  const r = await run(["init", file, "--sample"]);
  if (r.code !== 0 || !existsSync(file)) throw new Error(`init --sample failed (${r.code}): ${r.stderr}`);
  return file;
}

export function sha256(file: string): string {
  return createHash("sha256").update(readFileSync(file)).digest("hex");
}

export async function readXlsx(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/**
 * One part of an .xlsx as text (`xl/workbook.xml`, a sheet's XML), for what ExcelJS does not read
 * back: the selected tab, page breaks.
 */
export async function xlsxPart(file: string, part: string): Promise<string> {
  const entry = (await zipEntries(file)).get(part);
  if (!entry) throw new Error(`${file} has no part ${part}`);
  const chunks: Buffer[] = [];
  await streamEntry(file, entry, (b) => chunks.push(b));
  return Buffer.concat(chunks).toString("utf8");
}

/** The XML of the sheet named `name` in an .xlsx, found through the workbook and its relationships. */
export async function sheetXml(file: string, name: string): Promise<string> {
  const book = await xlsxPart(file, "xl/workbook.xml");
  const sheetTag = [...book.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]).find((tag) => tag.includes(`name="${name}"`));
  const rid = sheetTag && /r:id="([^"]+)"/.exec(sheetTag)?.[1];
  if (!rid) throw new Error(`${file} has no sheet ${name}`);
  const rels = await xlsxPart(file, "xl/_rels/workbook.xml.rels");
  const target =
    new RegExp(`<Relationship [^>]*Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)?.[1];
  if (!target) throw new Error(`${file}: no part for ${name}`);
  return xlsxPart(file, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
}

export function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Loads `from`, lets `change` edit it, and saves the result as `to`. */
export async function mutate(
  from: string,
  to: string,
  change: (wb: ExcelJS.Workbook) => void | Promise<void>,
): Promise<string> {
  const wb = await readXlsx(from);
  await change(wb);
  await wb.xlsx.writeFile(to);
  return to;
}

/** 1-based column of a header in row 1 (exact text), or an error. */
export function columnOf(ws: ExcelJS.Worksheet, header: string): number {
  const row = ws.getRow(1);
  for (let c = 1; c <= row.cellCount; c++) if (row.getCell(c).value === header) return c;
  throw new Error(`${ws.name}: no column ${header}`);
}

/** 1-based row of `Số liệu` holding the unit's figures for the month. */
export function dataRowOf(ws: ExcelJS.Worksheet, period: string, unitId: string): number {
  const p = columnOf(ws, "Kỳ");
  const u = columnOf(ws, "Mã đơn vị");
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(p).value === period && row.getCell(u).value === unitId) return r;
  }
  throw new Error(`no data row for ${unitId} ${period}`);
}

/** Files left in a directory, for checking that nothing (not even a temporary file) was written. */
export function listDir(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** The `--json` shape of design §5. */
export interface RankJson {
  period: string;
  groups: {
    group: string;
    ranking: {
      rank: number | null;
      unitId: string;
      unitName: string;
      score: number | null;
      points: number | null;
      band: string | null;
      previousRank: number | null;
      reported: boolean;
    }[];
  }[];
  laggards: {
    indicatorId: string;
    indicatorName: string;
    units: { unitId: string; unitName: string; value: unknown }[];
  }[];
  notReported: { unitId: string; unitName: string }[];
}
