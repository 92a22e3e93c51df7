// An import plan (src/workbook/import-plan.ts) as the command line shows it: a text for people
// (each export row, its unit and how it was found, and for each mapped cell the figure to write,
// the figure there now and what happens to it), or JSON for programs.
import { figureDisplay } from "../core/entry-fields";
import { type MessageKey, t } from "../core/messages";
import { roundTo } from "../core/numbers";
import { formatProblem } from "../core/problems";
import type { Figure, Indicator, Language, Unit } from "../core/schemas";
import { cellText } from "../workbook/cells";
import type { Grid } from "../workbook/contract";
import type { CellAction, ImportPlan, PlannedCell, PlannedRow } from "../workbook/import-plan";

/** Lines are kept within this many columns where a name allows it (an 80–100 column terminal). */
const WIDTH = 96;

export interface PlanContext {
  lang: Language;
  units: readonly Unit[];
  /** The export's cells, to show a value that could not be read as it is written. */
  grid: Grid;
  source: string;
  /** The workbook's file, and the period as people read it (`tháng 01/2024`). */
  file: string;
  periodLabel: string;
  skipUnmatched: boolean;
  dryRun: boolean;
}

const ROW_KINDS = ["matched", "chosen", "ambiguous", "unknown", "duplicate", "total"] as const;
const ACTIONS: CellAction[] = ["write", "same", "keep", "reviewed", "blank", "notApplicable", "inactive", "invalid"];

/** Rows by kind and cells by action, every kind present (0 when none). */
export function planCounts(plan: ImportPlan): { rows: Record<string, number>; cells: Record<string, number> } {
  const rows = Object.fromEntries(ROW_KINDS.map((k) => [k, 0])) as Record<string, number>;
  const cells = Object.fromEntries(ACTIONS.map((a) => [a, 0])) as Record<string, number>;
  for (const r of plan.rows) {
    rows[r.kind]++;
    for (const c of r.cells) cells[c.action]++;
  }
  return { rows, cells };
}

function unitsById(ctx: PlanContext): Map<string, Unit> {
  return new Map(ctx.units.map((u) => [u.id, u]));
}

const named = (units: Map<string, Unit>, id: string) => `${units.get(id)?.name ?? id} (${id})`;

/** What became of a row, in words. */
function outcomeText(r: PlannedRow, plan: ImportPlan, units: Map<string, Unit>, ctx: PlanContext): string {
  const { lang } = ctx;
  const unmatched = (text: string) => (ctx.skipUnmatched ? `${text}; ${t(lang, "importRowSkipped")}` : text);
  switch (r.kind) {
    case "matched":
    case "chosen": {
      const id = r.unitId as string;
      const how = r.kind === "chosen" ? "chosen" : r.outcome.kind === "matched" ? r.outcome.how : "name";
      const unit = units.get(id)?.name ?? id;
      return t(lang, "importMatched", { unit, id, how: t(lang, `importHow_${how}` as MessageKey) });
    }
    case "ambiguous": {
      const candidates = r.candidates.map((c) => named(units, c)).join("; ");
      const partial = r.outcome.kind === "ambiguous" && r.outcome.partial;
      return unmatched(t(lang, partial ? "importRowPartial" : "importRowAmbiguous", { candidates }));
    }
    case "unknown":
      return unmatched(t(lang, "importRowUnknown"));
    case "duplicate": {
      const unit = r.candidates[0] as string;
      const rows = plan.rows
        .filter((o) => o !== r && o.kind === "duplicate" && o.candidates[0] === unit)
        .map((o) => o.row)
        .join(", ");
      return unmatched(t(lang, "importRowDuplicate", { unit: named(units, unit), rows }));
    }
    case "total":
      return t(lang, "importRowTotal");
  }
}

function shown(v: Figure | string, ind: Indicator, lang: Language): string {
  if (typeof v === "string") return `“${v}”`;
  if (v === null) return t(lang, "importNone");
  return figureDisplay(
    ind.type,
    v,
    lang,
    (ind.levels ?? []).map((l) => l.label),
  );
}

function cellLine(c: PlannedCell, r: PlannedRow, plan: ImportPlan, ctx: PlanContext): string {
  const { lang } = ctx;
  const ind = plan.layout.columns.find((m) => m.key === c.key)?.indicator as Indicator;
  const raw = cellText(ctx.grid[r.row - 1]?.[c.column]);
  const value = c.action === "invalid" ? `“${raw}”` : shown(c.value, ind, lang);
  const action = c.action === "write" && c.old !== null ? "replace" : c.action;
  return t(lang, "importCell", {
    key: c.key,
    value,
    old: shown(c.old, ind, lang),
    action: t(lang, `importAction_${action}` as MessageKey),
  });
}

/** Characters as a terminal counts them: NFD names have marks that take no column. */
const width = (s: string) => s.normalize("NFC").length;

/**
 * A line broken into lines of at most WIDTH columns, the next ones indented: between candidates
 * ("A (ID); B (ID)") where it can, else at a space.
 */
function wrap(line: string, indent: string): string[] {
  const lines: string[] = [];
  let rest = line;
  while (width(rest) > WIDTH) {
    const between = rest.lastIndexOf("; ", WIDTH - 1);
    const at = between > indent.length ? between + 1 : rest.lastIndexOf(" ", WIDTH);
    if (at <= indent.length) break;
    lines.push(rest.slice(0, at));
    rest = `${indent}${rest.slice(at + 1)}`;
  }
  lines.push(rest);
  return lines;
}

/** Column letters of a 0-based column, as a spreadsheet shows the export: 0 → A. */
function columnLetters(j: number): string {
  let s = "";
  for (let c = j + 1; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The plan for people: a heading, the columns read, one block per row, the counts, the names learned. */
export function renderPlanText(plan: ImportPlan, ctx: PlanContext): string {
  const { lang } = ctx;
  const units = unitsById(ctx);
  const out: string[] = [];
  out.push(t(lang, "importHeading", { source: ctx.source, period: ctx.periodLabel, file: ctx.file }), "");
  const { layout } = plan;
  out.push(t(lang, "importNameColumnLine", { header: layout.nameHeader, column: columnLetters(layout.nameColumn) }));
  for (const c of layout.columns) {
    const line = t(lang, "importColumnLine", { key: c.key, header: c.header, column: columnLetters(c.column) });
    out.push(c.percentScale ? `${line}; ${t(lang, "importPercentScale")}` : line);
  }
  out.push("");

  const labels = plan.rows.map((r) => t(lang, "importRowLabel", { row: r.row }));
  const pad = Math.max(0, ...labels.map((l) => l.length)) + 2;
  const indent = " ".repeat(pad);
  plan.rows.forEach((r, i) => {
    const head = `${labels[i].padEnd(pad)}${r.name === "" ? t(lang, "importNoNameText") : r.name}`;
    const outcome = `→ ${outcomeText(r, plan, units, ctx)}`;
    // On the name's line when it fits, else on a line of its own; wrapped if still too long.
    const line = `${head} ${outcome}`;
    if (width(line) <= WIDTH) out.push(line);
    else out.push(head, ...wrap(`${indent}${outcome}`, `${indent}  `));
    for (const c of r.cells) out.push(...wrap(`${indent}${cellLine(c, r, plan, ctx)}`, `${indent}  `));
  });
  out.push("");

  const counts = planCounts(plan);
  const parts = (kind: "rows" | "cells", prefix: string) => {
    const list = Object.entries(counts[kind])
      .filter(([, n]) => n > 0)
      .map(([k, n]) => t(lang, `${prefix}${k}` as MessageKey, { count: n }));
    return list.length > 0 ? list.join(", ") : t(lang, "importCountNone");
  };
  out.push(t(lang, "importRowsCount", { parts: parts("rows", "importCount_") }));
  out.push(t(lang, "importFiguresCount", { parts: parts("cells", "importCount_") }));

  if (plan.aliases.length > 0) {
    out.push("", t(lang, "importAliasesHeading", { count: plan.aliases.length }));
    for (const a of plan.aliases)
      out.push(
        `  ${t(lang, "importAliasLine", { name: a.name, unit: units.get(a.unitId)?.name ?? a.unitId, id: a.unitId })}`,
      );
  }
  if (ctx.dryRun) out.push("", t(lang, "importDryRun"));
  return `${out.join("\n")}\n`;
}

/** A figure for JSON: percents and ratios as fractions (rounded off float noise), a choice as its label. */
function jsonFigure(v: Figure | string, ind: Indicator): Figure | string {
  if (typeof v === "number" && ind.type === "choice") return ind.levels?.[v]?.label ?? v;
  if (typeof v === "number") return roundTo(v, 10);
  return v;
}

/** The plan for programs: `--json`. */
export function planJson(plan: ImportPlan, ctx: PlanContext, read: Record<string, unknown>) {
  const units = unitsById(ctx);
  const unitName = (id: string | null) => (id === null ? null : (units.get(id)?.name ?? null));
  const indicatorOf = (key: string) => plan.layout.columns.find((c) => c.key === key)?.indicator as Indicator;
  return {
    source: ctx.source,
    period: plan.period,
    dryRun: ctx.dryRun,
    read,
    layout: {
      headerRow: plan.layout.headerRow + 1,
      nameColumn: plan.layout.nameHeader,
      columns: plan.layout.columns.map((c) => ({
        key: c.key,
        indicatorId: c.indicator.id,
        header: c.header,
        column: c.column + 1,
        percentScale: c.percentScale,
      })),
    },
    rows: plan.rows.map((r) => ({
      row: r.row,
      name: r.name,
      kind: r.kind,
      unitId: r.unitId,
      unitName: unitName(r.unitId),
      how: r.kind === "chosen" ? "chosen" : r.unitId !== null && r.outcome.kind === "matched" ? r.outcome.how : null,
      candidates: r.candidates.map((id) => ({ id, name: unitName(id) })),
      cells: r.cells.map((c) => ({
        key: c.key,
        old: jsonFigure(c.old, indicatorOf(c.key)),
        value: jsonFigure(c.value, indicatorOf(c.key)),
        action: c.action,
      })),
      learn: r.learn,
    })),
    aliases: plan.aliases.map((a) => ({ unitId: a.unitId, unitName: unitName(a.unitId), name: a.name })),
    counts: planCounts(plan),
    problems: plan.problems.map((p) => formatProblem(p, ctx.lang)),
  };
}
