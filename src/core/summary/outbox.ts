// Everything to send for a period: the committee summary, notices to laggard units, reminders to
// units that did not report; and what could not be produced, with the reason.
import type { Report } from "../report";
import type { Settings, Unit } from "../schemas";
import {
  type MailOptions,
  type MessageKind,
  messageKey,
  type OutboxMessage,
  type OutboxPart,
  type SkippedMessage,
  uniqueAddresses,
} from "./mail";
import { buildNotices } from "./notices";
import { buildReminders } from "./reminders";
import { renderSummary } from "./render-summary";
import { buildSummary, type SummaryOptions } from "./summary";

export interface OutboxInput {
  report: Report;
  /** The `Đơn vị` sheet's units: addresses, and the order of notices. */
  units: Unit[];
  settings: Settings;
  spreadsheetUrl?: string;
  /** Which kinds of messages to produce; all by default. */
  kinds?: MessageKind[];
  /** Units named per laggard sentence of the summary. */
  listLimit?: number;
}

export interface Outbox {
  periodKey: string;
  messages: OutboxMessage[];
  skipped: SkippedMessage[];
}

/** The committee summary, to `Email Ban Chỉ đạo`; skipped when that setting is empty. */
export function summaryMessage(report: Report, settings: Settings, options: SummaryOptions = {}): OutboxPart {
  const key = messageKey(report.periodKey, "summary");
  const to = uniqueAddresses(settings.committeeEmails);
  if (to.length === 0) return { messages: [], skipped: [{ kind: "summary", key, reason: "noCommitteeEmails" }] };
  return {
    messages: [{ kind: "summary", key, to, ...renderSummary(buildSummary(report, settings, options)) }],
    skipped: [],
  };
}

export function buildOutbox(input: OutboxInput): Outbox {
  const { report, units, settings } = input;
  const kinds = input.kinds ?? ["summary", "notice", "reminder"];
  const options: MailOptions = input.spreadsheetUrl === undefined ? {} : { spreadsheetUrl: input.spreadsheetUrl };
  const parts: OutboxPart[] = [];
  if (kinds.includes("summary"))
    parts.push(summaryMessage(report, settings, { ...options, listLimit: input.listLimit }));
  if (kinds.includes("notice")) parts.push(buildNotices(report, units, settings, options));
  if (kinds.includes("reminder")) parts.push(buildReminders(report, units, settings, options));
  return {
    periodKey: report.periodKey,
    messages: parts.flatMap((p) => p.messages),
    skipped: parts.flatMap((p) => p.skipped),
  };
}

/** Recipients a send would use (MailApp's daily quota counts every recipient of every message). */
export function recipientCount(messages: OutboxMessage[]): number {
  return messages.reduce((n, m) => n + m.to.length + (m.cc?.length ?? 0), 0);
}
