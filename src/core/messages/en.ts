// English mirrors of the Vietnamese texts, used when `Ngôn ngữ` is `en`.
import type { Catalogue } from "./vi";

type P = Record<string, string | number>;

const HINTS: Record<string, string> = {
  day: "Please enter a day of the month from 1 to 28.",
  decimals: "Please enter a number of decimals from 0 to 6.",
  missing: "Please enter “tính 0” (zero) or “bỏ qua” (skip).",
  language: "Please enter “vi” or “en”.",
  bands: "Please write it as “Leading:75; Advanced:50; Forming:25; Starting:0”.",
};

const ROMAN_TO_Q: Record<string, string> = { I: "1", II: "2", III: "3", IV: "4" };
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const en: Catalogue = {
  sheetMissing: (p: P) => `Sheet “${p.sheet}” not found. Run Set up workbook or add the sheet.`,
  columnMissing: (p: P) => `sheet ${p.sheet} lacks the column “${p.column}” in row 1. Please add it.`,
  columnDuplicate: (p: P) => `column “${p.column}” appears twice (also at ${p.other}). Please remove one.`,
  sheetEmpty: (p: P) => `sheet ${p.sheet} has no data rows. Please enter at least one row.`,
  required: (p: P) => `${p.column} is empty. Please enter a value.`,
  unitIdInvalid: (p: P) =>
    `unit ID “${p.value}” is invalid. Use only letters without accents, digits, “_” or “-”, no spaces.`,
  indicatorIdInvalid: (p: P) =>
    `indicator ID “${p.value}” is invalid. Use only letters without accents, digits, “_” or “-”, no spaces.`,
  duplicateId: (p: P) => `ID “${p.value}” is also used at ${p.other}. Each ID may be used only once.`,
  indicatorIdReserved: (p: P) =>
    `indicator ID “${p.value}” is the name of a fixed column of the Data sheet. Please choose another.`,
  unknownWord: (p: P) => `“${p.value}” is not a valid ${p.column}. Please choose one of: ${p.allowed}.`,
  notNumber: (p: P) => `“${p.value}” is not a number. Please enter a number, e.g. 24.39.`,
  notNumberDate: () => `the cell holds a date, not a number. Please enter a number.`,
  ambiguousNumber: (p: P) =>
    `“${p.value}” could mean ${p.a} or ${p.b}. Please write it unambiguously, e.g. ${p.b} (no thousands separator).`,
  percentAbove100: (p: P) => `${p.value} is above 100 %. Please enter a value from 0 to 100 %.`,
  percentBare: (p: P) =>
    `${p.value} is greater than 1 in a percent column. Did you mean ${p.suggestion}? Please enter ${p.suggestion} (with %) or ${p.fraction}.`,
  negative: (p: P) => `${p.value} is negative. Please enter a number that is not negative.`,
  notWhole: (p: P) => `${p.value} is not a whole number. Please enter a count as a whole number, e.g. 3.`,
  notYesNo: (p: P) => `“${p.value}” is not yes/no. Please enter “yes” or “no”.`,
  periodCellInvalid: (p: P) => `period “${p.value}” is invalid. Please enter a month as 2023-06 or 06/2023.`,
  unknownUnit: (p: P) => `unit ID “${p.value}” is not in the Units sheet. Please check the ID.`,
  duplicateRow: (p: P) =>
    `unit ${p.unit} already has figures for ${p.period} in row ${p.other}. Please keep only one of rows ${p.other} and ${p.row}.`,
  unknownIndicatorColumn: (p: P) =>
    `column “${p.column}” is not an indicator ID of the Indicators sheet. Please fix the header or add the indicator.`,
  indicatorColumnMissing: (p: P) =>
    `the Data sheet has no column for indicator ${p.id}. Please add a column headed “${p.id}” or run Set up workbook.`,
  targetRequired: (p: P) => `indicator ${p.id} is scored against a target but has no Target. Please enter one.`,
  targetPositive: (p: P) => `the target of indicator ${p.id} must be greater than 0.`,
  booleanScoringNeedsYesNo: (p: P) =>
    `indicator ${p.id} is scored yes/no but its type is “${p.type}”. Please choose the yes/no type or another scoring.`,
  invalidEmail: (p: P) => `e-mail address “${p.value}” is invalid. Please fix it; separate addresses with “,” or “;”.`,
  settingInvalid: (p: P) => `value “${p.value}” of ${p.key} is invalid. ${HINTS[String(p.hint)] ?? ""}`,
  settingUnknown: (p: P) => `key “${p.value}” is not a known setting. Please check the spelling.`,
  noUnits: () => "the Units sheet has no active unit. Please enter the list of units.",
  noIndicators: () => "the Indicators sheet has no indicator. Please enter the indicator set.",
  periodInvalid: (p: P) =>
    `period “${p.value}” is invalid. Please use 2023-06 (month), 2023-Q2 (quarter) or 2023 (year).`,
  periodNoData: (p: P) => `the Data sheet has no figures for ${p.period}. Please choose another period.`,
  periodFuture: (p: P) => `${p.period} has not ended yet. Please choose another period.`,
  periodMonth: (p: P) => `${MONTHS[Number(p.month) - 1]} ${p.year}`,
  periodQuarter: (p: P) => `Q${ROMAN_TO_Q[String(p.roman)]} ${p.year}`,
  periodYear: (p: P) => `year ${p.year}`,
  yes: () => "yes",
  no: () => "no",
  missingValue: () => "not entered",
  notReported: () => "Not reported",
  rankingTitle: () => "DIGITAL TRANSFORMATION RANKING OF UNITS",
  rankingPeriod: (p: P) => `Period: ${p.period}`,
  rankingTime: (p: P) => `Ranked at: ${p.time}`,
  rankingMethod: (p: P) =>
    `Method: % score = points earned / maximum points × 100, rounded to ${p.decimals} decimals; ranked within each group, equal scores share a rank; missing values: ${p.missing}.`,
  missingZero: () => "score 0",
  missingSkip: () => "left out",
  groupHeading: (p: P) => `Group: ${p.group} (${p.count} units)`,
  colRank: () => "Rank",
  colUnitId: () => "Unit ID",
  colUnitName: () => "Unit name",
  colPoints: () => "Points",
  colPercent: () => "%",
  colBand: () => "Band",
  colPreviousRank: () => "Previous rank",
  colChange: () => "Change",
  colNote: () => "Note",
  laggardReason: (p: P) => `${p.indicator}: ${p.value} (threshold ${p.threshold})`,
  legend: () =>
    "Legend: green – top three of the group; red – indicator below the laggard threshold; grey – not reported.",
  chartTitle: (p: P) => `Digital transformation score (%) – ${p.group}`,
  fileNotFound: (p: P) => `file “${p.file}” not found. Please check the path.`,
  fileUnreadable: (p: P) => `cannot read “${p.file}” as an .xlsx workbook (${p.reason}).`,
  fileExists: (p: P) => `file “${p.file}” already exists. Please choose another name or remove the old file.`,
  outputSameAsInput: () => "the output file must differ from the input file; the input is never overwritten.",
  cannotWrite: (p: P) => `cannot write “${p.file}” (${p.reason}).`,
  checkOk: (p: P) => `No problems found: ${p.units} units, ${p.indicators} indicators, ${p.rows} data rows.`,
  checkFailed: (p: P) => `Found ${p.count} problems.`,
  fixFirst: (p: P) =>
    `The workbook has ${p.count} problems and cannot be ranked yet. Please fix the problems above (run check to see them all).`,
  moreProblems: (p: P) => `… and ${p.count} more problems.`,
  reading: (p: P) => `Reading ${p.file}…`,
  writing: (p: P) => `Writing ${p.file}…`,
  wrote: (p: P) => `Wrote ${p.file}`,
  laggardsHeading: () => "Units with indicators below the laggard threshold",
  notReportedHeading: () => "Units that have not reported",
  rankedSummary: (p: P) =>
    `Ranked ${p.units} units; ${p.laggards} units with laggard indicators; ${p.notReported} units not reported.`,
};
