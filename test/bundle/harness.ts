// Loads the built dist/Code.js in a fresh node:vm context whose globals are the Apps Script fakes,
// the way Apps Script loads it: the tests call the bundle's top-level functions, nothing else.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import vm from "node:vm";
import type { Grid } from "../../src/workbook/contract";
import { sampleProvince } from "../../src/workbook/sample";
import { createFakeServices, type FakeServices, type FakeServicesOptions } from "../fakes";

export const SAMPLE_ADMIN = "cds@binhphuoc.example";

export const CODE_PATH = new URL("../../dist/Code.js", import.meta.url);

export function bundleCode(): string {
  if (!existsSync(CODE_PATH))
    execFileSync(process.execPath, ["build.mjs", "--quiet"], { cwd: new URL("../..", import.meta.url) });
  return readFileSync(CODE_PATH, "utf8");
}

export interface Loaded {
  fakes: FakeServices;
  context: vm.Context;
  /** Calls a top-level function of the bundle, as Apps Script or google.script.run would. */
  call: <T = unknown>(name: string, ...args: unknown[]) => T;
}

export function loadBundle(options: FakeServicesOptions = {}): Loaded {
  // By default the sample's DX-office admin (its `Email quản trị`) runs the code.
  const fakes = createFakeServices({ activeUser: SAMPLE_ADMIN, ...options });
  const context = vm.createContext({ ...fakes.globals });
  fakes.useRealmOf(context);
  vm.runInContext(bundleCode(), context, { filename: "Code.js" });
  const call = <T>(name: string, ...args: unknown[]): T => {
    const fn = (context as Record<string, unknown>)[name];
    if (typeof fn !== "function") throw new Error(`${name} is not a global function of the bundle`);
    return fn(...args) as T;
  };
  return { fakes, context, call };
}

/**
 * Fixes "now" inside the bundle's realm (`new Date()`, `Date.now()`): the sample province is 2023,
 * and the sidebar only takes recent months. Dates made with arguments, and the fakes', are unaffected.
 */
export function freezeClock(context: vm.Context, iso: string): void {
  const fixed = Date.parse(iso);
  vm.runInContext(
    `(() => {
      const RealDate = Date;
      globalThis.Date = new Proxy(RealDate, {
        construct: (target, args, newTarget) => Reflect.construct(target, args.length ? args : [${fixed}], newTarget),
        apply: () => new RealDate(${fixed}).toString(),
        get: (target, prop) => (prop === "now" ? () => ${fixed} : Reflect.get(target, prop)),
      });
    })()`,
    context,
  );
}

/** The sample province loaded directly into the fake spreadsheet (Units, Indicators, Data, Settings, Review). */
export function loadSample(fakes: FakeServices, edit?: (s: ReturnType<typeof sampleProvince>) => void): void {
  const s = sampleProvince();
  edit?.(s);
  const grids: [string, Grid][] = [
    ["Đơn vị", s.units],
    ["Chỉ tiêu", s.indicators],
    ["Số liệu", s.data],
    ["Cài đặt", s.settings],
    ...(s.review ? ([["Thẩm định", s.review]] as [string, Grid][]) : []),
  ];
  for (const [name, grid] of grids) fakes.ss.loadGrid(name, grid);
  fakes.calls.reset();
}

/** Service calls that read or write cell values or formats. */
export const VALUE_CALLS =
  /^Range\.(getValues|getValue|getDisplayValues|setValues|setValue|getBackgrounds|setBackgrounds|setBackground|setNumberFormats|setNumberFormat|getNumberFormats|setNotes|setNote|getNotes|setFontWeights|setFontWeight|setFontFamily|setFontFamilies|setFontSize|setFontSizes|clear|clearContent|clearFormat)$|^Sheet\.(clear|clearContents|clearFormats|appendRow)$/;
