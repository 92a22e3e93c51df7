// Reminders to units with no figures for a period, with the due date: figures for month M are due
// on day `Hạn nộp (ngày)` of month M+1 (for a quarter or year, of the month after its last month).
// The wording depends on the day the reminder is written: before the deadline it asks for the
// figures before it; after, it says the deadline has passed and asks for them as soon as possible.
import { periodLabel } from "../labels";
import { t } from "../messages";
import { lastMonthOf, nextPeriod, type Period } from "../periods";
import type { Report } from "../report";
import type { Language, Settings, Unit } from "../schemas";
import { type CalendarDate, oneLine, safeHttpUrl } from "./mail";

export type DueDate = CalendarDate;

export function dueDateOf(period: Period, dueDay: number): DueDate {
  const [year, month] = lastMonthOf(period).split("-").map(Number);
  const next = nextPeriod({ kind: "month", year, month });
  return { year: next.year, month: next.kind === "month" ? next.month : 1, day: dueDay };
}

/** `05/07/2023` (vi) / `5 July 2023` (en). */
export function formatDueDate(d: DueDate, lang: Language): string {
  return t(lang, "dueDate", { day: d.day, month: d.month, year: d.year });
}

const dayNumber = (d: CalendarDate) => d.year * 10_000 + d.month * 100 + d.day;

/** Whether `today` is after the due date (the due day itself is still in time). */
export function isOverdue(due: DueDate, today: CalendarDate): boolean {
  return dayNumber(today) > dayNumber(due);
}

export interface Reminder {
  lang: Language;
  periodKey: string;
  unitId: string;
  unitName: string;
  due: string;
  overdue: boolean;
  subject: string;
  title: string;
  greeting: string;
  body: string;
  action: string;
  spreadsheetUrl: string | null;
}

/** The reminder to `unit` as written on `today` (in the spreadsheet's time zone). */
export function buildReminder(
  report: Report,
  unit: Unit,
  settings: Settings,
  today: CalendarDate,
  options: { spreadsheetUrl?: string } = {},
): Reminder {
  const lang = settings.language;
  const period = periodLabel(report.period, lang);
  const dueDate = dueDateOf(report.period, settings.dueDay);
  const due = formatDueDate(dueDate, lang);
  const overdue = isOverdue(dueDate, today);
  return {
    lang,
    periodKey: report.periodKey,
    unitId: unit.id,
    unitName: unit.name,
    due,
    overdue,
    subject: oneLine(t(lang, overdue ? "mailReminderSubjectOverdue" : "reminderSubject", { period, due })),
    title: t(lang, "reminderTitle", { period }),
    greeting: t(lang, "reminderGreeting", { unit: unit.name }),
    body: t(lang, overdue ? "mailReminderBodyOverdue" : "reminderBody", { period, due }),
    action: t(lang, overdue ? "mailReminderActionOverdue" : "reminderAction"),
    spreadsheetUrl: safeHttpUrl(options.spreadsheetUrl),
  };
}
