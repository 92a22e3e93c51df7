// LibreOffice for the tests that look at a document or workbook as its reader will: converted to
// PDF by `soffice --headless`, pages counted. Absent on a developer's machine, those tests skip
// with the reason printed; `.ci/run` installs it and sets DX_REQUIRE_SOFFICE=1, which turns its
// absence into a failure.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

function findSoffice(): string | null {
  const named = process.env.DX_SOFFICE;
  if (named) return existsSync(named) ? named : null;
  for (const dir of (process.env.PATH ?? "").split(":")) {
    for (const name of ["soffice", "libreoffice"]) if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return null;
}

export const SOFFICE = findSoffice();

/** Why the LibreOffice tests skip, or null when they run. Throws when CI requires LibreOffice. */
export function sofficeSkipReason(): string | null {
  if (SOFFICE) return null;
  if (process.env.DX_REQUIRE_SOFFICE === "1")
    throw new Error(
      "DX_REQUIRE_SOFFICE=1 but soffice is not installed (apt-get install -y libreoffice-writer libreoffice-calc)",
    );
  const reason = "LibreOffice (soffice) is not installed: PDF page-count tests skipped";
  console.warn(`[skip] ${reason}`);
  return reason;
}

/**
 * Converts a .docx or .xlsx to PDF with LibreOffice, in its own profile so that conversions may
 * run side by side; returns the PDF's path (in a new temporary folder).
 */
export async function toPdf(file: string): Promise<string> {
  if (!SOFFICE) throw new Error("soffice is not installed");
  const out = await mkdtemp(join(tmpdir(), "dx-pdf-"));
  const profile = await mkdtemp(join(tmpdir(), "dx-lo-profile-"));
  try {
    await run(
      SOFFICE,
      [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", out, file],
      { timeout: 120_000 },
    );
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  const pdf = join(out, basename(file).replace(/\.[^.]+$/, ".pdf"));
  if (!existsSync(pdf)) throw new Error(`soffice wrote no PDF for ${file}`);
  return pdf;
}

/** The number of pages of a PDF (its page objects, `/Type /Page`, not the `/Pages` tree). */
export async function pdfPageCount(pdf: string): Promise<number> {
  const text = (await readFile(pdf)).toString("latin1");
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
