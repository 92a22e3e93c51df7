// How the form's data reads in the form's language: period, deadline, last update, threshold.
import type { EntryIndicator } from "../core/entry";
import { sentence, t } from "../core/messages";
import { formatNumber } from "../core/numbers";
import type { Language } from "../core/schemas";

/** `2023-06` → `tháng 06/2023` / `June 2023`; `2023` → `năm 2023` / `year 2023`. */
export function periodName(period: string, lang: Language): string {
  const [year, month] = period.split("-").map(Number);
  return month ? t(lang, "periodMonth", { year, month }) : t(lang, "periodYear", { year });
}

/** A period as the list offers it: `Tháng 06/2023`, or `Năm 2023 (chỉ tiêu năm)`. */
export function periodOption(period: string, lang: Language): string {
  return isYear(period) ? t(lang, "sidebarYearOption", { year: period }) : sentence(periodName(period, lang));
}

export const isYear = (period: string) => /^\d{4}$/.test(period);

/** `2023-07-05` → `05/07/2023` / `5 July 2023`. */
export function dateLabel(iso: string, lang: Language): string {
  const [year, month, day] = iso.split("-").map(Number);
  return t(lang, "dueDate", { year, month, day });
}

/** An ISO instant as `03/07/2023 14:22` in the reader's clock; any other text as it is. */
export function timeLabel(iso: string): string {
  const d = new Date(iso);
  if (!/^\d{4}-\d\d-\d\dT/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A stored figure as it reads beside a field: 0.5 → `50%`, 3 → `3`, 1 → `có`, a choice → its label. */
function figureLabel(ind: EntryIndicator, value: number, lang: Language): string {
  if (ind.type === "boolean") return t(lang, value >= 1 ? "yes" : "no");
  if (ind.type === "choice") return ind.labels?.[value] ?? formatNumber(value, lang);
  return ind.type === "percent" || ind.type === "ratio"
    ? `${formatNumber(value * 100, lang)}%`
    : formatNumber(value, lang);
}

/** The laggard threshold as a requirement: `Mức yêu cầu: tối thiểu 50%`; null when there is none. */
export function thresholdLabel(ind: EntryIndicator, lang: Language): string | null {
  if (ind.threshold === null) return null;
  const value = figureLabel(ind, ind.threshold, lang);
  if (ind.type === "boolean") return t(lang, "sidebarThreshold", { value });
  const bound = t(lang, ind.direction === "lower" ? "thresholdAtMost" : "thresholdAtLeast", { value });
  return t(lang, "sidebarThreshold", { value: bound });
}
