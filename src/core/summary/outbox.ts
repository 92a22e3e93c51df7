// Everything to send for a period, each message rendered plainly from its model: the committee
// summary, notices to laggard units, requests for more evidence, reminders to units that did not
// report; and what could not be produced, with the reason. Models and renderers meet only here.
import type { Report, ReportUnit } from "../report";
import type { Model, Settings, Unit } from "../schemas";
import {
  type CalendarDate,
  type MailOptions,
  type MessageKind,
  messageKey,
  type OutboxMessage,
  type OutboxPart,
  type SkippedMessage,
  uniqueAddresses,
} from "./mail";
import { buildNotice } from "./notices";
import { buildReminder } from "./reminders";
import { renderNotice } from "./render-notice";
import { renderReminder } from "./render-reminder";
import { renderReviewRequest } from "./render-review";
import { renderSummary } from "./render-summary";
import { buildReviewRequest, moreEvidenceByUnit } from "./review-requests";
import { buildSummary, type SummaryOptions } from "./summary";

export interface OutboxInput {
  report: Report;
  /** The `Đơn vị` sheet's units: addresses, and the order of notices. */
  units: Unit[];
  settings: Settings;
  /** The day the messages are written, in the spreadsheet's time zone: reminders word the deadline by it. */
  today: CalendarDate;
  spreadsheetUrl?: string;
  /**
   * The model the report was built from: requests for more evidence list its `Thẩm định` items
   * marked `cần bổ sung`. Without it, no request is produced.
   */
  model?: Model;
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

/**
 * One notice per unit named in at least one laggard list, in `Đơn vị` order, to the unit's head
 * (`Email lãnh đạo`) with its clerks (`Email`) in copy; a unit with neither address is skipped.
 */
export function buildNotices(report: Report, units: Unit[], settings: Settings, options: MailOptions = {}): OutboxPart {
  const order = new Map(units.map((u, i) => [u.id, i]));
  const byId = new Map(units.map((u) => [u.id, u]));
  const laggards: { u: ReportUnit; groupSize: number }[] = [];
  for (const g of report.groups)
    for (const u of g.ranking) if (u.laggardIn.length > 0) laggards.push({ u, groupSize: g.ranking.length });
  const place = (u: ReportUnit) => order.get(u.unit.id) ?? Number.MAX_SAFE_INTEGER;
  laggards.sort((a, b) => place(a.u) - place(b.u));
  const part: OutboxPart = { messages: [], skipped: [] };
  for (const { u, groupSize } of laggards) {
    const unit = byId.get(u.unit.id) ?? u.unit;
    const key = messageKey(report.periodKey, "notice", unit.id);
    const to = uniqueAddresses(unit.headEmails.length ? unit.headEmails : unit.emails);
    const cc = uniqueAddresses(to, unit.emails).slice(to.length);
    if (to.length === 0) {
      part.skipped.push({ kind: "notice", key, reason: "noUnitEmails", unitId: unit.id, unitName: unit.name });
      continue;
    }
    const office = settings.letter.advisor;
    const mail = renderNotice(buildNotice(report, u, groupSize, settings.language, { ...options, unit, office }));
    part.messages.push({ kind: "notice", key, to, ...(cc.length ? { cc } : {}), unitId: unit.id, ...mail });
  }
  return part;
}

/**
 * One reminder per unit without a row for the period (`report.notReported`), to its clerks
 * (`Email`), worded for `today`; a unit with no clerk address is skipped.
 */
export function buildReminders(
  report: Report,
  units: Unit[],
  settings: Settings,
  today: CalendarDate,
  options: MailOptions = {},
): OutboxPart {
  const byId = new Map(units.map((u) => [u.id, u]));
  const inReport = new Map(report.groups.flatMap((g) => g.ranking.map((u) => [u.unit.id, u.unit] as const)));
  const part: OutboxPart = { messages: [], skipped: [] };
  for (const { unitId, unitName } of report.notReported) {
    const unit = byId.get(unitId) ?? inReport.get(unitId);
    const key = messageKey(report.periodKey, "reminder", unitId);
    const to = uniqueAddresses(unit?.emails ?? []);
    if (!unit || to.length === 0) {
      part.skipped.push({ kind: "reminder", key, reason: "noClerkEmails", unitId, unitName });
      continue;
    }
    const mail = renderReminder(buildReminder(report, unit, settings, today, options));
    part.messages.push({ kind: "reminder", key, to, unitId, ...mail });
  }
  return part;
}

/**
 * One request for more evidence per unit with items marked `cần bổ sung` in the period's row, in
 * `Đơn vị` order, to its clerks (`Email`: they add the evidence; the head is not troubled), worded
 * for `today`; a unit with no clerk address is skipped. Nothing when the office does not review.
 */
export function buildReviewRequests(
  report: Report,
  model: Model,
  units: Unit[],
  settings: Settings,
  today: CalendarDate,
  options: MailOptions = {},
): OutboxPart {
  const part: OutboxPart = { messages: [], skipped: [] };
  const byUnit = moreEvidenceByUnit(model, report.period);
  if (byUnit.size === 0) return part;
  const byId = new Map(model.units.map((u) => [u.id, u]));
  for (const u of units) byId.set(u.id, u);
  const order = [...units.map((u) => u.id), ...model.units.map((u) => u.id)];
  for (const unitId of [...new Set(order)]) {
    const items = byUnit.get(unitId);
    const unit = byId.get(unitId);
    if (!items || !unit) continue;
    const key = messageKey(report.periodKey, "review", unitId);
    const to = uniqueAddresses(unit.emails);
    if (to.length === 0) {
      part.skipped.push({ kind: "review", key, reason: "noClerkEmails", unitId, unitName: unit.name });
      continue;
    }
    const request = buildReviewRequest(report.period, unit, items, model.indicators, settings, today, options);
    part.messages.push({ kind: "review", key, to, unitId, ...renderReviewRequest(request) });
  }
  return part;
}

export function buildOutbox(input: OutboxInput): Outbox {
  const { report, units, settings } = input;
  const kinds = input.kinds ?? ["summary", "notice", "review", "reminder"];
  const options: MailOptions = input.spreadsheetUrl === undefined ? {} : { spreadsheetUrl: input.spreadsheetUrl };
  const parts: OutboxPart[] = [];
  if (kinds.includes("summary"))
    parts.push(summaryMessage(report, settings, { ...options, listLimit: input.listLimit }));
  if (kinds.includes("notice")) parts.push(buildNotices(report, units, settings, options));
  if (kinds.includes("review") && input.model)
    parts.push(buildReviewRequests(report, input.model, units, settings, input.today, options));
  if (kinds.includes("reminder")) parts.push(buildReminders(report, units, settings, input.today, options));
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
