// `demo`: the whole job on the sample province, into ./demo-output/ (its own folder, so it
// overwrites its own files of an earlier run): the letter's month, its quarter, and the year on the
// full year-end index, with the office's documents (the month's letter, the year's report). With
// --lang en the sample is English throughout.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { periodLabel } from "../../core/labels";
import { t } from "../../core/messages";
import { parsePeriod } from "../../core/periods";
import { rankToJson } from "../../core/report";
import { SAMPLE_PERIOD, SAMPLE_YEAR } from "../../workbook/sample";
import {
  csvText,
  SAMPLE_EXPORT_FILE,
  SAMPLE_EXPORT_INDICATOR,
  SAMPLE_EXPORT_PERIOD,
  SAMPLE_EXPORT_RATE_HEADER,
  sampleExport,
} from "../../workbook/sample-export";
import type { Io } from "../io";
import { type Loaded, loadModel } from "../load";
import type { Progress } from "../progress";
import { renderReportText } from "../text-report";
import { defaultDocumentName, documentModel, writeDocument } from "./documents";
import { importCommand } from "./import";
import { initCommand } from "./init";
import { cliHistory, rankLoaded, writeRankedCopy } from "./rank";
import { outboxOf, writeOutbox } from "./summary";
import { findUnit, renderTrendText, unitTrendView } from "./trend";

/** The month after the letter's: its ranking follows up June's laggards (design §13). */
const FOLLOW_UP_PERIOD = "2023-07";
/** A sample unit named in June's letter that often sends its figures late: its months up to July. */
const TREND_UNIT = "BUDOP";

export async function demoCommand(dir: string, io: Io, p: Progress): Promise<void> {
  await mkdir(dir, { recursive: true });
  const workbook = join(dir, "binh-phuoc-2023.xlsx");
  await initCommand(workbook, { sample: true, force: true }, io);
  const loaded = await loadModel(workbook, p);
  const lang = loaded.read.model.settings.language;
  const now = new Date();
  const written: string[] = [workbook];
  for (const key of [SAMPLE_PERIOD, "2023-Q2", SAMPLE_YEAR]) {
    const period = parsePeriod(key)!;
    const report = await rankLoaded(loaded, workbook, { period, json: false });
    // The month of the letter, then the year on the whole index (points out of 220 and 230).
    if (key === SAMPLE_YEAR) io.out(`\n${renderReportText(report, lang)}`);
    if (key === SAMPLE_PERIOD) {
      io.out(renderReportText(report, lang));
      // The month's e-mails as .eml files, so a new user can open them in any mail client.
      const outboxDir = join(dir, `outbox-${key}`);
      const files = await writeOutbox(outboxDir, outboxOf(loaded, report, now), now, p);
      written.push(t(lang, "outboxListed", { count: files.length, dir: outboxDir }));
    }
    const out = join(dir, `xep-hang-${key}.xlsx`);
    const history = cliHistory(loaded.read.model, period, now);
    await writeRankedCopy(loaded, report, out, now, history);
    const json = join(dir, `xep-hang-${key}.json`);
    await writeFile(json, `${JSON.stringify(rankToJson(report, history), null, 2)}\n`);
    written.push(out, json);
    const kind = key === SAMPLE_PERIOD ? "letter" : key === SAMPLE_YEAR ? "report" : null;
    if (kind) {
      const docx = join(dir, defaultDocumentName(kind, period));
      p.step(`${docx}…`);
      await writeDocument(documentModel(kind, report, loaded.read.model.settings), docx);
      p.done();
      written.push(docx);
    }
  }
  const followUp = await demoFollowUp(dir, workbook, loaded, now);
  written.push(...followUp.files);
  written.push(...(await demoImport(dir, workbook, io, p)));
  io.err(`\n${t(lang, "filesWritten")}:\n${written.map((f) => `  ${f}`).join("\n")}\n`);
  io.err(`\n${followUp.hint}\n`);
  const command = importCommandLine(workbook, join(dir, SAMPLE_EXPORT_FILE));
  io.err(
    `\n${t(lang, "demoImportHint", {
      command,
      dryRun: join(dir, IMPORT_DRY_RUN),
      period: periodLabel(parsePeriod(SAMPLE_EXPORT_PERIOD)!, lang),
    })}\n`,
  );
}

/**
 * July's ranking as JSON, with the follow-up of June's laggards, and one of them month by month up
 * to July as `trend` prints it.
 */
async function demoFollowUp(
  dir: string,
  workbook: string,
  loaded: Loaded,
  now: Date,
): Promise<{ files: string[]; hint: string }> {
  const model = loaded.read.model;
  const lang = model.settings.language;
  const period = parsePeriod(FOLLOW_UP_PERIOD)!;
  const report = await rankLoaded(loaded, workbook, { period, json: true });
  const json = join(dir, `xep-hang-${FOLLOW_UP_PERIOD}.json`);
  await writeFile(json, `${JSON.stringify(rankToJson(report, cliHistory(model, period, now)), null, 2)}\n`);
  const unit = findUnit(loaded, TREND_UNIT);
  const trend = join(dir, `trend-${TREND_UNIT}.txt`);
  await writeFile(trend, renderTrendText(unitTrendView(model, unit, { to: period }, now), lang));
  const command = `dx-scorecard trend ${workbook} --unit ${TREND_UNIT} --to ${FOLLOW_UP_PERIOD}`;
  return { files: [json, trend], hint: t(lang, "demoTrendHint", { unit: unit.name, file: trend, command }) };
}

const IMPORT_DRY_RUN = `nhap-thu-${SAMPLE_EXPORT_PERIOD}.txt`;

function importCommandLine(workbook: string, csv: string): string {
  const map = `${SAMPLE_EXPORT_INDICATOR}="${SAMPLE_EXPORT_RATE_HEADER}"`;
  return `dx-scorecard import ${workbook} --from ${csv} --period ${SAMPLE_EXPORT_PERIOD} --map ${map}`;
}

/**
 * The sample export of the document-management system (as Vietnamese Excel saves "CSV UTF-8":
 * BOM, `;`, CRLF) and the import's dry run on it, as `import` prints it.
 */
async function demoImport(dir: string, workbook: string, io: Io, p: Progress): Promise<string[]> {
  const csv = join(dir, SAMPLE_EXPORT_FILE);
  await writeFile(csv, `\uFEFF${csvText(sampleExport().rows)}`);
  let text = "";
  const add = (s: string) => {
    text += s;
  };
  const capture: Io = { lang: io.lang, out: add, err: add };
  const opts = {
    from: csv,
    period: parsePeriod(SAMPLE_EXPORT_PERIOD)!,
    mapping: { columns: { [SAMPLE_EXPORT_INDICATOR]: SAMPLE_EXPORT_RATE_HEADER } },
    overwrite: false,
    skipUnmatched: false,
    json: false,
    force: false,
  };
  const code = await importCommand(workbook, opts, capture, p);
  if (code !== 0) throw new Error(`the demo's import dry run failed:\n${text}`);
  const dryRun = join(dir, IMPORT_DRY_RUN);
  await writeFile(dryRun, text);
  return [csv, dryRun];
}
