// Calendar parts of an instant in a given time zone (the spreadsheet's, not the machine's).
import { monthKey } from "../core/periods";

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

export function dateParts(d: Date, timeZone: string): DateParts {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(d)) if (p.type !== "literal") parts[p.type] = Number(p.value);
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  };
}

export function monthOfDate(d: Date, timeZone: string): string {
  const p = dateParts(d, timeZone);
  return monthKey(p.year, p.month);
}

/** `03/07/2023 09:15` in the given time zone (dd/mm/yyyy HH:mm, like every date users read), for titles. */
export function formatDateTime(d: Date, timeZone: string): string {
  const p = dateParts(d, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(p.day)}/${pad(p.month)}/${p.year} ${pad(p.hour)}:${pad(p.minute)}`;
}
