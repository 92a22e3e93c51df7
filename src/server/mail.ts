// Sending a period's e-mails with MailApp: committee summary first, then laggard notices, then
// reminders. Every message sent is recorded in `Nhật ký` (period, kind, unit, recipients), and a
// message already recorded is never sent again, so re-runs and second clicks are harmless.
// What the daily quota cannot carry waits in a document property for a follow-up run tomorrow.
import { periodLabel } from "../core/labels";
import { t } from "../core/messages";
import { formatPeriod, type Period, parsePeriod } from "../core/periods";
import { buildReport } from "../core/report";
import type { Language } from "../core/schemas";
import { buildOutbox, type MessageKind, type OutboxMessage } from "../core/summary";
import { cellText } from "../workbook/cells";
import type { Grid } from "../workbook/contract";
import { activeUserEmail } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { today } from "./clock";
import { readLanguage, readSpreadsheet, type Spreadsheet } from "./spreadsheet";
import { problemLines } from "./ui";

export const SCHEDULE_HANDLER = "onScheduledSummary";
const PENDING = "dxScorecard.pending";
const FOLLOW_UP = "dxScorecard.followUpTrigger";
const DAY_MS = 24 * 60 * 60 * 1000;
const QUOTA_ERROR = /too many times|quota|hạn mức/i;
/** Sent messages are logged in batches this size, so a run cut short cannot send them again. */
const LOG_BATCH = 10;

export interface PendingSend {
  period: string;
  kinds: MessageKind[];
}

export interface SendOutcome {
  ok: boolean;
  message: string;
  sent: number;
  deferred: number;
  failed: number;
  skipped: number;
  already: number;
}

const SENT_ACTIONS = new Set([t("vi", "auditMailSent"), t("en", "auditMailSent")]);

/** Keys of the messages `Nhật ký` records as sent: `2023-06|summary`, `2023-06|notice|SGTVT`. */
export function sentKeys(audit: Grid | undefined): Set<string> {
  const keys = new Set<string>();
  for (const row of (audit ?? []).slice(1)) {
    if (!SENT_ACTIONS.has(cellText(row[2]))) continue;
    const [period, unit, kind] = [cellText(row[3]), cellText(row[4]), cellText(row[5])];
    keys.add(unit ? `${period}|${kind}|${unit}` : `${period}|${kind}`);
  }
  return keys;
}

function recipients(m: OutboxMessage): number {
  return m.to.length + (m.cc?.length ?? 0);
}

function send(m: OutboxMessage): void {
  MailApp.sendEmail({
    to: m.to.join(","),
    ...(m.cc && m.cc.length > 0 ? { cc: m.cc.join(",") } : {}),
    subject: m.subject,
    body: m.text,
    htmlBody: m.html,
    name: "DX Scorecard",
  });
}

export function readPending(): PendingSend[] {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(PENDING);
    const list = raw ? (JSON.parse(raw) as PendingSend[]) : [];
    return Array.isArray(list) ? list.filter((p) => typeof p?.period === "string" && Array.isArray(p.kinds)) : [];
  } catch {
    return [];
  }
}

function writePending(list: PendingSend[]): void {
  const props = PropertiesService.getDocumentProperties();
  if (list.length === 0) props.deleteProperty(PENDING);
  else props.setProperty(PENDING, JSON.stringify(list));
}

function updatePending(period: string, kinds: MessageKind[], deferred: boolean): void {
  const others = readPending().filter((p) => !(p.period === period && p.kinds.join() === kinds.join()));
  writePending(deferred ? [...others, { period, kinds }] : others);
}

/** One follow-up trigger, about a day later, for what the quota could not carry. */
function ensureFollowUp(): void {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(FOLLOW_UP);
  if (id && ScriptApp.getProjectTriggers().some((tr) => tr.getUniqueId() === id)) return;
  const trigger = ScriptApp.newTrigger(SCHEDULE_HANDLER).timeBased().after(DAY_MS).create();
  props.setProperty(FOLLOW_UP, trigger.getUniqueId());
}

export function dropFollowUp(): void {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(FOLLOW_UP);
  if (!id) return;
  for (const tr of ScriptApp.getProjectTriggers()) if (tr.getUniqueId() === id) ScriptApp.deleteTrigger(tr);
  props.deleteProperty(FOLLOW_UP);
}

export function isFollowUpId(uniqueId: string): boolean {
  return PropertiesService.getDocumentProperties().getProperty(FOLLOW_UP) === uniqueId;
}

export function isFollowUp(trigger: GoogleAppsScript.Script.Trigger): boolean {
  return isFollowUpId(trigger.getUniqueId());
}

export interface Plan {
  lang: Language;
  period: Period;
  label: string;
  pending: OutboxMessage[];
  already: number;
  skipped: number;
  adminEmails: string[];
  /** Malformed addresses, skipped: shown in the preview and the result. */
  warnings: string;
  problem?: string;
  auditSheet?: GoogleAppsScript.Spreadsheet.Sheet;
}

/** What a send of this period and these kinds would do now, without sending. */
export function planSend(ss: Spreadsheet, period: Period, kinds: MessageKind[]): Plan {
  const read = readSpreadsheet(ss, ["units", "indicators", "data", "settings", "audit"]);
  const lang = read.model.settings.language;
  const label = periodLabel(period, lang);
  const warnings = read.warnings.length ? `\n${t(lang, "warningsHeading")}:\n${problemLines(read.warnings, lang)}` : "";
  const adminEmails = read.model.settings.adminEmails;
  const base = {
    lang,
    period,
    label,
    pending: [],
    already: 0,
    skipped: 0,
    adminEmails,
    warnings,
    auditSheet: read.sheets.audit,
  };
  if (read.problems.length > 0) {
    return {
      ...base,
      problem: `${t(lang, "problemsIntro", { count: read.problems.length })}\n${problemLines(read.problems, lang)}`,
    };
  }
  const report = buildReport(read.model, period);
  const outbox = buildOutbox({
    report,
    units: read.model.units,
    settings: read.model.settings,
    spreadsheetUrl: ss.getUrl(),
    kinds,
    today: today(read.timeZone),
  });
  const done = sentKeys(read.grids.audit);
  const pending = outbox.messages.filter((m) => !done.has(m.key));
  return { ...base, pending, already: outbox.messages.length - pending.length, skipped: outbox.skipped.length };
}

/**
 * Sends what a plan has pending, within the daily quota, recording each message in `Nhật ký`.
 * `unattended`: a scheduled run, where a workbook that cannot be read is reported to the admins.
 */
export function deliver(ss: Spreadsheet, period: Period, kinds: MessageKind[], unattended = false): SendOutcome {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    const message = t(readLanguage(ss), "busy");
    return { ok: false, message, sent: 0, deferred: 0, failed: 0, skipped: 0, already: 0 };
  }
  try {
    const plan = planSend(ss, period, kinds);
    const { lang, label } = plan;
    const zero = { sent: 0, deferred: 0, failed: 0, skipped: plan.skipped, already: plan.already };
    if (plan.problem) {
      const message = t(lang, "sendCannot", { period: label, reason: plan.problem });
      if (unattended) reportFailures(ss, lang, label, plan.adminEmails, [message]);
      return { ok: false, message, ...zero };
    }
    let quota = MailApp.getRemainingDailyQuota();
    const by = activeUserEmail();
    let log: AuditRow[] = [];
    let auditSheet = plan.auditSheet;
    const flushLog = () => {
      auditSheet = appendAudit(ss, auditSheet, log);
      if (log.length > 0) SpreadsheetApp.flush();
      log = [];
    };
    const failures: string[] = [];
    let sent = 0;
    let deferred = 0;
    const key = formatPeriod(period);
    for (const m of plan.pending) {
      const n = recipients(m);
      if (n > quota) {
        deferred++;
        continue;
      }
      try {
        send(m);
        quota -= n;
        sent++;
        log.push(auditRow(lang, "auditMailSent", by, key, m, [...m.to, ...(m.cc ?? [])].join(", ")));
      } catch (e) {
        // Errors may come from another realm (a service, a test): read the message, not the class.
        const text = typeof (e as { message?: unknown })?.message === "string" ? (e as Error).message : String(e);
        if (QUOTA_ERROR.test(text)) {
          deferred++;
          quota = 0;
          continue;
        }
        failures.push(`${m.key}: ${text}`);
        log.push(auditRow(lang, "auditMailFailed", by, key, m, text));
      }
      if (log.length >= LOG_BATCH) flushLog();
    }
    flushLog();
    updatePending(key, kinds, deferred > 0);
    if (deferred > 0) ensureFollowUp();
    if (failures.length > 0) reportFailures(ss, lang, label, plan.adminEmails, failures);
    const outcome = { sent, deferred, failed: failures.length, skipped: plan.skipped, already: plan.already };
    const message =
      sent === 0 && deferred > 0 && failures.length === 0
        ? t(lang, "sendQuotaZero")
        : t(lang, "sendResult", { period: label, ...outcome });
    return { ok: failures.length === 0, message: message + plan.warnings, ...outcome };
  } finally {
    lock.releaseLock();
  }
}

function auditRow(
  lang: Language,
  action: "auditMailSent" | "auditMailFailed",
  by: string,
  period: string,
  m: OutboxMessage,
  value: string,
): AuditRow {
  return {
    at: new Date(),
    by,
    action: t(lang, action),
    period,
    unitId: m.unitId ?? "",
    indicator: m.kind,
    oldValue: "",
    newValue: value,
  };
}

/** Failures are never silent: the admins get an e-mail (if any quota is left) and the log has them. */
function reportFailures(ss: Spreadsheet, lang: Language, label: string, admins: string[], failures: string[]): void {
  let owner = "";
  try {
    owner = ss.getOwner()?.getEmail() ?? "";
  } catch {
    // No owner is visible on a shared drive: the log in Nhật ký still has the failures.
  }
  const to = admins.length > 0 ? admins : [owner].filter((e) => e !== "");
  if (to.length === 0 || MailApp.getRemainingDailyQuota() < to.length) return;
  try {
    MailApp.sendEmail({
      to: to.join(","),
      subject: t(lang, "sendFailuresSubject", { period: label }),
      body: t(lang, "sendFailuresBody", { period: label, lines: failures.map((f) => `- ${f}`).join("\n") }),
      name: "DX Scorecard",
    });
  } catch (e) {
    console.error(`DX Scorecard: could not report failures to ${to.join(", ")}: ${e}`);
  }
}

export function periodOf(text: string): Period | null {
  const p = parsePeriod(text);
  return p && p.kind !== "year" ? p : null;
}
