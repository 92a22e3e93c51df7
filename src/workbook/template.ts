// The workbook `init` writes: every contract sheet with its headers, optionally the sample province.
import { DEFAULT_BANDS_TEXT } from "../core/schemas";
import {
  AUDIT_COLUMNS,
  DATA_COLUMNS,
  type Grid,
  INDICATOR_COLUMNS,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
  SHEETS,
  UNIT_COLUMNS,
} from "./contract";
import type { SampleWorkbook } from "./sample";

export interface TemplateSheet {
  name: string;
  grid: Grid;
  /** 0-based columns holding percents, to be given a percent format. */
  percentColumns: number[];
  /** 0-based [row, column] of single cells holding percents (targets and thresholds of percent indicators). */
  percentCells?: [number, number][];
}

const names = (cols: Record<string, { name: string }>) => Object.values(cols).map((c) => c.name);

export const DEFAULT_SETTINGS_ROWS: Grid = [
  [SETTING_KEYS.committeeEmails.name, ""],
  [SETTING_KEYS.adminEmails.name, ""],
  [SETTING_KEYS.dueDay.name, 5],
  [SETTING_KEYS.summaryDay.name, 6],
  [SETTING_KEYS.missing.name, "tính 0"],
  [SETTING_KEYS.bands.name, DEFAULT_BANDS_TEXT],
  [SETTING_KEYS.decimals.name, 2],
  [SETTING_KEYS.language.name, "vi"],
  [SETTING_KEYS.closedPeriods.name, ""],
];

export function templateSheets(sample?: SampleWorkbook): TemplateSheet[] {
  const dataHeader = [DATA_COLUMNS.period.name, DATA_COLUMNS.unitId.name];
  const dataTail = [DATA_COLUMNS.note.name, DATA_COLUMNS.enteredBy.name, DATA_COLUMNS.updatedAt.name];
  let percentColumns: number[] = [];
  if (sample) {
    const typeCol = sample.indicators[0].indexOf(INDICATOR_COLUMNS.type.name);
    const percentIds = new Set(
      sample.indicators
        .slice(1)
        .filter((r) => r[typeCol] === "tỷ lệ")
        .map((r) => String(r[0])),
    );
    percentColumns = sample.data[0].flatMap((h, j) => (percentIds.has(String(h)) ? [j] : []));
  }
  const indicatorPercentCols = [INDICATOR_COLUMNS.target, INDICATOR_COLUMNS.threshold].map((c) =>
    names(INDICATOR_COLUMNS).indexOf(c.name),
  );
  return [
    { name: SHEETS.units.name, grid: sample?.units ?? [names(UNIT_COLUMNS)], percentColumns: [] },
    {
      name: SHEETS.indicators.name,
      grid: sample?.indicators ?? [names(INDICATOR_COLUMNS)],
      percentColumns: sample ? [] : indicatorPercentCols,
      percentCells: sample ? percentLevelCells(sample.indicators, indicatorPercentCols) : [],
    },
    { name: SHEETS.data.name, grid: sample?.data ?? [[...dataHeader, ...dataTail]], percentColumns },
    { name: SHEETS.ranking.name, grid: [], percentColumns: [] },
    { name: SHEETS.audit.name, grid: [names(AUDIT_COLUMNS)], percentColumns: [] },
    {
      name: SHEETS.settings.name,
      grid: sample?.settings ?? [names(SETTINGS_COLUMNS), ...DEFAULT_SETTINGS_ROWS],
      percentColumns: [],
    },
  ];
}

function percentLevelCells(indicators: Grid, levelCols: number[]): [number, number][] {
  const typeCol = names(INDICATOR_COLUMNS).indexOf(INDICATOR_COLUMNS.type.name);
  return indicators.flatMap((row, i) =>
    i > 0 && row[typeCol] === "tỷ lệ" ? levelCols.map((c): [number, number] => [i, c]) : [],
  );
}
