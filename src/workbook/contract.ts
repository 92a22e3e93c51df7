// The workbook contract of design §3: sheet names and column headers, Vietnamese first,
// with the English aliases accepted on read.

/** A cell as both `Range.getValues()` and the xlsx adapter give it: '' or null when empty. */
export type Cell = string | number | boolean | Date | null;
export type Grid = Cell[][];

export interface SheetSpec {
  /** Canonical (Vietnamese) name, written by setup and init. */
  name: string;
  aliases: string[];
}

export const SHEETS = {
  units: { name: "Đơn vị", aliases: ["Units"] },
  indicators: { name: "Chỉ tiêu", aliases: ["Indicators"] },
  data: { name: "Số liệu", aliases: ["Data"] },
  ranking: { name: "Xếp hạng", aliases: ["Ranking"] },
  audit: { name: "Nhật ký", aliases: ["Audit"] },
  settings: { name: "Cài đặt", aliases: ["Settings"] },
  review: { name: "Thẩm định", aliases: ["Review"] },
  /** Written by Rank units and `rank --out` after `Xếp hạng` (design §13); never read, never set up. */
  overview: { name: "Tổng quan", aliases: ["Overview"] },
} as const satisfies Record<string, SheetSpec>;

export type SheetKey = keyof typeof SHEETS;

export interface ColumnSpec {
  name: string;
  aliases: string[];
  required: boolean;
}

const col = (name: string, alias: string, required = true): ColumnSpec => ({ name, aliases: [alias], required });

export const UNIT_COLUMNS = {
  id: col("Mã đơn vị", "Unit ID"),
  name: col("Tên đơn vị", "Unit name"),
  shortName: col("Tên ngắn", "Short name", false),
  group: col("Nhóm", "Group"),
  email: col("Email", "Email", false),
  headEmail: col("Email lãnh đạo", "Head email", false),
  active: col("Theo dõi", "Active", false),
  /** `Tên khác`: how other systems name the unit, one per line or separated by `;` (design §12). */
  aliases: col("Tên khác", "Other names", false),
} as const satisfies Record<string, ColumnSpec>;

export const INDICATOR_COLUMNS = {
  id: col("Mã chỉ tiêu", "Indicator ID"),
  name: col("Tên chỉ tiêu", "Indicator name"),
  type: col("Kiểu", "Type"),
  scoring: col("Cách chấm", "Scoring", false),
  direction: col("Chiều", "Direction", false),
  maxPoints: col("Điểm tối đa", "Max points"),
  target: col("Mục tiêu", "Target", false),
  threshold: col("Ngưỡng yếu kém", "Laggard threshold", false),
  aggregation: col("Tổng hợp", "Aggregation", false),
  pillar: col("Trụ cột", "Pillar", false),
  mainIndex: col("Chỉ số chính", "Main index", false),
  groups: col("Áp dụng cho nhóm", "Applies to", false),
  frequency: col("Tần suất", "Frequency", false),
  levels: col("Mức", "Levels", false),
  evidence: col("Minh chứng", "Evidence", false),
  letterPhrase: col("Diễn đạt trong công văn", "Letter wording", false),
} as const satisfies Record<string, ColumnSpec>;

/** Fixed columns of `Số liệu`; indicator columns (headed by their ID) sit between unitId and note. */
export const DATA_COLUMNS = {
  period: col("Kỳ", "Period"),
  unitId: col("Mã đơn vị", "Unit ID"),
  note: col("Ghi chú", "Note", false),
  enteredBy: col("Người nhập", "Entered by", false),
  updatedAt: col("Cập nhật lúc", "Updated at", false),
} as const satisfies Record<string, ColumnSpec>;

export const AUDIT_COLUMNS = {
  at: col("Thời điểm", "Time"),
  by: col("Người thực hiện", "User"),
  action: col("Hành động", "Action"),
  period: col("Kỳ", "Period"),
  unitId: col("Mã đơn vị", "Unit ID"),
  indicatorId: col("Chỉ tiêu", "Indicator"),
  oldValue: col("Giá trị cũ", "Old value"),
  newValue: col("Giá trị mới", "New value"),
  /** `seq:sha256` of the hash chain (src/core/audit-chain.ts); absent from rows written before it. */
  code: col("Mã kiểm tra", "Hash", false),
} as const satisfies Record<string, ColumnSpec>;

/**
 * `Thẩm định` (design §10): one row per unit × indicator × period with evidence or a review. Clerks
 * write the first four columns (their evidence) from the sidebar; the rest are the office's, and
 * protected. `Giá trị tự đánh giá` is the unit's own figure when the decision was taken, so a figure
 * changed after an acceptance is seen.
 */
export const REVIEW_COLUMNS = {
  period: col("Kỳ", "Period"),
  unitId: col("Mã đơn vị", "Unit ID"),
  indicatorId: col("Mã chỉ tiêu", "Indicator ID"),
  evidence: col("Minh chứng", "Evidence", false),
  reviewedValue: col("Giá trị thẩm định", "Reviewed value", false),
  status: col("Trạng thái", "Status", false),
  reason: col("Lý do", "Reason", false),
  reviewer: col("Người thẩm định", "Reviewer", false),
  reviewedAt: col("Thẩm định lúc", "Reviewed at", false),
  selfValue: col("Giá trị tự đánh giá", "Self-assessed value", false),
} as const satisfies Record<string, ColumnSpec>;

/** The columns of `Thẩm định` that only the office writes (protected, design §8). */
export const REVIEW_OFFICE_COLUMNS = [
  "reviewedValue",
  "status",
  "reason",
  "reviewer",
  "reviewedAt",
  "selfValue",
] as const;

export const SETTINGS_COLUMNS = {
  key: col("Khóa", "Key"),
  value: col("Giá trị", "Value"),
} as const satisfies Record<string, ColumnSpec>;

/** Enumerated cell words of `Chỉ tiêu`, canonical Vietnamese first, then accepted synonyms. */
export const WORDS = {
  type: {
    percent: ["tỷ lệ", "tỉ lệ", "percent", "%"],
    count: ["số lượng", "count", "number"],
    boolean: ["có/không", "yes/no", "boolean"],
    choice: ["lựa chọn", "choice"],
    ratio: ["tỷ số", "tỉ số", "ratio"],
  },
  scoring: {
    target: ["theo mục tiêu", "target"],
    boolean: ["có/không", "boolean", "yes/no"],
    relative: ["so với cao nhất", "relative to best", "relative"],
    minmax: ["min-max", "minmax"],
    levels: ["theo mức", "levels"],
  },
  frequency: {
    month: ["tháng", "monthly", "month"],
    year: ["năm", "yearly", "year"],
  },
  direction: {
    higher: ["cao hơn tốt hơn", "higher is better", "higher"],
    lower: ["thấp hơn tốt hơn", "lower is better", "lower"],
  },
  aggregation: {
    mean: ["trung bình", "mean", "average"],
    last: ["cuối kỳ", "last"],
    sum: ["tổng", "sum"],
    max: ["lớn nhất", "max"],
  },
  evidence: {
    required: ["bắt buộc", "required"],
  },
  /** `Trạng thái` of `Thẩm định`; blank = chờ thẩm định. */
  status: {
    pending: ["chờ thẩm định", "pending"],
    accepted: ["đạt", "accepted"],
    adjusted: ["điều chỉnh", "adjusted"],
    more: ["cần bổ sung", "more evidence needed", "more"],
  },
  missing: {
    zero: ["tính 0", "zero"],
    skip: ["bỏ qua", "skip"],
  },
} as const;

/** Settings keys of `Cài đặt` (design §3), with English aliases. */
export const SETTING_KEYS = {
  committeeEmails: { name: "Email Ban Chỉ đạo", aliases: ["Committee email"] },
  adminEmails: { name: "Email quản trị", aliases: ["Admin email"] },
  dueDay: { name: "Hạn nộp (ngày)", aliases: ["Due day"] },
  summaryDay: { name: "Ngày gửi tổng hợp", aliases: ["Summary day"] },
  missing: { name: "Thiếu số liệu", aliases: ["Missing values"] },
  bands: { name: "Xếp loại", aliases: ["Bands"] },
  decimals: { name: "Làm tròn", aliases: ["Rounding"] },
  language: { name: "Ngôn ngữ", aliases: ["Language"] },
  closedPeriods: { name: "Kỳ đã khóa", aliases: ["Closed periods"] },
  // The documents the office signs (design §11); multi-line values are one line per line of the cell.
  issuer: { name: "Cơ quan ban hành", aliases: ["Issuing body"] },
  letterSymbol: { name: "Ký hiệu công văn", aliases: ["Letter symbol"] },
  place: { name: "Địa danh", aliases: ["Place"] },
  grounds: { name: "Căn cứ", aliases: ["Legal grounds"] },
  addressees: { name: "Kính gửi", aliases: ["Addressees"] },
  recipients: { name: "Nơi nhận", aliases: ["Distribution"] },
  signer: { name: "Người ký", aliases: ["Signatory"] },
  groupLabels: { name: "Tên nhóm trong công văn", aliases: ["Group names in letters"] },
  advisor: { name: "Cơ quan tham mưu", aliases: ["Advising office"] },
  yearDeadline: { name: "Hạn báo cáo xếp hạng năm", aliases: ["Year ranking deadline"] },
} as const;

export type SettingKey = keyof typeof SETTING_KEYS;

/** Header text normalisation used for every lookup: trimmed, case-insensitive, Unicode NFC. */
export function normalizeHeader(text: unknown): string {
  return String(text ?? "")
    .normalize("NFC")
    .trim()
    .replace(/\s+/g, " ")
    .toLocaleLowerCase("vi");
}
