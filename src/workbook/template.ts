// The workbook `init` writes: every contract sheet with its headers, drop-down lists, widths and
// formats, and either one example row per input sheet or the sample province.
import { DEFAULT_BANDS_TEXT, type Language } from "../core/schemas";
import {
  AUDIT_COLUMNS,
  type Cell,
  DATA_COLUMNS,
  type Grid,
  INDICATOR_COLUMNS,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
  SHEETS,
  UNIT_COLUMNS,
  WORDS,
} from "./contract";
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

const names = (cols: Record<string, { name: string }>) => Object.values(cols).map((c) => c.name);
const canonical = (words: Record<string, readonly string[]>) => Object.values(words).map((w) => w[0]);
const YES_NO = ["có", "không"];

/** Widths in characters by header; names and e-mail lists wide, codes and words narrow. */
const WIDTHS: Record<string, number> = {
  [UNIT_COLUMNS.id.name]: 14,
  [UNIT_COLUMNS.name.name]: 42,
  [UNIT_COLUMNS.group.name]: 22,
  [UNIT_COLUMNS.email.name]: 36,
  [UNIT_COLUMNS.headEmail.name]: 36,
  [UNIT_COLUMNS.active.name]: 10,
  [INDICATOR_COLUMNS.id.name]: 16,
  [INDICATOR_COLUMNS.name.name]: 48,
  [INDICATOR_COLUMNS.type.name]: 12,
  [INDICATOR_COLUMNS.scoring.name]: 18,
  [INDICATOR_COLUMNS.direction.name]: 18,
  [INDICATOR_COLUMNS.maxPoints.name]: 12,
  [INDICATOR_COLUMNS.target.name]: 11,
  [INDICATOR_COLUMNS.threshold.name]: 16,
  [INDICATOR_COLUMNS.aggregation.name]: 12,
  [INDICATOR_COLUMNS.pillar.name]: 22,
  [DATA_COLUMNS.period.name]: 10,
  [DATA_COLUMNS.note.name]: 40,
  [DATA_COLUMNS.enteredBy.name]: 30,
  [DATA_COLUMNS.updatedAt.name]: 20,
  [AUDIT_COLUMNS.at.name]: 20,
  [AUDIT_COLUMNS.by.name]: 30,
  [AUDIT_COLUMNS.action.name]: 28,
  [AUDIT_COLUMNS.oldValue.name]: 14,
  [AUDIT_COLUMNS.newValue.name]: 14,
  [SETTINGS_COLUMNS.key.name]: 24,
  [SETTINGS_COLUMNS.value.name]: 56,
};

const widthsOf = (header: Cell[]) => header.map((h) => WIDTHS[String(h)] ?? Math.max(String(h).length + 4, 14));

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
  ];
}

export const DEFAULT_SETTINGS_ROWS: Grid = defaultSettingsRows();

export interface TemplateOptions {
  /** Written to the `Ngôn ngữ` setting. */
  language?: Language;
  /** The month of the example `Số liệu` row, e.g. last month (`2024-05`). */
  exampleMonth?: string;
}

/** The example rows of the empty template: one unit, a percent and a yes/no indicator, one month. */
function exampleWorkbook(month: string): SampleWorkbook {
  return {
    units: [
      names(UNIT_COLUMNS),
      [
        EXAMPLE_UNIT,
        "Ví dụ: Sở Thông tin và Truyền thông",
        "Sở, ban, ngành",
        "canbo.nhaplieu@example.com",
        "giamdoc@example.com",
        "có",
      ],
    ],
    indicators: [
      names(INDICATOR_COLUMNS),
      [
        EXAMPLE_PERCENT,
        "Ví dụ: Tỷ lệ hồ sơ công việc được ký số",
        "tỷ lệ",
        "theo mục tiêu",
        "cao hơn tốt hơn",
        10,
        0.9,
        0.5,
        "trung bình",
        "Chính quyền số",
      ],
      [
        EXAMPLE_YES_NO,
        "Ví dụ: Ban hành kế hoạch chuyển đổi số năm",
        "có/không",
        "có/không",
        "cao hơn tốt hơn",
        5,
        "",
        "có",
        "cuối kỳ",
        "Chính quyền số",
      ],
    ],
    data: [
      [
        DATA_COLUMNS.period.name,
        DATA_COLUMNS.unitId.name,
        EXAMPLE_PERCENT,
        EXAMPLE_YES_NO,
        DATA_COLUMNS.note.name,
        DATA_COLUMNS.enteredBy.name,
        DATA_COLUMNS.updatedAt.name,
      ],
      [month, EXAMPLE_UNIT, 0.75, "có", "Dòng ví dụ: thay bằng số liệu thật rồi xóa dòng này", "", ""],
    ],
    settings: [names(SETTINGS_COLUMNS), ...defaultSettingsRows()],
  };
}

export function templateSheets(sample?: SampleWorkbook, opts: TemplateOptions = {}): TemplateSheet[] {
  const book = sample ?? exampleWorkbook(opts.exampleMonth ?? "2024-01");
  const indicatorHeader = book.indicators[0].map(String);
  const col = (spec: { name: string }) => indicatorHeader.indexOf(spec.name);
  const idsOfType = (type: string) =>
    new Set(
      book.indicators
        .slice(1)
        .filter((r) => r[col(INDICATOR_COLUMNS.type)] === type)
        .map((r) => String(r[col(INDICATOR_COLUMNS.id)])),
    );
  const percentIds = idsOfType(WORDS.type.percent[0]);
  const yesNoIds = idsOfType(WORDS.type.boolean[0]);
  const dataHeader = book.data[0].map(String);
  const percentColumns = dataHeader.flatMap((h, j) => (percentIds.has(h) ? [j] : []));
  const yesNoColumns = dataHeader.flatMap((h, j) => (yesNoIds.has(h) ? [j] : []));
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
      validations: [
        { column: col(INDICATOR_COLUMNS.type), values: canonical(WORDS.type) },
        { column: col(INDICATOR_COLUMNS.scoring), values: canonical(WORDS.scoring) },
        { column: col(INDICATOR_COLUMNS.direction), values: canonical(WORDS.direction) },
        { column: col(INDICATOR_COLUMNS.aggregation), values: canonical(WORDS.aggregation) },
      ],
      frozenRows: 1,
    },
    {
      name: SHEETS.data.name,
      grid: yesNoWords(book.data, yesNoColumns),
      percentColumns,
      columnWidths: widthsOf(book.data[0]),
      validations: yesNoColumns.map((column) => ({ column, values: YES_NO })),
      frozenRows: 1,
    },
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

function percentLevelCells(indicators: Grid, typeCol: number, levelCols: number[]): [number, number][] {
  return indicators.flatMap((row, i) =>
    i > 0 && row[typeCol] === WORDS.type.percent[0] ? levelCols.map((c): [number, number] => [i, c]) : [],
  );
}
