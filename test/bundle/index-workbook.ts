// A small province on a §9 index, for the entry tests: two departments and a district; monthly and
// yearly indicators; per-group targets and thresholds; a choice with levels, a ratio, and
// indicators that apply to one group only. Loaded in place of the sample (`loadSample(fakes, useIndexWorkbook)`).
import type { Cell, Grid } from "../../src/workbook/contract";
import type { sampleProvince } from "../../src/workbook/sample";

export const DEPT_CLERK = "vanthu.snv@tinh.example";
export const DISTRICT_CLERK = "vanthu.dp@tinh.example";
export const INDEX_ADMIN = "cds@tinh.example";

export const DEPARTMENTS = "Sở, ban, ngành";
export const DISTRICTS = "UBND cấp huyện";

/** Field keys of `Số liệu`, in order. */
export const DATA_KEYS = ["KY_SO", "TIN", "HS_TINH", "BCD", "VB_KS_TU", "VB_KS_MAU", "DVC_XA", "KH_SO"] as const;

const header = ["Kỳ", "Mã đơn vị", ...DATA_KEYS, "Ghi chú", "Người nhập", "Cập nhật lúc"];

/** A `Số liệu` row from the figures given by field key (the rest blank). */
function dataRow(period: string, unitId: string, figures: Partial<Record<(typeof DATA_KEYS)[number], Cell>>): Cell[] {
  return [period, unitId, ...DATA_KEYS.map((k) => figures[k] ?? ""), "", "", ""];
}

export function indexWorkbook(): { units: Grid; indicators: Grid; data: Grid; settings: Grid } {
  const units: Grid = [
    ["Mã đơn vị", "Tên đơn vị", "Nhóm", "Email", "Email lãnh đạo", "Theo dõi"],
    ["SNV", "Sở Nội vụ", DEPARTMENTS, DEPT_CLERK, "", true],
    ["STC", "Sở Tài chính", DEPARTMENTS, "vanthu.stc@tinh.example", "", true],
    ["UBDP", "UBND huyện Đồng Phú", DISTRICTS, DISTRICT_CLERK, "", true],
  ];
  const perGroup = (dept: string, district: string) => `${DEPARTMENTS}: ${dept}; ${DISTRICTS}: ${district}`;
  // biome-ignore format: one indicator per line reads like the sheet
  const indicators: Grid = [
    ["Mã chỉ tiêu", "Tên chỉ tiêu", "Kiểu", "Cách chấm", "Điểm tối đa", "Mục tiêu", "Ngưỡng yếu kém", "Trụ cột", "Chỉ số chính", "Áp dụng cho nhóm", "Tần suất", "Mức"],
    ["KY_SO", "Tỷ lệ văn bản điện tử được ký số", "tỷ lệ", "theo mục tiêu", 15, perGroup("90%", "80%"), perGroup("60%", "50%"), "Chính quyền số", "Văn bản điện tử", "", "tháng", ""],
    ["TIN", "Số tin bài tuyên truyền chuyển đổi số", "số lượng", "theo mục tiêu", 5, 4, "", "Nhận thức số", "Truyền thông", "", "tháng", ""],
    ["HS_TINH", "Số hồ sơ giải quyết trên hệ thống của tỉnh", "số lượng", "theo mục tiêu", 5, 100, "", "Chính quyền số", "Dịch vụ công", DEPARTMENTS, "tháng", ""],
    ["BCD", "Trưởng Ban chỉ đạo chuyển đổi số", "lựa chọn", "theo mức", 10, "", "Phó Chủ tịch", "Nhận thức số", "Chỉ đạo, điều hành", "", "năm", "Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0"],
    ["VB_KS", "Số văn bản ký số", "tỷ số", "theo mục tiêu", 10, perGroup("90%", "80%"), "", "Chính quyền số", "Văn bản điện tử", "", "năm", ""],
    ["DVC_XA", "Tỷ lệ hồ sơ trực tuyến cấp xã", "tỷ lệ", "theo mục tiêu", 10, "70%", "", "Chính quyền số", "Dịch vụ công", DISTRICTS, "năm", ""],
    ["KH_SO", "Ban hành kế hoạch chuyển đổi số của sở", "có/không", "", 5, "", "có", "Nhận thức số", "Chỉ đạo, điều hành", DEPARTMENTS, "năm", ""],
  ];
  const data: Grid = [
    header,
    dataRow("2023-05", "SNV", { KY_SO: 0.8, TIN: 3, HS_TINH: 120 }),
    dataRow("2023-06", "SNV", { KY_SO: 0.85, TIN: 4, HS_TINH: 90 }),
    dataRow("2023-06", "UBDP", { KY_SO: 0.7, TIN: 2 }),
    dataRow("2022", "SNV", { BCD: "Chưa có", VB_KS_TU: 80, VB_KS_MAU: 100, KH_SO: "có" }),
    dataRow("2022", "UBDP", { BCD: "Phó Chủ tịch", VB_KS_TU: 45, VB_KS_MAU: 50, DVC_XA: 0.6 }),
  ];
  const settings: Grid = [
    ["Khóa", "Giá trị"],
    ["Email quản trị", INDEX_ADMIN],
    ["Hạn nộp (ngày)", 5],
    ["Ngôn ngữ", "vi"],
  ];
  return { units, indicators, data, settings };
}

/** For `loadSample` and `new Backend(…)`: the index workbook instead of the sample province. */
export function useIndexWorkbook(
  s: ReturnType<typeof sampleProvince>,
  edit?: (w: ReturnType<typeof indexWorkbook>) => void,
) {
  const w = indexWorkbook();
  edit?.(w);
  // The sample's `Thẩm định` rows name the sample's indicators, which this workbook replaces.
  Object.assign(s, { review: undefined }, w);
}
