// The domain's data types, defined once as zod schemas and shared by the server, sidebar and CLI.
// `zod/mini` is tree-shakable: the Apps Script bundle carries only the checks used here.
import * as z from "zod/mini";

export const UNIT_ID_PATTERN = /^[A-Za-z0-9_-]+$/;

/** `choice` (lựa chọn) is one of the labels of `Mức`; `ratio` (tỷ số) is tử ÷ mẫu, two `Số liệu` columns. */
export const IndicatorTypeSchema = z.enum(["percent", "count", "boolean", "choice", "ratio"]);
/** `levels` is `theo mức`: the share of the points of the first level of `Mức` that matches. */
export const ScoringSchema = z.enum(["target", "boolean", "relative", "minmax", "levels"]);
/** `month`: one figure per month; `year`: one figure per year, in a `Số liệu` row whose `Kỳ` is the year. */
export const FrequencySchema = z.enum(["month", "year"]);
export const DirectionSchema = z.enum(["higher", "lower"]);
export const AggregationSchema = z.enum(["mean", "last", "sum", "max"]);
export const MissingPolicySchema = z.enum(["zero", "skip"]);
export const LanguageSchema = z.enum(["vi", "en"]);

export const UnitSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64), z.regex(UNIT_ID_PATTERN)),
  name: z.string().check(z.minLength(1), z.maxLength(300)),
  /** `Tên ngắn`, or the name without a leading `Sở `, `UBND huyện `… (design §9). */
  shortName: z.string(),
  group: z.string().check(z.minLength(1), z.maxLength(200)),
  emails: z.array(z.string()),
  headEmails: z.array(z.string()),
  active: z.boolean(),
  /** `Tên khác`: the names other systems' exports give the unit, learned by import (design §12). */
  aliases: z.array(z.string()),
});

/**
 * One step of `Mức`. A choice's level is a label (`Phó Chủ tịch: 0,5`, op null); a number's level is
 * a comparison (`≥3: 0,75`). `label` is the text as written; `share` the part of the points earned.
 */
export const LevelSchema = z.object({
  label: z.string(),
  op: z.nullable(z.enum([">=", "<=", ">", "<"])),
  bound: z.nullable(z.number()),
  share: z.number().check(z.gte(0), z.lte(1)),
});

/** What may differ from one group to another: `Sở, ban, ngành: 90%; UBND cấp huyện: 80%`. */
export const GroupValuesSchema = z.object({
  maxPoints: z.optional(z.number().check(z.gte(0))),
  target: z.optional(z.nullable(z.number())),
  threshold: z.optional(z.nullable(z.number())),
});

export const IndicatorSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.minLength(1), z.maxLength(500)),
  type: IndicatorTypeSchema,
  scoring: ScoringSchema,
  direction: DirectionSchema,
  /** For every group; with per-group values, the largest of them (so `> 0` means "scored somewhere"). */
  maxPoints: z.number().check(z.gte(0)),
  /**
   * For percents and ratios a fraction (0.9 = 90 %); for yes/no 1 (có) or 0 (không); for a choice the
   * index of a level. With per-group values these are null and `byGroup` holds them.
   */
  target: z.nullable(z.number()),
  threshold: z.nullable(z.number()),
  aggregation: AggregationSchema,
  pillar: z.nullable(z.string()),
  /** `Chỉ số chính`: the level between the pillar and the indicator, with its own sub-score. */
  mainIndex: z.nullable(z.string()),
  /** `Áp dụng cho nhóm`: group names as in `Đơn vị`; null = every group. */
  groups: z.nullable(z.array(z.string())),
  frequency: FrequencySchema,
  /** `Mức`, in the order written (first match wins); null when the indicator has none. */
  levels: z.nullable(z.array(LevelSchema)),
  /** Per-group values by group name as in `Đơn vị`; null when every group has the same. */
  byGroup: z.nullable(z.record(z.string(), GroupValuesSchema)),
  /** `Minh chứng` = `bắt buộc`: a figure without evidence in `Thẩm định` is a warning (design §10). */
  evidence: z.boolean(),
  /**
   * `Diễn đạt trong công văn` (design §11): the lead of the letter's bullet; for a yes/no
   * indicator `lead | verb`. Null = built from the name.
   */
  letterPhrase: z.nullable(z.string()),
});

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
  /**
   * Months (`2023-06`) and years (`2023`, the yearly figures) closed after review: the sidebar
   * refuses saves for them, grid edits are flagged.
   */
  closedPeriods: z.array(z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/))),
  /** What the office's documents need (design §11); blank settings give a draft with dotted blanks. */
  letter: z.object({
    /** `Cơ quan ban hành`: `ỦY BAN NHÂN DÂN` / `TỈNH BÌNH PHƯỚC`. */
    issuer: z.array(z.string()),
    /** `Ký hiệu công văn`: `UBND-KGVX`. */
    symbol: z.string(),
    /** `Địa danh`: `Bình Phước`. */
    place: z.string(),
    /** `Căn cứ`: one line each, as written ("Căn cứ Kế hoạch số …;"). */
    grounds: z.array(z.string()),
    /** `Kính gửi`: one line each; empty = one line per group's name in letters. */
    addressees: z.array(z.string()),
    /** `Nơi nhận`: one line each. */
    recipients: z.array(z.string()),
    /** `Người ký`: the authority's lines, then the name on the last line. */
    signer: z.array(z.string()),
    /** `Tên nhóm trong công văn`: a group's name as letters write it, by group. */
    groupLabels: z.record(z.string(), z.string()),
    /** `Cơ quan tham mưu`: the office that follows up (Sở Thông tin và Truyền thông). */
    advisor: z.string(),
    /** `Hạn báo cáo xếp hạng năm`: day and month of the year's ranking deadline; null = not set. */
    yearDeadline: z.nullable(z.object({ day: z.int(), month: z.int() })),
  }),
});

/**
 * A figure: a number (percents as fractions; a choice as the index of its level in `Mức`), a yes/no,
 * or null when missing. A ratio is two figures, under the keys `<ID>_TU` and `<ID>_MAU`.
 */
export const FigureSchema = z.union([z.number(), z.boolean(), z.null()]);

/** A `Số liệu` row: a month (`2023-06`) for monthly indicators, or a year (`2023`) for yearly ones. */
export const MonthlyRecordSchema = z.object({
  period: z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)),
  unitId: z.string().check(z.minLength(1)),
  values: z.record(z.string(), FigureSchema),
  note: z.string(),
  enteredBy: z.string(),
  /** ISO 8601 instant, or '' when unknown. */
  updatedAt: z.string(),
  /** The 1-based sheet row the record came from, when it came from a sheet. */
  row: z.optional(z.int().check(z.positive())),
});

/** `Trạng thái` of a `Thẩm định` row: chờ thẩm định · đạt · điều chỉnh · cần bổ sung (design §10). */
export const ReviewStatusSchema = z.enum(["pending", "accepted", "adjusted", "more"]);

/** A `Thẩm định` row: a unit's evidence for one figure, and the office's decision on it. */
export const ReviewSchema = z.object({
  /** The `Số liệu` row's period: a month, or a year for yearly figures. */
  period: z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/)),
  unitId: z.string().check(z.minLength(1)),
  indicatorId: z.string().check(z.minLength(1)),
  /** Links, or a document's number, date and summary, as the clerk wrote them ('' when none). */
  evidence: z.string(),
  /** The office's value by field key (a ratio has two); null unless the status is `adjusted`. */
  reviewed: z.nullable(z.record(z.string(), FigureSchema)),
  status: ReviewStatusSchema,
  reason: z.string(),
  reviewer: z.string(),
  /** ISO 8601 instant, or '' when not reviewed. */
  reviewedAt: z.string(),
  /** The unit's own figure when the decision was taken, as canonicalFigure wrote it; '' when not recorded. */
  selfValue: z.string(),
  /** The 1-based sheet row, when it came from a sheet. */
  row: z.optional(z.int().check(z.positive())),
});

export type IndicatorType = z.infer<typeof IndicatorTypeSchema>;
export type Scoring = z.infer<typeof ScoringSchema>;
export type Frequency = z.infer<typeof FrequencySchema>;
export type Level = z.infer<typeof LevelSchema>;
export type GroupValues = z.infer<typeof GroupValuesSchema>;
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
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;
export type Review = z.infer<typeof ReviewSchema>;

/** Everything the engine needs, as read from the workbook. */
export interface Model {
  units: Unit[];
  indicators: Indicator[];
  settings: Settings;
  records: MonthlyRecord[];
  /** `Thẩm định` rows; absent or empty when the office does not review (design §10). */
  reviews?: Review[];
}

/** An indicator's §9 fields when `Chỉ tiêu` leaves them blank: monthly, for every group, one value for all. */
export const PLAIN_INDEX_FIELDS = {
  mainIndex: null,
  groups: null,
  frequency: "month",
  levels: null,
  byGroup: null,
  evidence: false,
  letterPhrase: null,
} as const satisfies Partial<Indicator>;

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
  letter: {
    issuer: [],
    symbol: "",
    place: "",
    grounds: [],
    addressees: [],
    recipients: [],
    signer: [],
    groupLabels: {},
    advisor: "",
    yearDeadline: null,
  },
};
