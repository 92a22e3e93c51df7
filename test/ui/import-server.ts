// A stand-in for the add-on's four import globals (getImportSetup, getImportHeaders, previewImport,
// applyImport), for the dialog's browser test: the real contract's schemas parse what the dialog
// sends, and the real core plans the import (planImport) on the sample province, read with the
// real reader. The workbook stays in memory: a write updates the figures the next preview sees.
// It answers as the add-on does (src/core/import/api.ts); it is not the add-on's server code.
import { figureDisplay } from "../../src/core/entry-fields";
import {
  type ImportHeaders,
  type ImportPreview,
  type ImportRefusal,
  type ImportRequest,
  ImportRequestSchema,
  type ImportResult,
  type ImportSetup,
  type ImportSource,
  ImportSourceSchema,
} from "../../src/core/import/api";
import { foldedKey } from "../../src/core/import/names";
import { fieldKeys } from "../../src/core/indicators";
import { formatProblem } from "../../src/core/problems";
import type { Figure, Indicator, Model, Review } from "../../src/core/schemas";
import { sha256Hex } from "../../src/core/sha256";
import { cellText } from "../../src/workbook/cells";
import { type Grid, SETTING_KEYS } from "../../src/workbook/contract";
import { HEADER_SEARCH_ROWS, planImport } from "../../src/workbook/import-plan";
import { readWorkbook } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";
import type { ServerCall } from "./stand-in";

export const IMPORT_PERIOD = "2023-07";
const NAME_HEADERS = new Set(["ten don vi", "don vi", "ten co quan", "co quan"]);

type Answer = { json?: string; error?: string };

export class ImportServer {
  readonly calls: ServerCall[] = [];
  readonly violations: string[] = [];
  readonly external: string[] = [];
  /** What applyImport wrote: the request and the figures written. */
  readonly applied: { request: ImportRequest; written: number; aliases: { unitId: string; name: string }[] }[] = [];
  /** When set, the next call throws this, as Apps Script does on a timeout. */
  failNext?: string;
  /** Milliseconds each call takes, to see the waiting state. */
  delayMs = 0;
  admin = true;
  remembered: ImportSetup["remembered"] = null;
  readonly model: Model;
  /** Figures by period, unit and field key. */
  private readonly figures = new Map<string, Map<string, Record<string, Figure | string>>>();
  private readonly reviews: Review[];

  /**
   * The sample province with January closed and July's KY_SO and EMAIL_CV blank, so that an import
   * has figures to write, except Sở Nội vụ's KY_SO (50%, kept without overwrite) and Sở Y tế's
   * (50%, accepted by the office: never overwritten). `pasted` are sheets an export was pasted into;
   * `language` is the workbook's `Ngôn ngữ`.
   */
  constructor(
    readonly pasted: Record<string, Grid> = {},
    language: "vi" | "en" = "vi",
  ) {
    const sample = sampleProvince();
    for (const row of sample.settings) {
      if (row[0] === SETTING_KEYS.closedPeriods.name) row[1] = "2023-01";
      if (row[0] === SETTING_KEYS.language.name) row[1] = language;
    }
    const header = sample.data[0];
    const ky = header.indexOf("KY_SO");
    const email = header.indexOf("EMAIL_CV");
    for (const row of sample.data.slice(1)) {
      if (row[0] !== IMPORT_PERIOD) continue;
      row[ky] = row[1] === "SNV" || row[1] === "SYT" ? 0.5 : "";
      row[email] = "";
    }
    const read = readWorkbook({
      sheets: {
        "Đơn vị": sample.units,
        "Chỉ tiêu": sample.indicators,
        "Số liệu": sample.data,
        "Cài đặt": sample.settings,
      },
      timeZone: "Asia/Ho_Chi_Minh",
    });
    if (read.problems.length > 0) throw new Error(read.problems.map((p) => formatProblem(p, "en")).join("\n"));
    this.model = read.model;
    for (const r of this.model.records) {
      const period = this.figures.get(r.period) ?? new Map();
      period.set(r.unitId, { ...r.values });
      this.figures.set(r.period, period);
    }
    this.reviews = [
      {
        period: IMPORT_PERIOD,
        unitId: "SYT",
        indicatorId: "KY_SO",
        evidence: "",
        reviewed: null,
        status: "accepted",
        reason: "",
        reviewer: "cds@binhphuoc.example",
        reviewedAt: "2023-08-07T02:00:00.000Z",
        selfValue: "50%",
      },
    ];
  }

  /** The page's google.script.run calls arrive here: JSON arguments in, JSON out, as on the wire. */
  async handle(name: string, json: string): Promise<Answer> {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    const args = JSON.parse(json) as unknown[];
    this.calls.push({ name, args });
    if (this.failNext !== undefined) {
      const error = this.failNext;
      this.failNext = undefined;
      return { error };
    }
    let result: unknown;
    try {
      if (name === "getImportSetup") result = this.getImportSetup();
      else if (name === "getImportHeaders") result = this.getImportHeaders(args[0]);
      else if (name === "previewImport") result = this.previewImport(args[0]);
      else if (name === "applyImport") result = this.applyImport(args[0]);
      else return { error: `Script function not found: ${name}` };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
    return { json: JSON.stringify(result) };
  }

  private refusal(message: string): ImportRefusal {
    return { ok: false, lang: this.model.settings.language, message };
  }

  getImportSetup(): ImportSetup | ImportRefusal {
    if (!this.admin)
      return this.refusal(
        "Tài khoản vanthu.sgtvt@binhphuoc.example không có quyền nhập từ tệp xuất: chỉ quản trị viên (Email quản trị trong sheet Cài đặt) được nhập.",
      );
    const months = Array.from({ length: 12 }, (_, i) => `2023-${String(12 - i).padStart(2, "0")}`);
    const periods = [...months, "2023"];
    return {
      ok: true,
      lang: this.model.settings.language,
      sheets: Object.keys(this.pasted),
      periods,
      period: IMPORT_PERIOD,
      closed: periods.filter((p) => this.model.settings.closedPeriods.includes(p)),
      fields: this.model.indicators.flatMap((ind) =>
        fieldKeys(ind).map((key, k) => ({
          key,
          indicatorId: ind.id,
          name: ind.type === "ratio" ? `${ind.name} (${k === 0 ? "tử số" : "mẫu số"})` : ind.name,
          type: ind.type,
          frequency: ind.frequency,
        })),
      ),
      units: this.model.units.map((u) => ({ id: u.id, name: u.name })),
      remembered: this.remembered,
    };
  }

  private grid(source: ImportSource): Grid | ImportRefusal {
    if (source.kind === "csv") return source.rows;
    const grid = this.pasted[source.name];
    return grid ?? this.refusal(`Không có sheet “${source.name}” trong bảng tính.`);
  }

  getImportHeaders(payload: unknown): ImportHeaders | ImportRefusal {
    const parsed = ImportSourceSchema.safeParse(payload);
    if (!parsed.success) throw new Error(`getImportHeaders: the dialog sent a malformed source: ${parsed.error}`);
    const grid = this.grid(parsed.data);
    if (!Array.isArray(grid)) return grid;
    // The fullest of the top rows.
    let best = 0;
    let most = -1;
    for (const [r, row] of grid.slice(0, HEADER_SEARCH_ROWS).entries()) {
      const n = row.filter((c) => cellText(c) !== "").length;
      if (n > most) {
        most = n;
        best = r;
      }
    }
    const headers = (grid[best] ?? []).map((c) => cellText(c)).filter((x) => x !== "");
    const named = headers.filter((x) => NAME_HEADERS.has(foldedKey(x)));
    return named.length === 1 ? { ok: true, headers, nameColumn: named[0] } : { ok: true, headers };
  }

  private plan(payload: unknown) {
    const parsed = ImportRequestSchema.safeParse(payload);
    if (!parsed.success) throw new Error(`the dialog sent a malformed request: ${parsed.error}`);
    const request = parsed.data;
    const grid = this.grid(request.source);
    if (!Array.isArray(grid)) return { request, refusal: grid };
    const chosen: Record<number, string> = {};
    for (const [row, unit] of Object.entries(request.chosen)) chosen[Number(row)] = unit;
    const lang = this.model.settings.language;
    const result = planImport({
      units: this.model.units,
      indicators: this.model.indicators,
      settings: this.model.settings,
      period: request.period,
      grid,
      source: request.source.name,
      mapping: { nameColumn: request.nameColumn, columns: request.columns },
      current: this.figures.get(request.period) ?? new Map(),
      reviews: this.reviews,
      chosen,
      overwrite: request.overwrite,
      skipUnmatched: request.skipUnmatched ?? false,
    });
    if (!result.ok)
      return { request, refusal: this.refusal(result.problems.map((p) => formatProblem(p, lang)).join("\n")) };
    return { request, plan: result.plan, grid };
  }

  previewImport(payload: unknown): ImportPreview | ImportRefusal {
    const planned = this.plan(payload);
    if (planned.refusal) return planned.refusal;
    const plan = planned.plan!;
    const lang = this.model.settings.language;
    const names = new Map(this.model.units.map((u) => [u.id, u.name]));
    const indicatorOf = new Map(plan.layout.columns.map((c) => [c.key, c.indicator]));
    const shown = (v: Figure | string, ind: Indicator) =>
      typeof v === "string"
        ? v
        : figureDisplay(
            ind.type,
            v,
            lang,
            (ind.levels ?? []).map((l) => l.label),
          );
    const counts: Record<string, number> = {};
    for (const r of plan.rows) {
      counts[r.kind] = (counts[r.kind] ?? 0) + 1;
      for (const c of r.cells) counts[c.action] = (counts[c.action] ?? 0) + 1;
    }
    return {
      ok: true,
      lang,
      digest: sha256Hex(JSON.stringify(planned.grid)),
      headers: (planned.grid![plan.layout.headerRow] ?? []).map((c) => cellText(c)).filter((x) => x !== ""),
      nameColumn: plan.layout.nameHeader,
      rows: plan.rows.map((r) => {
        const row: ImportPreview["rows"][number] = {
          row: r.row,
          name: r.name,
          kind: r.kind,
          unitId: r.unitId,
          candidates: r.candidates.map((id) => ({ id, name: names.get(id) ?? id })),
          cells: r.cells.map((c) => {
            const ind = indicatorOf.get(c.key)!;
            return { key: c.key, old: shown(c.old, ind), value: shown(c.value, ind), action: c.action };
          }),
          learn: r.learn,
        };
        if (r.kind === "matched" && r.outcome.kind === "matched") row.how = r.outcome.how;
        return row;
      }),
      counts,
      aliases: plan.aliases,
      problems: plan.problems.map((p) => formatProblem(p, lang)),
    };
  }

  applyImport(payload: unknown): ImportResult | ImportRefusal {
    const planned = this.plan(payload);
    if (planned.refusal) return planned.refusal;
    const plan = planned.plan!;
    const lang = this.model.settings.language;
    if (plan.problems.length > 0)
      return this.refusal(
        `Chưa nhập vì tệp có ${plan.problems.length} lỗi:\n${plan.problems.map((p) => formatProblem(p, lang)).join("\n")}`,
      );
    const period = this.figures.get(plan.period) ?? new Map<string, Record<string, Figure | string>>();
    this.figures.set(plan.period, period);
    let written = 0;
    for (const r of plan.rows) {
      if (r.unitId === null) continue;
      const figures = period.get(r.unitId) ?? {};
      for (const c of r.cells)
        if (c.action === "write") {
          figures[c.key] = c.value;
          written++;
        }
      period.set(r.unitId, figures);
    }
    const { request } = planned;
    this.applied.push({ request, written, aliases: plan.aliases });
    this.remembered = { source: request.source.name, nameColumn: request.nameColumn, columns: request.columns };
    return {
      ok: true,
      message: `Đã nhập ${written} số liệu tháng 07/2023 từ “${request.source.name}” và thêm ${plan.aliases.length} tên vào Tên khác.`,
      written,
      aliases: plan.aliases.length,
    };
  }
}
