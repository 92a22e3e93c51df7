// The e-mails of a period (committee summary, laggard notices, reminders), pure and
// language-aware; adapters send them with MailApp or write them as .eml files.
export type { Chart, ChartBar } from "./chart";
export { scoreChart } from "./chart";
export { escapeHtml } from "./email-html";
export type { LaggardSentence } from "./laggard-sentences";
export { laggardSentence, letterCount } from "./laggard-sentences";
export type { MessageKind, OutboxMessage, OutboxPart, RenderedMail, SkippedMessage, SkipReason } from "./mail";
export { messageKey, safeHttpUrl, uniqueAddresses } from "./mail";
export type { Notice, NoticeFigure } from "./notices";
export { buildNotice, buildNotices, fixLine } from "./notices";
export type { Outbox, OutboxInput } from "./outbox";
export { buildOutbox, recipientCount, summaryMessage } from "./outbox";
export { encodePng, PNG_SIGNATURE } from "./png";
export type { DueDate, Reminder } from "./reminders";
export { buildReminder, buildReminders, dueDateOf, formatDueDate } from "./reminders";
export { renderNotice } from "./render-notice";
export { renderReminder } from "./render-reminder";
export { renderSummary, renderSummaryHtml, renderSummaryText } from "./render-summary";
export { describeSkip } from "./skips";
export type { Summary, SummaryGroup, SummaryOptions, SummaryRow } from "./summary";
export { buildSummary } from "./summary";
