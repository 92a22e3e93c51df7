// `init <file.xlsx> [--sample] [--force]`: an empty template with example rows, or one filled with
// the sample province; never overwrites an existing file without --force.
import { t } from "../../core/messages";
import { monthKey } from "../../core/periods";
import { sampleProvince } from "../../workbook/sample";
import { templateSheets } from "../../workbook/template";
import { type Io, refuseOverwrite, writeWorkbookFile } from "../io";
import { writeTemplateSheets } from "../template-xlsx";
import { newWorkbook } from "../xlsx";

/** Last month, the month a new user is most likely to enter first. */
function lastMonth(now: Date): string {
  const m = now.getMonth();
  return m === 0 ? monthKey(now.getFullYear() - 1, 12) : monthKey(now.getFullYear(), m);
}

export async function initCommand(
  file: string,
  opts: { sample: boolean; force: boolean; now?: Date },
  io: Io,
): Promise<void> {
  if (!opts.force) await refuseOverwrite(file);
  // ExcelJS is loaded only to write (see xlsx.ts).
  const wb = await newWorkbook();
  wb.creator = "DX Scorecard";
  const sheets = templateSheets(opts.sample ? sampleProvince() : undefined, {
    language: io.lang,
    exampleMonth: lastMonth(opts.now ?? new Date()),
  });
  writeTemplateSheets(wb, sheets);
  await writeWorkbookFile(wb, file);
  io.err(`${t(io.lang, "wrote", { file })}\n`);
}
