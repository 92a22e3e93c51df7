// `rank <file.xlsx> --period P [--json] [--out ranked.xlsx]`.
import { missingMonthsWarning } from "../../core/coverage";
import { buildHistory, type History } from "../../core/history";
import { periodLabel } from "../../core/labels";
import { t } from "../../core/messages";
import { formatPeriod, type Period } from "../../core/periods";
import { formatProblem, UserError } from "../../core/problems";
import { buildReport, hasDataFor, type Report, rankToJson } from "../../core/report";
import type { Model } from "../../core/schemas";
import { SHEETS } from "../../workbook/contract";
import { dateParts, formatDateTime } from "../../workbook/dates";
import { layoutRankingSheet } from "../../workbook/ranking-sheet";
import { exampleRowsNote } from "../examples";
import { type Io, refuseOverwrite, sameFile, writeWorkbookFile } from "../io";
import { fileError, type Loaded, loadModel, MAX_OUT_CELLS, requireValid, warningLines, XLSX_TIME_ZONE } from "../load";
import { paintOverviewCopy } from "../overview";
import type { Progress } from "../progress";
import { renderReportText } from "../text-report";
import { FileProblem, loadWorkbook, paintSheet } from "../xlsx";

export const REPORT_TIME_ZONE = "Asia/Ho_Chi_Minh";

export interface RankOptions {
  period: Period;
  json: boolean;
  out?: string;
  /** Lets --out replace an existing file. */
  force?: boolean;
  now?: Date;
}

export async function rankLoaded(loaded: Loaded, file: string, opts: RankOptions): Promise<Report> {
  requireValid(loaded.read);
  const model = loaded.read.model;
  if (!hasDataFor(model, opts.period)) {
    const period = periodLabel(opts.period, model.settings.language);
    throw new UserError([{ key: "periodNoData", params: { period } }], 1, model.settings.language);
  }
  if (opts.out && sameFile(opts.out, file)) throw new UserError([{ key: "outputSameAsInput", params: {} }], 2);
  // Refused before anything is printed: copying a larger workbook with ExcelJS would run out of memory.
  if (opts.out && loaded.cells > MAX_OUT_CELLS)
    throw new UserError(
      [{ key: "outTooLarge", params: { file, cells: loaded.cells, limit: MAX_OUT_CELLS } }],
      1,
      model.settings.language,
    );
  return buildReport(model, opts.period);
}

/** `history` is that of the report's period (`cliHistory`), when the caller has it already. */
export async function writeRankedCopy(
  loaded: Loaded,
  report: Report,
  out: string,
  now: Date,
  history: History = cliHistory(loaded.read.model, report.period, now),
): Promise<void> {
  const settings = loaded.read.model.settings;
  const paint = layoutRankingSheet(report, {
    lang: settings.language,
    rankedAt: formatDateTime(now, REPORT_TIME_ZONE),
    missing: settings.missing,
  });
  const name = loaded.read.sheetNames.ranking ?? SHEETS.ranking.name;
  if (!loaded.workbook) {
    try {
      loaded.workbook = await loadWorkbook(loaded.file);
    } catch (e) {
      if (e instanceof FileProblem) throw fileError("fileUnreadable", loaded.file, e.reason);
      throw e;
    }
  }
  paintSheet(loaded.workbook, name, paint);
  paintOverviewCopy(loaded.workbook, {
    read: loaded.read,
    period: report.period,
    history,
    now,
    reportTimeZone: REPORT_TIME_ZONE,
    after: name,
  });
  await writeWorkbookFile(loaded.workbook, out);
}

/**
 * Warnings about what was ranked, on stderr so that stdout (and --json) stays clean: months of a
 * quarter or year without figures, example rows of the template still in place.
 */
export function rankWarnings(loaded: Loaded, file: string, period: Period): string[] {
  const model = loaded.read.model;
  const lang = model.settings.language;
  const notes = [missingMonthsWarning(model, period), exampleRowsNote(model)].flatMap((w) => (w ? [w] : []));
  return [
    ...warningLines(loaded.read, file),
    ...notes.map((w) => `dx-scorecard: ${file}: ${t(lang, "warningsHeading")}: ${formatProblem(w, lang)}\n`),
  ];
}

/**
 * Trends and punctuality as the command line sees them (design §13): `Cập nhật lúc` read as the
 * workbook's wall time, as every date of an .xlsx is; a month is missing once its due day has
 * passed in the office's zone.
 */
export function cliHistory(model: Model, period: Period, now: Date): History {
  const { year, month, day } = dateParts(now, REPORT_TIME_ZONE);
  return buildHistory(model, period, { timeZone: XLSX_TIME_ZONE, today: { year, month, day } });
}

export async function rankCommand(file: string, opts: RankOptions, io: Io, p: Progress): Promise<void> {
  if (opts.out !== undefined) {
    if (sameFile(opts.out, file)) throw new UserError([{ key: "outputSameAsInput", params: {} }], 2);
    if (!opts.force) await refuseOverwrite(opts.out);
  }
  const loaded = await loadModel(file, p);
  const report = await rankLoaded(loaded, file, opts);
  for (const line of rankWarnings(loaded, file, opts.period)) io.err(line);
  const lang = loaded.read.model.settings.language;
  const now = opts.now ?? new Date();
  // Built once for --json and the copy's Tổng quan alike.
  const history = opts.json || opts.out ? cliHistory(loaded.read.model, opts.period, now) : undefined;
  if (history && opts.json) io.out(`${JSON.stringify(rankToJson(report, history), null, 2)}\n`);
  else io.out(renderReportText(report, lang));
  if (opts.out) {
    p.step(`${opts.out}…`);
    await writeRankedCopy(loaded, report, opts.out, now, history);
    p.done();
    io.err(`${t(lang, "wroteRanking", { period: formatPeriod(opts.period), file: opts.out })}\n`);
  }
}
