// The domain's data types, defined once as zod schemas and shared by the server, sidebar and CLI.
// `zod/mini` is tree-shakable: the Apps Script bundle carries only the checks used here.
import * as z from "zod/mini";

export const UNIT_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

export const IndicatorTypeSchema = z.enum(["percent", "count", "boolean"]);
export const ScoringSchema = z.enum(["target", "boolean", "relative", "minmax"]);
export const DirectionSchema = z.enum(["higher", "lower"]);
export const AggregationSchema = z.enum(["mean", "last", "sum", "max"]);
export const MissingPolicySchema = z.enum(["zero", "skip"]);
export const LanguageSchema = z.enum(["vi", "en"]);

export const UnitSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64), z.regex(UNIT_ID_PATTERN)),
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  group: z.string().check(z.minLength(1), z.maxLength(200)),
  emails: z.array(z.string()),
  headEmails: z.array(z.string()),
  active: z.boolean(),
});

export const IndicatorSchema = z
  .object({
    id: z.string().check(z.minLength(1), z.maxLength(64)),
    name: z.string().check(z.minLength(1), z.maxLength(500)),
    type: IndicatorTypeSchema,
    scoring: ScoringSchema,
    direction: DirectionSchema,
    maxPoints: z.number().check(z.gte(0)),
    /** For percents a fraction (0.9 = 90 %); for yes/no 1 (có) or 0 (không). */
    target: z.nullable(z.number()),
    threshold: z.nullable(z.number()),
    aggregation: AggregationSchema,
    pillar: z.nullable(z.string()),
  })
  .check(
    z.refine((i) => i.scoring !== "target" || i.target !== null, { message: "target required", path: ["target"] }),
  );

export const BandSchema = z.object({ name: z.string().check(z.minLength(1)), min: z.number() });

export const SettingsSchema = z.object({
  committeeEmails: z.array(z.string()),
  adminEmails: z.array(z.string()),
  dueDay: z.int().check(z.gte(1), z.lte(28)),
  summaryDay: z.int().check(z.gte(1), z.lte(28)),
  missing: MissingPolicySchema,
  /** Sorted by `min`, highest first. */
  bands: z.array(BandSchema).check(z.minLength(1)),
  decimals: z.int().check(z.gte(0), z.lte(6)),
  language: LanguageSchema,
  /** Months closed after review (`2023-06`): the sidebar refuses saves for them, grid edits are flagged. */
  closedPeriods: z.array(z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/))),
});

/** A monthly figure: a number (percents as fractions), a yes/no, or null when missing. */
export const FigureSchema = z.union([z.number(), z.boolean(), z.null()]);

export const MonthlyRecordSchema = z.object({
  period: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/)),
  unitId: z.string().check(z.minLength(1)),
  values: z.record(z.string(), FigureSchema),
  note: z.string(),
  enteredBy: z.string(),
  /** ISO 8601 instant, or '' when unknown. */
  updatedAt: z.string(),
  /** The 1-based sheet row the record came from, when it came from a sheet. */
  row: z.optional(z.int().check(z.positive())),
});

export type IndicatorType = z.infer<typeof IndicatorTypeSchema>;
export type Scoring = z.infer<typeof ScoringSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type Aggregation = z.infer<typeof AggregationSchema>;
export type MissingPolicy = z.infer<typeof MissingPolicySchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type Unit = z.infer<typeof UnitSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Band = z.infer<typeof BandSchema>;
export type Settings = z.infer<typeof SettingsSchema>;
export type Figure = z.infer<typeof FigureSchema>;
export type MonthlyRecord = z.infer<typeof MonthlyRecordSchema>;

/** Everything the engine needs, as read from the workbook. */
export interface Model {
  units: Unit[];
  indicators: Indicator[];
  settings: Settings;
  records: MonthlyRecord[];
}

export const DEFAULT_BANDS_TEXT = "Dẫn dắt:75; Nâng cao:50; Hình thành:25; Khởi động:0";

export const DEFAULT_SETTINGS: Settings = {
  committeeEmails: [],
  adminEmails: [],
  dueDay: 5,
  summaryDay: 6,
  missing: "zero",
  bands: [
    { name: "Dẫn dắt", min: 75 },
    { name: "Nâng cao", min: 50 },
    { name: "Hình thành", min: 25 },
    { name: "Khởi động", min: 0 },
  ],
  decimals: 2,
  language: "vi",
  closedPeriods: [],
};
