// The ranking as plain text for the terminal: one table per group, then laggards and non-reporters.
import { formatValue, periodLabel } from "../core/labels";
import { t } from "../core/messages";
import type { Report } from "../core/report";
import type { Language } from "../core/schemas";
import { bandName } from "../core/summary/bands";

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

export function renderReportText(report: Report, lang: Language): string {
  const lines: string[] = [];
  lines.push(`${t(lang, "rankingTitle")} — ${periodLabel(report.period, lang)}`);
  for (const g of report.groups) {
    lines.push("", t(lang, "groupHeading", { group: g.group, count: g.ranking.length }));
    const nameWidth = Math.min(Math.max(...g.ranking.map((u) => u.unit.name.length), 10), 48);
    lines.push(
      `${padStart(t(lang, "colRank"), 5)}  ${pad(t(lang, "colUnitName"), nameWidth)}  ${padStart("%", 7)}  ${pad(t(lang, "colBand"), 11)}  ${t(lang, "colPreviousRank")}`,
    );
    for (const u of g.ranking) {
      // Fixed decimals so the column lines up: 82,90 under 89,92.
      const score =
        u.roundedScore === null ? "—" : u.roundedScore.toFixed(report.decimals).replace(".", lang === "vi" ? "," : ".");
      const prev =
        u.previousRank === null
          ? ""
          : `${u.previousRank}${u.change === null ? "" : u.change > 0 ? ` (▲${u.change})` : u.change < 0 ? ` (▼${-u.change})` : " (=)"}`;
      const band = u.reported ? bandName(u.band ?? "", lang) : t(lang, "notReported");
      lines.push(
        `${padStart(String(u.rank ?? "—"), 5)}  ${pad(u.unit.name.slice(0, nameWidth), nameWidth)}  ${padStart(score, 7)}  ${pad(band, 11)}  ${prev}`,
      );
    }
  }
  const lists = report.laggards.filter((l) => l.units.length > 0);
  if (lists.length > 0) {
    lines.push("", `${t(lang, "laggardsHeading")}:`);
    for (const l of lists) {
      const names = l.units.map((e) => `${e.unitName} (${formatValue(l.indicator, e.value, lang)})`);
      lines.push(`- ${l.indicator.name}: ${l.units.length} — ${names.join(", ")}`);
    }
  }
  if (report.notReported.length > 0) {
    lines.push("", `${t(lang, "notReportedHeading")}: ${report.notReported.map((u) => u.unitName).join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}
