// The committee summary as e-mail: HTML (tables, inline styles, one chart per group) and plain text.
import { t } from "../messages";
import { type Chart, scoreChart } from "./chart";
import { bandColour, NOT_REPORTED_COLOUR } from "./colours";
import * as H from "./email-html";
import * as T from "./email-text";
import type { RenderedMail } from "./mail";
import type { Summary, SummaryRow } from "./summary";

function chartsOf(s: Summary): Chart[] {
  return s.groups.map((g, i) =>
    scoreChart(g.bars, {
      cid: `chart-${i + 1}`,
      filename: s.lang === "vi" ? `bieu-do-nhom-${i + 1}.png` : `chart-group-${i + 1}.png`,
      alt: t(s.lang, "chartAlt", { count: g.size, group: g.group }),
      lang: s.lang,
      bandCount: s.bands.length,
      guides: s.bands.map((b) => b.min),
    }),
  );
}

function headers(s: Summary): string[] {
  return [t(s.lang, "colRank"), t(s.lang, "colUnitName"), "%", t(s.lang, "colBand"), t(s.lang, "colChange")];
}

function htmlRows(s: Summary, rows: SummaryRow[]): H.Cell[][] {
  return rows.map((r) => {
    const c = bandColour(r.bandIndex, s.bands.length);
    return [
      { text: String(r.rank ?? "—"), align: "right" },
      { text: r.unitName },
      { text: r.scoreText, align: "right", style: "white-space:nowrap;" },
      { text: r.band ?? "—", style: `background-color:${c.tint};color:${c.ink};white-space:nowrap;` },
      { text: r.change, align: "center", style: "white-space:nowrap;" },
    ];
  });
}

function textRows(rows: SummaryRow[]): string[][] {
  return rows.map((r) => [String(r.rank ?? "—"), r.unitName, r.scoreText, r.band ?? "—", r.change]);
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
    ranked: s.counts.ranked,
    total: s.counts.total,
    laggards: s.counts.laggards,
    notReported: s.counts.notReported,
  });
}

export function renderSummaryHtml(s: Summary, charts: Chart[]): string {
  const L = s.lang;
  const blocks = [H.h1(s.title), H.para(t(L, "summaryGreeting")), H.para(intro(s))];
  const legendItems = s.bands.map((b, i) => {
    const c = bandColour(i, s.bands.length);
    return { text: b.name, background: c.tint, colour: c.ink };
  });
  if (s.counts.notReported > 0)
    legendItems.push({
      text: t(L, "notReported"),
      background: NOT_REPORTED_COLOUR.tint,
      colour: NOT_REPORTED_COLOUR.ink,
    });
  const legend = H.legend(legendItems);
  s.groups.forEach((g, i) => {
    blocks.push(H.h2(t(L, "groupHeading", { group: g.group, count: g.size })), H.para(g.distribution));
    if (g.top.length) blocks.push(H.h3(t(L, "summaryTop")), H.table(headers(s).map(cell), htmlRows(s, g.top)));
    if (g.bottom.length) blocks.push(H.h3(t(L, "summaryBottom")), H.table(headers(s).map(cell), htmlRows(s, g.bottom)));
    const chart = charts[i];
    if (chart)
      blocks.push(legend, H.image(chart.cid, chart.width, chart.height, chart.alt), H.note(t(L, "chartCaption")));
  });
  blocks.push(H.h2(t(L, "laggardsHeading")));
  blocks.push(s.laggards.length ? H.dashList(s.laggards.map((l) => l.sentence)) : H.para(t(L, "noLaggards")));
  blocks.push(H.h2(t(L, "notReportedHeading")), H.para(notReportedSentence(s)));
  if (s.spreadsheetUrl)
    blocks.push(H.link(t(L, "spreadsheetLinkIntro"), s.spreadsheetUrl, t(L, "spreadsheetLinkText")));
  blocks.push(H.footer(t(L, "mailFooter")));
  return H.page(L, s.subject, blocks);
}

function cell(text: string, i: number): H.Cell {
  return { text, align: i === 0 || i === 2 ? "right" : i === 4 ? "center" : "left" };
}

export function renderSummaryText(s: Summary): string {
  const L = s.lang;
  const blocks = [T.heading(s.title), t(L, "summaryGreeting"), intro(s)];
  for (const g of s.groups) {
    blocks.push(T.heading(t(L, "groupHeading", { group: g.group, count: g.size }), "-"), g.distribution);
    if (g.top.length) blocks.push(`${t(L, "summaryTop")}:\n${T.table(headers(s), textRows(g.top), [0, 2])}`);
    if (g.bottom.length) blocks.push(`${t(L, "summaryBottom")}:\n${T.table(headers(s), textRows(g.bottom), [0, 2])}`);
  }
  blocks.push(
    T.heading(t(L, "laggardsHeading"), "-"),
    s.laggards.length ? T.dashList(s.laggards.map((l) => l.sentence)) : t(L, "noLaggards"),
  );
  blocks.push(T.heading(t(L, "notReportedHeading"), "-"), notReportedSentence(s));
  if (s.spreadsheetUrl) blocks.push(`${t(L, "spreadsheetLinkIntro")} ${s.spreadsheetUrl}`);
  blocks.push(`-- \n${t(L, "mailFooter")}`);
  return T.document(blocks);
}

export function renderSummary(s: Summary): RenderedMail {
  const charts = chartsOf(s);
  return { subject: s.subject, html: renderSummaryHtml(s, charts), text: renderSummaryText(s), inlineImages: charts };
}
