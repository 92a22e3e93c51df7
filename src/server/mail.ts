// Sending a period's e-mails with MailApp: committee summary first, then laggard notices, then
// requests for more evidence (review items marked `cần bổ sung`), then reminders. Each message is recorded as sent in document properties the moment it goes out
// (src/server/sent-store.ts), and a message recorded is never sent again, so re-runs and second
// clicks are harmless whatever happens to `Nhật ký`, which still logs every send for people.
// What the daily quota cannot carry waits for a follow-up run tomorrow; what the run's time
// cannot carry, for a follow-up in a few minutes.
import { periodLabel } from "../core/labels";
import { sentence, t } from "../core/messages";
import { formatPeriod, type Period, parsePeriod } from "../core/periods";
import { buildReport, hasDataFor } from "../core/report";
import type { Language } from "../core/schemas";
import { buildOutbox, type MessageKind, type OutboxMessage } from "../core/summary";
import { auditLayout } from "../workbook/audit-sheet";
import { cellText } from "../workbook/cells";
import type { Grid } from "../workbook/contract";
import { activeUserEmail } from "./access";
import { type AuditRow, appendAudit } from "./audit";
import { lastCompleteMonth, today } from "./clock";
import { deadlineFromNow, pastDeadline } from "./run-budget";
import { SentStore } from "./sent-store";
import { readLanguage, readSpreadsheet, type Spreadsheet } from "./spreadsheet";
import { problemLines } from "./ui";

export const SCHEDULE_HANDLER = "onScheduledSummary";
const PENDING = "dxScorecard.pending";
const FOLLOW_UP = "dxScorecard.followUpTrigger";
const DAY_MS = 24 * 60 * 60 * 1000;
/** A run that ran out of time is followed up this soon (Apps Script fires `after` roughly then). */
const SOON_MS = 2 * 60 * 1000;
const QUOTA_ERROR = /too many times|quota|hạn mức/i;
/** Sent messages are logged in `Nhật ký` in batches this size (the record is in properties). */
const LOG_BATCH = 50;

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
  /** Not sent because the run's time was up: a follow-up sends them in a few minutes. */
  left: number;
}

const SENT_ACTIONS = new Set([t("vi", "auditMailSent"), t("en", "auditMailSent")]);

/**
 * Keys of the messages the old code recorded in `Nhật ký` (`2023-06|summary`,
 * `2023-06|notice|SGTVT`): its rows before the first one with a check code. Read once, to migrate.
 */
export function sentKeys(audit: Grid | undefined): Set<string> {
  const keys = new Set<string>();
  const code = auditLayout(audit?.[0] ?? []).columns.code;
  for (const row of (audit ?? []).slice(1)) {
    if (code !== undefined && cellText(row[code]) !== "") break;
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

/**
 * One follow-up trigger: about a day later for what the quota could not carry, a few minutes later
 * for what the time could not (replacing a day-long one: it will defer again if the quota is out).
 */
function ensureFollowUp(soon: boolean): void {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(FOLLOW_UP);
  const existing = id ? ScriptApp.getProjectTriggers().find((tr) => tr.getUniqueId() === id) : undefined;
  if (existing && !soon) return;
  if (existing) ScriptApp.deleteTrigger(existing);
  const trigger = ScriptApp.newTrigger(SCHEDULE_HANDLER)
    .timeBased()
    .after(soon ? SOON_MS : DAY_MS)
    .create();
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
  /** The record of what was sent; `legacy`: keys logged in `Nhật ký` by the old code, to migrate. */
  sent: SentStore;
  legacy: Set<string>;
}

/** What a send of this period and these kinds would do now, without sending. */
export function planSend(ss: Spreadsheet, period: Period, kinds: MessageKind[]): Plan {
  const sent = SentStore.open();
  // Once migrated, `Nhật ký` is not read at all: what it says no longer decides anything.
  const read = readSpreadsheet(ss, [
    "units",
    "indicators",
    "data",
    "settings",
    // The `Thẩm định` rows: the ranking uses the reviewed figures, the requests list what to add.
    "review",
    ...(sent.migrated ? [] : ["audit" as const]),
  ]);
  const legacy = sent.migrated ? new Set<string>() : sentKeys(read.grids.audit);
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
    sent,
    legacy,
  };
  if (read.problems.length > 0) {
    return {
      ...base,
      problem: `${t(lang, "problemsIntro", { count: read.problems.length })}\n${problemLines(read.problems, lang)}`,
    };
  }
  // As ranking does, a period with no figure at all is refused: a summary of nothing, or notices
  // for a month years ahead, must not go out. Reminders alone may go for an ended month nobody
  // has reported yet; never for a month that has not ended.
  const ended = formatPeriod(period) <= formatPeriod(lastCompleteMonth(read.timeZone));
  const remindersOnly = kinds.every((k) => k === "reminder");
  if (!hasDataFor(read.model, period) && !(remindersOnly && ended)) {
    return { ...base, problem: sentence(t(lang, "periodNoData", { period: label })) };
  }
  const report = buildReport(read.model, period);
  const outbox = buildOutbox({
    report,
    model: read.model,
    units: read.model.units,
    settings: read.model.settings,
    spreadsheetUrl: ss.getUrl(),
    kinds,
    today: today(read.timeZone),
  });
  const pending = outbox.messages.filter((m) => !sent.has(m.key) && !legacy.has(m.key));
  return { ...base, pending, already: outbox.messages.length - pending.length, skipped: outbox.skipped.length };
}

export interface DeliverOptions {
  /** A scheduled run, where a workbook that cannot be read is reported to the admins. */
  unattended?: boolean;
  /** When to stop starting new sends (`Date.now()` ms); 4.5 minutes after the call by default. */
  deadline?: number;
}

/**
 * Sends what a plan has pending, within the daily quota and the run's time, recording each message
 * as sent the moment it goes out, and logging the sends in `Nhật ký` for people.
 */
export function deliver(
  ss: Spreadsheet,
  period: Period,
  kinds: MessageKind[],
  options: DeliverOptions = {},
): SendOutcome {
  const deadline = options.deadline ?? deadlineFromNow();
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(30_000)) {
    const message = t(readLanguage(ss), "busy");
    return { ok: false, message, sent: 0, deferred: 0, failed: 0, skipped: 0, already: 0, left: 0 };
  }
  try {
    const plan = planSend(ss, period, kinds);
    const { lang, label, sent: record } = plan;
    const zero = { sent: 0, deferred: 0, failed: 0, skipped: plan.skipped, already: plan.already, left: 0 };
    if (plan.problem) {
      const message = t(lang, "sendCannot", { period: label, reason: plan.problem });
      if (options.unattended) reportFailures(ss, lang, label, plan.adminEmails, [message]);
      return { ok: false, message, ...zero };
    }
    const key = formatPeriod(period);
    record.migrate(plan.legacy);
    record.prune(key);
    let quota = MailApp.getRemainingDailyQuota();
    const by = activeUserEmail();
    const log = new AuditLog(ss, plan.auditSheet);
    const failures: string[] = [];
    let sent = 0;
    let deferred = 0;
    let left = 0;
    for (const m of plan.pending) {
      if (pastDeadline(deadline)) {
        left++;
        continue;
      }
      const n = recipients(m);
      if (n > quota) {
        deferred++;
        continue;
      }
      try {
        send(m);
      } catch (e) {
        // Errors may come from another realm (a service, a test): read the message, not the class.
        const text = typeof (e as { message?: unknown })?.message === "string" ? (e as Error).message : String(e);
        if (QUOTA_ERROR.test(text)) {
          deferred++;
          quota = 0;
          continue;
        }
        failures.push(`${m.key}: ${text}`);
        log.add(auditRow(lang, "auditMailFailed", by, key, m, text));
        continue;
      }
      // Recorded before anything else can fail: from here on the message is never sent again.
      record.record(m.key);
      quota -= n;
      sent++;
      log.add(auditRow(lang, "auditMailSent", by, key, m, [...m.to, ...(m.cc ?? [])].join(", ")));
    }
    const logError = log.close();
    updatePending(key, kinds, deferred + left > 0);
    if (deferred + left > 0) ensureFollowUp(left > 0);
    if (failures.length > 0) reportFailures(ss, lang, label, plan.adminEmails, failures);
    const outcome = { sent, deferred, failed: failures.length, skipped: plan.skipped, already: plan.already, left };
    const message =
      sent === 0 && deferred > 0 && left === 0 && failures.length === 0
        ? t(lang, "sendQuotaZero")
        : t(lang, "sendResult", { period: label, ...outcome });
    const notes = [
      left > 0 ? ` ${t(lang, "sendTimeLeft", { count: left })}` : "",
      logError ? ` ${t(lang, "auditWriteFailed", { reason: logError })}` : "",
    ].join("");
    return { ok: failures.length === 0, message: message + notes + plan.warnings, ...outcome };
  } finally {
    lock.releaseLock();
  }
}

/**
 * The sends' rows for `Nhật ký`, written in batches. A failed write keeps its rows for the next
 * one and never stops the sending: the record of what was sent is elsewhere.
 */
class AuditLog {
  private rows: AuditRow[] = [];
  private error = "";

  constructor(
    private readonly ss: Spreadsheet,
    private sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined,
  ) {}

  add(row: AuditRow): void {
    this.rows.push(row);
    if (this.rows.length >= LOG_BATCH) this.write();
  }

  /** Writes what is left (trying twice) and returns the last failure's text, or "". */
  close(): string {
    if (this.rows.length > 0 && !this.write()) this.write();
    return this.rows.length > 0 ? this.error : "";
  }

  private write(): boolean {
    try {
      this.sheet = appendAudit(this.ss, this.sheet, this.rows);
      this.rows = [];
    } catch (e) {
      this.error = typeof (e as { message?: unknown })?.message === "string" ? (e as Error).message : String(e);
      return false;
    }
    try {
      SpreadsheetApp.flush();
    } catch {
      // The rows are written; flushing only hurries them.
    }
    return true;
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
