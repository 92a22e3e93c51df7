// The contract of the add-on's *Nhập từ tệp xuất* dialog (design §12) shared by the server and the
// browser: what the dialog opens with, what it asks to preview or write, and what comes back. The
// zod schemas parse what the browser sends; the dialog imports only the types (and ./limits.ts).
import * as z from "zod/mini";
import { PERIOD_PATTERN } from "../entry-fields";
import type { Frequency, IndicatorType, Language } from "../schemas";
import { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_IMPORT_TEXT } from "./limits";

export { MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS, MAX_IMPORT_TEXT };

const TEXT = z.string().check(z.maxLength(MAX_IMPORT_TEXT));

/** Where the export is: a sheet of the workbook it was pasted into, or a CSV uploaded in the dialog. */
export const ImportSourceSchema = z.union([
  z.strictObject({ kind: z.literal("sheet"), name: TEXT }),
  z.strictObject({
    kind: z.literal("csv"),
    name: TEXT,
    rows: z.array(z.array(TEXT).check(z.maxLength(MAX_IMPORT_COLUMNS))).check(z.maxLength(MAX_IMPORT_ROWS)),
  }),
]);

export const ImportRequestSchema = z.strictObject({
  period: z.string().check(z.regex(PERIOD_PATTERN)),
  source: ImportSourceSchema,
  /** The header of the name column; absent = found by its header. */
  nameColumn: z.optional(TEXT),
  /** Field key → the export's header. */
  columns: z.record(z.string().check(z.maxLength(70)), TEXT),
  overwrite: z.boolean(),
  /** Rows resolved by hand: 1-based export row (as text) → unit ID. */
  chosen: z.record(z.string().check(z.regex(/^\d{1,5}$/)), z.string().check(z.maxLength(64))),
  /**
   * Leave ambiguous, unknown and repeated rows out instead of refusing (planImport's skipUnmatched);
   * absent = false. The dialog previews with true (it lists the rows still to resolve itself) and
   * writes with true only when the user chose "bỏ qua" for each such row left.
   */
  skipUnmatched: z.optional(z.boolean()),
  /**
   * The digest of the export as previewed (ImportPreview.digest): the write is refused when the
   * export read then differs, so an editor cannot change a pasted sheet between preview and *Ghi*.
   */
  digest: z.optional(z.string().check(z.maxLength(64))),
});

/**
 * A row of an export: matched (by name or by spelling), chosen by hand in the add-on, ambiguous,
 * unknown, repeated (two rows, one unit), or a total row (skipped).
 */
export type RowKind = "matched" | "chosen" | "ambiguous" | "unknown" | "duplicate" | "total";

export type ImportSource = z.infer<typeof ImportSourceSchema>;
export type ImportRequest = z.infer<typeof ImportRequestSchema>;

/** What the dialog opens with. */
export interface ImportSetup {
  ok: true;
  lang: Language;
  /** Sheets the export may have been pasted into: every sheet but the product's own. */
  sheets: string[];
  /** Months (newest first), then years, that may be imported; `closed` ones are refused. */
  periods: string[];
  period: string;
  closed: string[];
  /** The fields an export column can be mapped to (a ratio has two). */
  fields: { key: string; indicatorId: string; name: string; type: IndicatorType; frequency: Frequency }[];
  /** The units, for resolving a row by hand. */
  units: { id: string; name: string }[];
  /** Last time's choices, remembered for next month; null the first time. */
  remembered: { source: string; nameColumn?: string; columns: Record<string, string> } | null;
}

export interface ImportRefusal {
  ok: false;
  lang: Language;
  message: string;
  /** The export's headers, when it could be read, so the mapping can be fixed. */
  headers?: string[];
}

/** The headers of a source, to map its columns: the header row found, or the fullest of the top rows. */
export interface ImportHeaders {
  ok: true;
  headers: string[];
  /** The name column found by its header, if any. */
  nameColumn?: string;
}

export interface PreviewCell {
  key: string;
  /** As the audit writes them: `24,39%`, `có`; '' when none. */
  old: string;
  value: string;
  action: "write" | "same" | "keep" | "reviewed" | "blank" | "notApplicable" | "inactive" | "invalid";
}

export interface PreviewRow {
  row: number;
  name: string;
  kind: RowKind;
  /** The unit written to (matched or chosen). */
  unitId: string | null;
  /** `name`, `shortName`, `alias`, `spelling` for a matched row. */
  how?: string;
  candidates: { id: string; name: string }[];
  cells: PreviewCell[];
  learn: boolean;
}

export interface ImportPreview {
  ok: true;
  lang: Language;
  headers: string[];
  nameColumn: string;
  rows: PreviewRow[];
  /** Figures that would be written, kept, etc., and rows by kind. */
  counts: Record<string, number>;
  /** Names that would be learned into `Tên khác`. */
  aliases: { unitId: string; name: string }[];
  /** Why it cannot be written yet, one sentence each (rows named with their candidates). */
  problems: string[];
  /** The SHA-256 of the export's cells as read for this preview; sent back with the write. */
  digest: string;
}

/** The server functions the dialog calls through google.script.run (globals of src/server/index.ts). */
export interface ImportApi {
  getImportSetup(): ImportSetup | ImportRefusal;
  getImportHeaders(source: ImportSource): ImportHeaders | ImportRefusal;
  previewImport(request: ImportRequest): ImportPreview | ImportRefusal;
  applyImport(request: ImportRequest): ImportResult | ImportRefusal;
}

export interface ImportResult {
  ok: true;
  message: string;
  written: number;
  aliases: number;
}
