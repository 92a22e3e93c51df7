// What the command line refuses to read silently (merged cells, uncalculated formulas) and what a
// failed write leaves behind: nothing.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { t } from "../../src/core/messages";
import {
  columnOf,
  dataRowOf,
  ensureBuilt,
  initSample,
  listDir,
  mutate,
  type RankJson,
  run,
  STACK_TRACE,
  sha256,
  sheet,
  tempDir,
} from "./helpers";

let dir: string;
let sample: string;
let sampleHash: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-safety-");
  sample = await initSample(dir);
  sampleHash = sha256(sample);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("cells the reader refuses to guess", () => {
  it("names a merged range of Số liệu and never copies its figure into the other units' rows", async () => {
    let ref = "";
    const file = await mutate(sample, join(dir, "merged.xlsx"), (wb) => {
      const ws = sheet(wb, "Số liệu");
      const row = dataRowOf(ws, "2023-06", "SGTVT");
      const col = ws.getColumn(columnOf(ws, "TIN_CDS")).letter;
      ref = `${col}${row}:${col}${row + 2}`;
      ws.getCell(row + 1, columnOf(ws, "TIN_CDS")).value = null;
      ws.getCell(row + 2, columnOf(ws, "TIN_CDS")).value = null;
      ws.mergeCells(ref);
    });
    const [check, rank] = await Promise.all([
      run(["check", file]),
      run(["rank", file, "--period", "2023-06", "--json"]),
    ]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain(
      `${file}: Số liệu!${ref}: vùng ${ref} của trang Số liệu là ô gộp: giá trị chỉ thuộc về ô đầu tiên và không được chép sang các ô còn lại. Vui lòng bỏ gộp ô và nhập giá trị vào từng ô.\n`,
    );
    expect(rank.code).toBe(1);
    expect(rank.stdout).toBe("");
    expect(rank.stderr.split("\n")[0]).toBe(
      `dx-scorecard: ${file}: Số liệu!${ref}: vùng ${ref} của trang Số liệu là ô gộp: giá trị chỉ thuộc về ô đầu tiên và không được chép sang các ô còn lại. Vui lòng bỏ gộp ô và nhập giá trị vào từng ô.`,
    );
    // The English mirror, for a workbook whose Cài đặt says `en`.
    expect(t("en", "xlsxMerged", { sheet: "Số liệu", range: ref })).toBe(
      `the range ${ref} of sheet Số liệu is merged: its value belongs to the first cell only and is not copied to the others. Please unmerge the cells and enter each value in its own cell.`,
    );
  });

  it("names a formula without a cached value and asks to open and save the file first", async () => {
    let cell = "";
    const file = await mutate(sample, join(dir, "formula.xlsx"), (wb) => {
      const ws = sheet(wb, "Số liệu");
      const c = ws.getCell(dataRowOf(ws, "2023-06", "SGTVT"), columnOf(ws, "TIN_CDS"));
      cell = c.address;
      c.value = { formula: "2+2" } as never;
    });
    const r = await run(["rank", file, "--period", "2023-06"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.split("\n")[0]).toBe(
      `dx-scorecard: ${file}: Số liệu!${cell}: ô ${cell} của trang Số liệu có công thức chưa được tính (tệp không lưu kết quả). Vui lòng mở tệp bằng Excel hoặc Google Sheets và lưu lại trước.`,
    );
  });

  it("reads a formula with a cached value as that value: the ranking is unchanged", async () => {
    const file = await mutate(sample, join(dir, "formula-cached.xlsx"), (wb) => {
      const ws = sheet(wb, "Số liệu");
      const c = ws.getCell(dataRowOf(ws, "2023-06", "SGTVT"), columnOf(ws, "TIN_CDS"));
      c.value = { formula: `${c.value}+0`, result: c.value as number };
    });
    const [a, b] = await Promise.all([
      run(["rank", sample, "--period", "2023-06", "--json"]),
      run(["rank", file, "--period", "2023-06", "--json"]),
    ]);
    expect(b.code).toBe(0);
    expect(JSON.parse(b.stdout) as RankJson).toEqual(JSON.parse(a.stdout) as RankJson);
  });
});

describe("a failed write leaves nothing behind", () => {
  it("summary --outbox: an .eml name taken by a folder stops before any file is moved in, and no temporary folder stays", async () => {
    const outbox = join(dir, "outbox-taken");
    mkdirSync(outbox);
    const first = await run(["summary", sample, "--period", "2023-06", "--outbox", join(dir, "outbox-probe")]);
    expect(first.code).toBe(0);
    const names = readdirSync(join(dir, "outbox-probe")).sort();
    expect(names.length).toBeGreaterThan(5);
    const blocker = join(outbox, names[3]);
    mkdirSync(blocker);
    writeFileSync(join(blocker, "giữ.txt"), "x");
    const before = listDir(dir);
    const r = await run(["summary", sample, "--period", "2023-06", "--outbox", outbox]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(blocker);
    expect(listDir(outbox)).toEqual([names[3]]);
    expect(listDir(dir)).toEqual(before);
  });

  it("summary --outbox: a folder under a file fails with nothing printed and nothing written", async () => {
    const blocked = join(sample, "outbox");
    const before = listDir(dir);
    const r = await run(["summary", sample, "--period", "2023-06", "--outbox", blocked]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(listDir(dir)).toEqual(before);
    expect(sha256(sample)).toBe(sampleHash);
  });

  it("summary --outbox into a new folder writes it whole, with no temporary folder beside it", async () => {
    const outbox = join(dir, "nested", "outbox-new");
    const r = await run(["summary", sample, "--period", "2023-06", "--outbox", outbox]);
    expect(r.code).toBe(0);
    expect(listDir(join(dir, "nested"))).toEqual(["outbox-new"]);
    expect(listDir(outbox).every((f) => f.endsWith(".eml"))).toBe(true);
  });

  it("rank --out: a failure at the last step (the target is a folder) removes the temporary copy", async () => {
    const target = join(dir, "ranked-is-a-folder.xlsx");
    mkdirSync(target);
    const before = listDir(dir);
    const r = await run(["rank", sample, "--period", "2023-06", "--out", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(target);
    expect(listDir(dir)).toEqual(before);
    expect(listDir(target)).toEqual([]);
  });

  it("rank --out: a target under a file fails with one sentence and leaves nothing", async () => {
    const target = join(sample, "ranked.xlsx");
    const before = listDir(dir);
    const r = await run(["rank", sample, "--period", "2023-06", "--out", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(listDir(dir)).toEqual(before);
    expect(existsSync(target)).toBe(false);
  });
});
