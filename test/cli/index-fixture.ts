// A small province index (design §9) written over the sample workbook for the CLI tests: five units
// in two groups, and `Chỉ tiêu` / `Số liệu` rewritten from plain tables, so that each test states
// the very cells it is about and does not depend on the sample's own index.
import type ExcelJS from "exceljs";
import { mutate, type RankJson, sheet } from "./helpers";

/** A `--json` ranking row with the fields design §9 adds: the unit's own total and its sub-scores. */
export type IndexRankRow = RankJson["groups"][number]["ranking"][number] & {
  maxPoints: number;
  /** % per pillar and main index; null where nothing of it applies to the unit. */
  subScores: Record<string, number | null>;
};
export type IndexRankJson = Omit<RankJson, "groups"> & { groups: { group: string; ranking: IndexRankRow[] }[] };

export const DEPARTMENTS = "Sở, ban, ngành";
export const DISTRICTS = "UBND cấp huyện";

type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

export const UNITS: [string, string, string][] = [
  ["SNV", "Sở Nội vụ", DEPARTMENTS],
  ["STP", "Sở Tư pháp", DEPARTMENTS],
  ["STC", "Sở Tài chính", DEPARTMENTS],
  ["DONGXOAI", "UBND thành phố Đồng Xoài", DISTRICTS],
  ["BUDOP", "UBND huyện Bù Đốp", DISTRICTS],
];

/** `Chỉ tiêu` columns A–N: a problem in `Mức` of row 4 is at `Chỉ tiêu!N4`. */
export const INDICATOR_HEADERS = [
  "Mã chỉ tiêu",
  "Tên chỉ tiêu",
  "Kiểu",
  "Cách chấm",
  "Chiều",
  "Điểm tối đa",
  "Mục tiêu",
  "Ngưỡng yếu kém",
  "Tổng hợp",
  "Trụ cột",
  "Chỉ số chính",
  "Áp dụng cho nhóm",
  "Tần suất",
  "Mức",
] as const;

export type IndicatorRow = Partial<Record<(typeof INDICATOR_HEADERS)[number], Value>>;

export interface IndexSpec {
  indicators: IndicatorRow[];
  /** `Số liệu` indicator columns, between `Mã đơn vị` and `Ghi chú` (C, D, …). */
  columns: string[];
  /** Rows of `Số liệu` from row 2: `Kỳ`, `Mã đơn vị` and figures by column header. */
  data: Row[];
  /** `Cài đặt` values by key, e.g. `Thiếu số liệu: bỏ qua` (the sample's is `tính 0`), `Ngôn ngữ: en`. */
  settings?: Record<string, Value>;
}

function replaceSheet(wb: ExcelJS.Workbook, name: string, rows: Value[][]): void {
  const old = wb.getWorksheet(name);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(name);
  for (const r of rows) ws.addRow(r);
}

/** Writes `spec` over a copy of the sample (`from`) as `to`. */
export function writeIndex(from: string, to: string, spec: IndexSpec): Promise<string> {
  return mutate(from, to, (wb) => {
    // The sample's evidence and review rows belong to the sample's index, which is replaced here.
    const review = wb.getWorksheet("Thẩm định");
    if (review) wb.removeWorksheet(review.id);
    const units = sheet(wb, "Đơn vị");
    const unitHeader = (units.getRow(1).values as Value[]).slice(1);
    replaceSheet(wb, "Đơn vị", [
      unitHeader,
      ...UNITS.map(([id, name, group]) =>
        unitHeader.map((h) => ({ "Mã đơn vị": id, "Tên đơn vị": name, Nhóm: group })[String(h)] ?? null),
      ),
    ]);
    replaceSheet(wb, "Chỉ tiêu", [
      [...INDICATOR_HEADERS],
      ...spec.indicators.map((ind) => INDICATOR_HEADERS.map((h) => ind[h] ?? null)),
    ]);
    const header = ["Kỳ", "Mã đơn vị", ...spec.columns, "Ghi chú", "Người nhập", "Cập nhật lúc"];
    replaceSheet(wb, "Số liệu", [header, ...spec.data.map((r) => header.map((h) => r[h] ?? null))]);
    // The sample's own audit trail speaks of its own rows.
    replaceSheet(wb, "Nhật ký", [(sheet(wb, "Nhật ký").getRow(1).values as Value[]).slice(1)]);
    for (const [key, value] of Object.entries(spec.settings ?? {})) {
      let found = false;
      sheet(wb, "Cài đặt").eachRow((row) => {
        if (row.getCell(1).value !== key) return;
        row.getCell(2).value = value;
        found = true;
      });
      if (!found) throw new Error(`no setting ${key}`);
    }
  });
}

/** The letter of the `Số liệu` column of a header of `spec` (C for the first indicator column). */
export function dataColumn(spec: IndexSpec, header: string): string {
  const i = spec.columns.indexOf(header);
  if (i < 0) throw new Error(`no column ${header}`);
  return String.fromCharCode("C".charCodeAt(0) + i);
}

/** The 1-based `Số liệu` row of a unit's period in `spec`. */
export function dataRow(spec: IndexSpec, period: string, unitId: string): number {
  const i = spec.data.findIndex((r) => r["Kỳ"] === period && r["Mã đơn vị"] === unitId);
  if (i < 0) throw new Error(`no row ${unitId} ${period}`);
  return i + 2;
}

// --- The index of these tests ------------------------------------------------------------------

export const KY_SO: IndicatorRow = {
  "Mã chỉ tiêu": "KY_SO",
  "Tên chỉ tiêu": "Tỷ lệ văn bản điện tử được ký số",
  Kiểu: "tỷ lệ",
  "Cách chấm": "theo mục tiêu",
  "Điểm tối đa": 15,
  "Mục tiêu": `${DEPARTMENTS}: 90%; ${DISTRICTS}: 80%`,
  "Ngưỡng yếu kém": `${DEPARTMENTS}: 70%; ${DISTRICTS}: 60%`,
  "Trụ cột": "Chính quyền số",
  "Chỉ số chính": "Ký số",
};

/** Districts only: a commune-level share. */
export const HS_XA: IndicatorRow = {
  "Mã chỉ tiêu": "HS_XA",
  "Tên chỉ tiêu": "Tỷ lệ hồ sơ cấp xã nộp trực tuyến",
  Kiểu: "tỷ lệ",
  "Điểm tối đa": 20,
  "Mục tiêu": "80%",
  "Trụ cột": "Dịch vụ công",
  "Chỉ số chính": "Dịch vụ công trực tuyến",
  "Áp dụng cho nhóm": DISTRICTS,
};

/** A yearly choice scored by levels; below “Phó Chủ tịch” is a laggard. */
export const BCD: IndicatorRow = {
  "Mã chỉ tiêu": "BCD",
  "Tên chỉ tiêu": "Trưởng Ban Chỉ đạo chuyển đổi số",
  Kiểu: "lựa chọn",
  "Cách chấm": "theo mức",
  "Điểm tối đa": 10,
  "Ngưỡng yếu kém": "Phó Chủ tịch",
  "Trụ cột": "Nhận thức số",
  "Chỉ số chính": "Chỉ đạo, điều hành",
  "Tần suất": "năm",
  Mức: "Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0",
};

/** A monthly ratio: documents signed ÷ documents issued, pooled over a quarter or a year. */
export const VB_KS: IndicatorRow = {
  "Mã chỉ tiêu": "VB_KS",
  "Tên chỉ tiêu": "Tỷ lệ văn bản phát hành được ký số",
  Kiểu: "tỷ số",
  "Điểm tối đa": 10,
  "Mục tiêu": "100%",
  "Ngưỡng yếu kém": "50%",
  "Trụ cột": "Chính quyền số",
  "Chỉ số chính": "Văn bản điện tử",
};

/** A yearly count scored by steps. */
export const TAP_HUAN: IndicatorRow = {
  "Mã chỉ tiêu": "TAP_HUAN",
  "Tên chỉ tiêu": "Số lớp tập huấn kỹ năng số",
  Kiểu: "số lượng",
  "Cách chấm": "theo mức",
  "Điểm tối đa": 5,
  "Trụ cột": "Nhận thức số",
  "Chỉ số chính": "Đào tạo",
  "Tần suất": "năm",
  Mức: "≥4: 1; ≥2: 0,5",
};

const MONTHS = ["2023-04", "2023-05", "2023-06"];

/** Per unit: KY_SO each month, VB_KS (tử, mẫu) each month, HS_XA each month, BCD and TAP_HUAN of the year. */
const FIGURES: Record<string, { kySo: number; vbKs: [number, number][]; hsXa: number; bcd: string; tapHuan: number }> =
  {
    SNV: {
      kySo: 0.65,
      vbKs: [
        [95, 100],
        [95, 100],
        [95, 100],
      ],
      hsXa: 0,
      bcd: "Chủ tịch",
      tapHuan: 4,
    },
    // April 90/100, May 10/10, June 0/890: the quarter is 100/1,000 = 10 %.
    STP: {
      kySo: 0.9,
      vbKs: [
        [90, 100],
        [10, 10],
        [0, 890],
      ],
      hsXa: 0,
      bcd: "Phó Chủ tịch",
      tapHuan: 2,
    },
    STC: {
      kySo: 0.8,
      vbKs: [
        [80, 100],
        [80, 100],
        [80, 100],
      ],
      hsXa: 0,
      bcd: "Chưa có",
      tapHuan: 1,
    },
    DONGXOAI: {
      kySo: 0.8,
      vbKs: [
        [50, 50],
        [50, 50],
        [50, 50],
      ],
      hsXa: 0.8,
      bcd: "Chủ tịch",
      tapHuan: 5,
    },
    BUDOP: {
      kySo: 0.65,
      vbKs: [
        [30, 100],
        [60, 100],
        [90, 100],
      ],
      hsXa: 0.4,
      bcd: "Phó Chủ tịch",
      tapHuan: 0,
    },
  };

/** The full index of these tests: five indicators, three months and the year's row per unit. */
export function indexSpec(): IndexSpec {
  const data: Row[] = [];
  MONTHS.forEach((period, m) => {
    for (const [id, , group] of UNITS) {
      const f = FIGURES[id];
      data.push({
        Kỳ: period,
        "Mã đơn vị": id,
        KY_SO: f.kySo,
        VB_KS_TU: f.vbKs[m][0],
        VB_KS_MAU: f.vbKs[m][1],
        HS_XA: group === DISTRICTS ? f.hsXa : null,
      });
    }
  });
  for (const [id] of UNITS)
    data.push({ Kỳ: "2023", "Mã đơn vị": id, BCD: FIGURES[id].bcd, TAP_HUAN: FIGURES[id].tapHuan });
  return {
    indicators: [KY_SO, HS_XA, BCD, VB_KS, TAP_HUAN],
    columns: ["KY_SO", "HS_XA", "BCD", "VB_KS_TU", "VB_KS_MAU", "TAP_HUAN"],
    data,
  };
}
