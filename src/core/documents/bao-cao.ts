// The Báo cáo of a year (design §11): the method in two sentences, the results per group (the
// best and the lowest, the bands), the review's effect when the office reviews, a proposal, the
// signature, then the Phụ lục: one ruled table per group whose header row repeats on every page.

import { pointsText, reviewCountsText } from "../labels";
import { t } from "../messages";
import { formatNumber } from "../numbers";
import type { Report, ReportUnit } from "../report";
import type { Language, Settings } from "../schemas";
import { bandName } from "../summary/bands";
import { percentText } from "../summary/figures";
import { letterCount } from "../summary/laggard-sentences";
import { signingYear } from "./cong-van";
import { BLANK, body, closing, headerBlock, heading, numberLine, reportSymbol, spacer } from "./letter-parts";
import {
  type Block,
  bold,
  type DocumentModel,
  italic,
  ND30_FONT,
  ND30_MARGINS,
  type Paragraph,
  paragraph,
  type Table,
} from "./model";

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const roman = (i: number) => ROMAN[i] ?? String(i + 1);

/** How many units the results name as leading. */
const BEST = 3;

type Group = Report["groups"][number];

function scoreOf(u: ReportUnit, report: Report, lang: Language): string {
  return u.roundedScore === null ? "—" : percentText(u.roundedScore, lang, report.decimals);
}

const named = (units: ReportUnit[], report: Report, lang: Language) =>
  units.map((u) => `${u.unit.name} (${scoreOf(u, report, lang)})`).join(", ");

/** A label inside a sentence: "Các sở, ban, ngành" → "các sở, ban, ngành"; an acronym ("UBND …") stays. */
function midSentence(label: string): string {
  const [a, b] = [label.charAt(0), label.charAt(1)];
  return b && b === b.toLocaleLowerCase("vi") ? a.toLocaleLowerCase("vi") + label.slice(1) : label;
}

/** The method: what the index holds and how units are scored, ranked and banded. */
function method(report: Report, settings: Settings): Block[] {
  const lang = settings.language;
  const year = report.period.year;
  const totals = report.groups.map((g) =>
    t(lang, "docMethodTotal", {
      points: formatNumber(
        g.indicators.reduce((s, i) => s + i.maxPoints, 0),
        lang,
      ),
      group: midSentence(settings.letter.groupLabels[g.group] ?? g.group),
    }),
  );
  const pillars =
    report.pillars.length > 0
      ? t(lang, "docMethodPillars", { count: report.pillars.length, names: report.pillars.join(", ") })
      : "";
  const bands = settings.bands.map((b, i, all) =>
    i === all.length - 1 && b.min === 0
      ? t(lang, "docBandBelow", { band: bandName(b.name, lang), min: formatNumber(all[i - 1]?.min ?? 0, lang) })
      : t(lang, "docBandFrom", { band: bandName(b.name, lang), min: formatNumber(b.min, lang) }),
  );
  return [
    heading(t(lang, "docMethodHeading")),
    body(
      t(lang, "docMethodIndex", {
        year,
        indicators: report.indicators.length,
        pillars,
        totals: totals.join(", "),
      }),
    ),
    body(
      t(lang, "docMethodRanking", {
        source: t(lang, report.review ? "docMethodSourceReviewed" : "docMethodSourceSelf"),
        bands: bands.join(", "),
      }),
    ),
  ];
}

/** One group's results: leading units, the lowest, the bands, the units that did not report. */
function groupResults(g: Group, index: number, report: Report, settings: Settings): Block[] {
  const lang = settings.language;
  const reported = g.ranking.filter((u) => u.reported && u.roundedScore !== null);
  const blocks: Block[] = [
    heading(t(lang, "docGroupHeading", { index: index + 1, group: g.group, count: g.ranking.length })),
  ];
  if (reported.length > 0) {
    const best = reported.slice(0, Math.min(BEST, reported.length));
    blocks.push(body(t(lang, "docGroupBest", { units: named(best, report, lang) })));
    const lowest = reported[reported.length - 1];
    if (reported.length > best.length)
      blocks.push(
        body(
          t(lang, "docGroupWorst", {
            units: named(
              reported.filter((u) => u.rank === lowest.rank),
              report,
              lang,
            ),
          }),
        ),
      );
    const counts = settings.bands
      .map((b) => ({ name: bandName(b.name, lang), n: reported.filter((u) => u.band === b.name).length }))
      .filter((b) => b.n > 0)
      .map((b) => `${letterCount(b.n, lang)} ${b.name}`);
    blocks.push(body(t(lang, "docGroupBands", { bands: counts.join(", ") })));
  }
  const missing = g.ranking.filter((u) => !u.reported);
  if (missing.length > 0)
    blocks.push(
      body(
        t(lang, "docGroupNotReported", {
          count: letterCount(missing.length, lang),
          units: missing.map((u) => u.unit.name).join(", "),
        }),
      ),
    );
  return blocks;
}

/** The review's effect: the counts, and each unit whose score the office's adjustments changed. */
function reviewResults(report: Report, settings: Settings): Block[] {
  const lang = settings.language;
  if (!report.review) return [];
  const changed = report.groups.flatMap((g) =>
    g.ranking.filter((u) => u.adjustedIn.length > 0 && u.selfScore !== u.roundedScore).map((u) => ({ u, g })),
  );
  const blocks: Block[] = [heading(t(lang, "docReviewHeading")), body(reviewCountsText(report.review, lang))];
  if (changed.length === 0) return [...blocks, body(t(lang, "docReviewNoChange"))];
  blocks.push(body(t(lang, "docReviewChanged", { count: letterCount(changed.length, lang) })));
  for (const { u, g } of changed) {
    blocks.push(
      body(
        t(lang, "docReviewUnit", {
          unit: u.unit.name,
          self: u.selfScore === null ? "—" : percentText(u.selfScore, lang, report.decimals),
          reviewed: scoreOf(u, report, lang),
          indicators: u.adjustedIn.map((id) => g.indicators.find((i) => i.id === id)?.name ?? id).join("; "),
        }),
      ),
    );
  }
  return blocks;
}

const cell = (text: string, align: Paragraph["align"] = "center", isBold = false) => ({
  paragraphs: [paragraph(isBold ? [bold(text)] : text, { align, size: 12, spaceAfter: 0 })],
});

/** One group's ranking as a ruled table; its header row repeats on every page. */
function groupTable(g: Group, report: Report, lang: Language): Table {
  const reviewed = report.review !== null;
  const header = [
    t(lang, "docColNo"),
    t(lang, "docColUnit"),
    t(lang, "docColPoints"),
    t(lang, "docColPercent"),
    ...(reviewed ? [t(lang, "docColSelf")] : []),
    t(lang, "docColRank"),
    t(lang, "docColBand"),
  ];
  const rows = g.ranking.map((u, i) => {
    const points = pointsText(u, lang);
    return {
      cells: [
        cell(String(i + 1)),
        cell(u.unit.name, "left"),
        cell(points ? points.join("/") : "—"),
        cell(scoreOf(u, report, lang)),
        ...(reviewed
          ? [cell(u.reported && u.selfScore !== null ? percentText(u.selfScore, lang, report.decimals) : "—")]
          : []),
        cell(u.rank === null ? "—" : String(u.rank)),
        cell(u.reported ? bandName(u.band ?? "", lang) : t(lang, "docNotReportedBand")),
      ],
    };
  });
  return {
    kind: "table",
    widths: reviewed ? [6, 35, 15, 11, 11, 8, 14] : [6, 42, 15, 11, 11, 15],
    headerRows: 1,
    borders: true,
    rows: [{ cells: header.map((h) => cell(h, "center", true)) }, ...rows],
  };
}

/** The Phụ lục: a title, then one table per group. */
export function phuLuc(report: Report, settings: Settings): Block[] {
  const lang = settings.language;
  const year = report.period.year;
  const blocks: Block[] = [
    paragraph([bold(t(lang, "docAppendixKind"))], { align: "center", spaceAfter: 0 }),
    paragraph([bold(t(lang, "docAppendixTitle", { year }))], { align: "center", spaceAfter: 0 }),
    paragraph(
      [
        italic(
          t(lang, "docAppendixRef", {
            symbol: reportSymbol(settings.letter.symbol) || BLANK,
            year: signingYear(report.period),
          }),
        ),
      ],
      { align: "center" },
    ),
  ];
  report.groups.forEach((g, i) => {
    blocks.push(heading(t(lang, "docAppendixGroup", { roman: roman(i), group: g.group }), { indent: false }));
    blocks.push(groupTable(g, report, lang));
    blocks.push(spacer());
  });
  return blocks;
}

/** The Báo cáo of a year, with its Phụ lục after a page break. */
export function baoCao(report: Report, settings: Settings): DocumentModel {
  const lang = settings.language;
  const letter = settings.letter;
  const year = report.period.year;
  const blocks: Block[] = [
    headerBlock(letter, lang, {
      number: numberLine(reportSymbol(letter.symbol), lang),
      subject: [],
      year: signingYear(report.period),
    }),
    spacer(),
    paragraph([bold(t(lang, "docReportKind"))], { align: "center", spaceAfter: 0 }),
    paragraph([bold(t(lang, "docReportSubject", { year }))], { align: "center" }),
    ...method(report, settings),
    heading(t(lang, "docResultsHeading")),
    ...report.groups.flatMap((g, i) => groupResults(g, i, report, settings)),
    ...reviewResults(report, settings),
    heading(t(lang, "docProposalHeading", { number: report.review ? "IV" : "III" })),
    ...closing(body(t(lang, "docProposal", { year, next: year + 1 })), letter, lang),
    { kind: "pageBreak" },
    ...phuLuc(report, settings),
  ];
  return {
    title: t(lang, "docReportTitle", { year }),
    font: ND30_FONT,
    fontSize: 14,
    margins: ND30_MARGINS,
    blocks,
  };
}
