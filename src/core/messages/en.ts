// English mirrors of the Vietnamese texts, used when `Ngôn ngữ` is `en`.
import type { Catalogue } from "./vi";

type P = Record<string, string | number>;

const HINTS: Record<string, string> = {
  day: "Please enter a day of the month from 1 to 28.",
  decimals: "Please enter a number of decimals from 0 to 6.",
  missing: "Please enter “tính 0” (zero) or “bỏ qua” (skip).",
  language: "Please enter “vi” or “en”.",
  bands: "Please write it as “Leading:75; Advanced:50; Forming:25; Starting:0”.",
  groupLabels: "Please write it as “Departments: The departments; Districts: The district People's Committees”.",
  dayMonth: "Please enter a day/month, e.g. “20/11”.",
};

/** `2nd`, `3rd`, `11th`, `21st`. */
function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

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
  // Trust: sheets by identity, access, protection, flagged grid edits
  sheetRoleDuplicate: (p: P) =>
    `Sheets ${p.sheets} all carry the name of the ${p.role} sheet, so which one is real cannot be told. Please delete or rename the extra sheets and keep one ${p.role} sheet.`,
  decoySheet: (p: P) =>
    `Sheet “${p.sheet}” is named like the ${p.role} sheet but is not DX Scorecard's (the real one is “${p.holder}”); it is ignored. Please delete or rename it.`,
  decoySheetNoHolder: (p: P) =>
    `Sheet “${p.sheet}” is named like the ${p.role} sheet, but the real ${p.role} sheet was deleted; this one is ignored. Please restore ${p.role} from the version history (File → Version history), then run Set up workbook.`,
  flag_otherUnit: () => "the editor is not one of this unit's staff",
  flag_closedPeriod: () => "the period is closed",
  flag_unknownEditor: () => "the editor could not be identified",
  flag_header: () => "a column header of the Data sheet was changed (the whole column's meaning)",
  flag_keyMoved: () => "the Period or Unit ID of an existing row was changed (figures moved to another period or unit)",
  auditHeader: () => "Column header",
  flag_structure: () => "rows or columns of the Data sheet were deleted (see the version history)",
  auditRowsRemoved: () => "Rows deleted",
  auditColumnsRemoved: () => "Columns deleted",
  flagLine: (p: P) => `${p.cell} (period ${p.period}, unit ${p.unit}) edited by ${p.by} at ${p.when}: ${p.reasons}.`,
  flagsHeading: (p: P) => `Grid edits to review (${p.count}; see Audit and the spreadsheet's version history)`,
  auditFlagged: () => "TO REVIEW",
  setupAdminWritten: (p: P) => `${p.email} was written into “Email quản trị” (Admin email, in Settings).`,
  setupProtectFailed: (p: P) =>
    `${p.emails} could not be made editors of the protected sheets (not Google accounts?). Please check “Email quản trị”.`,
  dailyFlagsSubject: (p: P) => `DX Scorecard: ${p.count} grid edits to review`,
  dailyFlagsBody: (p: P) =>
    `These edits typed into the Data sheet need a look:\n${p.lines}\n\nDetails are in the Audit sheet; the values before each edit are in the spreadsheet's version history.\n${p.url}`,
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
    `“${p.value}” could mean ${p.a} or ${p.b}. Please write it unambiguously: ${p.b} (no thousands separator) or ${p.a}.`,
  ambiguousCount: (p: P) =>
    `“${p.value}” could mean ${p.a} or ${p.b}; a count is a whole number: enter ${p.b} (no thousands separator).`,
  percentAbove100: (p: P) => `${p.value} is above 100 %. Please enter a value from 0 to 100 %.`,
  percentBare: (p: P) =>
    `${p.value} is greater than 1 in a percent column. Did you mean ${p.suggestion}? Please enter ${p.suggestion} (with %) or ${p.fraction}.`,
  negative: (p: P) => `${p.value} is negative. Please enter a number that is not negative.`,
  countImplausible: (p: P) => `count ${p.value} is above the plausible limit (${p.max}). Please check the figure.`,
  nameTooLong: (p: P) => `the name is ${p.length} characters long, over the limit of ${p.max}. Please shorten it.`,
  nameUnsafeCharacter: (p: P) =>
    `the name contains a control or text-direction character (${p.code}) that could garble reports. Please retype it on one line.`,
  notWhole: (p: P) => `${p.value} is not a whole number. Please enter a count as a whole number, e.g. 3.`,
  notYesNo: (p: P) => `“${p.value}” is not yes/no. Please enter “yes” or “no”.`,
  periodCellInvalid: (p: P) =>
    `period “${p.value}” is invalid. Please enter a month as 2023-06 or 06/2023, or a year as 2023 for yearly indicators.`,
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
  // The province's index (design §9)
  groupUnknown: (p: P) =>
    `no unit in the Units sheet belongs to the group “${p.group}” (groups: ${p.groups}). Please write the group as in the Group column.`,
  groupValueMissing: (p: P) =>
    `${p.column} of indicator ${p.id} has no value for the group ${p.groups}, which it applies to. Please add “${p.example}: …” or write one value for every group.`,
  groupValueInvalid: (p: P) =>
    `“${p.value}” cannot be read as “group: value” pairs. Please write e.g. “Sở, ban, ngành: 90%; UBND cấp huyện: 80%”.`,
  groupRepeated: (p: P) => `the group “${p.group}” is written twice. Please write each group once.`,
  levelsInvalid: (p: P) =>
    `the levels “${p.value}” cannot be read. Please write “label: share” pairs (e.g. “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”) or number steps (e.g. “≥4: 1; ≥3: 0,75; ≥1: 0,5”), shares from 0 to 1.`,
  levelsRequired: (p: P) =>
    `indicator ${p.id} is scored by levels but has no Levels. Please enter them, e.g. “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0” or “≥4: 1; ≥3: 0,75; ≥1: 0,5”.`,
  levelsNeedLabels: (p: P) =>
    `indicator ${p.id} is a choice, so its Levels must be labels such as “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”, not number steps.`,
  levelsNeedSteps: (p: P) =>
    `indicator ${p.id} has the type “${p.type}”, so its Levels must be number steps such as “≥4: 1; ≥3: 0,75; ≥1: 0,5”, not labels.`,
  levelsScoringOnly: (p: P) =>
    `indicator ${p.id} has the type “${p.type}” and can only be scored “${p.scoring}”. Please choose that scoring or leave it blank.`,
  aggregationFixed: (p: P) =>
    `indicator ${p.id} has the type “${p.type}”: ${p.kind === "ratio" ? "months are always pooled as the sum of numerators over the sum of denominators" : "the period's value is the choice of the last month with a figure"}. Please leave Aggregation blank.`,
  notALevel: (p: P) => `“${p.value}” is not a level of indicator ${p.id}. Please choose one of: ${p.labels}.`,
  ratioAboveOne: (p: P) =>
    `the numerator ${p.num} is larger than the denominator ${p.den} of indicator ${p.id}. Please check: the numerator cannot exceed the denominator.`,
  ratioHalf: (p: P) =>
    `indicator ${p.id} has a ${p.part === "num" ? "numerator" : "denominator"} (cell ${p.other}) but no ${p.part === "num" ? "denominator" : "numerator"}. Please enter both, or leave both blank.`,
  ratioColumnBare: (p: P) =>
    `indicator ${p.id} is a ratio, entered in two columns “${p.num}” (numerator) and “${p.den}” (denominator). Please replace this column with those two.`,
  yearlyInMonthRow: (p: P) =>
    `indicator ${p.id} is yearly but was entered in the month row ${p.period}. Please enter it in the row whose Period is ${p.year}.`,
  monthlyInYearRow: (p: P) =>
    `indicator ${p.id} is monthly but was entered in the year row ${p.year}. Please enter it in each month's row, e.g. ${p.year}-01.`,
  // Evidence and review (design §10): the Review sheet
  reviewUnknownIndicator: (p: P) => `indicator ID “${p.value}” is not in the Indicators sheet. Please check the ID.`,
  reviewIndicatorNotForRow: (p: P) =>
    `indicator ${p.id} does not apply to ${p.unit} in ${p.period} (another group's indicator, or a yearly indicator in a month and vice versa). Please check the Period and the Indicator ID.`,
  reviewDuplicate: (p: P) =>
    `indicator ${p.id} of unit ${p.unit} for ${p.period} is already in row ${p.other}. Please keep one row.`,
  reviewValueRequired: () => "the status “adjusted” needs a Reviewed value. Please enter it or choose another status.",
  reviewRatioFormat: (p: P) =>
    `“${p.value}” is not a ratio of indicator ${p.id}. Please write numerator/denominator, for example “45/100”.`,
  evidenceTooLong: (p: P) =>
    `the evidence is longer than ${p.max} characters. Please shorten it or link to the document.`,
  evidenceMissing: (p: P) =>
    `indicator ${p.id} of ${p.unit} for ${p.period} requires evidence, and there is none. Please add it in the Enter figures form.`,
  reviewStale: (p: P) =>
    `figure ${p.id} of ${p.unit} for ${p.period} changed from “${p.was}” to “${p.now}” after it was reviewed, so it is pending review again.`,
  reviewNoFigureRow: (p: P) =>
    `indicator ${p.id} of unit ${p.unit} for ${p.period} is adjusted, but the unit has no figures row for that period, so the adjusted value is not counted.`,
  // The index in the entry sidebar
  entryNotALabel: (p: P) => `“${p.value}” is not one of this indicator's choices. Please choose one of: ${p.labels}.`,
  entryRatioHalf: (p: P) =>
    `The ${p.missing === "num" ? "numerator" : "denominator"} is missing: please enter both the numerator and the denominator, or leave both empty.`,
  entryRatioPart: (p: P) =>
    `The ${p.part === "num" ? "numerator" : "denominator"} “${p.value}” is not valid: please enter a whole number of at least 0, e.g. 90.`,
  entryRatioAbove: (p: P) =>
    `The numerator ${p.num} is larger than the denominator ${p.den}: it cannot exceed the denominator.`,
  entryNoYearly: (p: P) => `${p.unit} has no yearly indicator to enter.`,
  entryYearNotOffered: (p: P) =>
    `Figures for ${p.year} cannot be entered in the form: only ${p.current} and ${p.previous} are accepted. Please contact an admin.`,
  sidebarYearOption: (p: P) => `Year ${p.year} (yearly indicators)`,
  sidebarPreviousYear: (p: P) => `Last year: ${p.value}`,
  sidebarRatioNum: () => "Numerator",
  sidebarRatioDen: () => "Denominator",
  sidebarLevelShare: (p: P) => `${p.label} (${p.share}% of points)`,
  // The index on the ranking sheet
  colSubScores: () => "Sub-scores (%)",
  // The index in the CLI text
  colShortName: () => "Short name",
  subScoresHeading: () => "Sub-scores (%)",
  laggardWithThreshold: (p: P) => `${p.unit} (${p.value}; threshold ${p.threshold})`,
  settingInvalid: (p: P) => `value “${p.value}” of ${p.key} is invalid. ${HINTS[String(p.hint)] ?? ""}`,
  settingUnknown: (p: P) => `key “${p.value}” is not a known setting. Please check the spelling.`,
  noUnits: () => "the Units sheet has no active unit. Please enter the list of units.",
  noIndicators: () => "the Indicators sheet has no indicator. Please enter the indicator set.",
  periodInvalid: (p: P) =>
    `period “${p.value}” is invalid. Please use 2023-06 (month), 2023-Q2 (quarter) or 2023 (year).`,
  periodNoData: (p: P) => `the Data sheet has no figures for ${p.period}. Please choose another period.`,
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
  groupHeading: (p: P) => `Group: ${p.group} (${p.count} unit${Number(p.count) === 1 ? "" : "s"})`,
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
  // Reading .xlsx files
  xlsxDamaged: (p: P) => `cannot read “${p.file}” as an .xlsx workbook (its part ${p.part} is damaged).`,
  xlsxTooLarge: (p: P) =>
    `file “${p.file}” has more than ${Number(p.limit).toLocaleString("en-US")} cells with data, beyond what the command line reads. Please move the figures of past years to another file.`,
  xlsxMerged: (p: P) =>
    `the range ${p.range} of sheet ${p.sheet} is merged: its value belongs to the first cell only and is not copied to the others. Please unmerge the cells and enter each value in its own cell.`,
  xlsxFormulaNotCalculated: (p: P) =>
    `cell ${p.cell} of sheet ${p.sheet} holds a formula that was never calculated (the file keeps no result). Please open and save the file in Excel or Google Sheets first.`,
  outTooLarge: (p: P) =>
    `--out writes a copy of workbooks of up to ${Number(p.limit).toLocaleString("en-US")} cells, and “${p.file}” has ${Number(p.cells).toLocaleString("en-US")}. Please rank without --out, or move the figures of past years to another file.`,
  fileExists: (p: P) => `file “${p.file}” already exists. Please choose another name, or add --force to overwrite it.`,
  outputSameAsInput: () => "the output file must differ from the input file; the input is never overwritten.",
  cannotWrite: (p: P) => `cannot write “${p.file}” (${p.reason}).`,
  checkOk: (p: P) => `No problems found: ${p.units} units, ${p.indicators} indicators, ${p.rows} data rows.`,
  checkFailed: (p: P) => `Found ${p.count} problem${Number(p.count) === 1 ? "" : "s"}.`,
  fixFirst: (p: P) =>
    `The workbook has ${p.count} problem${Number(p.count) === 1 ? "" : "s"} and cannot be ranked yet. Please fix the problems above (run check to see them all).`,
  moreProblems: (p: P) => `… and ${p.count} more problem${Number(p.count) === 1 ? "" : "s"}.`,
  laggardsHeading: () => "Units with indicators below the laggard threshold",
  notReportedHeading: () => "Units that have not reported",
  summaryTitle: (p: P) => `Digital transformation summary — ${p.period}`,
  summaryGreeting: () => "To: the provincial Digital Transformation Steering Committee.",
  summaryIntro: (p: P) =>
    `Digital transformation ranking for ${p.period}. Reported: ${p.ranked} of ${p.total} units. With indicators below the laggard threshold: ${p.laggards}. Not reported: ${p.notReported}.`,
  summaryTop: () => "Top of the group",
  summaryBottom: () => "Bottom of the group",
  changeNew: () => "new",
  bandDistribution: (p: P) => `Bands: ${p.bands}.`,
  bandCount: (p: P) => `${p.band} ${p.count}`,
  noLaggards: () => "No unit has an indicator below the laggard threshold.",
  laggardYesNo: (p: P) =>
    `Indicator “${p.indicator}”: not done by ${p.count} unit${Number(p.count) === 1 ? "" : "s"} (${p.units}).`,
  laggardYesNoLower: (p: P) =>
    `Indicator “${p.indicator}”: not met by ${p.count} unit${Number(p.count) === 1 ? "" : "s"} (${p.units}).`,
  laggardBelow: (p: P) => `${p.indicator} below the threshold of ${p.threshold}: ${p.units}.`,
  laggardAbove: (p: P) => `${p.indicator} above the threshold of ${p.threshold}: ${p.units}.`,
  laggardMore: (p: P) => `and ${p.count} more`,
  summaryNotReported: (p: P) => `Units that have not reported their figures for ${p.period} (${p.count}): ${p.units}.`,
  allReported: () => "All units have reported their figures.",
  spreadsheetLinkIntro: () => "Full ranking and detailed figures:",
  spreadsheetLinkText: () => "Open the spreadsheet",
  mailFooter: () =>
    "This message was generated by DX Scorecard from the digital transformation spreadsheet. Please do not reply to it.",
  noticeSubject: (p: P) =>
    `Digital transformation ${p.period} — ${p.unit}: ${p.count} indicator${Number(p.count) === 1 ? "" : "s"} below the laggard threshold`,
  noticeTitle: (p: P) => `Digital transformation results — ${p.period}`,
  noticeGreeting: (p: P) => `To: the head of ${p.unit}.`,
  noticeRank: (p: P) =>
    `Digital transformation ranking for ${p.period}: your unit scored ${p.score}, ranked ${p.rank} of ${p.count} in the group ${p.group}, band ${p.band}.`,
  noticeFiguresHeading: () => "Your unit's figures against the laggard thresholds",
  colIndicator: () => "Indicator",
  colUnitValue: () => "Your figure",
  colThreshold: () => "Required",
  noticeFigureLine: (p: P) => `${p.indicator}: ${p.value} (required: ${p.threshold}) — ${p.assessment}`,
  colAssessment: () => "Assessment",
  assessMet: () => "Met",
  assessNotMet: () => "Not met",
  thresholdAtLeast: (p: P) => `at least ${p.value}`,
  thresholdAtMost: (p: P) => `at most ${p.value}`,
  noticeActionsHeading: () => "Please:",
  fixRaise: (p: P) => `Raise ${p.indicator} from ${p.value} to at least ${p.threshold}.`,
  fixReduce: (p: P) => `Reduce ${p.indicator} from ${p.value} to at most ${p.threshold}.`,
  fixDo: (p: P) => `Complete the indicator “${p.indicator}” without delay.`,
  fixUndo: (p: P) => `Resolve the indicator “${p.indicator}” (currently: ${p.value}).`,
  noticeClosing: () => "The head of the unit is asked to see that these indicators are addressed in the coming period.",
  reminderSubject: (p: P) => `Reminder: digital transformation figures for ${p.period} due ${p.due}`,
  reminderTitle: (p: P) => `Reminder: digital transformation figures for ${p.period}`,
  reminderGreeting: (p: P) => `To: ${p.unit}.`,
  reminderBody: (p: P) =>
    `As of this message, your unit has not entered its digital transformation figures for ${p.period}. Due date: ${p.due}.`,
  reminderAction: () =>
    "Please open the spreadsheet, choose Enter figures and enter all of your unit's figures before the due date.",
  reminderLinkIntro: () => "The spreadsheet:",
  dueDate: (p: P) => `${p.day} ${MONTHS[Number(p.month) - 1]} ${p.year}`,
  kindSummary: () => "summary",
  kindNotice: () => "notice",
  kindReminder: () => "reminder",
  skipNoCommitteeEmails: () =>
    "no address in the setting “Email Ban Chỉ đạo” (Settings sheet). Please enter the summary recipients.",
  skipNoUnitEmails: (p: P) =>
    `unit ${p.unit} has no address in the column “Email lãnh đạo” or “Email” (Units sheet). Please enter one.`,
  skipNoClerkEmails: (p: P) =>
    `unit ${p.unit} has no address in the column “Email” (Units sheet). Please enter its data-entry staff's address.`,
  outboxTotal: (p: P) =>
    `${p.period}: ${p.messages} message${Number(p.messages) === 1 ? "" : "s"} (${p.summaries} summar${Number(p.summaries) === 1 ? "y" : "ies"}, ${p.notices} notice${Number(p.notices) === 1 ? "" : "s"}, ${p.reminders} reminder${Number(p.reminders) === 1 ? "" : "s"}), ${p.recipients} recipient${Number(p.recipients) === 1 ? "" : "s"}; ${p.skipped} not produced.`,
  // E-mail rendering (simpler renderer)
  mailSummarySubject: (p: P) =>
    `Digital transformation — summary for ${p.period}: ${p.reported} of ${p.total} units reported, ${p.laggards} unit${Number(p.laggards) === 1 ? "" : "s"} with an indicator below the threshold`,
  mailChartHeading: () => "Score of each unit",
  mailChartCaption: () =>
    "One line per unit in rank order: rank, name, % score and band, with ▲/▼ the places gained or lost since the last period; the bar is as long as the % score (the full line is 100%), coloured by band.",
  mailReminderSubjectOverdue: (p: P) =>
    `Reminder: digital transformation figures for ${p.period} overdue since ${p.due}`,
  mailReminderBodyOverdue: (p: P) =>
    `As of this message, your unit has not entered its digital transformation figures for ${p.period}. The due date, ${p.due}, has passed.`,
  mailReminderActionOverdue: () =>
    "Please open the spreadsheet, choose Enter figures and enter all of your unit's figures as soon as possible.",
  outboxSkipped: () => "Messages not produced",
  outboxListed: (p: P) => `${p.dir} — ${p.count} e-mails (.eml) to open in any mail client`,
  outboxWritten: (p: P) => `Wrote ${p.count} message${Number(p.count) === 1 ? "" : "s"} (.eml) to ${p.dir}`,
  menuSetup: () => "Set up workbook",
  menuEntry: () => "Enter figures",
  menuCheck: () => "Check data",
  menuRank: () => "Rank units",
  menuSendSummary: () => "Send summary",
  menuSchedule: () => "Automatic e-mail schedule",
  rankPromptTitle: () => "Rank units",
  rankPrompt: (p: P) =>
    `Enter the period to rank: a month (2023-06), a quarter (2023-Q2) or a year (2023). Leave empty for ${p.default}.`,
  rankStarted: (p: P) => `Ranking ${p.period}…`,
  rankDone: (p: P) =>
    `Ranked ${p.period}: ${p.units} units; ${p.laggards} units with laggard indicators; ${p.notReported} units not reported.`,
  cannotRankTitle: () => "Cannot rank yet",
  problemsIntro: (p: P) =>
    `The workbook has ${p.count} problems, so nothing was written; the previous ranking is kept. Please fix them and run again:`,
  notAdmin: (p: P) =>
    `Account ${p.email} may not ${p.action}. Only the spreadsheet's owner and the staff listed in “Email quản trị” (Settings sheet) may.`,
  unknownUser: () => "(unknown)",
  actionRank: () => "rank units",
  actionSetup: () => "set up the workbook",
  actionSend: () => "send the summary",
  checkTitle: () => "Check data",
  checkStarted: () => "Checking the figures…",
  checkClean: (p: P) => `No problems found: ${p.rows} data rows. Earlier marks (if any) were removed.`,
  checkMarked: (p: P) =>
    `Found ${p.count} problems; ${p.marked} cells in sheet ${p.sheet} are marked orange with a note (hover over a cell to read it). The first problems:`,
  checkNotePrefix: () => "DX Scorecard: ",
  setupTitle: () => "Set up workbook",
  setupDone: (p: P) =>
    `Workbook set up: ${p.sheets} sheets created, ${p.columns} columns added; formats, drop-downs and protection applied.`,
  setupNothing: () => "The workbook already has every sheet and column; nothing to change.",
  loadSamplePrompt: () =>
    "The workbook is empty. Load the sample province (Bình Phước 2023: 33 units, 34 indicators) to try it out?",
  sampleLoaded: () => "Loaded the sample province Bình Phước 2023.",
  protectedSheet: () => "Managed by DX Scorecard. Please do not edit by hand.",
  busy: () => "Someone else is updating the workbook. Please try again in a few minutes.",
  // Command line (help, options, overwrite)
  usageHint: (p: P) => `See: dx-scorecard ${p.command}--help`,
  missingCommand: () => "no command given. Please choose one: init, check, rank, summary, demo.",
  unknownCommand: (p: P) =>
    `there is no command “${p.command}”.${p.suggestion ? ` Did you mean ${p.suggestion}?` : " Commands: init, check, rank, summary, demo."}`,
  unknownOption: (p: P) => `there is no option ${p.option}.${p.suggestion ? ` Did you mean ${p.suggestion}?` : ""}`,
  optionNeedsValue: (p: P) => `the option ${p.option} needs a value, e.g. ${p.option} ${p.example}.`,
  optionTakesNoValue: (p: P) => `the option ${p.option} takes no value; please write just ${p.option}.`,
  optionNotForCommand: (p: P) => `the option ${p.option} does not go with the command ${p.command}.`,
  langInvalid: (p: P) =>
    `the language “${p.value}” is not supported. Please use --lang vi (Vietnamese) or --lang en (English).`,
  periodRequired: (p: P) => `the command ${p.command} needs a period, e.g. --period 2023-06.`,
  fileRequired: (p: P) =>
    `the command ${p.command} takes exactly one .xlsx file, e.g. dx-scorecard ${p.command} province.xlsx.`,
  periodAsFile: (p: P) => `“${p.value}” is not an .xlsx file. Did you mean --period ${p.value}?`,
  extraArgument: (p: P) => `the command ${p.command} does not take “${p.value}”.`,
  fileNotXlsx: (p: P) =>
    `“${p.file}” is not an Excel file (.xlsx). Please open it in Excel and save it as an Excel Workbook (.xlsx).`,
  wrote: (p: P) => `Wrote ${p.file}`,
  wroteRanking: (p: P) => `Wrote the ranking for ${p.period}: ${p.file}`,
  filesWritten: () => "Files written",
  missingMonthsQuarter: (p: P) =>
    `${p.period} has no figures for ${p.months}; the quarter's score uses the months that have figures.`,
  missingMonthsYear: (p: P) =>
    `${p.period} has no figures for ${p.months}; the year's score uses the months that have figures.`,
  exampleRowsLeft: (p: P) =>
    `the workbook still has example rows (IDs ${p.ids}). Please replace them with your units, indicators and figures, and delete the example rows before ranking.`,
  noteHeading: () => "Note",
  bandLeading: () => "Leading",
  bandAdvanced: () => "Advanced",
  bandForming: () => "Forming",
  bandStarting: () => "Starting",
  sidebarTitle: () => "Enter digital transformation figures",
  entryNoUnit: (p: P) =>
    `Account ${p.email} is not assigned to any unit (Email column of the Units sheet). Please contact the DX office.`,
  entryNotAllowed: (p: P) => `Account ${p.email} may not enter figures for unit ${p.unit}.`,
  entryUnknownUnit: (p: P) => `Unit ID “${p.unit}” is not in the Units sheet or is no longer active.`,
  entryUnknownField: (p: P) => `Indicator ${p.ids} is not in the Indicators sheet. Please reload the form.`,
  entryFuture: (p: P) =>
    `Figures for ${p.period} cannot be entered yet: the month has not ended. A month's figures are entered once it is over.`,
  entryMalformed: () => "The data sent is not valid. Please reload the form (close and reopen Enter figures).",
  entryMissing: (p: P) => `Not entered: ${p.names}.`,
  entryInvalidFields: (p: P) =>
    `${p.count} ${Number(p.count) === 1 ? "field is" : "fields are"} not valid. Please fix the marked fields.`,
  entrySaved: (p: P) => `Saved the figures of ${p.unit} for ${p.period} (${p.changes} changes).`,
  entryUnchanged: (p: P) => `The figures of ${p.unit} for ${p.period} are unchanged.`,
  entrySheetBroken: (p: P) =>
    `Sheet ${p.sheet} lacks the columns: ${p.columns}. Please ask an admin to run Set up workbook.`,
  auditForm: () => "Entered in the form",
  auditGrid: () => "Edited in the sheet",
  auditNote: () => "Note",
  sidebarLoading: () => "Loading the form…",
  sidebarReloading: () => "Loading figures…",
  sidebarUnit: () => "Unit",
  sidebarPeriod: () => "Reporting period",
  sidebarPeriodLine: (p: P) => `Period: ${p.period}`,
  sidebarDeadline: (p: P) => `Due: ${p.date}`,
  sidebarReported: () => "Reported",
  sidebarPrevious: (p: P) => `Last month: ${p.value}`,
  sidebarSmallPercent: (p: P) =>
    `You entered ${p.value}% (1% or less). This box takes the percent itself: if you mean ${p.suggestion}%, enter ${p.suggestion}.`,
  sidebarThreshold: (p: P) => `Required: ${p.value}`,
  sidebarNote: () => "Note",
  sidebarNoteHint: () => "Optional, e.g. provisional figures.",
  sidebarSubmit: () => "Save figures",
  sidebarSaving: () => "Saving…",
  sidebarReady: () => "All figures entered.",
  sidebarAndMore: (p: P) => `and ${p.count} more`,
  sidebarLastSaved: (p: P) => `Last updated: ${p.time}, ${p.email}.`,
  sidebarServerError: (p: P) => `The server failed or did not answer (${p.reason}). Please try again.`,
  sidebarRetry: () => "Try again",
  sendTitle: () => "Send summary",
  sendPrompt: (p: P) =>
    `Send the summary of which period? Enter a month (2023-06) or a quarter (2023-Q2). Leave empty for ${p.default}.`,
  sendPreviewIntro: (p: P) =>
    `${p.count} e-mails will go to ${p.recipients} addresses (today's sending quota left: ${p.quota}). Already sent: ${p.already}.`,
  sendPreviewNothing: (p: P) => `Every e-mail of ${p.period} was sent already; nothing is left to send.`,
  sendConfirm: () => "Send now",
  sendCancel: () => "Cancel",
  sendStarted: (p: P) => `Sending the e-mails of ${p.period}…`,
  sendResult: (p: P) =>
    `Sent ${p.sent} e-mails of ${p.period}; ${p.deferred} left for tomorrow (daily quota reached); ${p.failed} failed; ${p.skipped} without a recipient.`,
  sendQuotaZero: () => "Today's e-mail quota is used up; nothing was sent. The e-mails will be sent tomorrow.",
  sendFailuresSubject: (p: P) => `DX Scorecard: e-mails of ${p.period} failed`,
  sendFailuresBody: (p: P) =>
    `Some e-mails of ${p.period} could not be sent:\n${p.lines}\n\nDetails are in the Audit sheet.`,
  sendCannot: (p: P) => `Cannot send the e-mails of ${p.period}: ${p.reason}`,
  auditMailSent: () => "E-mail sent",
  auditMailFailed: () => "E-mail failed",
  // Audit chain and sent log
  auditChainEdited: (p: P) =>
    `this row (entry ${p.seq}) or the check code of the row just before it was changed after it was written: its content does not match its check code. Please compare with the spreadsheet's version history.`,
  auditChainGap: (p: P) =>
    `${p.count} ${p.count === 1 ? "row" : "rows"} just before this one ${p.count === 1 ? "was" : "were"} deleted from the Audit sheet (${p.first === p.last ? `entry ${p.first}` : `entries ${p.first} to ${p.last}`}). Please compare with the spreadsheet's version history.`,
  auditChainMoved: (p: P) =>
    `this row (entry ${p.seq}) was moved from its place: the order of the Audit rows was changed.`,
  auditChainCopied: (p: P) =>
    `this row is a copy of row ${p.other} (same entry number); Audit rows must not be copied.`,
  auditChainUnsigned: () =>
    "this row was added to the Audit sheet by hand, not by DX Scorecard (it has no check code).",
  auditChainCode: () => "the check code of this row was changed.",
  auditChainTruncated: (p: P) =>
    `the Audit sheet lost its last ${p.count} ${p.count === 1 ? "row" : "rows"}: DX Scorecard wrote up to entry ${p.expected}, but the sheet now ends at entry ${p.found}. Please compare with the spreadsheet's version history.`,
  auditChainRewritten: (p: P) =>
    `the check code of entry ${p.seq} does not match the one DX Scorecard kept: the Audit sheet was edited and its check codes recomputed.`,
  auditChainExtra: (p: P) =>
    `this row and those after it were added after the last entry DX Scorecard wrote (entry ${p.seq}), not by DX Scorecard.`,
  auditChainBroken: (p: P) =>
    `At ${p.when}, DX Scorecard found that the Audit sheet no longer matched its record (the last entry should have been ${p.expected}, but the sheet ended at entry ${p.found}); later rows continue from entry ${p.expected}.`,
  auditChainColumn: (p: P) =>
    `sheet ${p.sheet} no longer has the “${p.column}” column, so the rows written cannot be checked. Please run Set up workbook and compare with the version history.`,
  auditWriteFailed: (p: P) =>
    `The Audit sheet could not be written (${p.reason}). The e-mails sent are still recorded and will not be sent again.`,
  sendTimeLeft: (p: P) =>
    `${p.count} e-mails are not sent yet because the run was about to reach its time limit; DX Scorecard will send them automatically in a few minutes.`,
  scheduleTitle: () => "Automatic e-mail schedule",
  scheduleOn: (p: P) =>
    `The automatic schedule is ON: summary and laggard notices at 08:00 on day ${p.summaryDay} of every month (with the quarterly summary in the month after a quarter); reminders to units that have not reported at 08:00 on day ${p.reminderDay}.`,
  scheduleOff: () => "The automatic schedule is OFF.",
  scheduleAskOn: () => "Turn the automatic schedule on?",
  scheduleAskOff: () => "Turn the automatic schedule off?",
  scheduleTurnedOn: (p: P) =>
    `The automatic schedule is on: days ${p.summaryDay} and ${p.reminderDay} of every month at 08:00.`,
  scheduleTurnedOff: () => "The automatic schedule is off.",
  invalidEmailSkipped: (p: P) =>
    `e-mail address “${p.value}” is invalid and will be skipped when sending. Please fix it; separate addresses with “,” or “;”.`,
  warningsHeading: () => "Warnings",
  // Closed periods and atomic writes
  menuClosePeriod: () => "Close period",
  actionClosePeriod: () => "close or reopen a period",
  closePromptTitle: () => "Close period",
  closePrompt: (p: P) =>
    `Enter the month to close or reopen, as 2023-06, or a year (its yearly figures), as 2023. Leave empty for ${p.default}.`,
  closeNotAPeriod: (p: P) =>
    `“${p.value}” is neither a month nor a year. Please enter a month as 2023-06 or a year as 2023.`,
  closeAskClose: (p: P) =>
    `Close ${p.period}? Once closed, units cannot change its figures in the form; direct edits in the sheet will be flagged.`,
  closeAskReopen: (p: P) => `${p.period} is closed. Reopen it so that units can change its figures?`,
  closeDone: (p: P) => `${p.period} is closed.`,
  reopenDone: (p: P) => `${p.period} is reopened.`,
  closeSettingsBroken: (p: P) => `Cannot close or reopen a period: ${p.reason}`,
  closeFailed: () => "The period's state was not saved: Google Sheets failed for a moment. Please try again.",
  auditClosePeriod: () => "Period closed",
  auditReopenPeriod: () => "Period reopened",
  closedPeriodInvalid: (p: P) =>
    `“${p.value}” in Closed periods is neither a month nor a year. Please enter months as 2023-06 or years as 2023, separated by “;”.`,
  periodClosed: (p: P) =>
    `${p.period} is closed, so its figures cannot be changed in the form. If they must be corrected, please ask an admin to reopen it.`,
  entryTooOld: (p: P) =>
    `Figures for ${p.period} cannot be entered in the form: only months from ${p.oldest} on are accepted. Please contact an admin.`,
  saveFailed: () => "The figures were not saved: Google Sheets failed for a moment. Please try again.",
  rankWriteFailed: (p: P) =>
    `The ranking for ${p.period} was not written: Google Sheets failed for a moment; the previous ranking is kept. Please try again.`,
  // Review on the ranking outputs, template and set-up (issue 10, ranking part)
  colSelfPercent: () => "% self-assessed",
  colPendingReview: () => "Pending review",
  reviewCountsLine: (p: P) =>
    `Review: ${p.accepted} accepted, ${p.adjusted} adjusted, ${p.more} more evidence needed, ${p.pending} pending.`,
  legendAdjusted: () => "Violet cells: values adjusted by the office on review.",
  textAdjustedLegend: () => "* Values adjusted by the office on review:",
  protectedReviewColumns: () =>
    "Review columns managed by the office: only admins may edit them. Units enter their evidence in the Enter data form.",
  // Evidence and review, the units' side (design §10): the entry sidebar's evidence and review state
  auditEvidence: () => "Evidence",
  entryReviewedLocked: (p: P) =>
    `Figures or evidence already reviewed cannot be changed, for: ${p.names}. Please contact the office to reopen them if they need correcting; the other figures were not saved either.`,
  entryReviewedField: () => "Reviewed; contact the office to reopen it if it needs correcting.",
  sidebarEvidence: () => "Evidence",
  sidebarEvidenceRequired: () => "required",
  sidebarEvidencePlaceholder: () => "A link, or a document's number, date and summary",
  sidebarEvidenceMissing: () =>
    "This indicator requires evidence. Please enter it; if it is left empty the figure is still saved, but it will be flagged by the check.",
  sidebarEvidenceMissingCount: (p: P) =>
    `${p.count} indicators that require evidence have none (saving is allowed, but they will be flagged).`,
  sidebarReview_pending: () => "Pending review",
  sidebarReview_accepted: () => "Accepted",
  sidebarReview_adjusted: () => "Adjusted",
  sidebarReview_more: () => "More evidence needed",
  sidebarReviewReason: (p: P) => `Reason: ${p.reason}`,
  sidebarReviewedValue: (p: P) => `Reviewed value: ${p.value}`,
  sidebarReviewStale: () => "The figure has changed since it was reviewed, so it is waiting for review again.",
  sidebarReviewMore: () => "The office asks for more evidence for this indicator.",
  flag_reviewed: () => "the figure has already been reviewed",
  // The office's review sidebar and its server (design §10; issue 10, review part)
  menuReview: () => "Review",
  reviewTitle: () => "Review the figures",
  reviewNotAdmin: (p: P) =>
    `The account ${p.email} may not review: only the accounts in Email quản trị and the spreadsheet's owner review, please contact an admin if needed.`,
  reviewMalformed: () => "The review request is not valid. Please reload the review list and try again.",
  reviewPeriodNotOffered: (p: P) =>
    `${p.period} cannot be reviewed from the review list: please choose a period in the list.`,
  reviewUnknownUnit: (p: P) => `There is no active unit “${p.unit}” in the Units sheet. Please reload the review list.`,
  reviewIndicatorNotApplicable: (p: P) =>
    `Indicator “${p.id}” does not apply to ${p.unit} in ${p.period}. Please reload the review list.`,
  reviewAdjustNeeds: (p: P) => `Adjusting ${p.id} needs both a reviewed value and a reason: please fill in both.`,
  reviewMoreNeedsReason: (p: P) =>
    `Asking for more evidence on ${p.id} needs a reason: please say what evidence the unit should add.`,
  reviewInvalidValue: (p: P) => `The reviewed value of ${p.id} is not valid: ${p.reason}`,
  reviewFigureChanged: (p: P) =>
    `The figure ${p.id} of ${p.unit} for ${p.period} changed from ${p.was} to ${p.now} after you opened the list; please reload before reviewing.`,
  reviewStatusChanged: (p: P) =>
    `The item ${p.id} of ${p.unit} for ${p.period} went from “${p.was}” to “${p.now}” after you opened the list; please reload before reviewing.`,
  reviewNoFigure: (p: P) =>
    `${p.unit} has no figure ${p.id} for ${p.period}, so it cannot be accepted; please ask for more evidence or adjust it.`,
  reviewNothingToReopen: (p: P) => `The item ${p.id} of ${p.unit} for ${p.period} is already pending review.`,
  reviewSaved: (p: P) => `Recorded ${p.id} of ${p.unit} for ${p.period}: ${p.status}.`,
  reviewBatchSaved: (p: P) => `Accepted ${p.count} items of ${p.unit} for ${p.period}.`,
  reviewFailed: () => "The review was not recorded: Google Sheets failed for a moment. Please try again.",
  reviewLoadFailed: () => "The review list was not loaded: Google Sheets failed for a moment. Please try again.",
  auditReview: (p: P) => `Review: ${p.status}`,
  reviewStatusPending: () => "Pending",
  reviewStatusAccepted: () => "Accepted",
  reviewStatusAdjusted: () => "Adjusted",
  reviewStatusMore: () => "More evidence needed",
  reviewLoading: () => "Loading the review list…",
  reviewPeriod: () => "Period under review",
  reviewFilterUnit: () => "Unit",
  reviewFilterIndicator: () => "Indicator",
  reviewFilterStatus: () => "Status",
  reviewAllUnits: () => "All units",
  reviewAllIndicators: () => "All indicators",
  reviewPendingFirst: () => "All (pending first)",
  reviewCounts: (p: P) => `Pending ${p.pending} · Accepted ${p.accepted} · Adjusted ${p.adjusted} · More ${p.more}`,
  reviewSelf: () => "Self-assessed",
  reviewPrevious: () => "Previous period",
  reviewEvidence: () => "Evidence",
  reviewNoEvidence: () => "No evidence yet",
  reviewEvidenceRequired: () => "(required)",
  reviewReviewedValue: () => "Reviewed value",
  reviewReason: () => "Reason",
  reviewBy: (p: P) => `${p.email}, ${p.time}`,
  reviewStaleNote: () => "The figure changed after the last review.",
  reviewAccept: () => "Accept",
  reviewAdjust: () => "Adjust",
  reviewMore: () => "Ask for more",
  reviewReopen: () => "Reopen",
  reviewConfirm: () => "Confirm",
  reviewCancel: () => "Cancel",
  reviewSaving: () => "Recording…",
  reviewAcceptAll: () => "Accept all pending items of this unit",
  reviewAcceptAllNone: () => "This unit has no pending item with a figure left.",
  reviewEmpty: () => "No item matches the filters.",
  reviewKeys: () =>
    "Keys: j/k or ↑/↓ move, a accept, d adjust, m ask for more, r reopen, u accept all of the unit, Enter confirm, Esc cancel.",
  reviewValueHint: () => "Type as in the form: 45.5 (%), yes/no, a level, a count, num/den.",
  reviewClosed: (p: P) => `${p.period} is closed: units cannot change their figures, the office can still review.`,
  // E-mail: review requests (cần bổ sung) to the units' clerks, and the review in the committee summary (issue 10, e-mails)
  kindReview: () => "review request",
  reviewRequestSubject: (p: P) =>
    `More evidence needed for digital transformation figures, ${p.period} — ${p.unit}: ${p.count} indicator${Number(p.count) === 1 ? "" : "s"}`,
  reviewRequestTitle: (p: P) => `More evidence needed: digital transformation figures for ${p.period}`,
  reviewRequestGreeting: (p: P) => `To: ${p.unit}.`,
  reviewRequestBody: (p: P) =>
    `The review of your self-assessed figures for ${p.period} found that ${p.count} indicator${Number(p.count) === 1 ? " does" : "s do"} not yet have enough evidence to be accepted.`,
  reviewRequestItemsHeading: () => "Indicators needing more evidence",
  reviewRequestFigure: (p: P) => `Your unit's figure: ${p.value}`,
  reviewRequestReason: (p: P) => `Reason: ${p.reason}`,
  reviewRequestNoReason: () => "(no reason given)",
  reviewRequestEvidence: () => "Evidence submitted:",
  reviewRequestNoEvidence: () => "Evidence submitted: none",
  reviewRequestAction: (p: P) =>
    `Please open the spreadsheet, choose Enter figures and add evidence for the indicators above (or correct a figure that is wrong) before ${p.due}.`,
  reviewRequestAfter: () =>
    "Once your unit has added it, these indicators will be reviewed again; until then the ranking uses the figures your unit entered.",
  summaryReview: (p: P) =>
    `Review: ${p.accepted} item${Number(p.accepted) === 1 ? "" : "s"} accepted, ${p.adjusted} adjusted, ${p.more} sent back for more evidence, ${p.pending} pending.`,
  summarySelfScore: (p: P) => `(self-assessed ${p.score})`,
  outboxTotalReview: (p: P) =>
    `${p.period}: ${p.messages} message${Number(p.messages) === 1 ? "" : "s"} (${p.summaries} summar${Number(p.summaries) === 1 ? "y" : "ies"}, ${p.notices} notice${Number(p.notices) === 1 ? "" : "s"}, ${p.reviews} review request${Number(p.reviews) === 1 ? "" : "s"}, ${p.reminders} reminder${Number(p.reminders) === 1 ? "" : "s"}), ${p.recipients} recipient${Number(p.recipients) === 1 ? "" : "s"}; ${p.skipped} not produced.`,
  // Documents the office signs: the Công văn and the Báo cáo with its Phụ lục (issue 11, design §11)
  docNation: () => "SOCIALIST REPUBLIC OF VIETNAM",
  docMotto: () => "Independence - Freedom - Happiness",
  docPlaceDate: (p: P) => `${p.place}, ……/……/${p.year}`,
  docNumber: (p: P) => `No.:        /${p.symbol}`,
  docRecipients: () => "Distribution:",
  docDear: () => "To:",
  docLetterTitle: (p: P) => `Digital transformation letter ${p.period}`,
  docLetterSubject: (p: P) => `Re: stepping up digital\ntransformation in ${p.year}`,
  docYesNoVerb: () => "not done",
  docLeadBelow: (p: P) => `${p.indicator} below ${p.threshold}`,
  docLeadAbove: (p: P) => `${p.indicator} above ${p.threshold}`,
  docUnits: (p: P) => (Number(p.count) === 1 ? "unit" : "units"),
  docIntro: (p: P) =>
    `The agencies and units of the province use the province's shared applications regularly and effectively. However, the figures of ${p.period} show that some units still do not direct this work, so that use remains below the targets set, which holds back the province's digital transformation, namely:`,
  docIntroNone: (p: P) =>
    `The figures of ${p.period} show that every agency and unit of the province reported and met the threshold of every indicator followed.`,
  docNotReported: (p: P) =>
    Number(p.count) === 1
      ? `1 unit has not reported its figures for ${p.period}`
      : `${p.count} units have not reported their figures for ${p.period}`,
  docRequestsIntro: (p: P) =>
    `To use the shared platforms better and speed up digital transformation in the province in ${p.year}, the Chairman of the Provincial People's Committee requests:`,
  docRequestUnitsHeading: () =>
    "1. The heads of the provincial departments and the chairmen of the district People's Committees",
  docRequestLessons: (p: P) =>
    `- To learn from the shortcomings of the agencies and units that have been slow to use the shared platforms and to carry out digital transformation in ${p.year}.`,
  docRequestPlanBefore: (p: P) =>
    `- To issue without delay the Digital Transformation and Information Security Plan ${p.year}; to direct and raise the use of the province's shared platforms (`,
  docRequestPlatforms: () => "paperless meetings, digitally signed documents, official e-mail,...",
  docRequestPlanAfter: () =>
    ") in their daily work. The heads of agencies and units must lead by example and answer for their unit's tasks.",
  docRequestAdvisorHeading: (p: P) => `2. ${p.advisor}`,
  docRequestFollowUp: () =>
    "To follow up, check and urge the units and localities in carrying out the above. Each month and quarter, to compile the figures into the report of the provincial Digital Transformation Steering Committee, and to report to the Provincial People's Committee the results of the assessment and ranking of the units' digital transformation",
  docRequestDeadline: (p: P) => `before ${p.date}`,
  docRequestPurpose: () => "as the basis for the year-end assessment of collectives and of managers.",
  docRequestClosing: () =>
    "The heads of the provincial departments and the chairmen of the district People's Committees are requested to carry out the above strictly and effectively./.",
  docReportTitle: (p: P) => `Digital transformation ranking report ${p.year}`,
  docReportKind: () => "REPORT",
  docReportSubject: (p: P) => `Results of the assessment and ranking of the units' digital transformation in ${p.year}`,
  docMethodHeading: () => "I. METHOD",
  docMethodIndex: (p: P) => `The ${p.year} index has ${p.indicators} indicators${p.pillars}; the total is ${p.totals}.`,
  docMethodPillars: (p: P) => ` in ${p.count} pillars (${p.names})`,
  docMethodTotal: (p: P) => `${p.points} points for ${p.group}`,
  docMethodRanking: (p: P) =>
    `Each unit is scored on ${p.source}, as a percentage of the points that apply to it, ranked within its group and banded: ${p.bands}.`,
  docMethodSourceReviewed: () => "its self-assessed figures as reviewed by the office",
  docMethodSourceSelf: () => "the figures it reported",
  docBandFrom: (p: P) => `${p.band} from ${p.min}%`,
  docBandBelow: (p: P) => `${p.band} below ${p.min}%`,
  docResultsHeading: () => "II. RESULTS",
  docGroupHeading: (p: P) => `${p.index}. ${p.group} (${p.count} units)`,
  docGroupBest: (p: P) => `Leading: ${p.units}.`,
  docGroupWorst: (p: P) => `Lowest: ${p.units}.`,
  docGroupBands: (p: P) => `Bands: ${p.bands}.`,
  docGroupNotReported: (p: P) => `Not reported: ${p.count} unit${Number(p.count) === 1 ? "" : "s"} (${p.units}).`,
  docReviewHeading: () => "III. REVIEW",
  docReviewChanged: (p: P) =>
    Number(p.count) === 1 ? "1 unit's score changed on review:" : `${p.count} units' scores changed on review:`,
  docReviewUnit: (p: P) => `- ${p.unit}: self-assessed ${p.self}, reviewed ${p.reviewed} (${p.indicators}).`,
  docReviewNoChange: () => "No unit's score changed on review.",
  docProposalHeading: (p: P) => `${p.number}. PROPOSAL`,
  docProposal: (p: P) =>
    `To publish the ${p.year} digital transformation ranking (appendix attached) as the basis for the year-end assessment of collectives and managers; units with low bands to set out remedies for ${p.next}.`,
  docAppendixKind: () => "APPENDIX",
  docAppendixTitle: (p: P) => `DIGITAL TRANSFORMATION RANKING ${p.year}`,
  docAppendixRef: (p: P) => `(Attached to Report No.        /${p.symbol} of ……/……/${p.year})`,
  docAppendixGroup: (p: P) => `${p.roman}. ${p.group}`,
  docColNo: () => "No.",
  docColUnit: () => "Unit",
  docColPoints: () => "Points/Total",
  docColPercent: () => "%",
  docColSelf: () => "Self-assessed (%)",
  docColRank: () => "Rank",
  docColBand: () => "Band",
  docNotReportedBand: () => "Not reported",
  // Command line: the office's documents as .docx, `letter` and `report` (issue 11, docx)
  letterNotYear: (p: P) =>
    `the letter command drafts the letter of a month or a quarter; the report on the year ${p.year} has its own command: dx-scorecard report ${p.file} --period ${p.year}.`,
  reportNotYear: (p: P) =>
    `the report command drafts the report on a year; the letter of ${p.period} has its own command: dx-scorecard letter ${p.file} --period ${p.key}.`,
  outNotDocx: (p: P) => `the output file “${p.file}” must end in .docx, for Word and LibreOffice to open it.`,
  wroteLetter: (p: P) => `Wrote the letter for ${p.period}: ${p.file}`,
  wroteReport: (p: P) => `Wrote the report on ${p.period} with its appendix: ${p.file}`,
  // The ranking sheet that prints (issue 11): figures in the indicator cells, thresholds in the labels
  rankingThreshold: (p: P) => `threshold ${p.threshold}`,
  legendCells: () =>
    "Indicator cells show the unit's figure and the points earned, separated by ·: “24.39% · 2.44” is 24.39%, earning 2.44 points. In brackets after an indicator's name: its maximum points and laggard threshold.",
  laggardCount: (p: P) => `${p.count} laggard indicator${Number(p.count) === 1 ? "" : "s"}`,
  // Add-on: Soạn công văn, Soạn báo cáo — the documents as Google Docs (issue 11, add-on)
  menuLetter: () => "Draft letter",
  menuReport: () => "Draft report",
  actionLetter: () => "draft the letter",
  actionReport: () => "draft the report",
  letterPrompt: (p: P) => `Enter the letter's month (2023-06) or quarter (2023-Q2). Leave blank for ${p.default}.`,
  reportPrompt: (p: P) => `Enter the report's year (2023). Leave blank for ${p.default}.`,
  letterNeedsMonth: (p: P) =>
    `A letter is drafted for a month or a quarter, not for ${p.period}: please enter 2023-06 or 2023-Q2.`,
  reportNeedsYear: (p: P) => `A report is drafted for a whole year, not for ${p.period}: please enter 2023.`,
  cannotDraftTitle: () => "Cannot draft the document yet",
  draftProblemsIntro: (p: P) =>
    `The workbook has ${p.count} problems, so nothing was drafted. Please fix them and run again:`,
  draftStarted: (p: P) => `Drafting ${p.title}…`,
  draftDone: (p: P) => `“${p.title}” was drafted as a Google Doc in your Google Drive.`,
  draftOpen: () => "Open the document",
  draftReview: () => "This is a draft: please check it and fill in the number and date before it is signed.",
  draftPinHeader: () =>
    "To repeat the appendix tables' header row on every printed page: select the table, Format → Table → Table properties → Pin header row.",
  draftFailed: (p: P) => `${p.title} could not be drafted because Google Docs failed for a moment. Please try again.`,
  draftFailedPartial: (p: P) =>
    `${p.title} could not be finished because Google Docs failed for a moment; the unfinished copy (${p.url}) can be deleted. Please try again.`,
  // Import from an export: figures from the province's systems (issue 12)
  importPeriodKind: (p: P) => `only a month (2023-07) or a year (2023) can be imported, not “${p.value}”.`,
  importNoColumns: () => "no column is chosen to import: map at least one column of the export to an indicator.",
  importUnknownIndicator: (p: P) => `“${p.key}” is not an indicator ID of the Indicators sheet (IDs: ${p.ids}).`,
  importYearlyInMonth: (p: P) =>
    `indicator ${p.id} is reported by year, not for the month ${p.period}: please import it for ${p.year}.`,
  importMonthlyInYear: (p: P) =>
    `indicator ${p.id} is reported monthly: please import it for a month (${p.year}-07), not the year ${p.period}.`,
  importNameColumnMissing: (p: P) =>
    `the column of unit names in ${p.source} was not recognised: please choose it${p.option}; its columns: ${p.headers}.`,
  importNameColumnMany: (p: P) =>
    `${p.source} has several columns that look like unit names: please choose one${p.option}; its columns: ${p.headers}.`,
  importColumnMissing: (p: P) =>
    `column ${p.columns} was not found in the first ${p.rows} rows of ${p.source}; its columns: ${p.headers}.`,
  importUnknown: (p: P) =>
    `“${p.name}” matches no unit of the Units sheet; if it is one, please add this name to that unit's Other names column.`,
  importNoName: () => "the row has figures but no unit name.",
  importAmbiguous: (p: P) =>
    `“${p.name}” matches ${p.candidates} equally well; no guess is made: please add this name to the right unit's Other names column.`,
  importPartial: (p: P) =>
    `“${p.name}” matches ${p.candidates} only in part; no guess is made: if it is right, please add this name to that unit's Other names column.`,
  importDuplicate: (p: P) =>
    `“${p.name}” is ${p.unit}, a unit also on row ${p.rows}; each unit has one row, and which one is right is not guessed.`,
  auditImport: (p: P) => `Imported from ${p.file}`,
  auditAlias: () => "Other name added",
  // Add-on: the Nhập từ tệp xuất dialog (issue 12, dist/Import.html)
  importUiTitle: () => "Import from an export",
  importUiLoading: () => "Opening the import dialog…",
  importUiSteps: () => "Steps",
  importUiStepSource: () => "Export",
  importUiStepColumns: () => "Columns",
  importUiStepPreview: () => "Preview",
  importUiSourceKind: () => "Figures come from",
  importUiFromSheet: () => "A sheet the export was pasted into",
  importUiFromCsv: () => "A CSV file on this computer",
  importUiSheet: () => "Sheet holding the export",
  importUiNoSheets: () =>
    "The spreadsheet has no sheet besides the tool's own. To paste an export: add a sheet, paste it there, then open this dialog again.",
  importUiFile: () => "CSV file",
  importUiFileHint: () =>
    "A .csv or .txt file exported by the system: UTF-8, UTF-16 or Windows-1258; separated by commas, semicolons or tabs (detected).",
  importUiFileRead: (p: P) => `${p.encoding} · separator ${p.separator} · ${p.rows} row${p.rows === 1 ? "" : "s"}`,
  importUiEncodingBom: (p: P) => `${p.encoding} (with BOM)`,
  importUiTab: () => "tab",
  importUiFileEmpty: (p: P) => `The file “${p.file}” has no rows. Please choose the export.`,
  importUiFileTooManyRows: (p: P) =>
    `The file “${p.file}” has ${p.rows} rows, more than the ${p.max} that can be imported at once. Please split it.`,
  importUiFileTooManyColumns: (p: P) =>
    `Row ${p.row} of the file “${p.file}” has ${p.columns} columns, more than ${p.max}. Please keep only the columns to import.`,
  importUiFileCellTooLong: (p: P) =>
    `Row ${p.row} of the file “${p.file}” has a cell longer than ${p.max} characters, so it does not look like an export of figures. Please check it.`,
  importUiFileSpreadsheet: (p: P) =>
    `“${p.file}” is an Excel file, not a CSV. Please open it, Save as → CSV UTF-8 and upload that file, or paste its content into a sheet of the spreadsheet.`,
  importUiFileUnreadable: (p: P) => `The file “${p.file}” could not be read (${p.reason}). Please choose it again.`,
  importUiNoFile: () => "Please choose the CSV file to import.",
  importUiRememberedFile: (p: P) => `Last time, figures came from the file “${p.file}”.`,
  importUiPeriod: () => "Period",
  importUiClosed: (p: P) => `${p.period} (closed)`,
  importUiPeriodHint: () => "Closed periods cannot be imported.",
  importUiNext: () => "Next",
  importUiBack: () => "Back",
  importUiReading: () => "Reading the export…",
  importUiNameColumn: () => "Unit name column",
  importUiNameColumnPick: () => "— choose a column —",
  importUiNameColumnHint: () => "The export's column holding the agencies' names.",
  importUiNameColumnNeeded: () => "Please choose the export's column of unit names.",
  importUiFieldsLegend: (p: P) => `Indicators of ${p.period} and the export's matching columns`,
  importUiFieldsHint: () => "Indicators left at “— not imported —” are not changed.",
  importUiRememberedMapping: () => "Filled in with the columns of the last import.",
  importUiNoImport: () => "— not imported —",
  importUiNoField: () => "No column of figures chosen: please map at least one indicator to a column of the export.",
  importUiNoFields: (p: P) => `The Chỉ tiêu sheet has no indicator reported for ${p.period}.`,
  importUiOverwrite: () => "Replace figures already there (overwrite)",
  importUiOverwriteHint: () =>
    "Unticked: only empty cells are written. A reviewed figure (accepted or adjusted) is never replaced.",
  importUiPreview: () => "Preview",
  importUiPreviewing: () => "Previewing…",
  importUiSource: (p: P) => `${p.source} · ${p.period} · name column: “${p.column}”`,
  importUiCountMatched: (p: P) => `${p.count} matched`,
  importUiCountAmbiguous: (p: P) => `${p.count} ambiguous`,
  importUiCountUnknown: (p: P) => `${p.count} not matched`,
  importUiCountDuplicate: (p: P) => `${p.count} repeated unit${p.count === 1 ? "" : "s"}`,
  importUiCountTotal: (p: P) => `${p.count} total row${p.count === 1 ? "" : "s"}`,
  importUiCountSkipped: (p: P) => `${p.count} row${p.count === 1 ? "" : "s"} skipped`,
  importUiCountWrite: (p: P) => `${p.count} figure${p.count === 1 ? "" : "s"} to write`,
  importUiCountKeep: (p: P) => `${p.count} figure${p.count === 1 ? "" : "s"} kept`,
  importUiCountReviewed: (p: P) => `${p.count} reviewed`,
  importUiCountInvalid: (p: P) => `${p.count} invalid`,
  importUiFilter: () => "Show rows",
  importUiFilterAll: (p: P) => `All (${p.count})`,
  importUiFilterAttention: (p: P) => `Choose a unit (${p.count})`,
  importUiFilterWrite: (p: P) => `To write (${p.count})`,
  importUiFilterOther: (p: P) => `Not written (${p.count})`,
  importUiFilterEmpty: () => "No rows.",
  importUiColRow: () => "Row",
  importUiColName: () => "Name in the file",
  importUiColUnit: () => "Unit",
  importUiColFigures: () => "Figures: now → in the file",
  importUiHowName: () => "same name",
  importUiHowShortName: () => "short name",
  importUiHowAlias: () => "other name",
  importUiHowSpelling: () => "abbreviated, no accents",
  importUiHowChosen: () => "chosen by hand",
  importUiKindAmbiguous: () => "Matches several units",
  importUiKindUnknown: () => "Matches no unit",
  importUiKindDuplicate: () => "Same unit as another row",
  importUiKindTotal: () => "Total row, skipped",
  importUiKindSkipped: () => "Skipped, not written",
  importUiNoName: () => "(no name)",
  importUiPickLabel: (p: P) => `Unit of row ${p.row}`,
  importUiPickNone: () => "— not chosen —",
  importUiPickSkip: () => "— skip this row —",
  importUiPickCandidates: () => "Possible units",
  importUiPickAll: () => "All units",
  importUiActWrite: () => "to write",
  importUiActSame: () => "same, unchanged",
  importUiActKeep: () => "figure there kept",
  importUiActReviewed: () => "reviewed, kept",
  importUiActBlank: () => "blank, not written",
  importUiActNotApplicable: () => "does not apply to the unit",
  importUiActInactive: () => "unit no longer followed",
  importUiActInvalid: () => "invalid",
  importUiEmpty: () => "empty",
  importUiNeedAmbiguous: (p: P) =>
    `Row ${p.row} “${p.name}” matches ${p.candidates} equally well: please choose the right unit, or “skip this row”.`,
  importUiNeedUnknown: (p: P) =>
    `Row ${p.row} “${p.name}” matches no unit: please choose the unit, or “skip this row”.`,
  importUiNeedNoName: (p: P) =>
    `Row ${p.row} has figures but no unit name: please choose the unit, or “skip this row”.`,
  importUiNeedDuplicate: (p: P) =>
    `Row ${p.row} “${p.name}” and row ${p.rows} are both ${p.unit}, and which one is right is not guessed: please choose the right unit for the wrong row, or skip these rows.`,
  importUiChooseFile: () => "Choose a file…",
  importUiNoFileChosen: () => "No file chosen",
  importUiKindPartial: () => "Only a partial match",
  importUiNeedPartial: (p: P) =>
    `Row ${p.row} “${p.name}” only partly matches ${p.candidate}: if it is that unit, please choose it; otherwise “skip this row”.`,
  importUiProblems: () => "Cannot write yet:",
  importUiSkipRest: (p: P) => `Skip the ${p.count} row${p.count === 1 ? "" : "s"} without a unit`,
  importUiSkipNote: () =>
    "A skipped row is not written; the other rows are. The name of a row whose unit you chose is remembered in Other names.",
  importUiLearn: () => "Names to add to the Other names column of the Đơn vị sheet, matched automatically next time:",
  importUiWrite: () => "Write",
  importUiWriting: () => "Writing…",
  importUiWriteBlocked: () => "Write is available once every row to resolve has a unit or is skipped.",
  importUiWriteProblems: () => "Write is available once the problems above are fixed.",
  importUiStale: () => "Previewing again with the unit just chosen…",
  importUiWriteNothing: () => "There is no figure or name to write.",
  importUiWriteReady: (p: P) =>
    `Writes ${p.count} figure${p.count === 1 ? "" : "s"} into the Số liệu sheet${p.names ? ` and ${p.names} name${p.names === 1 ? "" : "s"} into Other names` : ""}; each change gets a Nhật ký row.`,
  importUiRefresh: () => "Preview again",
  importUiAgain: () => "Import another file",
  importUiClose: () => "Close",
  // Add-on: Import from an export, the dialog's server (issue 12, add-on)
  menuImport: () => "Import from an export",
  actionImport: () => "import figures from an export",
  importMalformed: () => "The import request is not valid. Please close and reopen Import from an export.",
  importLoadFailed: () => "The workbook could not be read: Google Sheets failed for a moment. Please try again.",
  importFailed: () => "The figures were not imported: Google Sheets failed for a moment. Please try again.",
  importPeriodNotOffered: (p: P) =>
    `Figures for ${p.period} cannot be imported: only the months from ${p.oldest} to ${p.newest}${p.years ? ` and the years ${p.years}` : ""} are.`,
  importChosenUnknown: (p: P) =>
    `Row ${p.row} is assigned to unit ID “${p.unit}”, which is not in the Units sheet. Please choose the unit again.`,
  importSheetMissing: (p: P) =>
    `Sheet “${p.sheet}” was not found. Please paste the export into a sheet and choose it again.`,
  importOwnSheet: (p: P) =>
    `“${p.sheet}” is a DX Scorecard sheet, not an export. Please choose the sheet the export was pasted into.`,
  importEmpty: (p: P) => `“${p.source}” has no rows. Please paste the export into this sheet or choose another file.`,
  importTooLarge: (p: P) =>
    `“${p.source}” has ${p.rows} rows and ${p.columns} columns, more than the ${p.maxRows} rows or ${p.maxColumns} columns accepted. Please keep only the table of the units' figures.`,
  importDataColumns: (p: P) => `The Data sheet lacks column ${p.columns}. Please run Set up workbook and import again.`,
  importHasProblems: (p: P) =>
    `Nothing was written: ${p.count} problem${Number(p.count) === 1 ? "" : "s"} must be solved before importing.`,
  importDone: (p: P) =>
    `Imported ${p.count} figure${Number(p.count) === 1 ? "" : "s"} for ${p.period} from ${p.source}${Number(p.aliases) > 0 ? `; learned ${p.aliases} other name${Number(p.aliases) === 1 ? "" : "s"}` : ""}.`,
  importNothing: (p: P) => `No figure to write: ${p.source} changes no figure of ${p.period}.`,
  importKeptReviewed: (p: P) =>
    `Kept ${p.count} figure${Number(p.count) === 1 ? "" : "s"} the office accepted or adjusted.`,
  importKeptExisting: (p: P) =>
    `Kept ${p.count} existing figure${Number(p.count) === 1 ? "" : "s"} that differ from the file; choose overwrite to replace them.`,
  // Command line: dx-scorecard import (issue 12)
  importFromRequired: () => "the import command needs the export file, e.g. --from export.csv.",
  importMapRequired: () =>
    'the import command needs at least one column to import, e.g. --map KY_SO="Tỷ lệ ký số (%)".',
  importMapInvalid: (p: P) =>
    `“--map ${p.value}” is not of the form INDICATOR_ID=Column header, e.g. --map KY_SO="Tỷ lệ ký số (%)".`,
  importMapTwice: (p: P) => `indicator ${p.key} is mapped twice (--map); each indicator comes from one column.`,
  importOutIsExport: () => "the output file must not be the export file.",
  importExportNotFound: (p: P) => `export file “${p.file}” not found. Please check the path.`,
  importExportKind: (p: P) =>
    `export file “${p.file}” must be a .csv or an .xlsx; an .xls or .ods: please open it in Excel or LibreOffice and save it as .xlsx or .csv.`,
  importExportUnreadable: (p: P) => `export file “${p.file}” could not be read (${p.reason}).`,
  importExportNotXlsx: (p: P) =>
    `export file “${p.file}” ends in .xlsx but is not an Excel workbook; please export it again, or save it as .csv.`,
  importExportNotText: (p: P) =>
    `export file “${p.file}” is not CSV text (perhaps a workbook renamed); please export it again as .csv, or use the .xlsx.`,
  importReadCsv: (p: P) => `Read ${p.file}: ${p.encoding}, separator ${p.separator}, ${p.rows} rows.`,
  importReadXlsx: (p: P) => `Read ${p.file}: sheet “${p.sheet}”, ${p.rows} rows.`,
  importWithBom: () => "with BOM",
  importWithoutBom: () => "without BOM",
  importWindows1258: () => "the Vietnamese Windows code page",
  importTab: () => "tab",
  importHeading: (p: P) => `IMPORT FROM ${p.source} — ${p.period} — into ${p.file}`,
  importNameColumnLine: (p: P) => `Unit names: “${p.header}” (column ${p.column})`,
  importColumnLine: (p: P) => `${p.key} ← “${p.header}” (column ${p.column})`,
  importPercentScale: () => "numbers without % read as percents: 45.5 is 45.5%",
  importRowLabel: (p: P) => `Row ${p.row}`,
  importNoNameText: () => "(no name)",
  importMatched: (p: P) => `${p.unit} (${p.id}), by ${p.how}`,
  importHow_name: () => "name",
  importHow_shortName: () => "short name",
  importHow_alias: () => "other name",
  importHow_spelling: () => "abbreviation/spelling",
  importHow_chosen: () => "chosen by hand",
  importRowAmbiguous: (p: P) => `unclear: ${p.candidates}`,
  importRowPartial: (p: P) => `unclear, matches only in part: ${p.candidates}`,
  importRowUnknown: () => "no match",
  importRowDuplicate: (p: P) => `same unit ${p.unit} as row ${p.rows}`,
  importRowTotal: () => "total row, skipped",
  importRowSkipped: () => "skipped (--skip-unmatched)",
  importCell: (p: P) => `${p.key}: ${p.value} (now: ${p.old}) — ${p.action}`,
  importNone: () => "none",
  importAction_write: () => "write",
  importAction_replace: () => "replace",
  importAction_same: () => "same as the figure there",
  importAction_keep: () => "keep the figure there (--overwrite replaces it)",
  importAction_reviewed: () => "reviewed, kept",
  importAction_blank: () => "blank cell, skipped",
  importAction_notApplicable: () => "indicator not applicable to the unit's group, skipped",
  importAction_inactive: () => "unit no longer followed, skipped",
  importAction_invalid: () => "figure cannot be read",
  importRowsCount: (p: P) => `Rows: ${p.parts}.`,
  importFiguresCount: (p: P) => `Figures: ${p.parts}.`,
  importCount_matched: (p: P) => `${p.count} matched`,
  importCount_chosen: (p: P) => `${p.count} chosen by hand`,
  importCount_ambiguous: (p: P) => `${p.count} unclear`,
  importCount_unknown: (p: P) => `${p.count} without a match`,
  importCount_duplicate: (p: P) => `${p.count} repeating a unit`,
  importCount_total: (p: P) => `${p.count} total`,
  importCount_write: (p: P) => `${p.count} to write`,
  importCount_same: (p: P) => `${p.count} same as the figure there`,
  importCount_keep: (p: P) => `${p.count} kept`,
  importCount_reviewed: (p: P) => `${p.count} reviewed`,
  importCount_blank: (p: P) => `${p.count} blank`,
  importCount_notApplicable: (p: P) => `${p.count} not applicable`,
  importCount_inactive: (p: P) => `${p.count} of units no longer followed`,
  importCount_invalid: (p: P) => `${p.count} unreadable`,
  importCountNone: () => "none",
  importAliasesHeading: (p: P) => `Names to add to the Other names column of the Units sheet (${p.count}):`,
  importAliasLine: (p: P) => `${p.name} → ${p.unit} (${p.id})`,
  importDryRun: () => "Dry run: nothing written. Add --out FILE.xlsx to write a copy; the input stays as it is.",
  importNothingWritten: () => "Nothing was written.",
  importNothingWrittenRows: () =>
    "Nothing was written. To import the matched rows and leave the rows above out, add --skip-unmatched; or add the names to the right units' Other names column.",
  importDataColumnMissing: (p: P) =>
    `sheet ${p.sheet} has no column ${p.columns} to write the imported figures to. Please add it and run again.`,
  importWrote: (p: P) => `Wrote ${p.file}: ${p.figures} figures, ${p.aliases} other names, ${p.audit} audit rows.`,
  importUnchanged: (p: P) =>
    `Nothing changes: every figure is already there. Wrote the copy ${p.file}, with no new audit row.`,
  importPeriodClosed: (p: P) =>
    `${p.period} is closed (Cài đặt, Kỳ đã khóa), so no figures are imported into it. If needed, please reopen the period first.`,
  demoImportHint: (p: P) =>
    `Import ${p.period} from the document-management system's sample export (its dry run: ${p.dryRun}); add --out FILE.xlsx to write:\n  ${p.command}`,
  importActor: (p: P) => `command line (${p.user})`,
  // Import from an export: the export changed between preview and write (issue 12, trust)
  importSourceChanged: () =>
    "The export changed after the preview (someone edited the sheet holding it), so nothing was written. Please preview again, then write.",
  // Follow-up: grid edits and `Cập nhật lúc` (issue 13)
  flag_stamp: () => "Cập nhật lúc typed by hand (when the figures came, which punctuality is judged on)",
  // CLI: rank's follow-up line and the trend command (issue 13, helper C)
  followUpTextLine: (p: P) => `Follow-up of ${p.previous} (${p.cases} laggard cases): ${p.parts}`,
  trendStatus_fixed: () => "fixed",
  trendStatus_improved: () => "improved",
  trendStatus_notFixed: () => "not fixed",
  trendStatus_notReported: () => "not reported",
  trendUnitRequired: () =>
    "the trend command needs a unit ID, e.g. --unit BUDOP (the Unit ID column of the Units sheet).",
  trendMonthOnly: (p: P) =>
    `${p.option} needs a month, e.g. ${p.option} ${p.example}; “${p.value}” is not a month (the trend command shows months, not quarters or years).`,
  trendUnitAsArgument: (p: P) => `“${p.value}” is not an .xlsx file. Did you mean --unit ${p.value}?`,
  trendFromAfterTo: (p: P) =>
    `the first month --from ${p.from} comes after the last month --to ${p.to}. Please swap the two months.`,
  trendUnknownUnit: (p: P) =>
    `unit ID “${p.value}” is not in the ${p.sheet} sheet.${p.close ? ` Close IDs: ${p.close}.` : " Please check the ID in the Unit ID column."}`,
  trendUnitInactive: (p: P) =>
    `unit ${p.unit} (${p.id}) is no longer followed (the Active column of the ${p.sheet} sheet), so it is not ranked. Please choose another unit.`,
  trendNoMonths: () => "the Data sheet has no monthly figures. Please enter figures first.",
  trendNoData: (p: P) => `the Data sheet has no figures from ${p.from} to ${p.to}. Please choose other months.`,
  trendHeading: (p: P) => `${p.unit} (${p.id}) — group ${p.group} (${p.count} unit${Number(p.count) === 1 ? "" : "s"})`,
  trendWindow: (p: P) => `From ${p.from} to ${p.to}; figures are due on day ${p.dueDay} of the next month.`,
  trendMonthCell: (p: P) => `${MONTHS[Number(p.month) - 1].slice(0, 3)} ${p.year}`,
  trendColMonth: () => "Month",
  trendColSubmitted: () => "Figures sent",
  trendRowScore: () => "Score (%)",
  trendRowRank: () => "Rank",
  trendOnTime: () => "on time",
  trendLate: (p: P) => `${p.days} day${Number(p.days) === 1 ? "" : "s"} late`,
  trendMissing: () => "missing",
  trendNotDue: () => "not due yet",
  trendUnknown: () => "date unknown",
  trendLegend: () => "* below the laggard threshold; — not entered.",
  trendRateLine: (p: P) => `On time ${p.onTime} of ${p.due} months (${p.rate}); late ${p.late}; missing ${p.missing}.`,
  trendRateNone: () => "No month is due yet.",
  trendIndicatorsHeading: () => "Indicators",
  trendThreshold: (p: P) => `laggard threshold: ${p.value}`,
  trendFollowUpHeading: (p: P) => `Follow-up in ${p.period} of the laggard figures of ${p.previous}:`,
  trendFollowUpNone: (p: P) => `In ${p.previous} the unit had no figure below a laggard threshold.`,
  trendFollowUpNoPrevious: (p: P) => `${p.previous} has no figures, so there is nothing to follow up.`,
  demoTrendHint: (p: P) =>
    `Month by month for ${p.unit}, a unit that sends its figures late and has laggard figures (${p.file}):\n  ${p.command}`,
  // Follow-up: summary e-mail, second notice, Công văn (issue 13, e-mail & letter)
  followUpHeading: () => "Follow-up of the previous laggards",
  followUpCounts: (p: P) =>
    `Of the ${p.total} case${Number(p.total) === 1 ? "" : "s"} named in ${p.period}: ${p.fixed} fixed, ${p.improved} improved, ${p.notFixed} not fixed${Number(p.notReported) > 0 ? `, ${p.notReported} not reported` : ""}.`,
  followUpStillIntro: (p: P) =>
    `Units below the threshold of the same indicator two periods running (figures of ${p.previous} → ${p.period}):`,
  followUpNoneStill: () => "No unit is below the threshold of the same indicator two periods running.",
  followUpYesNo: (p: P) =>
    `Indicator “${p.indicator}”: still not done by ${p.count} unit${Number(p.count) === 1 ? "" : "s"} (${p.units}).`,
  followUpYesNoLower: (p: P) =>
    `Indicator “${p.indicator}”: still not met by ${p.count} unit${Number(p.count) === 1 ? "" : "s"} (${p.units}).`,
  followUpBelow: (p: P) => `${p.indicator} still below the threshold of ${p.threshold}: ${p.units}.`,
  followUpAbove: (p: P) => `${p.indicator} still above the threshold of ${p.threshold}: ${p.units}.`,
  followUpYesNoAll: (p: P) =>
    `Indicator “${p.indicator}”: all ${p.count} units named above were named in ${p.previous} and have still ${p.lower ? "not met it" : "not done it"}.`,
  docFollowUpAll: (p: P) => `all ${p.count} units named above`,
  followUpThresholdChanged: (p: P) =>
    `Thresholds changed since ${p.period} (${p.changes}): the cases are judged against the current threshold.`,
  followUpThresholdChange: (p: P) => `“${p.indicator}” from ${p.from} to ${p.to}`,
  followUpDropped: (p: P) =>
    `${p.count} case${Number(p.count) === 1 ? " is" : "s are"} no longer followed (the unit is no longer followed, or the indicator was removed or no longer applies to its group).`,
  followUpOmitted: (p: P) =>
    `${p.count} more case${Number(p.count) === 1 ? "" : "s"} in ${p.indicators} other indicator${Number(p.indicators) === 1 ? "" : "s"} are not named here, to keep this message under 100 KB (Gmail clips larger messages); the plain-text version of the message names them all.`,
  followUpOmittedAll: () =>
    "The units below the threshold two periods running are named in the plain-text version of this message.",
  noticeRepeatSubject: (p: P) => `[Notice ${p.times}] ${p.subject}`,
  noticeRepeatLine: (p: P) =>
    `This is the ${ordinal(Number(p.times))} period in a row in which your unit is named among the units with indicators below the laggard threshold (${p.periods}).`,
  noticeRepeatLineMax: (p: P) =>
    `Your unit has been named among the units with indicators below the laggard threshold for at least ${p.times} periods in a row, up to ${p.period}.`,
  noticeRepeatTwo: (p: P) => `${p.previous} and ${p.period}`,
  noticeRepeatRange: (p: P) => `${p.first} to ${p.period}`,
  noticeRepeatHeading: (p: P) => `Indicators named in ${p.previous} and not yet met:`,
  noticeRepeatItem: (p: P) =>
    `${p.indicator}: ${p.previousValue} (${p.previous}) → ${p.value} (${p.period}); required: ${p.threshold} — ${p.status}.`,
  noticeRepeatImproved: () => "improved, not yet met",
  noticeRepeatNotFixed: () => "not fixed",
  noticeRepeatClosing: (p: P) =>
    `The head of the unit is asked to direct the fix of these indicators personally and to report the result${p.office ? ` to ${p.office}` : ""} with the figures of ${p.next}.`,
  docFollowUpIntro: (p: P) =>
    `Notably, ${p.count} case${Number(p.count) === 1 ? "" : "s"} named in the figures of ${p.previous} ${Number(p.count) === 1 ? "has" : "have"} still not been fixed, namely:`,
  docFollowUpVerb: (p: P) => `still ${p.verb}`,
  // Overview: the Tổng quan sheet written by Rank units and rank --out (issue 13, helper B)
  overviewTitle: () => "DIGITAL TRANSFORMATION OVERVIEW OF THE UNITS",
  overviewMonths: (p: P) =>
    `Months ${p.from} – ${p.to}: score, rank in the group and reporting (ranking of ${p.period}).`,
  overviewNoMonths: (p: P) => `No monthly figures in the 12 months up to ${p.period}.`,
  overviewTime: (p: P) => `Written at: ${p.time}`,
  overviewLegend: (p: P) =>
    `Reporting (due on day ${p.day} of the next month): green ✓ – on time; amber – late; red – missing; grey – not yet due, or ? – time of submission unknown. Score and rank on grey: a month the unit did not report.`,
  overviewTrendSparkline: () => "Trend: the monthly scores as a line, from 0 to 100%.",
  overviewTrendText: () =>
    "Trend: one character a month, from ▁ (below 12.5%) to █ (87.5% or more); · is a month without a score.",
  colScoresByMonth: () => "Score (%)",
  colTrend: () => "Trend",
  colRanksByMonth: () => "Rank in group",
  colSubmissions: (p: P) => `Reporting (due on day ${p.day} of the next month)`,
  colOnTimeRate: () => "On-time rate",
  colOnTimeCount: () => "Months on time",
  monthColumn: (p: P) => `${p.month}/${p.year}`,
  submittedOnTime: () => "✓",
  submittedLate: (p: P) => `${p.days} day${Number(p.days) === 1 ? "" : "s"} late`,
  submissionMissing: () => "Missing",
  submissionNotDue: () => "Not yet due",
  submissionUnknown: () => "?",
  overviewWriteFailed: () =>
    "The Overview sheet could not be written because Google Sheets had a temporary error; the previous Overview is kept. Please run Rank units again to update it.",
  overviewForeign: (p: P) =>
    `The sheet “${p.sheet}” was not made by DX Scorecard, so it was not overwritten; to get the Overview, please rename that sheet and run Rank units again.`,
};
