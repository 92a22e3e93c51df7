// The shapes of the e-mails the core produces for a period: rendered messages ready for MailApp
// or an .eml writer, and the messages that could not be produced, with the reason.
/** `review`: a request for more evidence (items marked `cần bổ sung`) to a unit's clerks. */
export type MessageKind = "summary" | "notice" | "review" | "reminder";

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}

export interface OutboxMessage extends RenderedMail {
  kind: MessageKind;
  /** Stable ID for idempotent sending: `2023-06|summary`, `2023-06|notice|SGTVT`, `2023-06|review|SNV`. */
  key: string;
  to: string[];
  cc?: string[];
  unitId?: string;
}

export type SkipReason = "noCommitteeEmails" | "noUnitEmails" | "noClerkEmails";

export interface SkippedMessage {
  kind: MessageKind;
  key: string;
  reason: SkipReason;
  unitId?: string;
  unitName?: string;
}

export interface OutboxPart {
  messages: OutboxMessage[];
  skipped: SkippedMessage[];
}

export interface MailOptions {
  /** The spreadsheet's URL, linked from every message when it is a plain http(s) URL. */
  spreadsheetUrl?: string;
}

/** A day of the calendar, in the spreadsheet's time zone. */
export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export function messageKey(periodKey: string, kind: MessageKind, unitId?: string): string {
  return unitId === undefined ? `${periodKey}|${kind}` : `${periodKey}|${kind}|${unitId}`;
}

/** A subject is one line: line breaks typed into a unit name must not reach a mail header. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Addresses in order of first appearance, without repeats (compared case-insensitively). */
export function uniqueAddresses(...lists: string[][]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      const a = raw.trim();
      const key = a.toLowerCase();
      if (a === "" || seen.has(key)) continue;
      seen.add(key);
      out.push(a);
    }
  }
  return out;
}

/** The spreadsheet link is shown only when it is a plain http(s) URL (never `javascript:`). */
export function safeHttpUrl(url: string | null | undefined): string | null {
  const u = (url ?? "").trim();
  return /^https?:\/\/[^\s<>"']+$/i.test(u) ? u : null;
}
