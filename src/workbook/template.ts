// The workbook `init` writes: every contract sheet with its headers, drop-down lists, widths and
// formats, and either example rows or the sample province. The column widths, the word lists of
// `Chỉ tiêu` and the formats of `Số liệu` columns are shared with the add-on's set-up.
import { fieldHeaders } from "../core/indicators";
import { DEFAULT_BANDS_TEXT, type Indicator, type Language } from "../core/schemas";
import {
  AUDIT_COLUMNS,
  type Cell,
  type ColumnSpec,
  DATA_COLUMNS,
  type Grid,
  INDICATOR_COLUMNS,
  REVIEW_COLUMNS,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
  SHEETS,
  UNIT_COLUMNS,
  WORDS,
} from "./contract";
import { matchesName } from "./headers";
import { readWorkbook } from "./read";
import type { SampleWorkbook } from "./sample";

/** A drop-down list on a column, from row 2 down. */
export interface ColumnValidation {
  /** 0-based column. */
  column: number;
  values: string[];
}

export interface TemplateSheet {
  name: string;
  grid: Grid;
  /** 0-based columns holding percents, to be given a percent format. */
  percentColumns: number[];
  /** 0-based [row, column] of single cells holding percents (targets and thresholds of percent indicators). */
  percentCells?: [number, number][];
  /** Width of each column, in characters. */
  columnWidths: number[];
  validations: ColumnValidation[];
  /** Header rows kept in view when scrolling. */
  frozenRows: number;
}

/** Rows written with the empty template, to show the format; their IDs start with this. */
export const EXAMPLE_PREFIX = "VD_";

const EXAMPLE_UNIT = "VD_SO";
const EXAMPLE_PERCENT = "VD_TY_LE";
const EXAMPLE_YES_NO = "VD_CO_KHONG";
const EXAMPLE_YEARLY = "VD_BCD";

const names = (cols: Record<string, { name: string }>) => Object.values(cols).map((c) => c.name);
const canonical = (words: Record<string, readonly string[]>) => Object.values(words).map((w) => w[0]);
export const YES_NO = ["có", "không"];

/** The `Chỉ tiêu` columns that take one of a few words, with the words of their drop-down lists. */
export const INDICATOR_WORD_LISTS: [ColumnSpec, string[]][] = [
  [INDICATOR_COLUMNS.type, canonical(WORDS.type)],
  [INDICATOR_COLUMNS.scoring, canonical(WORDS.scoring)],
  [INDICATOR_COLUMNS.direction, canonical(WORDS.direction)],
  [INDICATOR_COLUMNS.aggregation, canonical(WORDS.aggregation)],
  [INDICATOR_COLUMNS.frequency, canonical(WORDS.frequency)],
  [INDICATOR_COLUMNS.evidence, canonical(WORDS.evidence)],
];

/** `Trạng thái` of `Thẩm định`: its drop-down, the office's four words (blank = chờ thẩm định). */
export const REVIEW_STATUS_LIST = canonical(WORDS.status);

/** Widths in characters by header; names and e-mail lists wide, codes and words narrow. */
const WIDTHS: Record<string, number> = {
  [UNIT_COLUMNS.id.name]: 14,
  [UNIT_COLUMNS.name.name]: 42,
  [UNIT_COLUMNS.shortName.name]: 24,
  [UNIT_COLUMNS.group.name]: 22,
  [UNIT_COLUMNS.email.name]: 36,
  [UNIT_COLUMNS.headEmail.name]: 36,
  [UNIT_COLUMNS.active.name]: 10,
  [UNIT_COLUMNS.aliases.name]: 40,
  [INDICATOR_COLUMNS.id.name]: 16,
  [INDICATOR_COLUMNS.name.name]: 48,
  [INDICATOR_COLUMNS.type.name]: 12,
  [INDICATOR_COLUMNS.scoring.name]: 18,
  [INDICATOR_COLUMNS.direction.name]: 18,
  [INDICATOR_COLUMNS.maxPoints.name]: 12,
  // Wide enough to show the start of a per-group value (`Sở, ban, ngành: 90%; …`).
  [INDICATOR_COLUMNS.target.name]: 16,
  [INDICATOR_COLUMNS.threshold.name]: 16,
  [INDICATOR_COLUMNS.aggregation.name]: 12,
  [INDICATOR_COLUMNS.pillar.name]: 22,
  [INDICATOR_COLUMNS.mainIndex.name]: 26,
  [INDICATOR_COLUMNS.groups.name]: 28,
  [INDICATOR_COLUMNS.frequency.name]: 10,
  [INDICATOR_COLUMNS.levels.name]: 40,
  [INDICATOR_COLUMNS.evidence.name]: 12,
  [INDICATOR_COLUMNS.letterPhrase.name]: 40,
  [DATA_COLUMNS.period.name]: 10,
  [DATA_COLUMNS.note.name]: 40,
  [DATA_COLUMNS.enteredBy.name]: 30,
  [DATA_COLUMNS.updatedAt.name]: 20,
  [AUDIT_COLUMNS.at.name]: 20,
  [AUDIT_COLUMNS.by.name]: 30,
  [AUDIT_COLUMNS.action.name]: 28,
  [AUDIT_COLUMNS.oldValue.name]: 14,
  [AUDIT_COLUMNS.newValue.name]: 14,
  // `Thẩm định`: the evidence and the reason are sentences; `Kỳ`, `Mã đơn vị` as in `Số liệu`.
  [REVIEW_COLUMNS.indicatorId.name]: 16,
  [REVIEW_COLUMNS.evidence.name]: 60,
  [REVIEW_COLUMNS.reviewedValue.name]: 16,
  [REVIEW_COLUMNS.status.name]: 16,
  [REVIEW_COLUMNS.reason.name]: 48,
  [REVIEW_COLUMNS.reviewer.name]: 30,
  [REVIEW_COLUMNS.reviewedAt.name]: 20,
  [REVIEW_COLUMNS.selfValue.name]: 18,
  [SETTINGS_COLUMNS.key.name]: 24,
  [SETTINGS_COLUMNS.value.name]: 56,
};

/** The width of a column, in characters, by its header. */
export const columnWidthChars = (header: Cell) => WIDTHS[String(header)] ?? Math.max(String(header).length + 4, 14);
const widthsOf = (header: Cell[]) => header.map(columnWidthChars);

export function defaultSettingsRows(language: Language = "vi"): Grid {
  return [
    [SETTING_KEYS.committeeEmails.name, ""],
    [SETTING_KEYS.adminEmails.name, ""],
    [SETTING_KEYS.dueDay.name, 5],
    [SETTING_KEYS.summaryDay.name, 6],
    [SETTING_KEYS.missing.name, "tính 0"],
    [SETTING_KEYS.bands.name, DEFAULT_BANDS_TEXT],
    [SETTING_KEYS.decimals.name, 2],
    [SETTING_KEYS.language.name, language],
    [SETTING_KEYS.closedPeriods.name, ""],
    // The documents the office signs (design §11): blank until the office fills them in.
    [SETTING_KEYS.issuer.name, ""],
    [SETTING_KEYS.letterSymbol.name, ""],
    [SETTING_KEYS.place.name, ""],
    [SETTING_KEYS.grounds.name, ""],
    [SETTING_KEYS.addressees.name, ""],
    [SETTING_KEYS.recipients.name, ""],
    [SETTING_KEYS.signer.name, ""],
    [SETTING_KEYS.groupLabels.name, ""],
    [SETTING_KEYS.advisor.name, ""],
    [SETTING_KEYS.yearDeadline.name, ""],
  ];
}

export const DEFAULT_SETTINGS_ROWS: Grid = defaultSettingsRows();

export interface TemplateOptions {
  /** Written to the `Ngôn ngữ` setting. */
  language?: Language;
  /** The month of the example `Số liệu` row, e.g. last month (`2024-05`). */
  exampleMonth?: string;
}

/**
 * The example rows of the empty template: one unit; a monthly percent and yes/no indicator under a
 * pillar and main index; a yearly choice scored by levels, with its own `Số liệu` row for the year.
 */
function exampleWorkbook(month: string): SampleWorkbook {
  const year = month.slice(0, 4);
  const indicator = (values: Partial<Record<keyof typeof INDICATOR_COLUMNS, Cell>>): Cell[] =>
    (Object.keys(INDICATOR_COLUMNS) as (keyof typeof INDICATOR_COLUMNS)[]).map((k) => values[k] ?? "");
  return {
    units: [
      names(UNIT_COLUMNS),
      [
        EXAMPLE_UNIT,
        "Ví dụ: Sở Thông tin và Truyền thông",
        "Thông tin và Truyền thông",
        "Sở, ban, ngành",
        "canbo.nhaplieu@example.com",
        "giamdoc@example.com",
        "có",
      ],
    ],
    indicators: [
      names(INDICATOR_COLUMNS),
      indicator({
        id: EXAMPLE_PERCENT,
        name: "Ví dụ: Tỷ lệ hồ sơ công việc được ký số",
        type: "tỷ lệ",
        scoring: "theo mục tiêu",
        direction: "cao hơn tốt hơn",
        maxPoints: 10,
        target: 0.9,
        threshold: 0.5,
        aggregation: "trung bình",
        pillar: "Chính quyền số",
        mainIndex: "Hoạt động chính quyền số",
        frequency: "tháng",
      }),
      indicator({
        id: EXAMPLE_YES_NO,
        name: "Ví dụ: Ban hành kế hoạch chuyển đổi số năm",
        type: "có/không",
        scoring: "có/không",
        direction: "cao hơn tốt hơn",
        maxPoints: 5,
        threshold: "có",
        aggregation: "cuối kỳ",
        pillar: "Chính quyền số",
        mainIndex: "Kiến tạo thể chế",
        frequency: "tháng",
      }),
      indicator({
        id: EXAMPLE_YEARLY,
        name: "Ví dụ: Trưởng Ban Chỉ đạo chuyển đổi số của đơn vị",
        type: "lựa chọn",
        scoring: "theo mức",
        direction: "cao hơn tốt hơn",
        maxPoints: 5,
        pillar: "Chính quyền số",
        mainIndex: "Chuyển đổi nhận thức",
        groups: "Sở, ban, ngành",
        frequency: "năm",
        levels: "Người đứng đầu: 1; Cấp phó: 0,5; Chưa có: 0",
      }),
    ],
    data: [
      [
        DATA_COLUMNS.period.name,
        DATA_COLUMNS.unitId.name,
        EXAMPLE_PERCENT,
        EXAMPLE_YES_NO,
        EXAMPLE_YEARLY,
        DATA_COLUMNS.note.name,
        DATA_COLUMNS.enteredBy.name,
        DATA_COLUMNS.updatedAt.name,
      ],
      [month, EXAMPLE_UNIT, 0.75, "có", "", "Dòng ví dụ: thay bằng số liệu thật rồi xóa dòng này", "", ""],
      [
        year,
        EXAMPLE_UNIT,
        "",
        "",
        "Cấp phó",
        `Dòng ví dụ: chỉ tiêu năm được nhập ở dòng có Kỳ là năm (${year})`,
        "",
        "",
      ],
    ],
    settings: [names(SETTINGS_COLUMNS), ...defaultSettingsRows()],
  };
}

/** How a `Số liệu` column of an indicator is formatted: a percent, or a drop-down list. */
export interface DataColumnRule {
  /** 0-based column. */
  column: number;
  indicator: Indicator;
  percent: boolean;
  /** The words of the column's drop-down list: có/không, or a choice's labels; null for none. */
  list: string[] | null;
}

/**
 * The format of each indicator column present in a `Số liệu` header: percents get a percent
 * format, yes/no and choices a drop-down; the two columns of a ratio (`<ID>_TU`, `<ID>_MAU`) hold
 * counts and get neither.
 */
export function dataColumnRules(indicators: Indicator[], header: readonly Cell[]): DataColumnRule[] {
  const rules: DataColumnRule[] = [];
  for (const ind of indicators) {
    if (ind.type === "ratio" || ind.type === "count") continue;
    const j = header.findIndex((h) => matchesName(h, { name: ind.id, aliases: [] }));
    if (j < 0) continue;
    const list =
      ind.type === "boolean" ? YES_NO : ind.type === "choice" ? (ind.levels ?? []).map((l) => l.label) : null;
    rules.push({ column: j, indicator: ind, percent: ind.type === "percent", list });
  }
  return rules.sort((a, b) => a.column - b.column);
}

/** A `Số liệu` header for each field key (`<ID>`, or a ratio's `<ID>_TU` and `<ID>_MAU`), with its aliases. */
export function fieldColumnSpecs(ind: Pick<Indicator, "id" | "type">): ColumnSpec[] {
  return fieldHeaders(ind).map(({ headers: [name, ...aliases] }) => ({ name, aliases, required: true }));
}

export function templateSheets(sample?: SampleWorkbook, opts: TemplateOptions = {}): TemplateSheet[] {
  const book = sample ?? exampleWorkbook(opts.exampleMonth ?? "2024-01");
  const indicatorHeader = book.indicators[0].map(String);
  const col = (spec: ColumnSpec) => indicatorHeader.findIndex((h) => matchesName(h, spec));
  // The indicators as the reader sees them: their types and a choice's labels.
  const { model } = readWorkbook({
    sheets: { [SHEETS.units.name]: book.units, [SHEETS.indicators.name]: book.indicators },
    timeZone: "UTC",
  });
  const rules = dataColumnRules(model.indicators, book.data[0]);
  const yesNoColumns = rules.filter((r) => r.indicator.type === "boolean").map((r) => r.column);
  const unitHeader = book.units[0].map(String);
  const activeColumn = unitHeader.indexOf(UNIT_COLUMNS.active.name);

  const settings = book.settings.map((row) =>
    row[0] === SETTING_KEYS.language.name && opts.language ? [row[0], opts.language] : row,
  );
  const levelCols = [col(INDICATOR_COLUMNS.target), col(INDICATOR_COLUMNS.threshold)];
  return [
    {
      name: SHEETS.units.name,
      grid: yesNoWords(book.units, [activeColumn]),
      percentColumns: [],
      columnWidths: widthsOf(book.units[0]),
      validations: [{ column: activeColumn, values: YES_NO }],
      frozenRows: 1,
    },
    {
      name: SHEETS.indicators.name,
      grid: book.indicators,
      percentColumns: [],
      percentCells: percentLevelCells(book.indicators, col(INDICATOR_COLUMNS.type), levelCols),
      columnWidths: widthsOf(book.indicators[0]),
      validations: INDICATOR_WORD_LISTS.map(([spec, values]) => ({ column: col(spec), values })),
      frozenRows: 1,
    },
    {
      name: SHEETS.data.name,
      grid: yesNoWords(book.data, yesNoColumns),
      percentColumns: rules.filter((r) => r.percent).map((r) => r.column),
      columnWidths: widthsOf(book.data[0]),
      validations: rules.flatMap((r) => (r.list ? [{ column: r.column, values: r.list }] : [])),
      frozenRows: 1,
    },
    reviewSheet(book.review),
    { name: SHEETS.ranking.name, grid: [], percentColumns: [], columnWidths: [], validations: [], frozenRows: 0 },
    {
      name: SHEETS.audit.name,
      grid: [names(AUDIT_COLUMNS)],
      percentColumns: [],
      columnWidths: widthsOf(names(AUDIT_COLUMNS)),
      validations: [],
      frozenRows: 1,
    },
    {
      name: SHEETS.settings.name,
      grid: settings,
      percentColumns: [],
      columnWidths: widthsOf(settings[0]),
      validations: [],
      frozenRows: 1,
    },
  ];
}

/** TRUE/FALSE as `có`/`không`, the words of the drop-down list (both read the same). */
function yesNoWords(grid: Grid, columns: number[]): Grid {
  return grid.map((row, i) =>
    i === 0 ? row : row.map((v, j) => (columns.includes(j) && typeof v === "boolean" ? YES_NO[v ? 0 : 1] : v)),
  );
}

/**
 * The target and threshold cells of percent indicators, when they hold one number: a per-group
 * value (`Sở, ban, ngành: 90%; UBND cấp huyện: 80%`) is text and keeps no number format.
 */
function percentLevelCells(indicators: Grid, typeCol: number, levelCols: number[]): [number, number][] {
  return indicators.flatMap((row, i) =>
    i > 0 && row[typeCol] === WORDS.type.percent[0]
      ? levelCols.filter((c) => c >= 0 && typeof row[c] === "number").map((c): [number, number] => [i, c])
      : [],
  );
}

/**
 * `Thẩm định` (design §10): its header and the book's rows, the drop-down of `Trạng thái`. The
 * evidence columns are for the units (from the sidebar), the rest for the office.
 */
function reviewSheet(rows: Grid | undefined): TemplateSheet {
  const header = names(REVIEW_COLUMNS);
  const grid = rows && rows.length > 0 ? rows : [header];
  return {
    name: SHEETS.review.name,
    grid,
    percentColumns: [],
    columnWidths: widthsOf(grid[0]),
    validations: [{ column: grid[0].indexOf(REVIEW_COLUMNS.status.name), values: REVIEW_STATUS_LIST }],
    frozenRows: 1,
  };
}
