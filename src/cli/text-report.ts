// The ranking as plain text for the terminal: one table per group with each unit's points out of
// its own total, a sub-score table per group (pillars and main indexes), then laggards and
// non-reporters. Lines stay within a terminal of about 120 columns.

import { FOLLOW_UP_STATUSES, type FollowUp } from "../core/follow-up";
import { hierarchyOf } from "../core/indicators";
import { formatValue, periodLabel, pointsText, reviewCountsText } from "../core/labels";
import type { LaggardEntry, LaggardList } from "../core/laggards";
import { t } from "../core/messages";
import type { Report, ReportUnit } from "../core/report";
import type { Indicator, Language } from "../core/schemas";
import { bandName } from "../core/summary/bands";
import { mainIndexesOf, pillarsOf } from "../core/unit-scores";

const WIDTH = 120;
/** Width of a sub-score cell: `100,00`. */
const SUB_WIDTH = 6;
const NAME_WIDTH = 48;

const pad = (s: string, n: number) => (s.length >= n ? s : s + " ".repeat(n - s.length));
const padStart = (s: string, n: number) => (s.length >= n ? s : " ".repeat(n - s.length) + s);

/** Fixed decimals so the column lines up: 82,90 under 89,92. */
function percent(x: number | null, decimals: number, lang: Language): string {
  return x === null ? "—" : x.toFixed(decimals).replace(".", lang === "vi" ? "," : ".");
}

/** The points column, its slashes aligned: ` 54,8/90` under `80,93/90`. */
function pointsColumn(ranking: ReportUnit[], lang: Language): string[] {
  const parts = ranking.map((u) => pointsText(u, lang));
  const earned = Math.max(0, ...parts.map((p) => (p ? p[0].length : 0)));
  const max = Math.max(0, ...parts.map((p) => (p ? p[1].length : 0)));
  return parts.map((p) => (p ? `${padStart(p[0], earned)}/${pad(p[1], max)}` : "—"));
}

export function renderReportText(report: Report, lang: Language): string {
  const lines: string[] = [];
  lines.push(`${t(lang, "rankingTitle")} — ${periodLabel(report.period, lang)}`);
  if (report.review) lines.push(reviewCountsText(report.review, lang));
  const columns = subScoreColumns(report);
  // One choice for every group, names or numbers, so that the tables read alike.
  const all = report.groups.flatMap((g) => g.ranking);
  const byName =
    all.length > 0 &&
    5 + 2 + shortNameWidth(all) + columns.reduce((s, c) => s + 2 + Math.max(c.name.length, SUB_WIDTH), 0) <= WIDTH;
  for (const g of report.groups) {
    lines.push("", t(lang, "groupHeading", { group: g.group, count: g.ranking.length }));
    const nameWidth = Math.min(Math.max(...g.ranking.map((u) => u.unit.name.length), 10), NAME_WIDTH);
    const points = pointsColumn(g.ranking, lang);
    const pointsWidth = Math.max(t(lang, "colPoints").length, ...points.map((p) => p.length));
    // A reviewed period: a marker on a score with an adjusted figure, and the self-assessed % beside.
    const reviewed = report.review !== null;
    const scoreWidth = reviewed ? 8 : 7;
    const selfHeader = t(lang, "colSelfPercent");
    const selfColumn = reviewed ? `  ${selfHeader}` : "";
    lines.push(
      `${padStart(t(lang, "colRank"), 5)}  ${pad(t(lang, "colUnitName"), nameWidth)}  ${padStart(reviewed ? "% " : "%", scoreWidth)}${selfColumn}  ${padStart(t(lang, "colPoints"), pointsWidth)}  ${pad(t(lang, "colBand"), 11)}  ${t(lang, "colPreviousRank")}`,
    );
    g.ranking.forEach((u, i) => {
      const prev =
        u.previousRank === null
          ? ""
          : `${u.previousRank}${u.change === null ? "" : u.change > 0 ? ` (▲${u.change})` : u.change < 0 ? ` (▼${-u.change})` : " (=)"}`;
      const band = u.reported ? bandName(u.band ?? "", lang) : t(lang, "notReported");
      const score =
        percent(u.roundedScore, report.decimals, lang) + (reviewed ? (u.adjustedIn.length > 0 ? "*" : " ") : "");
      const self = reviewed
        ? `  ${padStart(u.reported ? percent(u.selfScore, report.decimals, lang) : "—", selfHeader.length)}`
        : "";
      lines.push(
        `${padStart(String(u.rank ?? "—"), 5)}  ${pad(u.unit.name.slice(0, nameWidth), nameWidth)}  ${padStart(score, scoreWidth)}${self}  ${padStart(points[i], pointsWidth)}  ${pad(band, 11)}  ${prev}`.trimEnd(),
      );
    });
    lines.push(...adjustedLegend(g.ranking, g.indicators, lang));
    // Only the pillars and main indexes this group is scored on.
    const own = new Set([...pillarsOf(g.indicators), ...mainIndexesOf(g.indicators)]);
    lines.push(
      ...subScoreTable(
        report,
        g.ranking,
        columns.filter((c) => own.has(c.name)),
        byName,
        lang,
      ),
    );
  }
  const lists = report.laggards.filter((l) => l.units.length > 0);
  if (lists.length > 0) {
    lines.push("", `${t(lang, "laggardsHeading")}:`);
    for (const l of lists) {
      const names = l.units.map((e) => laggardEntryText(l, e, lang));
      lines.push(`- ${l.indicator.name}: ${l.units.length} — ${names.join(", ")}`);
    }
  }
  if (report.notReported.length > 0) {
    lines.push("", `${t(lang, "notReportedHeading")}: ${report.notReported.map((u) => u.unitName).join(", ")}`);
  }
  const follow = followUpLine(report.followUp, lang);
  if (follow) lines.push("", follow);
  return `${lines.join("\n")}\n`;
}

/**
 * `Theo dõi khắc phục so với tháng 06/2023 (27 trường hợp): 10 đã khắc phục, 5 có tiến bộ, 12 chưa
 * khắc phục` (design §13); the statuses no case has are left out. Null when there is nothing to follow.
 */
export function followUpLine(f: FollowUp | null, lang: Language): string | null {
  if (!f || f.entries.length === 0) return null;
  const parts = FOLLOW_UP_STATUSES.filter((s) => f.counts[s] > 0).map(
    (s) => `${f.counts[s]} ${t(lang, `trendStatus_${s}`)}`,
  );
  return t(lang, "followUpTextLine", {
    previous: periodLabel(f.previousPeriod, lang),
    cases: f.entries.length,
    parts: parts.join(", "),
  });
}

/**
 * `Sở Y tế (24,39%)`; where groups have their own thresholds, the unit's own beside its value
 * (`UBND huyện Bù Đốp (75%; ngưỡng 80%)`), since one list mixes units judged against different ones.
 */
function laggardEntryText(l: LaggardList, e: LaggardEntry, lang: Language): string {
  const value = formatValue(l.indicator, e.value, lang);
  const perGroup = l.indicator.byGroup !== null && Object.values(l.indicator.byGroup).some((v) => v.threshold != null);
  if (!perGroup) return `${e.unitName} (${value})`;
  const threshold = formatValue(l.indicator, e.threshold, lang);
  return t(lang, "laggardWithThreshold", { unit: e.unitName, value, threshold });
}

interface SubColumn {
  /** `1` for the first pillar, `1.2` for its second main index. */
  code: string;
  name: string;
  kind: "pillar" | "mainIndex";
}

/** Pillars, each followed by its main indexes, in the order of `Chỉ tiêu`, numbered as the DTI does. */
function subScoreColumns(report: Report): SubColumn[] {
  const pillars = new Set(report.pillars);
  const mains = new Set(report.mainIndexes);
  const out: SubColumn[] = [];
  const seenMain = new Set<string>();
  let p = 0;
  for (const node of hierarchyOf(report.indicators)) {
    const named = node.pillar !== null && pillars.has(node.pillar);
    const mainNames = node.mainIndexes.flatMap((m) =>
      m.mainIndex !== null && mains.has(m.mainIndex) && !seenMain.has(m.mainIndex) ? [m.mainIndex] : [],
    );
    if (!named && mainNames.length === 0) continue;
    p++;
    if (named) out.push({ code: String(p), name: node.pillar!, kind: "pillar" });
    // Main indexes outside any pillar are numbered as pillars of their own.
    mainNames.forEach((name, j) => {
      seenMain.add(name);
      out.push({ code: named ? `${p}.${j + 1}` : String(p + j), name, kind: "mainIndex" });
    });
    if (!named) p += mainNames.length - 1;
  }
  return out;
}

/**
 * The group's sub-scores (%), one row per unit in ranking order under its short name. Headed by the
 * names when they fit the terminal; otherwise by their numbers with a legend, in as many blocks as
 * the width needs.
 */
function subScoreTable(
  report: Report,
  ranking: ReportUnit[],
  columns: SubColumn[],
  byName: boolean,
  lang: Language,
): string[] {
  if (columns.length === 0 || ranking.length === 0) return [];
  const nameWidth = shortNameWidth(ranking);
  const left = 5 + 2 + nameWidth;
  const cols = columns.map((c) =>
    byName
      ? { ...c, label: c.name, width: Math.max(c.name.length, SUB_WIDTH) }
      : { ...c, label: c.code, width: SUB_WIDTH },
  );
  const out = ["", `${t(lang, "subScoresHeading")}:`];
  if (!byName) out.push(...legend(columns));
  // By name they fit in one block (that is the choice); by number in as many as the width needs.
  const perBlock = byName ? cols.length : Math.max(1, Math.floor((WIDTH - left) / (2 + SUB_WIDTH)));
  for (let start = 0; start < cols.length; start += perBlock) {
    const block = cols.slice(start, start + perBlock);
    if (start > 0) out.push("");
    out.push(
      `${padStart(t(lang, "colRank"), 5)}  ${pad(t(lang, "colShortName"), nameWidth)}${block.map((c) => `  ${padStart(c.label, c.width)}`).join("")}`,
    );
    for (const u of ranking) {
      const cells = block.map((c) => {
        const s = c.kind === "pillar" ? u.pillarScores[c.name] : u.mainIndexScores[c.name];
        return `  ${padStart(percent(s ?? null, report.decimals, lang), c.width)}`;
      });
      out.push(
        `${padStart(String(u.rank ?? "—"), 5)}  ${pad(u.unit.shortName.slice(0, nameWidth), nameWidth)}${cells.join("")}`,
      );
    }
  }
  return out;
}

const shortNameWidth = (units: ReportUnit[]) =>
  Math.min(Math.max(...units.map((u) => u.unit.shortName.length), 10), NAME_WIDTH);

/** `  1 Chính quyền số — 1.1 Văn bản điện tử; 1.2 Dịch vụ công trực tuyến`, one line per pillar. */
function legend(columns: SubColumn[]): string[] {
  const lines: string[] = [];
  let pillar: string | null = null;
  for (const c of columns) {
    if (c.kind === "mainIndex" && pillar !== null && c.code.startsWith(`${pillar}.`)) {
      const last = lines.length - 1;
      lines[last] += `${lines[last].includes(" — ") ? "; " : " — "}${c.code} ${c.name}`;
    } else {
      lines.push(`  ${c.code} ${c.name}`);
      pillar = c.kind === "pillar" ? c.code : null;
    }
  }
  return lines;
}

/** Under a group's table: the units whose score has an adjusted figure (`*`), each with the indicators adjusted. */
function adjustedLegend(ranking: ReportUnit[], indicators: Indicator[], lang: Language): string[] {
  const adjusted = ranking.filter((u) => u.adjustedIn.length > 0);
  if (adjusted.length === 0) return [];
  const nameOf = (id: string) => indicators.find((i) => i.id === id)?.name ?? id;
  return [
    t(lang, "textAdjustedLegend"),
    ...adjusted.map((u) => `  ${u.unit.name}: ${u.adjustedIn.map((id) => `${id} ${nameOf(id)}`).join("; ")}`),
  ];
}
