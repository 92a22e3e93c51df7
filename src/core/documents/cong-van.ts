// The Công văn of a month or quarter (design §11), in the structure of the province's letter
// (seeds/001, Công văn 2349/UBND-KGVX): header, `Kính gửi`, `Căn cứ`, one bullet per indicator
// naming its laggards in the letter's phrasing, the units that did not report, the cases named in
// the previous period and still not fixed (design §13), the requests, `Nơi nhận` and the signature.
import type { FollowUp, FollowUpEntry } from "../follow-up";
import { defaultShortName } from "../indicators";
import { formatValue, periodLabel } from "../labels";
import type { LaggardList } from "../laggards";
import { t } from "../messages";
import { lastMonthOf, type Period } from "../periods";
import type { Report } from "../report";
import type { Indicator, Language, Settings } from "../schemas";
import { letterCount } from "../summary/laggard-sentences";
import { BLANK, body, closing, headerBlock, heading, numberLine, spacer } from "./letter-parts";
import { type Block, bold, type DocumentModel, italic, ND30_FONT, ND30_MARGINS, paragraph, type Run } from "./model";

/** A unit as a letter names it. */
interface Named {
  unitId: string;
  name: string;
  shortName: string;
  group: string;
}

/** The year the letter is signed in: that of the month after the period. */
export function signingYear(period: Period): number {
  const [year, month] = lastMonthOf(period).split("-").map(Number);
  return month === 12 ? year + 1 : year;
}

/** A date as NĐ 30 writes it: a day below 10 and the months 1 and 2 with a leading zero (05/7/2023, 20/11/2023). */
export function ndDate(day: number, month: number, year: number): string {
  const dd = String(day).padStart(2, "0");
  const mm = month <= 2 ? String(month).padStart(2, "0") : String(month);
  return `${dd}/${mm}/${year}`;
}

/** The bullet's lead and, for a yes/no indicator, its verb: `Diễn đạt trong công văn`, or built from the name. */
export function phraseOf(ind: Indicator, lang: Language, threshold: string): { lead: string; verb: string } {
  const [lead, verb] = (ind.letterPhrase ?? "").split("|").map((s) => s.trim());
  if (ind.type === "boolean") return { lead: lead || ind.name, verb: verb || t(lang, "docYesNoVerb") };
  const key = ind.direction === "lower" ? "docLeadAbove" : "docLeadBelow";
  return { lead: lead || t(lang, key, { indicator: ind.name, threshold }), verb: "" };
}

/**
 * Units listed without figures: full names when they belong to one group; otherwise grouped by
 * the groups' names in letters, with short names ("Các sở, ban, ngành: Y tế, …; UBND các huyện, thị xã: Bù Đốp").
 */
export function unitListText(units: Named[], settings: Settings): string {
  const groups = [...new Set(units.map((u) => u.group))];
  if (groups.length <= 1) return units.map((u) => u.name).join(", ");
  return groups
    .map((g) => {
      const label = settings.letter.groupLabels[g] ?? g;
      return `${label}: ${units
        .filter((u) => u.group === g)
        .map((u) => u.shortName)
        .join(", ")}`;
    })
    .join("; ");
}

/** The runs of one laggard bullet: "- lead: 02 đơn vị verb (*units*)." or "- lead: Unit (0,33%), …". */
export function laggardBullet(list: LaggardList, named: Map<string, Named>, settings: Settings): Run[] {
  const lang = settings.language;
  const ind = list.indicator;
  const threshold = ind.threshold === null ? "" : formatValue(ind, ind.threshold, lang);
  const { lead, verb } = phraseOf(ind, lang, threshold);
  const whole = (v: number) => v === 0 || v === 1;
  if (ind.type === "boolean" && list.units.every((e) => whole(e.value))) {
    const units = list.units.map((e) => named.get(e.unitId) ?? fallback(e.unitId, e.unitName, e.group));
    return [
      {
        text: `- ${lead}: ${letterCount(units.length, lang)} ${t(lang, "docUnits", { count: units.length })} ${verb} (`,
      },
      italic(unitListText(units, settings)),
      { text: ")." },
    ];
  }
  const figures = list.units.map((e) => `${e.unitName} (${formatValue(ind, e.value, lang)})`);
  return [{ text: `- ${lead}: ${figures.join(", ")}.` }];
}

/**
 * The paragraph on the previous period's cases still not fixed (status `chưa khắc phục`: the same
 * value or worse), with one bullet per indicator worded like the laggard bullets: a yes/no
 * indicator counts and lists its units, any other gives each unit's two figures ("0% → 0%"). Units
 * that improved without reaching the threshold are left to this period's bullets, where they
 * already stand with their figure: calling them "not fixed" would blame a unit that acted.
 * Nothing when no case is still unfixed.
 */
function notFixedBlocks(
  follow: FollowUp | null,
  lists: LaggardList[],
  indicators: Indicator[],
  named: Map<string, Named>,
  settings: Settings,
): Block[] {
  const lang = settings.language;
  const cases = (follow?.entries ?? []).filter((e) => e.status === "notFixed");
  if (follow === null || cases.length === 0) return [];
  const byIndicator = new Map<string, FollowUpEntry[]>();
  for (const e of cases) byIndicator.set(e.indicator.id, [...(byIndicator.get(e.indicator.id) ?? []), e]);
  const blocks: Block[] = [
    body(
      t(lang, "docFollowUpIntro", {
        count: letterCount(cases.length, lang),
        previous: periodLabel(follow.previousPeriod, lang),
      }),
    ),
  ];
  for (const entries of byIndicator.values()) {
    // The lead as this period's bullet has it: the indicator of the period, its own threshold.
    const ind = indicators.find((i) => i.id === entries[0].indicator.id) ?? entries[0].indicator;
    const threshold = ind.threshold === null ? "" : formatValue(ind, ind.threshold, lang);
    const { lead, verb } = phraseOf(ind, lang, threshold);
    const whole = (v: number | null) => v === 0 || v === 1;
    if (ind.type === "boolean" && entries.every((e) => whole(e.previousValue) && whole(e.value))) {
      const units = entries.map((e) => named.get(e.unitId) ?? fallback(e.unitId, e.unitName, e.group));
      const count = `${letterCount(units.length, lang)} ${t(lang, "docUnits", { count: units.length })}`;
      const stillVerb = t(lang, "docFollowUpVerb", { verb });
      // Every unit of this period's bullet just above: said so, not listed twice.
      if (units.length > 1 && sameUnits(entries, lists)) {
        blocks.push(
          body(`- ${lead}: ${t(lang, "docFollowUpAll", { count: letterCount(units.length, lang) })} ${stillVerb}.`),
        );
        continue;
      }
      blocks.push(
        body([{ text: `- ${lead}: ${count} ${stillVerb} (` }, italic(unitListText(units, settings)), { text: ")." }]),
      );
      continue;
    }
    const figure = (e: FollowUpEntry, v: number) => formatValue(e.indicator, v, lang);
    // A case not fixed has a value: one without is `chưa báo cáo`.
    const figures = entries.map(
      (e) => `${e.unitName} (${figure(e, e.previousValue)} → ${figure(e, e.value as number)})`,
    );
    blocks.push(body(`- ${lead}: ${figures.join(", ")}.`));
  }
  return blocks;
}

/** Whether `entries` name exactly the units of the period's list for their indicator. */
function sameUnits(entries: FollowUpEntry[], lists: LaggardList[]): boolean {
  const list = lists.find((l) => l.indicator.id === entries[0].indicator.id);
  const ids = new Set(entries.map((e) => e.unitId));
  return list !== undefined && list.units.length === ids.size && list.units.every((u) => ids.has(u.unitId));
}

function fallback(unitId: string, name: string, group: string): Named {
  return { unitId, name, shortName: defaultShortName(name), group };
}

/** The Công văn of a month or a quarter. */
export function congVan(report: Report, settings: Settings): DocumentModel {
  const lang = settings.language;
  const letter = settings.letter;
  const year = report.period.year;
  const period = periodLabel(report.period, lang);
  const named = new Map<string, Named>();
  for (const g of report.groups) {
    for (const u of g.ranking)
      named.set(u.unit.id, { unitId: u.unit.id, name: u.unit.name, shortName: u.unit.shortName, group: u.unit.group });
  }

  const blocks: Block[] = [
    headerBlock(letter, lang, {
      number: numberLine(letter.symbol, lang),
      subject: t(lang, "docLetterSubject", { year }).split("\n"),
      year: signingYear(report.period),
    }),
    spacer(),
  ];

  // Kính gửi: the office's own lines, or one per group as letters name them.
  const groupLabels = report.groups.map((g) => letter.groupLabels[g.group] ?? g.group);
  const addressees =
    letter.addressees.length > 0
      ? letter.addressees
      : groupLabels.map((l, i, all) => `${l}${i === all.length - 1 ? "." : ";"}`);
  blocks.push(paragraph([{ text: t(lang, "docDear") }], { align: "center", spaceAfter: 0, keepWithNext: true }));
  for (const line of addressees)
    blocks.push(paragraph(`- ${line}`, { indent: true, spaceAfter: 0, keepWithNext: true }));
  blocks.push(spacer());

  for (const line of letter.grounds) blocks.push(body(line));

  const lists = report.laggards.filter((l) => l.units.length > 0);
  const notReported = report.notReported.map((u) => named.get(u.unitId) ?? fallback(u.unitId, u.unitName, ""));
  if (lists.length === 0 && notReported.length === 0) {
    blocks.push(body(t(lang, "docIntroNone", { period })));
  } else {
    blocks.push(body(t(lang, "docIntro", { period })));
    for (const list of lists) blocks.push(body(laggardBullet(list, named, settings)));
    if (notReported.length > 0) {
      blocks.push(
        body([
          {
            text: `- ${t(lang, "docNotReported", { count: letterCount(notReported.length, lang), period })} (`,
          },
          italic(unitListText(notReported, settings)),
          { text: ")." },
        ]),
      );
    }
    blocks.push(...notFixedBlocks(report.followUp, lists, report.indicators, named, settings));
  }

  // The requests: to the units' heads, then to the office that follows up.
  blocks.push(body(t(lang, "docRequestsIntro", { year })));
  blocks.push(heading(t(lang, "docRequestUnitsHeading")));
  blocks.push(body(t(lang, "docRequestLessons", { year })));
  blocks.push(
    body([
      { text: t(lang, "docRequestPlanBefore", { year }) },
      italic(t(lang, "docRequestPlatforms")),
      { text: t(lang, "docRequestPlanAfter") },
    ]),
  );
  blocks.push(heading(t(lang, "docRequestAdvisorHeading", { advisor: letter.advisor || BLANK })));
  const deadline = letter.yearDeadline;
  blocks.push(
    body(
      deadline
        ? [
            { text: `${t(lang, "docRequestFollowUp")} ` },
            bold(t(lang, "docRequestDeadline", { date: ndDate(deadline.day, deadline.month, year) })),
            { text: ` ${t(lang, "docRequestPurpose")}` },
          ]
        : `${t(lang, "docRequestFollowUp")} ${t(lang, "docRequestPurpose")}`,
    ),
  );
  blocks.push(...closing(body(t(lang, "docRequestClosing")), letter, lang));

  return {
    title: t(lang, "docLetterTitle", { period: report.periodKey }),
    font: ND30_FONT,
    fontSize: 14,
    margins: ND30_MARGINS,
    blocks,
  };
}
