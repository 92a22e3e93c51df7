// `init <file.xlsx> [--sample]`: an empty template, or one filled with the sample province.
import { access } from "node:fs/promises";
import { UserError } from "../../core/problems";
import { sampleProvince } from "../../workbook/sample";
import { templateSheets } from "../../workbook/template";
import { type Io, writeWorkbookFile } from "../io";
import { addTemplateSheets, newWorkbook } from "../xlsx";

export async function initCommand(file: string, opts: { sample: boolean; force: boolean }, io: Io): Promise<void> {
  if (!opts.force) {
    const exists = await access(file).then(
      () => true,
      () => false,
    );
    if (exists) throw new UserError([{ key: "fileExists", params: { file } }], 1);
  }
  const wb = await newWorkbook();
  wb.creator = "DX Scorecard";
  addTemplateSheets(wb, templateSheets(opts.sample ? sampleProvince() : undefined));
  await writeWorkbookFile(wb, file);
  io.err(`${io.lang === "vi" ? "Đã ghi" : "Wrote"} ${file}\n`);
}
