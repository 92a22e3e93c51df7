// How the e-mails write figures. Every percent (scores, values, thresholds) has the settings'
// `Làm tròn` decimals, fixed, so "84,60%" stands beside "92,58%" and never "84,6%".
import { formatValue } from "../labels";
import { roundTo } from "../numbers";
import type { Indicator, Language } from "../schemas";

/** `84,60%` (vi) / `84.60%` (en) for 84.6 with 2 decimals. */
export function percentText(percent: number, lang: Language, decimals: number): string {
  // In hundredths (for 2 decimals). Only a value within a hair of a half needs `roundTo`'s exact
  // decimal rounding (1.005 → 1.01); every other value rounds the same either way, and faster.
  const scale = 10 ** decimals;
  const scaled = Math.abs(percent) * scale;
  const tie = Math.abs((scaled % 1) - 0.5) < 1e-6;
  const steps = tie ? Math.round(Math.abs(roundTo(percent, decimals)) * scale) : Math.round(scaled);
  const digits = String(steps).padStart(decimals + 1, "0");
  const whole = digits.slice(0, digits.length - decimals).replace(/\B(?=(\d{3})+(?!\d))/g, lang === "vi" ? "." : ",");
  const fraction = decimals > 0 ? (lang === "vi" ? "," : ".") + digits.slice(digits.length - decimals) : "";
  return `${percent < 0 && steps > 0 ? "-" : ""}${whole}${fraction}%`;
}

/** A unit's % score, or `—` when it has none. */
export function scoreText(score: number | null, lang: Language, decimals: number): string {
  return score === null ? "—" : percentText(score, lang, decimals);
}

/** A period value: percents (and a quarter's share of `có`) as above, counts and yes/no as the sheet shows them. */
export function valueText(ind: Indicator, value: number | null, lang: Language, decimals: number): string {
  if (value === null) return formatValue(ind, null, lang);
  const share = ind.type === "percent" || ind.type === "ratio" || (ind.type === "boolean" && value > 0 && value < 1);
  return share ? percentText(value * 100, lang, decimals) : formatValue(ind, value, lang);
}

/** The laggard threshold written like the values it is compared with. */
export function thresholdValueText(ind: Indicator, lang: Language, decimals: number): string {
  return ind.threshold === null ? "" : valueText(ind, ind.threshold, lang, decimals);
}
