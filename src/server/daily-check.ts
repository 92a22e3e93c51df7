// Once a day the admins receive, by e-mail, the grid edits flagged since the last e-mail (another
// unit's row, a closed period, an unknown editor), so a forged figure does not wait for someone to
// run Kiểm tra số liệu. A time-driven trigger installed by set-up; it runs as that admin.
import { t } from "../core/messages";
import { ownerEmail } from "./access";
import { flagLine, readFlags, writeFlags } from "./flags";
import { readSpreadsheet, type Spreadsheet } from "./spreadsheet";

export const DAILY_HANDLER = "onDailyCheck";
const DAILY_HOUR = 7;

/** Installs the daily trigger unless the project has one. */
export function ensureDailyCheck(): boolean {
  if (ScriptApp.getProjectTriggers().some((tr) => tr.getHandlerFunction() === DAILY_HANDLER)) return false;
  ScriptApp.newTrigger(DAILY_HANDLER).timeBased().everyDays(1).atHour(DAILY_HOUR).create();
  return true;
}

/** E-mails the flags not yet e-mailed to the admins and the owner; returns how many went. */
export function runDailyCheck(ss: Spreadsheet): number {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) return 0;
  try {
    const flags = readFlags();
    const fresh = flags.filter((f) => !f.mailed);
    if (fresh.length === 0) return 0;
    const read = readSpreadsheet(ss, ["settings"]);
    const lang = read.model.settings.language;
    const to = [...new Set([...read.model.settings.adminEmails, ownerEmail(ss)].filter((e) => e !== ""))];
    if (to.length === 0 || MailApp.getRemainingDailyQuota() < to.length) return 0;
    MailApp.sendEmail({
      to: to.join(","),
      subject: t(lang, "dailyFlagsSubject", { count: fresh.length }),
      body: t(lang, "dailyFlagsBody", {
        lines: fresh.map((f) => `- ${flagLine(f, lang, read.timeZone)}`).join("\n"),
        url: ss.getUrl(),
      }),
      name: "DX Scorecard",
    });
    writeFlags(flags.map((f) => ({ ...f, mailed: true })));
    return fresh.length;
  } finally {
    lock.releaseLock();
  }
}
