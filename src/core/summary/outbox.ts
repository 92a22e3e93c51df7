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
import { type ValueFormat, valueFormatter } from "./memo";
import { noticesWith } from "./notices";
import { buildReminders } from "./reminders";
import { renderSummary } from "./render-summary";
import { type SummaryOptions, summaryWith } from "./summary";

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
  return summaryMessageWith(report, settings, options, valueFormatter(settings.language));
}

function summaryMessageWith(
  report: Report,
  settings: Settings,
  options: SummaryOptions,
  format: ValueFormat,
): OutboxPart {
  const key = messageKey(report.periodKey, "summary");
  const to = uniqueAddresses(settings.committeeEmails);
  if (to.length === 0) return { messages: [], skipped: [{ kind: "summary", key, reason: "noCommitteeEmails" }] };
  return {
    messages: [{ kind: "summary", key, to, ...renderSummary(summaryWith(report, settings, options, format)) }],
    skipped: [],
  };
}

export function buildOutbox(input: OutboxInput): Outbox {
  const { report, units, settings } = input;
  const kinds = input.kinds ?? ["summary", "notice", "reminder"];
  const options: MailOptions = input.spreadsheetUrl === undefined ? {} : { spreadsheetUrl: input.spreadsheetUrl };
  const parts: OutboxPart[] = [];
  // The summary's laggard lists and the notices write the same figures: once is enough.
  const format = valueFormatter(settings.language);
  if (kinds.includes("summary"))
    parts.push(summaryMessageWith(report, settings, { ...options, listLimit: input.listLimit }, format));
  if (kinds.includes("notice")) parts.push(noticesWith(report, units, settings, options, format));
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
