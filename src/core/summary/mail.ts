// The shapes of the e-mails the core produces for a period: rendered messages ready for MailApp
// or an .eml writer, and the messages that could not be produced, with the reason.
import type { Chart } from "./chart";

export type MessageKind = "summary" | "notice" | "reminder";

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  inlineImages: Chart[];
}

export interface OutboxMessage extends RenderedMail {
  kind: MessageKind;
  /** Stable ID for idempotent sending: `2023-06|summary`, `2023-06|notice|SGTVT`. */
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

export function messageKey(periodKey: string, kind: MessageKind, unitId?: string): string {
  return unitId === undefined ? `${periodKey}|${kind}` : `${periodKey}|${kind}|${unitId}`;
}

/** A subject is one line: line breaks typed into a unit name must not reach a mail header. */
export function oneLine(text: string): string {
  // Most subjects have nothing to change: no space but single spaces between words.
  return NOT_ONE_LINE.test(text) ? text.replace(/\s+/g, " ").trim() : text;
}

/** Whitespace that is not a lone space between two other characters. */
const NOT_ONE_LINE = /[^\S ]|\s\s|^\s|\s$/;

/** Addresses in order of first appearance, without repeats (compared case-insensitively). */
export function uniqueAddresses(...lists: string[][]): string[] {
  // A unit has an address or two: searching a short list is faster than building a set.
  const seen: string[] = [];
  let seenSet: Set<string> | null = null;
  const out: string[] = [];
  for (const list of lists) {
    for (const raw of list) {
      const a = raw.trim();
      if (a === "") continue;
      const key = a.toLowerCase();
      if (seenSet === null && seen.length >= 16) seenSet = new Set(seen);
      if (seenSet === null ? seen.includes(key) : seenSet.has(key)) continue;
      seen.push(key);
      seenSet?.add(key);
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
