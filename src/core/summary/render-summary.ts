// The committee summary as e-mail: HTML (tables, inline styles, one bar chart per group that
// names every unit) and plain text with the same content.
import { t } from "../messages";
import { NOT_REPORTED_COLOUR } from "./bands";
import { barChart } from "./chart";
import * as H from "./email-html";
import * as T from "./email-text";
import type { RenderedMail } from "./mail";
import type { Summary, SummaryGroup, SummaryRow } from "./summary";

function headers(s: Summary): string[] {
  return [t(s.lang, "colRank"), t(s.lang, "colUnitName"), "%", t(s.lang, "colBand"), t(s.lang, "colChange")];
}

function textRow(s: Summary, r: SummaryRow): string[] {
  const band = r.reported ? (r.band ?? "—") : t(s.lang, "notReported");
  const score = r.selfText === undefined ? r.scoreText : `${r.scoreText} ${r.selfText}`;
  return [String(r.rank ?? "—"), r.unitName, score, band, r.change];
}

function notReportedSentence(s: Summary): string {
  if (s.notReported.length === 0) return t(s.lang, "allReported");
  return t(s.lang, "summaryNotReported", {
    count: s.notReported.length,
    period: s.periodText,
    units: s.notReported.map((u) => u.unitName).join(", "),
  });
}

function intro(s: Summary): string {
  return t(s.lang, "summaryIntro", {
    period: s.periodText,
    ranked: s.counts.reported,
    total: s.counts.total,
    laggards: s.counts.laggards,
    notReported: s.counts.notReported,
  });
}

/** The follow-up's paragraphs in reading order, `list` the sentences still failing (a dashed list). */
function followUpBlocks(
  s: Summary,
): { before: string[]; intro: string | null; list: string[]; notes: string[] } | null {
  const f = s.followUp;
  if (f === null) return null;
  const stillFailing = f.stillFailing.length > 0;
  return {
    before: stillFailing ? [f.countsLine] : [f.countsLine, t(s.lang, "followUpNoneStill")],
    intro: stillFailing ? f.stillIntro : null,
    list: f.stillFailing.map((l) => l.sentence),
    notes: [f.thresholdNote, f.droppedNote].filter((n): n is string => n !== null),
  };
}

const groupHeading = (s: Summary, g: SummaryGroup) =>
  t(s.lang, "groupHeading", { group: g.group, count: g.units.length });

/**
 * Gmail clips a message whose HTML is over 102 KB. The follow-up's counts are always given; its list
 * of the units still failing names them sentence by sentence while the page stays under this budget
 * (a province whose laggards stay laggards would otherwise name most of them twice), the sentences
 * left out counted. The plain-text part, which Gmail does not clip, names them all.
 */
export const HTML_BUDGET_BYTES = 100 * 1024;

/** The follow-up's list (its intro and dashed sentences) that fits in `room` bytes of the page, with a note counting the rest. */
function fitStillFailing(s: Summary, intro: string, room: number): string[] {
  const f = s.followUp!;
  // Each block is followed by a line break in the page.
  const cost = (html: string) => H.utf8Length(html) + 1;
  const head = H.para(intro);
  const sentences = f.stillFailing.map((l) => H.dashItem(l.sentence));
  const costs = sentences.map(cost);
  if (cost(head) + costs.reduce((a, b) => a + b, 0) <= room) return [head, ...sentences];
  const omitted = (from: number) =>
    H.note(
      t(s.lang, "followUpOmitted", {
        count: f.stillFailing.slice(from).reduce((n, l) => n + l.units.length, 0),
        indicators: f.stillFailing.length - from,
      }),
    );
  // The sentences that fit beside the longest note there could be.
  let left = room - cost(head) - cost(omitted(0));
  let kept = 0;
  while (kept < sentences.length && costs[kept] <= left) left -= costs[kept++];
  if (kept > 0) return [head, ...sentences.slice(0, kept), omitted(kept)];
  // Not even one: a line saying where the list is, when it fits.
  const elsewhere = H.note(t(s.lang, "followUpOmittedAll"));
  return cost(elsewhere) <= room ? [elsewhere] : [];
}

export function renderSummaryHtml(s: Summary): string {
  const L = s.lang;
  const blocks = [H.h1(s.title), H.para(t(L, "summaryGreeting")), H.para(intro(s))];
  if (s.reviewLine !== null) blocks.push(H.para(s.reviewLine));
  const bands = s.bands.map((b) => ({ text: b.name, background: b.colour.tint, colour: b.colour.ink }));
  const silent = { text: t(L, "notReported"), background: NOT_REPORTED_COLOUR.tint, colour: NOT_REPORTED_COLOUR.ink };
  for (const g of s.groups) {
    // "Not reported" is in a group's legend only when one of its units has not.
    const legend = H.legend(g.units.every((r) => r.reported) ? bands : [...bands, silent]);
    // The chart names every unit with its rank, score, band and change of rank: the top and bottom
    // tables the text part keeps would repeat ten of its lines, and a 150-unit summary must stay
    // under the 102 KB at which Gmail clips a message.
    blocks.push(H.h2(groupHeading(s, g)), H.para(g.distribution));
    blocks.push(H.h3(t(L, "mailChartHeading")), legend, barChart(g.units, L, s.bands.length));
    blocks.push(H.note(t(L, "mailChartCaption")));
  }
  blocks.push(H.h2(t(L, "laggardsHeading")));
  blocks.push(s.laggards.length ? H.dashList(s.laggards.map((l) => l.sentence)) : H.para(t(L, "noLaggards")));
  const follow = followUpBlocks(s);
  if (follow) blocks.push(H.h2(t(L, "followUpHeading")), ...follow.before.map((p) => H.para(p)));
  // The follow-up's list goes here, between its opening paragraphs and its notes.
  const at = blocks.length;
  if (follow) blocks.push(...follow.notes.map(H.note));
  blocks.push(H.h2(t(L, "notReportedHeading")), H.para(notReportedSentence(s)));
  if (s.spreadsheetUrl)
    blocks.push(H.link(t(L, "spreadsheetLinkIntro"), s.spreadsheetUrl, t(L, "spreadsheetLinkText")));
  blocks.push(H.footer(t(L, "mailFooter")));
  const page = (list: string[]) => H.page(L, s.subject, [...blocks.slice(0, at), ...list, ...blocks.slice(at)]);
  if (!follow?.intro) return page([]);
  return page(fitStillFailing(s, follow.intro, HTML_BUDGET_BYTES - H.utf8Length(page([]))));
}

export function renderSummaryText(s: Summary): string {
  const L = s.lang;
  const table = (rows: SummaryRow[]) =>
    T.table(
      headers(s),
      rows.map((r) => textRow(s, r)),
      [0, 2],
    );
  const blocks = [T.heading(s.title), t(L, "summaryGreeting"), intro(s)];
  if (s.reviewLine !== null) blocks.push(s.reviewLine);
  for (const g of s.groups) {
    blocks.push(T.heading(groupHeading(s, g), "-"), g.distribution);
    if (g.top.length) blocks.push(`${t(L, "summaryTop")}:\n${table(g.top)}`);
    if (g.bottom.length) blocks.push(`${t(L, "summaryBottom")}:\n${table(g.bottom)}`);
    blocks.push(`${t(L, "mailChartHeading")}:\n${table(g.units)}`);
  }
  blocks.push(
    T.heading(t(L, "laggardsHeading"), "-"),
    s.laggards.length ? T.dashList(s.laggards.map((l) => l.sentence)) : t(L, "noLaggards"),
  );
  const follow = followUpBlocks(s);
  if (follow) {
    blocks.push(T.heading(t(L, "followUpHeading"), "-"), ...follow.before);
    if (follow.intro) blocks.push(follow.intro, T.dashList(follow.list));
    blocks.push(...follow.notes);
  }
  blocks.push(T.heading(t(L, "notReportedHeading"), "-"), notReportedSentence(s));
  if (s.spreadsheetUrl) blocks.push(`${t(L, "spreadsheetLinkIntro")} ${s.spreadsheetUrl}`);
  blocks.push(`-- \n${t(L, "mailFooter")}`);
  return T.document(blocks);
}

export function renderSummary(s: Summary): RenderedMail {
  return { subject: s.subject, html: renderSummaryHtml(s), text: renderSummaryText(s) };
}
