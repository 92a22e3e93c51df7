// MailApp: records every message instead of sending it, with the daily recipient quota and a knob
// to make the next send fail.

import { Counted, type FakeEnv } from "./env";

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

export const QUOTA_MESSAGE = "Service invoked too many times for one day: email.";

/** A message as the code under test handed it to MailApp. */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  inlineImages: string[];
  attachments: number;
}

const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function addresses(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

export class FakeMailApp
  extends Counted
  implements Pick<GoogleAppsScript.Mail.MailApp, "getRemainingDailyQuota" | "sendEmail">
{
  readonly sent: SentMail[] = [];
  /** Recipients left today; each recipient of each message uses one. */
  remaining: number;
  private failures: Error[] = [];

  constructor(env: FakeEnv, quota = 100) {
    super(env, "MailApp");
    this.remaining = quota;
  }

  /** Test knob: sets the recipients left today. */
  setQuota(remaining: number): void {
    this.remaining = remaining;
  }

  /** Test knob: the next send throws this error (a string becomes an Apps Script error). */
  failNext(error: Error | string = "Fake MailApp: simulated failure"): void {
    this.failures.push(typeof error === "string" ? this.fail(error) : error);
  }

  /** Test accessor: the messages sent to an address (to, cc or bcc). */
  sentTo(address: string): SentMail[] {
    const a = address.toLowerCase();
    return this.sent.filter((m) => [...m.to, ...m.cc, ...m.bcc].some((x) => x.toLowerCase() === a));
  }

  getRemainingDailyQuota(): number {
    this.track("getRemainingDailyQuota");
    return Math.max(0, this.remaining);
  }

  /**
   * sendEmail(message), sendEmail(to, subject, body), sendEmail(to, subject, body, options) and
   * sendEmail(to, replyTo, subject, body). Recipient lists are separated by commas.
   */
  sendEmail(messageOrTo: MailOptions | string, a?: string, b?: string, c?: string | MailOptions): void {
    this.track("sendEmail", ...[messageOrTo, a, b, c].filter((x) => x !== undefined));
    let m: MailOptions;
    if (typeof messageOrTo === "object" && messageOrTo !== null) m = messageOrTo;
    else if (typeof c === "string") m = { to: messageOrTo, replyTo: a, subject: b, body: c };
    else m = { ...(c ?? {}), to: messageOrTo, subject: a, body: b };

    const to = addresses(m.to);
    const cc = addresses(m.cc);
    const bcc = addresses(m.bcc);
    const all = [...to, ...cc, ...bcc];
    if (all.length === 0) throw this.fail("Failed to send email: no recipient");
    for (const x of all) if (!EMAIL.test(x)) throw this.fail(`Invalid email: ${x}`);
    if (m.subject === undefined || m.subject === null) {
      throw this.fail("Fake MailApp: the message has no subject.");
    }
    if ((m.body === undefined || m.body === null) && !m.htmlBody) {
      throw this.fail("Fake MailApp: the message has neither body nor htmlBody.");
    }
    const failure = this.failures.shift();
    if (failure) throw failure;
    if (all.length > this.remaining) throw this.fail(QUOTA_MESSAGE);
    this.remaining -= all.length;
    this.sent.push({
      to,
      cc,
      bcc,
      subject: String(m.subject),
      body: String(m.body ?? ""),
      htmlBody: m.htmlBody ?? null,
      name: m.name ?? null,
      replyTo: m.replyTo ?? null,
      noReply: Boolean(m.noReply),
      inlineImages: Object.keys(m.inlineImages ?? {}),
      attachments: m.attachments?.length ?? 0,
    });
  }
}
