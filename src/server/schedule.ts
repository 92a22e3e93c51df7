// The automatic schedule: on `Ngày gửi tổng hợp` the month's summary, laggard notices and requests
// for more evidence (and the quarter's summary after a quarter ends), on the due day − 2 the reminders, and any follow-up
// the quota left for tomorrow or the time left for a few minutes later. One handler for all, so
// re-runs stay idempotent through the record of what was sent.
import { t } from "../core/messages";
import { formatPeriod, monthBefore, quarterEndingIn } from "../core/periods";
import type { Language, Settings } from "../core/schemas";
import type { MessageKind } from "../core/summary";
import { dateParts } from "../workbook/dates";
import { caller } from "./access";
import {
  deliver,
  dropFollowUp,
  isFollowUp,
  isFollowUpId,
  periodOf,
  readPending,
  SCHEDULE_HANDLER,
  type SendOutcome,
} from "./mail";
import { deadlineFromNow } from "./run-budget";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";
import { alert, maybeUi, toast } from "./ui";

export const SEND_HOUR = 8;

export function reminderDay(settings: Settings): number {
  return Math.max(1, settings.dueDay - 2);
}

/**
 * The date the trigger fired for, in the spreadsheet's zone. The event's fields are in its own
 * `timezone` (UTC in practice): they are converted; without an event, today.
 */
function today(e: Partial<GoogleAppsScript.Events.TimeDriven> | undefined, timeZone: string) {
  const [y, m, d] = [Number(e?.year), Number(e?.month), Number(e?.["day-of-month"])];
  if (!e || !y || !m || !d) return dateParts(new Date(), timeZone);
  if (e.timezone === timeZone) return { year: y, month: m, day: d };
  if (e.timezone === "UTC") {
    return dateParts(new Date(Date.UTC(y, m - 1, d, Number(e.hour) || 0, Number(e.minute) || 0)), timeZone);
  }
  return dateParts(new Date(), timeZone);
}

export function runScheduled(ss: Spreadsheet, e?: Partial<GoogleAppsScript.Events.TimeDriven>): SendOutcome[] {
  // One time budget for the whole run, however many jobs it has.
  const deadline = deadlineFromNow();
  const read = readSpreadsheet(ss, ["settings"]);
  const settings = read.model.settings;
  const now = today(e, read.timeZone);
  const lastMonth = monthBefore(now.year, now.month);
  // A fired one-off follow-up is spent: remove it, so that a new one can be made if still needed.
  if (e?.triggerUid && isFollowUpId(e.triggerUid)) dropFollowUp();
  const jobs: { period: string; kinds: MessageKind[] }[] = readPending();
  const month = formatPeriod(lastMonth);
  if (now.day === settings.summaryDay) {
    // The month's figures are reviewed after the due day: its requests for more evidence go with its summary.
    jobs.push({ period: month, kinds: ["summary", "notice", "review"] });
    const quarter = quarterEndingIn(lastMonth);
    if (quarter) jobs.push({ period: formatPeriod(quarter), kinds: ["summary"] });
  }
  if (now.day === reminderDay(settings)) jobs.push({ period: month, kinds: ["reminder"] });
  const outcomes: SendOutcome[] = [];
  for (const job of jobs) {
    const period = periodOf(job.period);
    if (!period) continue;
    const outcome = deliver(ss, period, job.kinds, { unattended: true, deadline });
    outcomes.push(outcome);
    console.log(`DX Scorecard ${job.period} ${job.kinds.join("+")}: ${outcome.message}`);
  }
  if (readPending().length === 0) dropFollowUp();
  return outcomes;
}

function scheduleTriggers(): GoogleAppsScript.Script.Trigger[] {
  return ScriptApp.getProjectTriggers().filter((tr) => tr.getHandlerFunction() === SCHEDULE_HANDLER && !isFollowUp(tr));
}

function describe(lang: Language, settings: Settings, on: boolean): string {
  return on
    ? t(lang, "scheduleOn", { summaryDay: settings.summaryDay, reminderDay: reminderDay(settings) })
    : t(lang, "scheduleOff");
}

/**
 * Installs (or removes) the monthly triggers at 08:00 in the spreadsheet's time zone, replacing
 * any earlier ones so there is never a duplicate. `enable` undefined: show the state and ask.
 */
export function scheduleIn(ss: Spreadsheet, enable?: boolean): string {
  const message = applySchedule(ss, enable);
  // From the menu the return value goes nowhere: say it.
  if (enable === undefined && message !== "") toast(ss, message, "DX Scorecard", 10);
  return message;
}

function applySchedule(ss: Spreadsheet, enable?: boolean): string {
  const read = readSpreadsheet(ss, ["settings"]);
  const settings = read.model.settings;
  const lang = settings.language;
  const who = caller(ss, settings);
  if (!who.admin) {
    const message = t(lang, "notAdmin", { email: who.email || t(lang, "unknownUser"), action: t(lang, "actionSend") });
    alert(t(lang, "scheduleTitle"), message);
    return message;
  }
  const existing = scheduleTriggers();
  let want = enable;
  if (want === undefined) {
    const ui = maybeUi();
    if (!ui) return describe(lang, settings, existing.length > 0);
    const on = existing.length > 0;
    const question = `${describe(lang, settings, on)}\n\n${t(lang, on ? "scheduleAskOff" : "scheduleAskOn")}`;
    if (ui.alert(t(lang, "scheduleTitle"), question, ui.ButtonSet.YES_NO) !== ui.Button.YES)
      return describe(lang, settings, on);
    want = !on;
  }
  for (const tr of existing) ScriptApp.deleteTrigger(tr);
  if (!want) return t(lang, "scheduleTurnedOff");
  const days = [...new Set([settings.summaryDay, reminderDay(settings)])];
  for (const day of days) {
    ScriptApp.newTrigger(SCHEDULE_HANDLER)
      .timeBased()
      .onMonthDay(day)
      .atHour(SEND_HOUR)
      .inTimezone(read.timeZone)
      .create();
  }
  return t(lang, "scheduleTurnedOn", { summaryDay: settings.summaryDay, reminderDay: reminderDay(settings) });
}
