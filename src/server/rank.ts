// "Xếp hạng đơn vị": validate, rank with the core, write `Xếp hạng` — or write nothing at all: the
// new ranking is written aside and swapped in whole (sheet-swap.ts).
import { periodLabel } from "../core/labels";
import { t } from "../core/messages";
import { parsePeriod } from "../core/periods";
import { buildReport, hasDataFor } from "../core/report";
import { layoutRankingSheet } from "../workbook/ranking-sheet";
import { caller } from "./access";
import { lastCompleteMonth, nowText } from "./clock";
import { withDocumentLock } from "./lock";
import { paintSheet } from "./paint";
import { replaceSheet } from "./sheet-swap";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";
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
  const paint = layoutRankingSheet(report, {
    lang,
    rankedAt: nowText(read.timeZone),
    missing: read.model.settings.missing,
  });
  // Written aside and swapped in, under the lock so that two runs never swap at once.
  const written = withDocumentLock(
    () => {
      try {
        replaceSheet(ss, "ranking", read.sheets.ranking, (sheet) => paintSheet(sheet, paint));
        return true;
      } catch (e) {
        console.error(e);
        return false;
      }
    },
    () => null,
  );
  if (written === null) return fail(t(lang, "busy"));
  if (!written) return fail(t(lang, "rankWriteFailed", { period: label }));
  const units = report.groups.reduce((n, g) => n + g.ranking.length, 0);
  const message = t(lang, "rankDone", {
    period: label,
    units,
    laggards: report.laggardUnitCount,
    notReported: report.notReported.length,
  });
  toast(ss, message, "DX Scorecard", 10);
  return { ok: true, message, period: report.periodKey };
}
