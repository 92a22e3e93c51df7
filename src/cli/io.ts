// Output streams and safe file writing for the commands (never a half-written file, never the input).
import { access, rename, unlink, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import type ExcelJS from "exceljs";
import { UserError } from "../core/problems";
import type { Language } from "../core/schemas";

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  lang: Language;
  /** The package version, for `--version`. */
  version?: string;
}

/** `init` and `rank --out` refuse to replace an existing file unless --force is given. */
export async function refuseOverwrite(file: string): Promise<void> {
  const exists = await access(file).then(
    () => true,
    () => false,
  );
  if (exists) throw new UserError([{ key: "fileExists", params: { file } }], 1);
}

export function sameFile(a: string, b: string): boolean {
  return resolve(a) === resolve(b);
}

/**
 * Writes `file` through a temporary file beside it and a rename, so that a failure leaves no partial
 * file (and the error is one sentence naming the file).
 */
async function writeThroughTemporary(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    await write(tmp);
    await rename(tmp, file);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw new UserError(
      [{ key: "cannotWrite", params: { file, reason: e instanceof Error ? e.message : String(e) } }],
      1,
    );
  }
}

/** A workbook, never half-written. */
export function writeWorkbookFile(wb: ExcelJS.Workbook, file: string): Promise<void> {
  return writeThroughTemporary(file, (tmp) => wb.xlsx.writeFile(tmp));
}

/** A document's bytes, never half-written. */
export function writeFileSafely(file: string, bytes: Uint8Array): Promise<void> {
  return writeThroughTemporary(file, (tmp) => writeFile(tmp, bytes));
}
