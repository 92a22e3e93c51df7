// Outbox messages as RFC 5322 / MIME `.eml` files that any mail client opens: UTF-8 subject as
// RFC 2047 encoded-words, text and HTML alternatives (the HTML has no images: its charts are tables).
import { createHash } from "node:crypto";
import type { OutboxMessage } from "../core/summary";

export const EML_FROM = "DX Scorecard <no-reply@dx-scorecard.invalid>";
const ID_DOMAIN = "dx-scorecard.invalid";
const CRLF = "\r\n";
/** RFC 2047 §2: a line holding encoded-words is at most 76 characters. */
const MAX_LINE = 76;
/** UTF-8 bytes per encoded-word: 39 bytes → 52 base64 characters → a 64-character word. */
const WORD_BYTES = 39;

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** `Thu, 06 Jul 2023 01:00:00 +0000`. */
export function rfc5322Date(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
  );
}

/**
 * A header value as RFC 2047 `=?UTF-8?B?…?=` words, folded one per line. Words never split a
 * character, so each decodes on its own. Plain ASCII text is left as it is.
 */
export function encodeWords(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text) && text.length <= MAX_LINE - 10) return text;
  const words: string[] = [];
  let chunk = "";
  for (const ch of text) {
    if (Buffer.byteLength(chunk + ch, "utf8") > WORD_BYTES) {
      words.push(chunk);
      chunk = "";
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, "utf8").toString("base64")}?=`).join(`${CRLF} `);
}

/** `To: a@x, b@y` folded after a comma before a line grows past 76 characters. */
function addressHeader(name: string, addresses: string[]): string {
  let out = `${name}:`;
  let line = out.length;
  addresses.forEach((a, i) => {
    const piece = `${i > 0 ? "," : ""} ${a}`;
    if (i > 0 && line + piece.length > MAX_LINE) {
      out += `,${CRLF} ${a}`;
      line = 1 + a.length;
    } else {
      out += piece;
      line += piece.length;
    }
  });
  return out;
}

function base64Lines(bytes: Uint8Array | Buffer): string {
  const b64 = Buffer.from(bytes).toString("base64");
  const lines: string[] = [];
  for (let i = 0; i < b64.length; i += MAX_LINE) lines.push(b64.slice(i, i + MAX_LINE));
  return lines.join(CRLF);
}

/** Text parts are sent in canonical form: CRLF line breaks. */
function textBytes(text: string): Buffer {
  return Buffer.from(text.replace(/\r?\n/g, CRLF), "utf8");
}

/** A file name from the message key with safe characters only: `2023-06_notice_SGTVT.eml`. */
export function emlFileName(key: string): string {
  const base = key.replace(/[^A-Za-z0-9.-]+/g, "_").replace(/^[._]+|_+$/g, "");
  return `${base || "message"}.eml`;
}

export interface EmlOptions {
  date: Date;
  from?: string;
}

export function toEml(m: OutboxMessage, opts: EmlOptions): string {
  const hash = createHash("sha256").update(m.key).update(String(opts.date.getTime())).digest("hex").slice(0, 16);
  // "=_" never occurs in base64 text, so these boundaries cannot collide with any part's content.
  const alt = `=_dx_alt_${hash}`;
  const idLocal = `${m.key.replace(/\|/g, ".").replace(/[^A-Za-z0-9._-]/g, "-")}.${opts.date.getTime()}`;

  const headers = [
    `From: ${opts.from ?? EML_FROM}`,
    addressHeader("To", m.to),
    ...(m.cc?.length ? [addressHeader("Cc", m.cc)] : []),
    `Subject: ${encodeWords(m.subject)}`,
    `Date: ${rfc5322Date(opts.date)}`,
    `Message-ID: <${idLocal}@${ID_DOMAIN}>`,
    "MIME-Version: 1.0",
    "Auto-Submitted: auto-generated",
    `X-DX-Scorecard-Key: ${m.key.replace(/[^\x21-\x7e]/g, "_")}`,
  ];

  const alternative = [
    `--${alt}`,
    "Content-Type: text/plain; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(textBytes(m.text)),
    `--${alt}`,
    "Content-Type: text/html; charset=UTF-8",
    "Content-Transfer-Encoding: base64",
    "",
    base64Lines(textBytes(m.html)),
    `--${alt}--`,
  ];

  return [...headers, `Content-Type: multipart/alternative; boundary="${alt}"`, "", ...alternative, ""].join(CRLF);
}
