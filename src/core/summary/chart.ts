// A group's % scores as an HTML bar chart that every mail reader draws: one unit per row, named,
// with its rank, score and band, and a bar in the band's colour whose width is the score as a
// percentage of the row. Nested tables with `bgcolor`/`width` attributes for Outlook's Word
// engine, the same as inline styles for Gmail (which strips <style>); no image at all. The name and
// the score share a line above the bar, so a long name wraps on a 390 px phone instead of squeezing it.
import { t } from "../messages";
import type { Language } from "../schemas";
import { bandColour } from "./bands";
import { escapeHtml, FONT, MUTED, TEXT } from "./email-html";
import type { SummaryRow } from "./summary";

const TRACK = "#f1f3f4";
const BAR_HEIGHT = 12;

/** A table cell of `percent` % of its row, filled with `colour`: Outlook reads the attributes, Gmail the style. */
function fill(percent: number, colour: string): string {
  return (
    `<td width="${percent}%" bgcolor="${colour}" height="${BAR_HEIGHT}" ` +
    `style="width:${percent}%;background-color:${colour};height:${BAR_HEIGHT}px;font-size:1px;line-height:1px;">&nbsp;</td>`
  );
}

function bar(row: SummaryRow, bandCount: number): string {
  const colour = bandColour(row.reported ? row.bandIndex : null, bandCount).hex;
  // Whole percents are as fine as a phone can show; a reported 0 % still shows a sliver of its colour.
  const width = row.reported && row.score !== null ? Math.min(100, Math.max(1, Math.round(row.score))) : 0;
  const cells =
    width === 0 ? fill(100, TRACK) : width === 100 ? fill(100, colour) : fill(width, colour) + fill(100 - width, TRACK);
  return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;"><tr>${cells}</tr></table>`;
}

function label(row: SummaryRow, lang: Language): string {
  const figure = row.reported ? `${row.scoreText}${row.band === null ? "" : ` · ${row.band}`}` : t(lang, "notReported");
  const rank = row.rank === null ? "" : `${row.rank}. `;
  return (
    `<tr><td style="padding:6px 8px 2px 0;${FONT}font-size:13px;line-height:1.3;color:${TEXT};">${escapeHtml(rank + row.unitName)}</td>` +
    `<td align="right" valign="bottom" style="padding:6px 0 2px 0;${FONT}font-size:13px;line-height:1.3;color:${row.reported ? TEXT : MUTED};white-space:nowrap;text-align:right;">` +
    `<b>${escapeHtml(figure)}</b></td></tr>`
  );
}

/** Every unit of a group, in rank order, as rows of name, figure and bar. */
export function barChart(rows: readonly SummaryRow[], lang: Language, bandCount: number): string {
  const body = rows.map(
    (r) => `${label(r, lang)}\n<tr><td colspan="2" style="padding:0 0 4px 0;">${bar(r, bandCount)}</td></tr>`,
  );
  return (
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;margin:0 0 8px 0;">\n` +
    `${body.join("\n")}\n</table>`
  );
}
