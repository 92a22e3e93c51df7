// A group's % scores as an HTML bar chart that every mail reader draws: one unit per row, named,
// with its rank, score and band, and a bar in the band's colour whose width is the score as a
// percentage of the row. The name and the score share a line above the bar, so a long name wraps
// on a 390 px phone instead of squeezing it; the figure never wraps.
// A 150-unit province draws 150 of these, and Gmail clips a message over 102 KB: each entry is
// kept to the markup that Gmail and Outlook's Word engine both honour, said once. The bar row's
// cell is the grey track; the bar is a one-cell table as wide as the score inside it, painted by
// `bgcolor`/`width`/`height` attributes (what Outlook reads; Gmail reads them too), empty, with
// `font-size:0;line-height:0` so that Outlook does not grow it to a line of text. No image at all.
import { t } from "../messages";
import type { Language } from "../schemas";
import { bandColour } from "./bands";
import { escapeHtml, FONT, MUTED } from "./email-html";
import type { SummaryRow } from "./summary";

const TRACK = "#f1f3f4";
const BAR_HEIGHT = 12;
/** Outlook does not let a nested table's cells inherit the font: each label cell names it. */
const LABEL = `${FONT}font-size:13px;`;

function bar(row: SummaryRow, bandCount: number): string {
  const colour = bandColour(row.reported ? row.bandIndex : null, bandCount).hex;
  // Whole percents are as fine as a phone can show; a reported 0 % still shows a sliver of its colour.
  const width = row.reported && row.score !== null ? Math.min(100, Math.max(1, Math.round(row.score))) : 0;
  // Unquoted attribute values (valid HTML for values without spaces or quotes) and a table
  // without `border` (0 is the default): 150 bars, so every character counts.
  const empty = `height=${BAR_HEIGHT} style="font-size:0;line-height:0"></td>`;
  if (width === 0) return `<td bgcolor=${TRACK} ${empty}`;
  return (
    `<td bgcolor=${TRACK}><table width=${width}% cellpadding=0 cellspacing=0>` +
    `<tr><td bgcolor=${colour} ${empty}</tr></table></td>`
  );
}

/**
 * Spaces that never break: the figure stays whole after the name, however narrow the screen. The
 * character itself (2 bytes in UTF-8), not `&nbsp;` (6).
 */
const whole = (text: string) => escapeHtml(text).replace(/ /g, "\u00a0");

/** The change of rank since the last period, when there is one to say: `▲2`, `▼1`, `mới`. */
const change = (row: SummaryRow) =>
  row.change === "—" || row.change === "=" || row.change === "" ? "" : ` ${row.change}`;

function label(row: SummaryRow, lang: Language): string {
  const figure = row.reported
    ? `${row.scoreText}${row.band === null ? "" : ` · ${row.band}`}${change(row)}`
    : t(lang, "notReported");
  const rank = row.rank === null ? "" : `${row.rank}. `;
  const ink = row.reported ? "" : ` style="color:${MUTED};"`;
  const name = `<td style="padding:8px 0 2px 0;${LABEL}">${escapeHtml(rank + row.unitName)}&nbsp; `;
  if (row.selfText === undefined || !row.reported) return `${name}<b${ink}>${whole(figure)}</b></td>`;
  // Where the office adjusted a figure, the self-assessed score follows the score, not bold, and
  // may wrap; the band and the change keep their line. Few bytes: a 150-unit chart is near its budget.
  const rest = figure.slice(row.scoreText.length);
  return `${name}<b>${whole(row.scoreText)}</b> ${escapeHtml(row.selfText)}${rest ? `<b>${whole(rest)}</b>` : ""}</td>`;
}

/** Every unit of a group, in rank order: a line of rank, name and figure, then its bar. */
export function barChart(rows: readonly SummaryRow[], lang: Language, bandCount: number): string {
  const body = rows.map((r) => `<tr>${label(r, lang)}</tr>\n<tr>${bar(r, bandCount)}</tr>`);
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 8px 0;">\n` +
    `${body.join("\n")}\n</table>`
  );
}
