// Which months of a quarter or year have no figures at all: such a period is still ranked, on the
// months that have figures, but the user is told which are missing. An index of yearly indicators
// only has no months to miss.
import { periodLabel } from "./labels";
import type { MessageKey } from "./messages";
import { type MonthKey, monthsIn, type Period } from "./periods";
import type { Problem } from "./problems";
import type { Model } from "./schemas";

/**
 * Months of the period without a single `Số liệu` row, in calendar order; none for a month, and none
 * when no indicator is monthly.
 */
export function monthsWithoutData(model: Model, period: Period): MonthKey[] {
  if (period.kind === "month" || !model.indicators.some((i) => i.frequency === "month")) return [];
  const reported = new Set(model.records.map((r) => r.period));
  return monthsIn(period).filter((m) => !reported.has(m));
}

/** The warning naming the missing months (`05/2023`), or null when every month has figures. */
export function missingMonthsWarning(model: Model, period: Period): Problem | null {
  const missing = monthsWithoutData(model, period);
  if (missing.length === 0) return null;
  const lang = model.settings.language;
  const key: MessageKey = period.kind === "quarter" ? "missingMonthsQuarter" : "missingMonthsYear";
  const months = missing.map((m) => `${m.slice(5)}/${m.slice(0, 4)}`).join(", ");
  return { key, params: { period: periodLabel(period, lang), months, count: missing.length } };
}
