// Reminders to units with no figures for a period, with the due date: figures for month M are due
// on day `Hạn nộp (ngày)` of month M+1 (for a quarter or year, of the month after its last month).
import { periodLabel } from "../labels";
import { t } from "../messages";
import { lastMonthOf, nextPeriod, type Period } from "../periods";
import type { Report } from "../report";
import type { Language, Settings, Unit } from "../schemas";
import { type MailOptions, messageKey, type OutboxPart, oneLine, safeHttpUrl, uniqueAddresses } from "./mail";
import { renderReminder } from "./render-reminder";

export interface DueDate {
  year: number;
  month: number;
  day: number;
}

export function dueDateOf(period: Period, dueDay: number): DueDate {
  const [year, month] = lastMonthOf(period).split("-").map(Number);
  const next = nextPeriod({ kind: "month", year, month });
  return { year: next.year, month: next.kind === "month" ? next.month : 1, day: dueDay };
}

/** `05/07/2023` (vi) / `5 July 2023` (en). */
export function formatDueDate(d: DueDate, lang: Language): string {
  return t(lang, "dueDate", { day: d.day, month: d.month, year: d.year });
}

export interface Reminder {
  lang: Language;
  periodKey: string;
  unitId: string;
  unitName: string;
  due: string;
  subject: string;
  title: string;
  greeting: string;
  body: string;
  action: string;
  spreadsheetUrl: string | null;
}

export function buildReminder(report: Report, unit: Unit, settings: Settings, options: MailOptions = {}): Reminder {
  const lang = settings.language;
  const period = periodLabel(report.period, lang);
  const due = formatDueDate(dueDateOf(report.period, settings.dueDay), lang);
  return {
    lang,
    periodKey: report.periodKey,
    unitId: unit.id,
    unitName: unit.name,
    due,
    subject: oneLine(t(lang, "reminderSubject", { period, due })),
    title: t(lang, "reminderTitle", { period }),
    greeting: t(lang, "reminderGreeting", { unit: unit.name }),
    body: t(lang, "reminderBody", { period, due }),
    action: t(lang, "reminderAction"),
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}

/**
 * One reminder per unit without a row for the period (`report.notReported`), to its clerks
 * (`Email`); a unit with no clerk address is skipped.
 */
export function buildReminders(
  report: Report,
  units: Unit[],
  settings: Settings,
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
    part.messages.push({
      kind: "reminder",
      key,
      to,
      unitId,
      ...renderReminder(buildReminder(report, unit, settings, options)),
    });
  }
  return part;
}
