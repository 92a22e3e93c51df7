// Human labels of periods and figures in the settings language.
import { t } from "./messages";
import { formatNumber, roundTo } from "./numbers";
import type { Period } from "./periods";
import type { ReviewCounts } from "./review";
import type { Indicator, Language } from "./schemas";

const ROMAN = ["I", "II", "III", "IV"];

/** `tháng 06/2023`, `quý II/2023`, `năm 2023` (vi); `June 2023`, `Q2 2023`, `year 2023` (en). */
export function periodLabel(p: Period, lang: Language): string {
  switch (p.kind) {
    case "month":
      return t(lang, "periodMonth", { month: p.month, year: p.year });
    case "quarter":
      return t(lang, "periodQuarter", { roman: ROMAN[p.quarter - 1], year: p.year });
    case "year":
      return t(lang, "periodYear", { year: p.year });
  }
}

/**
 * A period value as people read it: `24,39%`, `3`, `có`, `Phó Chủ tịch` (vi) / `24.39%`, `3`, `yes`
 * (en). Ratios read as percents; a choice is its level's label.
 */
export function formatValue(indicator: Indicator, value: number | boolean | null, lang: Language): string {
  if (value === null) return t(lang, "missingValue");
  const n = typeof value === "boolean" ? (value ? 1 : 0) : value;
  switch (indicator.type) {
    case "percent":
    case "ratio":
      return `${formatNumber(n * 100, lang)}%`;
    case "choice":
      return indicator.levels?.[n]?.label ?? formatNumber(n, lang);
    case "count":
      return formatNumber(n, lang);
    case "boolean":
      if (n > 0 && n < 1) return `${formatNumber(n * 100, lang)}%`;
      return t(lang, n >= 1 ? "yes" : "no");
  }
}

/** The threshold as it is written in `Chỉ tiêu`, for laggard reasons. */
export function formatThreshold(indicator: Indicator, lang: Language): string {
  return indicator.threshold === null ? "" : formatValue(indicator, indicator.threshold, lang);
}

/**
 * A unit's points out of its own total, `183,5/220`, or null when it has no score. The total is the
 * one its % is taken over (less what `bỏ qua` leaves out), so the fraction always agrees with the %;
 * both sides first rounded to 6 decimals, as `--json` does (a sum 83,32499… shows 83,33).
 */
export function pointsText(
  u: { score: number | null; earned: number; possible: number },
  lang: Language,
): [earned: string, total: string] | null {
  const text = (x: number) => formatNumber(roundTo(x, 6), lang);
  return u.score === null ? null : [text(u.earned), text(u.possible)];
}

/** "Thẩm định: 12 đạt, 1 điều chỉnh, 2 cần bổ sung, 480 chờ thẩm định." — a period's review counts. */
export function reviewCountsText(r: ReviewCounts, lang: Language): string {
  const n = (x: number) => formatNumber(x, lang, 0);
  return t(lang, "reviewCountsLine", {
    accepted: n(r.accepted),
    adjusted: n(r.adjusted),
    more: n(r.more),
    pending: n(r.pending),
  });
}
