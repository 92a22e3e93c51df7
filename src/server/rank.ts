// "Xếp hạng đơn vị": validate, rank with the core, write `Xếp hạng` — or write nothing at all: the
// new ranking is written aside and swapped in whole (sheet-swap.ts). Then `Tổng quan` (design §13),
// the same way: when it fails, the ranking stands and the result says the overview is the previous one.
import { buildHistory } from "../core/history";
import { periodLabel } from "../core/labels";
import { t } from "../core/messages";
import { type Period, parsePeriod } from "../core/periods";
import { buildReport, hasDataFor } from "../core/report";
import type { Cell } from "../workbook/contract";
import { isOverviewTitleRow, layoutOverviewSheet } from "../workbook/overview-sheet";
import { layoutRankingSheet, type SheetPaint } from "../workbook/ranking-sheet";
import { caller } from "./access";
import { lastCompleteMonth, nowText, today } from "./clock";
import { withDocumentLock } from "./lock";
import { paintSheet } from "./paint";
import { replaceSheet } from "./sheet-swap";
import { readSpreadsheet, type Sheet, type Spreadsheet, type WorkbookRead } from "./spreadsheet";
import { alert, askPeriod, problemLines, toast } from "./ui";

export interface RankOutcome {
  ok: boolean;
  message: string;
  period?: string;
}

export function rankUnitsIn(ss: Spreadsheet, periodArg: unknown): RankOutcome {
  const read = readSpreadsheet(ss);
  const lang = read.model.settings.language;
  const fail = (message: string): RankOutcome => {
    alert(t(lang, "cannotRankTitle"), message);
    return { ok: false, message };
  };

  const who = caller(ss, read.model.settings);
  if (!who.admin) {
    return fail(t(lang, "notAdmin", { email: who.email || t(lang, "unknownUser"), action: t(lang, "actionRank") }));
  }

  let periodText: string | null;
  if (typeof periodArg === "string") periodText = periodArg;
  else periodText = askPeriod(lang, "rankPromptTitle", "rankPrompt", lastCompleteMonth(read.timeZone));
  if (periodText === null) return { ok: false, message: "" };
  const period = parsePeriod(periodText);
  if (!period) return fail(t(lang, "periodInvalid", { value: periodText }));

  if (read.problems.length > 0) {
    return fail(`${t(lang, "problemsIntro", { count: read.problems.length })}\n${problemLines(read.problems, lang)}`);
  }
  const label = periodLabel(period, lang);
  if (!hasDataFor(read.model, period)) return fail(t(lang, "periodNoData", { period: label }));

  toast(ss, t(lang, "rankStarted", { period: label }));
  const report = buildReport(read.model, period);
  const rankedAt = nowText(read.timeZone);
  const paint = layoutRankingSheet(report, { lang, rankedAt, missing: read.model.settings.missing });
  const overview = overviewPaint(read, period, rankedAt);
  // Written aside and swapped in, under the lock so that two runs never swap at once.
  const written = withDocumentLock(
    () => {
      let ranking: Sheet;
      try {
        ranking = replaceSheet(ss, "ranking", read.sheets.ranking, (sheet) => paintSheet(sheet, paint));
      } catch (e) {
        console.error(e);
        return { ranking: false, overview: "failed" as const };
      }
      return { ranking: true, overview: writeOverview(ss, read, overview, ranking) };
    },
    () => null,
  );
  if (written === null) return fail(t(lang, "busy"));
  if (!written.ranking) return fail(t(lang, "rankWriteFailed", { period: label }));
  const units = report.groups.reduce((n, g) => n + g.ranking.length, 0);
  const done = t(lang, "rankDone", {
    period: label,
    units,
    laggards: report.laggardUnitCount,
    notReported: report.notReported.length,
  });
  const o = written.overview;
  const message =
    o === "written"
      ? done
      : `${done} ${o === "failed" ? t(lang, "overviewWriteFailed") : t(lang, "overviewForeign", { sheet: o.foreign })}`;
  toast(ss, message, "DX Scorecard", 10);
  return { ok: true, message, period: report.periodKey };
}

/** `Tổng quan` for the months up to the period, punctuality judged in the spreadsheet's zone; null if it cannot be laid out. */
function overviewPaint(read: WorkbookRead, period: Period, writtenAt: string): SheetPaint | null {
  try {
    const { settings } = read.model;
    const history = buildHistory(read.model, period, { timeZone: read.timeZone, today: today(read.timeZone) });
    return layoutOverviewSheet(history, {
      lang: settings.language,
      period,
      writtenAt,
      decimals: settings.decimals,
      trend: "sparkline",
    });
  } catch (e) {
    console.error(e);
    return null;
  }
}

type OverviewOutcome = "written" | "failed" | { foreign: string };

/**
 * Replaces `Tổng quan` whole, unless a sheet of that name is someone's own (not empty, and not
 * titled as the overview is): that one is never overwritten. On a failure the previous overview is
 * kept. Either way the ranking is shown again: inserting the overview's new sheet made that one active.
 */
function writeOverview(ss: Spreadsheet, read: WorkbookRead, paint: SheetPaint | null, ranking: Sheet): OverviewOutcome {
  if (!paint) return "failed";
  const current = read.sheets.overview;
  let outcome: OverviewOutcome = "written";
  try {
    if (current && !isOwnOverview(current)) return { foreign: current.getName() };
    replaceSheet(ss, "overview", current, (sheet) => paintSheet(sheet, paint));
  } catch (e) {
    console.error(e);
    outcome = "failed";
  }
  try {
    ranking.activate();
  } catch {
    // Another sheet is in view instead: nothing is lost.
  }
  return outcome;
}

/** An empty sheet, or one whose first row has the overview's title (one getValues of three cells). */
function isOwnOverview(sheet: Sheet): boolean {
  if (sheet.getLastRow() === 0) return true;
  const columns = Math.min(3, sheet.getMaxColumns());
  return isOverviewTitleRow(sheet.getRange(1, 1, 1, columns).getValues()[0] as Cell[]);
}
