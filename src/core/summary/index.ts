// The e-mails of a period (committee summary, laggard notices, review requests, reminders), pure and
// language-aware; adapters send them with MailApp or write them as .eml files.
export { bandName } from "./bands";
export { barChart } from "./chart";
export { escapeHtml } from "./email-html";
export { percentText, scoreText, valueText } from "./figures";
export type { FollowUpSentence, SummaryFollowUp } from "./follow-up";
export type { LaggardSentence } from "./laggard-sentences";
export { laggardSentence, letterCount } from "./laggard-sentences";
export type {
  CalendarDate,
  MessageKind,
  OutboxMessage,
  OutboxPart,
  RenderedMail,
  SkippedMessage,
  SkipReason,
} from "./mail";
export { messageKey, safeHttpUrl, uniqueAddresses } from "./mail";
export type { Notice, NoticeFigure } from "./notices";
export { buildNotice, fixLine } from "./notices";
export type { Outbox, OutboxInput } from "./outbox";
export {
  buildNotices,
  buildOutbox,
  buildReminders,
  buildReviewRequests,
  recipientCount,
  summaryMessage,
} from "./outbox";
export type { DueDate, Reminder } from "./reminders";
export { buildReminder, dueDateOf, formatDueDate, isOverdue } from "./reminders";
export { renderNotice } from "./render-notice";
export { renderReminder } from "./render-reminder";
export { evidenceHtml, renderReviewRequest } from "./render-review";
export { HTML_BUDGET_BYTES, renderSummary, renderSummaryHtml, renderSummaryText } from "./render-summary";
export type { ReviewRequest, ReviewRequestItem } from "./review-requests";
export {
  buildReviewRequest,
  EVIDENCE_DAYS,
  evidenceDueDate,
  figureText,
  moreEvidenceByUnit,
} from "./review-requests";
export { describeSkip } from "./skips";
export type { Summary, SummaryGroup, SummaryOptions, SummaryRow } from "./summary";
export { buildSummary } from "./summary";
