// One sentence per laggard list, worded as the province's letter words them: yes/no indicators
// name the units that have not done it (with the count written with two digits, "02 đơn vị"),
// percents and counts list each unit with its figure, worst first.
import type { LaggardList } from "../laggards";
import { t } from "../messages";
import type { Indicator, Language } from "../schemas";
import { thresholdValueText, valueText } from "./figures";

export interface LaggardSentence {
  indicatorId: string;
  indicatorName: string;
  /** Units named, worst first, each with its figure as written in the sentence. */
  units: { unitId: string; unitName: string; valueText: string }[];
  sentence: string;
}

/** Counts as the letter writes them: `02`, `15`, `120` (English: `2`). */
export function letterCount(count: number, lang: Language): string {
  return lang === "vi" ? String(count).padStart(2, "0") : String(count);
}

/**
 * The threshold the listed units were judged against: one value, or one per group where groups
 * differ ("90,00% (Sở, ban, ngành), 80,00% (UBND cấp huyện)").
 */
export function thresholdsText(
  list: { indicator: Indicator; units: readonly { group: string; threshold: number }[] },
  lang: Language,
  decimals: number,
): string {
  const byValue = new Map<number, string[]>();
  for (const e of list.units) {
    const groups = byValue.get(e.threshold) ?? [];
    if (!groups.includes(e.group)) groups.push(e.group);
    byValue.set(e.threshold, groups);
  }
  const text = (threshold: number) => thresholdValueText({ ...list.indicator, threshold }, lang, decimals);
  if (byValue.size <= 1) {
    const only = list.units[0]?.threshold;
    return only === undefined ? thresholdValueText(list.indicator, lang, decimals) : text(only);
  }
  return [...byValue].map(([v, groups]) => `${text(v)} (${groups.join("; ")})`).join(", ");
}

/**
 * The sentence of one non-empty list, percents with `decimals` decimals. At most `limit` units
 * are named (an e-mail body has a size limit), the rest counted: "…, và 12 đơn vị khác".
 */
export function laggardSentence(
  list: LaggardList,
  lang: Language,
  decimals: number,
  limit = Number.POSITIVE_INFINITY,
): LaggardSentence {
  const ind = list.indicator;
  const yesNo = ind.type === "boolean";
  const units = list.units.map((e) => ({
    unitId: e.unitId,
    unitName: e.unitName,
    valueText: valueText(ind, e.value, lang, decimals),
  }));
  // A yes/no value between 0 and 1 (a quarter's mean) is worth showing; a plain "không" is not.
  const named = units.slice(0, limit).map((u, i) => {
    const v = list.units[i].value;
    return yesNo && (v === 0 || v === 1) ? u.unitName : `${u.unitName} (${u.valueText})`;
  });
  if (units.length > named.length) named.push(t(lang, "laggardMore", { count: units.length - named.length }));
  const params = {
    indicator: ind.name,
    count: letterCount(units.length, lang),
    threshold: thresholdsText(list, lang, decimals),
    units: named.join(", "),
  };
  const lower = ind.direction === "lower";
  const key = yesNo ? (lower ? "laggardYesNoLower" : "laggardYesNo") : lower ? "laggardAbove" : "laggardBelow";
  return { indicatorId: ind.id, indicatorName: ind.name, units, sentence: t(lang, key, params) };
}
