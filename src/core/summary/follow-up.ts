// The follow-up section of the committee summary (design §13): what became of the previous
// period's laggards, in one sentence of counts, then the units that failed the same indicator two
// periods running, one sentence per indicator worded like the laggard sentences, each unit with
// both figures ("Sở Công Thương (35,20% → 36,10%)").
import { type FollowUp, type FollowUpEntry, stillFailing } from "../follow-up";
import { periodLabel } from "../labels";
import type { LaggardList } from "../laggards";
import { t } from "../messages";
import type { Language } from "../schemas";
import { thresholdValueText, valueText } from "./figures";
import { letterCount, thresholdsText } from "./laggard-sentences";

export interface FollowUpSentence {
  indicatorId: string;
  indicatorName: string;
  /** Units named, in the previous period's order (worst first then), each with both figures. */
  units: { unitId: string; unitName: string; previousText: string; valueText: string }[];
  sentence: string;
}

export interface SummaryFollowUp {
  /** `tháng 06/2023`: the period whose laggards are followed. */
  previousText: string;
  /** `Trong 27 trường hợp được nhắc tháng 06/2023: 10 đã khắc phục, 5 có tiến bộ, 12 chưa khắc phục.` */
  countsLine: string;
  /** `Đơn vị chưa đạt cùng chỉ tiêu hai kỳ liên tiếp (số liệu tháng 06/2023 → tháng 07/2023):` */
  stillIntro: string;
  /** One per indicator with a unit still failing it, in the order of the previous period's lists. */
  stillFailing: FollowUpSentence[];
  /** Said when a case is judged against a threshold that changed since; null otherwise. */
  thresholdNote: string | null;
  /** Cases no longer followed (unit made inactive, indicator removed); null when none. */
  droppedNote: string | null;
}

const isWhole = (v: number | null) => v === 0 || v === 1;

/** The entries of one indicator, in their order of first appearance. */
function byIndicator(entries: FollowUpEntry[]): FollowUpEntry[][] {
  const groups = new Map<string, FollowUpEntry[]>();
  for (const e of entries) {
    const list = groups.get(e.indicator.id);
    if (list) list.push(e);
    else groups.set(e.indicator.id, [e]);
  }
  return [...groups.values()];
}

/** Whether `entries` are exactly the units of the period's list for their indicator. */
function sameAsList(entries: FollowUpEntry[], lists: LaggardList[]): boolean {
  const list = lists.find((l) => l.indicator.id === entries[0].indicator.id);
  if (!list || list.units.length !== entries.length) return false;
  const ids = new Set(entries.map((e) => e.unitId));
  return list.units.every((u) => ids.has(u.unitId));
}

/**
 * The sentence of one indicator's still-failing cases. At most `limit` units are named, the rest
 * counted, as in the laggard sentences; a yes/no indicator names its units alone ("không → không"
 * says nothing), unless a quarter's share makes a figure worth showing, and when they are every
 * unit of the period's sentence just above, it says so instead of naming them again.
 */
function stillSentence(
  entries: FollowUpEntry[],
  context: { lang: Language; decimals: number; limit: number; previous: string; lists: LaggardList[] },
): FollowUpSentence {
  const { lang, decimals, limit } = context;
  const ind = entries[0].indicator;
  const yesNo = ind.type === "boolean";
  const lower = ind.direction === "lower";
  const units = entries.map((e) => ({
    unitId: e.unitId,
    unitName: e.unitName,
    previousText: valueText(e.indicator, e.previousValue, lang, decimals),
    valueText: valueText(e.indicator, e.value, lang, decimals),
  }));
  const whole = entries.every((e) => isWhole(e.previousValue) && isWhole(e.value));
  if (yesNo && whole && entries.length > 1 && sameAsList(entries, context.lists)) {
    const params = { indicator: ind.name, count: letterCount(units.length, lang), previous: context.previous };
    const sentence = t(lang, "followUpYesNoAll", { ...params, lower: lower ? 1 : 0 });
    return { indicatorId: ind.id, indicatorName: ind.name, units, sentence };
  }
  const named = units
    .slice(0, limit)
    .map((u, i) =>
      yesNo && isWhole(entries[i].previousValue) && isWhole(entries[i].value)
        ? u.unitName
        : `${u.unitName} (${u.previousText} → ${u.valueText})`,
    );
  if (units.length > named.length) named.push(t(lang, "laggardMore", { count: units.length - named.length }));
  const list = {
    indicator: ind,
    units: entries.map((e) => ({ group: e.group, threshold: e.threshold })),
  };
  const params = {
    indicator: ind.name,
    count: letterCount(units.length, lang),
    threshold: thresholdsText(list, lang, decimals),
    units: named.join(", "),
  };
  const key = yesNo ? (lower ? "followUpYesNoLower" : "followUpYesNo") : lower ? "followUpAbove" : "followUpBelow";
  return { indicatorId: ind.id, indicatorName: ind.name, units, sentence: t(lang, key, params) };
}

/** `“Tỷ lệ …” từ 40,00% thành 50,00%`, once per indicator and change, for the cases whose threshold changed. */
function thresholdChanges(entries: FollowUpEntry[], lang: Language, decimals: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of entries) {
    if (e.threshold === e.previousThreshold) continue;
    const key = `${e.indicator.id}|${e.previousThreshold}|${e.threshold}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const text = (threshold: number) => thresholdValueText({ ...e.indicator, threshold }, lang, decimals);
    out.push(
      t(lang, "followUpThresholdChange", {
        indicator: e.indicator.name,
        from: text(e.previousThreshold),
        to: text(e.threshold),
      }),
    );
  }
  return out;
}

/**
 * The section of the summary of `periodText`, whose laggard `lists` the summary gives just before,
 * or null when there is nothing to follow up (no previous figures, or no laggard then). `limit`
 * units are named per sentence.
 */
export function followUpSection(
  f: FollowUp | null,
  lists: LaggardList[],
  periodText: string,
  lang: Language,
  decimals: number,
  limit: number,
): SummaryFollowUp | null {
  if (f === null || f.entries.length === 0) return null;
  const previousText = periodLabel(f.previousPeriod, lang);
  const changes = thresholdChanges(f.entries, lang, decimals);
  return {
    previousText,
    countsLine: t(lang, "followUpCounts", { total: f.entries.length, period: previousText, ...f.counts }),
    stillIntro: t(lang, "followUpStillIntro", { previous: previousText, period: periodText }),
    stillFailing: byIndicator(stillFailing(f)).map((entries) =>
      stillSentence(entries, { lang, decimals, limit, previous: previousText, lists }),
    ),
    thresholdNote: changes.length
      ? t(lang, "followUpThresholdChanged", { period: previousText, changes: changes.join("; ") })
      : null,
    droppedNote: f.dropped > 0 ? t(lang, "followUpDropped", { count: f.dropped }) : null,
  };
}
