// Java SimpleDateFormat patterns, as Utilities.formatDate understands them, rendered in an IANA zone.

import { zonedTime } from "./time-zone";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

type Token = { text: string } | { letter: string; count: number };

export class PatternError extends Error {}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      if (pattern[i + 1] === "'") {
        tokens.push({ text: "'" });
        i += 2;
        continue;
      }
      let text = "";
      i++;
      while (i < pattern.length) {
        if (pattern[i] === "'") {
          if (pattern[i + 1] === "'") {
            text += "'";
            i += 2;
            continue;
          }
          break;
        }
        text += pattern[i++];
      }
      if (i >= pattern.length) throw new PatternError(`Unterminated quote`);
      i++;
      tokens.push({ text });
    } else if (/[A-Za-z]/.test(ch)) {
      let count = 1;
      while (pattern[i + count] === ch) count++;
      tokens.push({ letter: ch, count });
      i += count;
    } else {
      tokens.push({ text: ch });
      i++;
    }
  }
  return tokens;
}

function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

function offsetText(minutes: number, colon: boolean, hoursOnly = false): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  const hh = pad(Math.floor(abs / 60), 2);
  if (hoursOnly) return `${sign}${hh}`;
  return `${sign}${hh}${colon ? ":" : ""}${pad(abs % 60, 2)}`;
}

/** Formats an instant like `new SimpleDateFormat(pattern)` with the given time zone. */
export function formatInstant(ms: number, timeZone: string, pattern: string): string {
  const t = zonedTime(ms, timeZone);
  let out = "";
  for (const tok of tokenize(pattern)) {
    if ("text" in tok) {
      out += tok.text;
      continue;
    }
    const { letter, count } = tok;
    switch (letter) {
      case "y":
      case "Y":
      case "u":
        out += count === 2 ? pad(t.year % 100, 2) : pad(t.year, count);
        break;
      case "M":
      case "L":
        if (count >= 4) out += MONTHS[t.month - 1];
        else if (count === 3) out += MONTHS[t.month - 1].slice(0, 3);
        else out += pad(t.month, count);
        break;
      case "d":
        out += pad(t.day, count);
        break;
      case "H":
        out += pad(t.hour, count);
        break;
      case "k":
        out += pad(t.hour === 0 ? 24 : t.hour, count);
        break;
      case "h":
        out += pad(t.hour % 12 === 0 ? 12 : t.hour % 12, count);
        break;
      case "K":
        out += pad(t.hour % 12, count);
        break;
      case "m":
        out += pad(t.minute, count);
        break;
      case "s":
        out += pad(t.second, count);
        break;
      case "S":
        out += pad(t.millisecond, count);
        break;
      case "E":
        out += count >= 4 ? DAYS[t.weekday] : DAYS[t.weekday].slice(0, 3);
        break;
      case "a":
        out += t.hour < 12 ? "AM" : "PM";
        break;
      case "Z":
        out += offsetText(t.offsetMinutes, false);
        break;
      case "X":
        out += t.offsetMinutes === 0 ? "Z" : offsetText(t.offsetMinutes, count >= 3, count === 1);
        break;
      case "z":
        out += t.offsetMinutes === 0 ? "GMT" : `GMT${offsetText(t.offsetMinutes, true)}`;
        break;
      default:
        throw new PatternError(`Illegal pattern character '${letter}'`);
    }
  }
  return out;
}
