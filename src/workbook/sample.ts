// Built-in sample province "Bình Phước 2023": 33 units, the letter's 8 monthly indicators with a year
// of monthly figures whose June 2023 reproduces the laggard lists of the province's July 2023 letter,
// and a year-end index of 26 more (220 points a department, 230 a district) with one row of 2023
// figures per unit; all deterministic, seeded.

import { denKey, numKey } from "../core/indicators";
import { mulberry32 } from "../core/prng";
import {
  type Cell,
  DATA_COLUMNS,
  type Grid,
  INDICATOR_COLUMNS,
  REVIEW_COLUMNS,
  SETTING_KEYS,
  SETTINGS_COLUMNS,
  UNIT_COLUMNS,
} from "./contract";

export interface SampleWorkbook {
  units: Grid;
  indicators: Grid;
  data: Grid;
  settings: Grid;
  /** `Thẩm định` (design §10), header first; absent = no such sheet. */
  review?: Grid;
}

/** The month the letter reports on. */
export const SAMPLE_PERIOD = "2023-06";

/** The year of the year-end index, ranked on every indicator (`Kỳ` of the yearly rows). */
export const SAMPLE_YEAR = "2023";

const YEAR = 2023;
const JUNE = 5; // zero-based month index of SAMPLE_PERIOD
const DOMAIN = "binhphuoc.example"; // reserved TLD: the sample can never e-mail real people

const GROUP_DEPARTMENTS = "Sở, ban, ngành";
const GROUP_DISTRICTS = "UBND cấp huyện";

/** [unit ID, name, local part of the head's address]. */
type UnitDef = [string, string, string];

const DEPARTMENTS: UnitDef[] = [
  ["VP_UBND", "Văn phòng UBND tỉnh", "chanhvanphong"],
  ["SNV", "Sở Nội vụ", "giamdoc"],
  ["STP", "Sở Tư pháp", "giamdoc"],
  ["SKHDT", "Sở Kế hoạch và Đầu tư", "giamdoc"],
  ["STC", "Sở Tài chính", "giamdoc"],
  ["SCT", "Sở Công Thương", "giamdoc"],
  ["SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn", "giamdoc"],
  ["SGTVT", "Sở Giao thông Vận tải", "giamdoc"],
  ["SXD", "Sở Xây dựng", "giamdoc"],
  ["STNMT", "Sở Tài nguyên và Môi trường", "giamdoc"],
  ["STTTT", "Sở Thông tin và Truyền thông", "giamdoc"],
  ["SLDTBXH", "Sở Lao động - Thương binh và Xã hội", "giamdoc"],
  ["SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "giamdoc"],
  ["SKHCN", "Sở Khoa học và Công nghệ", "giamdoc"],
  ["SGDDT", "Sở Giáo dục và Đào tạo", "giamdoc"],
  ["SYT", "Sở Y tế", "giamdoc"],
  ["TTRA", "Thanh tra tỉnh", "chanhthanhtra"],
  ["BDT", "Ban Dân tộc", "truongban"],
  ["SNGV", "Sở Ngoại vụ", "giamdoc"],
  ["BQLKKT", "Ban Quản lý Khu kinh tế", "truongban"],
  ["CAT", "Công an tỉnh", "giamdoc"],
  ["TTXTDT", "Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "giamdoc"],
];

const DISTRICTS: UnitDef[] = [
  ["DONGXOAI", "UBND thành phố Đồng Xoài", "chutich"],
  ["BINHLONG", "UBND thị xã Bình Long", "chutich"],
  ["PHUOCLONG", "UBND thị xã Phước Long", "chutich"],
  ["CHONTHANH", "UBND thị xã Chơn Thành", "chutich"],
  ["DONGPHU", "UBND huyện Đồng Phú", "chutich"],
  ["BUDANG", "UBND huyện Bù Đăng", "chutich"],
  ["BUDOP", "UBND huyện Bù Đốp", "chutich"],
  ["BUGIAMAP", "UBND huyện Bù Gia Mập", "chutich"],
  ["HONQUAN", "UBND huyện Hớn Quản", "chutich"],
  ["LOCNINH", "UBND huyện Lộc Ninh", "chutich"],
  ["PHURIENG", "UBND huyện Phú Riềng", "chutich"],
];

interface SampleUnit {
  id: string;
  name: string;
  group: string;
  email: string;
  headEmail: string;
}

const UNITS: SampleUnit[] = [
  ...DEPARTMENTS.map((d) => toUnit(d, GROUP_DEPARTMENTS)),
  ...DISTRICTS.map((d) => toUnit(d, GROUP_DISTRICTS)),
];

function toUnit([id, name, head]: UnitDef, group: string): SampleUnit {
  const local = id.toLowerCase().replace(/_/g, "");
  return { id, name, group, email: `vanthu.${local}@${DOMAIN}`, headEmail: `${head}.${local}@${DOMAIN}` };
}

/** One `Chỉ tiêu` row by column key; a blank cell is "" (the reader's defaults apply). */
type IndicatorRow = Record<keyof typeof INDICATOR_COLUMNS, string | number>;

const HIGHER = "cao hơn tốt hơn";
const MONTHLY = "tháng";
const YEARLY = "năm";
/** `Minh chứng` = `bắt buộc`: the steering committee's decisions, which the office checks each year. */
const REQUIRED = "bắt buộc";

// Pillars and main indexes (`Trụ cột`, `Chỉ số chính`), after the national DTI.
const FOUNDATION = "Nền tảng số";
const GOVERNMENT = "Chính quyền số";
const ECONOMY = "Kinh tế số";
const SOCIETY = "Xã hội số";

function indicator(row: Partial<IndicatorRow> & Pick<IndicatorRow, "id" | "name" | "type">): IndicatorRow {
  return {
    scoring: "",
    direction: HIGHER,
    maxPoints: "",
    target: "",
    threshold: "",
    aggregation: "",
    pillar: "",
    mainIndex: "",
    evidence: "",
    letterPhrase: "",
    groups: "",
    frequency: MONTHLY,
    levels: "",
    ...row,
  };
}

/**
 * The letter's eight monthly indicators (90 points), then the year-end index, modelled on the
 * national DTI and on Bình Phước's QĐ 2652/QĐ-UBND (2021): with the monthly ones, 220 points for
 * each department and 230 for each district.
 */
const INDICATORS: IndicatorRow[] = [
  // The eight monthly indicators of the letter; only their pillar and main index are new.
  indicator({
    id: "KH_CDS",
    name: "Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023",
    type: "có/không",
    scoring: "có/không",
    maxPoints: 10,
    threshold: "có",
    aggregation: "cuối kỳ",
    pillar: FOUNDATION,
    mainIndex: "Thể chế số",
    letterPhrase: "Về Kế hoạch chuyển đổi số và đảm bảo an toàn thông tin năm 2023 | chưa ban hành",
  }),
  indicator({
    id: "HOP_KG",
    name: "Triển khai họp không giấy",
    type: "có/không",
    scoring: "có/không",
    maxPoints: 10,
    threshold: "có",
    aggregation: "cuối kỳ",
    pillar: GOVERNMENT,
    mainIndex: "Hoạt động chính quyền số",
    letterPhrase: "Triển khai họp trên phần mềm họp không giấy | chưa triển khai, sử dụng",
  }),
  indicator({
    id: "KY_SO",
    name: "Tỷ lệ văn bản điện tử được ký số",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 15,
    target: 0.9,
    threshold: 0.5,
    aggregation: "trung bình",
    pillar: GOVERNMENT,
    mainIndex: "Hoạt động chính quyền số",
    letterPhrase: "Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp",
  }),
  indicator({
    id: "EMAIL_CV",
    name: "Tỷ lệ sử dụng thư điện tử công vụ",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 15,
    target: 0.9,
    threshold: 0.5,
    aggregation: "trung bình",
    pillar: GOVERNMENT,
    mainIndex: "Hoạt động chính quyền số",
    letterPhrase: "Việc sử dụng hệ thống thư điện tử công vụ có tỷ lệ thấp",
  }),
  indicator({
    id: "DVC_34",
    name: "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 10,
    target: 0.9,
    aggregation: "trung bình",
    pillar: GOVERNMENT,
    mainIndex: "Dịch vụ công trực tuyến",
  }),
  indicator({
    id: "HS_TT",
    name: "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến",
    type: "tỷ lệ",
    scoring: "so với cao nhất",
    maxPoints: 15,
    aggregation: "trung bình",
    pillar: GOVERNMENT,
    mainIndex: "Dịch vụ công trực tuyến",
  }),
  indicator({
    id: "SC_ATTT",
    name: "Số sự cố mất an toàn thông tin",
    type: "số lượng",
    scoring: "min-max",
    direction: "thấp hơn tốt hơn",
    maxPoints: 10,
    threshold: 3,
    aggregation: "tổng",
    pillar: FOUNDATION,
    mainIndex: "An toàn thông tin mạng",
  }),
  indicator({
    id: "TIN_CDS",
    name: "Số tin bài tuyên truyền chuyển đổi số",
    type: "số lượng",
    scoring: "so với cao nhất",
    maxPoints: 5,
    aggregation: "tổng",
    pillar: FOUNDATION,
    mainIndex: "Nhận thức số",
  }),

  // --- The year-end index: one figure per unit for the year (`Kỳ` = 2023) ----------------------
  // Nền tảng số
  indicator({
    id: "BCD_SO",
    name: "Trưởng Ban chỉ đạo chuyển đổi số của cơ quan",
    type: "lựa chọn",
    scoring: "theo mức",
    maxPoints: 5,
    threshold: "Cấp phó",
    pillar: FOUNDATION,
    mainIndex: "Nhận thức số",
    groups: GROUP_DEPARTMENTS,
    frequency: YEARLY,
    evidence: REQUIRED,
    levels: "Thủ trưởng: 1; Cấp phó: 0,5; Chưa có: 0",
  }),
  indicator({
    id: "BCD_HUYEN",
    name: "Trưởng Ban chỉ đạo chuyển đổi số của huyện, thị xã, thành phố",
    type: "lựa chọn",
    scoring: "theo mức",
    maxPoints: 5,
    threshold: "Phó Chủ tịch",
    pillar: FOUNDATION,
    mainIndex: "Nhận thức số",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
    evidence: REQUIRED,
    levels: "Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0",
  }),
  indicator({
    id: "HOP_BCD",
    name: "Số cuộc họp của Ban chỉ đạo chuyển đổi số trong năm",
    type: "số lượng",
    scoring: "theo mức",
    maxPoints: 5,
    threshold: 2,
    pillar: FOUNDATION,
    mainIndex: "Nhận thức số",
    frequency: YEARLY,
    evidence: REQUIRED,
    levels: "≥4: 1; ≥2: 0,5",
  }),
  indicator({
    id: "VB_CDS",
    name: "Số văn bản chỉ đạo, điều hành về chuyển đổi số ban hành trong năm",
    type: "số lượng",
    scoring: "theo mức",
    maxPoints: 5,
    pillar: FOUNDATION,
    mainIndex: "Thể chế số",
    frequency: YEARLY,
    levels: "≥3: 1; ≥1: 0,5",
  }),
  indicator({
    id: "MAY_TINH",
    name: "Tỷ lệ cán bộ, công chức được trang bị máy tính kết nối mạng",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: 1,
    threshold: 0.8,
    pillar: FOUNDATION,
    mainIndex: "Hạ tầng số",
    frequency: YEARLY,
  }),
  indicator({
    id: "TSLCD_XA",
    name: "Tỷ lệ UBND cấp xã kết nối mạng truyền số liệu chuyên dùng",
    type: "tỷ số",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: "100%",
    threshold: "80%",
    pillar: FOUNDATION,
    mainIndex: "Hạ tầng số",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "IOC",
    name: "Vận hành Trung tâm điều hành thông minh (IOC) cấp huyện",
    type: "có/không",
    scoring: "có/không",
    maxPoints: 5,
    pillar: FOUNDATION,
    mainIndex: "Hạ tầng số",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "CB_CNTT",
    name: "Số cán bộ chuyên trách công nghệ thông tin, chuyển đổi số",
    type: "số lượng",
    scoring: "theo mức",
    maxPoints: 5,
    threshold: 1,
    pillar: FOUNDATION,
    mainIndex: "Nhân lực số",
    frequency: YEARLY,
    levels: "≥2: 1; ≥1: 0,5",
  }),
  indicator({
    id: "TAP_HUAN",
    name: "Tỷ lệ cán bộ, công chức được tập huấn kỹ năng số trong năm",
    type: "tỷ số",
    scoring: "theo mục tiêu",
    maxPoints: 10,
    target: "80%",
    threshold: "30%",
    pillar: FOUNDATION,
    mainIndex: "Nhân lực số",
    frequency: YEARLY,
  }),
  indicator({
    id: "HTTT_CD",
    name: "Tỷ lệ hệ thống thông tin được phê duyệt hồ sơ cấp độ an toàn thông tin",
    type: "tỷ số",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: "100%",
    threshold: "50%",
    pillar: FOUNDATION,
    mainIndex: "An toàn thông tin mạng",
    frequency: YEARLY,
  }),
  indicator({
    id: "DIEN_TAP",
    name: "Tham gia diễn tập ứng cứu sự cố an toàn thông tin mạng",
    type: "có/không",
    scoring: "có/không",
    maxPoints: 5,
    threshold: "có",
    pillar: FOUNDATION,
    mainIndex: "An toàn thông tin mạng",
    frequency: YEARLY,
  }),
  // Chính quyền số
  indicator({
    id: "VB_KYSO",
    name: "Tỷ lệ văn bản đi được ký số trong năm",
    type: "tỷ số",
    scoring: "theo mục tiêu",
    maxPoints: 15,
    target: `${GROUP_DEPARTMENTS}: 90%; ${GROUP_DISTRICTS}: 80%`,
    threshold: `${GROUP_DEPARTMENTS}: 70%; ${GROUP_DISTRICTS}: 60%`,
    pillar: GOVERNMENT,
    mainIndex: "Hoạt động chính quyền số",
    frequency: YEARLY,
  }),
  indicator({
    id: "KY_SO_XA",
    name: "Tỷ lệ văn bản đi của UBND cấp xã được ký số",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: 0.6,
    threshold: 0.3,
    pillar: GOVERNMENT,
    mainIndex: "Hoạt động chính quyền số",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "HSCV",
    name: "Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: `${GROUP_DEPARTMENTS}: 15; ${GROUP_DISTRICTS}: 10`,
    target: 0.9,
    threshold: 0.5,
    pillar: GOVERNMENT,
    mainIndex: "Hoạt động chính quyền số",
    frequency: YEARLY,
  }),
  indicator({
    id: "BC_DT",
    name: "Tỷ lệ chế độ báo cáo của ngành thực hiện trên Hệ thống thông tin báo cáo của tỉnh",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: 1,
    threshold: 0.5,
    pillar: GOVERNMENT,
    mainIndex: "Hoạt động chính quyền số",
    groups: GROUP_DEPARTMENTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "DVC_TT",
    name: "Tỷ lệ thủ tục hành chính của ngành cung cấp dịch vụ công trực tuyến toàn trình",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 10,
    target: 0.8,
    pillar: GOVERNMENT,
    mainIndex: "Dịch vụ công trực tuyến",
    groups: GROUP_DEPARTMENTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "HS_TT_XA",
    name: "Tỷ lệ hồ sơ thủ tục hành chính cấp xã nộp trực tuyến",
    type: "tỷ số",
    scoring: "theo mục tiêu",
    maxPoints: 10,
    target: "50%",
    threshold: "20%",
    pillar: GOVERNMENT,
    mainIndex: "Dịch vụ công trực tuyến",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "SO_HOA",
    name: "Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa",
    type: "tỷ số",
    scoring: "theo mục tiêu",
    maxPoints: `${GROUP_DEPARTMENTS}: 15; ${GROUP_DISTRICTS}: 10`,
    target: "80%",
    threshold: "30%",
    pillar: GOVERNMENT,
    mainIndex: "Dịch vụ công trực tuyến",
    frequency: YEARLY,
  }),
  indicator({
    id: "DL_MO",
    name: "Số bộ dữ liệu mở được công bố",
    type: "số lượng",
    scoring: "so với cao nhất",
    maxPoints: 5,
    pillar: GOVERNMENT,
    mainIndex: "Dữ liệu số",
    frequency: YEARLY,
  }),
  indicator({
    id: "CSDL",
    name: "Cơ sở dữ liệu chuyên ngành được cập nhật và chia sẻ qua nền tảng tích hợp (LGSP) của tỉnh",
    type: "có/không",
    scoring: "có/không",
    maxPoints: 10,
    pillar: GOVERNMENT,
    mainIndex: "Dữ liệu số",
    groups: GROUP_DEPARTMENTS,
    frequency: YEARLY,
  }),
  // Kinh tế số
  indicator({
    id: "TT_TT",
    name: "Tỷ lệ hồ sơ thủ tục hành chính có thanh toán trực tuyến phí, lệ phí",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: 0.3,
    pillar: ECONOMY,
    mainIndex: "Thanh toán số",
    frequency: YEARLY,
  }),
  indicator({
    id: "KDTT",
    name: "Tỷ lệ hộ kinh doanh, tiểu thương chấp nhận thanh toán không dùng tiền mặt",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: 0.5,
    pillar: ECONOMY,
    mainIndex: "Thanh toán số",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "TMDT",
    name: "Số hộ sản xuất, hợp tác xã có sản phẩm trên sàn thương mại điện tử",
    type: "số lượng",
    scoring: "so với cao nhất",
    maxPoints: 5,
    pillar: ECONOMY,
    mainIndex: "Thương mại điện tử",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
  // Xã hội số
  indicator({
    id: "HD_KNS",
    name: "Số lượt người dân, doanh nghiệp được hướng dẫn kỹ năng số, sử dụng dịch vụ công trực tuyến",
    type: "số lượng",
    scoring: "so với cao nhất",
    maxPoints: 5,
    pillar: SOCIETY,
    mainIndex: "Kỹ năng số",
    frequency: YEARLY,
  }),
  indicator({
    id: "TCNS",
    name: "Tỷ lệ xã, phường, thị trấn có Tổ công nghệ số cộng đồng hoạt động",
    type: "tỷ số",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: "100%",
    threshold: "80%",
    pillar: SOCIETY,
    mainIndex: "Kỹ năng số",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
  indicator({
    id: "DDDT",
    name: "Tỷ lệ người dân từ 14 tuổi có tài khoản định danh điện tử mức độ 2",
    type: "tỷ lệ",
    scoring: "theo mục tiêu",
    maxPoints: 5,
    target: 0.6,
    pillar: SOCIETY,
    mainIndex: "Công dân số",
    groups: GROUP_DISTRICTS,
    frequency: YEARLY,
  }),
];

const COLUMN_KEYS = Object.keys(INDICATOR_COLUMNS) as (keyof typeof INDICATOR_COLUMNS)[];

/** `Số liệu` columns of an indicator: its ID, or a ratio's `<ID>_TU` and `<ID>_MAU`. */
const fieldsOf = (row: IndicatorRow): string[] =>
  row.type === "tỷ số" ? [numKey(String(row.id)), denKey(String(row.id))] : [String(row.id)];

const MONTHLY_IDS = INDICATORS.filter((r) => r.frequency === MONTHLY).map((r) => String(r.id));
const YEARLY_FIELDS = INDICATORS.filter((r) => r.frequency === YEARLY).flatMap(fieldsOf);

// --- The letter (Công văn, July 2023), June 2023 figures ---------------------------------------

/** First month (1-based) with KH_CDS = true; fixed for the two units the letter names. */
const PLAN_LATE: Record<string, number> = { SNNPTNT: 7, STNMT: 7 };

/** First month (1-based) with HOP_KG = true for the 15 units the letter names; 13 = not in 2023. */
const PAPERLESS_LATE: Record<string, number> = {
  SGDDT: 7,
  SCT: 8,
  SGTVT: 13,
  SKHDT: 7,
  STNMT: 9,
  SVHTTDL: 9,
  SYT: 8,
  STC: 7,
  SNGV: 13,
  CAT: 13,
  BQLKKT: 11,
  TTXTDT: 12,
  DONGPHU: 10,
  BUDOP: 13,
  CHONTHANH: 8,
};

const SIGNING_JUNE: Record<string, number> = {
  SGTVT: 0,
  TTXTDT: 0,
  BUGIAMAP: 0,
  BUDOP: 0.0033,
  DONGPHU: 0.2439,
  TTRA: 0.3951,
};

const EMAIL_JUNE: Record<string, number> = { HONQUAN: 0.4043, CAT: 0.4101, BUDANG: 0.4649, DONGXOAI: 0.49 };

/** The unit that sent nothing for SAMPLE_PERIOD. */
const SILENT_IN_JUNE = "BDT";

/** Individual cells left blank (missing values), never in June: "period|unit" → indicator ID. */
const BLANK_CELLS: Record<string, string> = {
  "2023-03|SXD": "TIN_CDS",
  "2023-09|BUDANG": "EMAIL_CV",
  "2023-11|SLDTBXH": "HS_TT",
};

const NOTES: Record<string, string> = {
  "2023-02|SYT": "Số liệu tạm tính",
  "2023-03|SXD": "Chưa thống kê được số tin bài",
  "2023-07|SNNPTNT": "Đã ban hành Kế hoạch chuyển đổi số năm 2023",
  "2023-07|STNMT": "Đã ban hành Kế hoạch chuyển đổi số năm 2023",
  "2023-08|SGTVT": "Đã triển khai ký số văn bản điện tử từ tháng 7/2023",
  "2023-09|BUDANG": "Hệ thống thư điện tử công vụ đang bảo trì",
  "2023-11|SLDTBXH": "Chờ số liệu từ Cổng dịch vụ công",
  "2023-12|DONGXOAI": "Số liệu tạm tính",
};

// --- Generation ---------------------------------------------------------------------------------

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));
const round4 = (x: number): number => Math.round(x * 10000) / 10000;

/**
 * Twelve monthly percents around a fixed June value: a random walk that closes `rate` of the gap to
 * 100 % each month (plus small noise), run backwards from June and forwards from it; `lateRate`
 * replaces `rate` after June (units named in the letter catch up faster).
 */
function percentSeries(rand: () => number, june: number, rate: number, lateRate: number): number[] {
  const v = new Array<number>(12);
  v[JUNE] = june;
  const noise = () => (rand() - 0.5) * 0.03;
  for (let m = JUNE - 1; m >= 0; m--) {
    const r = rate * (0.5 + rand());
    v[m] = round4(clamp((v[m + 1] - r) / (1 - r) + noise(), 0, 1));
  }
  for (let m = JUNE + 1; m < 12; m++) {
    const r = lateRate * (0.5 + rand());
    v[m] = round4(clamp(v[m - 1] + (1 - v[m - 1]) * r + noise(), 0, 1));
  }
  return v;
}

/** Per unit: indicator ID → twelve monthly values. */
function generateSeries(rand: () => number): Map<string, Record<string, (number | boolean)[]>> {
  const out = new Map<string, Record<string, (number | boolean)[]>>();
  let juneIncidents = 0;
  for (const unit of UNITS) {
    const id = unit.id;
    const planStart = PLAN_LATE[id] ?? 1 + Math.floor(rand() * rand() * 6);
    const paperlessStart = PAPERLESS_LATE[id] ?? 1 + Math.floor(rand() * 6);
    const months = Array.from({ length: 12 }, (_, m) => m + 1);

    const rate = 0.02 + rand() * 0.05;
    const signingLate = id in SIGNING_JUNE;
    const signing = percentSeries(
      rand,
      SIGNING_JUNE[id] ?? round4(0.55 + rand() * 0.43),
      rate,
      signingLate ? 0.2 + rand() * 0.1 : rate,
    );
    const emailLate = id in EMAIL_JUNE;
    const email = percentSeries(
      rand,
      EMAIL_JUNE[id] ?? round4(0.55 + rand() * 0.44),
      rate,
      emailLate ? 0.15 + rand() * 0.1 : rate,
    );
    const services = percentSeries(rand, round4(0.5 + rand() * 0.5), rate, rate);
    const online = percentSeries(rand, round4(0.05 + rand() * 0.6), rate, rate);

    const incidentRisk = rand() * 0.2;
    const incidents = months.map((m) => {
      const u = rand();
      let n = u < incidentRisk * 0.8 ? 1 : u < incidentRisk ? 2 : 0;
      if (m - 1 === JUNE && id !== SILENT_IN_JUNE) {
        if (juneIncidents + n > 3) n = 0;
        juneIncidents += n;
      }
      return n;
    });

    const base = rand() * 6;
    const news = months.map((m) => Math.round(clamp(base + m * 0.3 + (rand() - 0.5) * 4, 0, 12)));

    out.set(id, {
      KH_CDS: months.map((m) => m >= planStart),
      HOP_KG: months.map((m) => m >= paperlessStart),
      KY_SO: signing,
      EMAIL_CV: email,
      DVC_34: services,
      HS_TT: online,
      SC_ATTT: incidents,
      TIN_CDS: news,
    });
  }
  return out;
}

// --- The year-end index (one row per unit with Kỳ = 2023) ----------------------------------------

/** The year's own seed: drawing the yearly figures leaves the monthly sequence, and so June, untouched. */
const YEAR_SEED = 20231120;

/** Communes (xã, phường, thị trấn) per district, the denominators of the commune-level ratios. */
const COMMUNES: Record<string, number> = {
  DONGXOAI: 8,
  BINHLONG: 6,
  PHUOCLONG: 7,
  CHONTHANH: 9,
  DONGPHU: 11,
  BUDANG: 16,
  BUDOP: 7,
  BUGIAMAP: 8,
  HONQUAN: 13,
  LOCNINH: 16,
  PHURIENG: 10,
};

/** The districts running a smart operations centre (IOC), as the province's 2022 review reported. */
const IOC_DISTRICTS = new Set(["DONGXOAI", "PHUOCLONG", "BINHLONG"]);

/**
 * How far along each unit is, from 0 to 1, where the story needs it: the DX office, the provincial
 * office and the provincial capital among the leaders; units the letter named among the laggards.
 * Others are drawn.
 */
const YEAR_STANDING: Record<string, number> = {
  STTTT: 0.97,
  VP_UBND: 0.9,
  SKHCN: 0.85,
  DONGXOAI: 0.95,
  PHUOCLONG: 0.82,
  TTXTDT: 0.12,
  SGTVT: 0.25,
  SNGV: 0.3,
  BUDOP: 0.1,
  BUGIAMAP: 0.28,
};

/** Yearly cells left blank (a figure the unit did not give): unit → field keys. */
const YEAR_BLANKS: Record<string, string[]> = {
  SNGV: [numKey("TAP_HUAN"), denKey("TAP_HUAN")],
  PHURIENG: ["DDDT"],
};

const YEAR_NOTES: Record<string, string> = {
  SNGV: "Chưa tổng hợp được số cán bộ được tập huấn",
  PHURIENG: "Chờ số liệu định danh điện tử từ Công an huyện",
  STTTT: "Tự đánh giá theo Bộ chỉ số, số liệu đến 31/10/2023",
};

/** Per unit: field key → the year's figure (percents as fractions, a choice as its label). */
function generateYear(series: Map<string, Record<string, (number | boolean)[]>>): Map<string, Record<string, Cell>> {
  const rand = mulberry32(YEAR_SEED);
  const noise = (size: number) => (rand() - 0.5) * 2 * size;
  const share = (x: number) => round4(clamp(x, 0, 1));
  const count = (x: number, hi: number) => Math.round(clamp(x, 0, hi));
  /** tử and mẫu of a ratio whose share is about `s` of `den`. */
  const ratio = (id: string, den: number, s: number): Record<string, number> => ({
    [numKey(id)]: Math.round(den * clamp(s, 0, 1)),
    [denKey(id)]: den,
  });
  const out = new Map<string, Record<string, Cell>>();
  for (const unit of UNITS) {
    const id = unit.id;
    const district = unit.group === GROUP_DISTRICTS;
    const drawn = 0.4 + rand() * 0.5; // drawn for every unit, so the sequence ignores the overrides
    const q = YEAR_STANDING[id] ?? drawn;
    const level = (labels: [string, string, string]) => {
      const x = q + noise(0.25);
      return x > 0.45 ? labels[0] : x > 0.2 ? labels[1] : labels[2];
    };
    const signing = series.get(id)!.KY_SO as number[];
    const signingMean = signing.reduce((a, b) => a + b, 0) / signing.length;
    const staff = district ? 150 + Math.floor(rand() * 250) : 30 + Math.floor(rand() * 150);
    const issued = district ? 3000 + Math.floor(rand() * 6000) : 1200 + Math.floor(rand() * 4800);
    const dossiers = district ? 4000 + Math.floor(rand() * 12000) : 600 + Math.floor(rand() * 7000);
    const systems = 1 + Math.floor(rand() * 5);
    const v: Record<string, Cell> = {
      HOP_BCD: count(q * 5 + noise(1.5), 6),
      VB_CDS: count(q * 5 + noise(2), 8),
      MAY_TINH: share(0.7 + 0.3 * q + noise(0.08)),
      CB_CNTT: count(q * 3 + noise(1), 4),
      ...ratio("TAP_HUAN", staff, 0.15 + 0.8 * q + noise(0.15)),
      ...ratio("HTTT_CD", systems, 0.3 + 0.7 * q + noise(0.2)),
      // Sở Thông tin và Truyền thông runs the province's drill, so it always takes part.
      DIEN_TAP: rand() < 0.2 + 0.8 * q || id === "STTTT",
      // Documents signed ÷ issued follow the unit's monthly e-signing shares: the letter's laggards lag.
      ...ratio("VB_KYSO", issued, signingMean + noise(0.04)),
      HSCV: share(0.45 + 0.55 * q + noise(0.1)),
      ...ratio("SO_HOA", dossiers, 0.15 + 0.75 * q + noise(0.15)),
      DL_MO: count(q * 8 * (0.5 + rand()), 12),
      TT_TT: share(0.05 + 0.35 * q + noise(0.08)),
      HD_KNS: count(q * (district ? 12000 : 1500) * (0.5 + rand()), 50000),
    };
    if (district) {
      const communes = COMMUNES[id];
      Object.assign(v, {
        BCD_HUYEN: level(["Chủ tịch", "Phó Chủ tịch", "Chưa có"]),
        ...ratio("TSLCD_XA", communes, 0.55 + 0.5 * q + noise(0.1)),
        IOC: IOC_DISTRICTS.has(id),
        KY_SO_XA: share(0.2 + 0.6 * q + noise(0.1)),
        ...ratio("HS_TT_XA", 5000 + Math.floor(rand() * 15000), 0.05 + 0.5 * q + noise(0.1)),
        KDTT: share(0.1 + 0.5 * q + noise(0.1)),
        TMDT: count(q * 150 * (0.5 + rand()), 1000),
        ...ratio("TCNS", communes, 0.6 + 0.5 * q + noise(0.1)),
        DDDT: share(0.3 + 0.4 * q + noise(0.08)),
      });
    } else {
      Object.assign(v, {
        BCD_SO: level(["Thủ trưởng", "Cấp phó", "Chưa có"]),
        BC_DT: share(0.4 + 0.6 * q + noise(0.1)),
        DVC_TT: share(0.25 + 0.65 * q + noise(0.1)),
        CSDL: rand() < 0.1 + 0.9 * q,
      });
    }
    for (const key of YEAR_BLANKS[id] ?? []) v[key] = "";
    out.set(id, v);
  }
  return out;
}

/** The year's self-assessment is entered in the first half of November, before the 20/11 deadline. */
function enteredForYear(rand: () => number): Date {
  const day = 1 + Math.floor(rand() * 15);
  const hour = 8 + Math.floor(rand() * 9);
  const minute = Math.floor(rand() * 60);
  return new Date(Date.UTC(YEAR, 10, day, hour, minute, 0) - 7 * 3600 * 1000);
}

/** A plausible entry time: day 1–5 of the next month, 08:00–17:00 Vietnam time (UTC+7). */
/**
 * Units that usually send their figures after the due day (day 5): the overview's punctuality
 * matrix (design §13) has something to show. Everyone else is late about one month in twenty.
 */
const LATE_UNITS = new Set(["BUDOP", "SCT", "HONQUAN"]);

/** Day 1–12 for a late unit; else day 1–5, or now and then day 6–8. One draw, as before. */
function entryDay(r: number, late: boolean): number {
  if (late) return 1 + Math.floor(r * 12);
  return r < 0.95 ? 1 + Math.floor((r / 0.95) * 5) : 6 + Math.floor(((r - 0.95) / 0.05) * 3);
}

function enteredAt(rand: () => number, monthIndex: number, unitId: string): Date {
  const day = entryDay(rand(), LATE_UNITS.has(unitId));
  const hour = 8 + Math.floor(rand() * 9);
  const minute = Math.floor(rand() * 60);
  const second = Math.floor(rand() * 60);
  return new Date(Date.UTC(YEAR, monthIndex + 1, day, hour, minute, second) - 7 * 3600 * 1000);
}

/** The sample workbook; every call builds fresh grids with identical content. */
export function sampleProvince(): SampleWorkbook {
  const rand = mulberry32(20230705);
  const series = generateSeries(rand);

  // `Tên ngắn` last, so the columns every earlier workbook had keep their places. It is blank for
  // every unit: the default (the name without "Sở ", "UBND huyện "…) is exactly how the letter
  // shortens names ("Các sở, ban, ngành: Giáo dục và Đào tạo, …, Trung tâm Xúc tiến Đầu tư, Thương
  // mại và Du lịch; UBND các huyện, thị xã: Đồng Phú, …"), so typing one would only risk a change.
  const units: Grid = [
    [
      UNIT_COLUMNS.id.name,
      UNIT_COLUMNS.name.name,
      UNIT_COLUMNS.group.name,
      UNIT_COLUMNS.email.name,
      UNIT_COLUMNS.headEmail.name,
      UNIT_COLUMNS.active.name,
      UNIT_COLUMNS.shortName.name,
    ],
    ...UNITS.map((u) => [u.id, u.name, u.group, u.email, u.headEmail, true, ""]),
  ];

  const indicators: Grid = [
    COLUMN_KEYS.map((k) => INDICATOR_COLUMNS[k].name),
    ...INDICATORS.map((row) => COLUMN_KEYS.map((k) => row[k])),
  ];

  const data: Grid = [
    [
      DATA_COLUMNS.period.name,
      DATA_COLUMNS.unitId.name,
      ...MONTHLY_IDS,
      ...YEARLY_FIELDS,
      DATA_COLUMNS.note.name,
      DATA_COLUMNS.enteredBy.name,
      DATA_COLUMNS.updatedAt.name,
    ],
  ];
  for (let m = 0; m < 12; m++) {
    const period = `${YEAR}-${String(m + 1).padStart(2, "0")}`;
    for (const unit of UNITS) {
      if (m === JUNE && unit.id === SILENT_IN_JUNE) continue;
      const key = `${period}|${unit.id}`;
      const values = series.get(unit.id)!;
      const cells = MONTHLY_IDS.map((ind) => (BLANK_CELLS[key] === ind ? "" : values[ind][m]));
      const yearly = YEARLY_FIELDS.map(() => "");
      data.push([period, unit.id, ...cells, ...yearly, NOTES[key] ?? "", unit.email, enteredAt(rand, m, unit.id)]);
    }
  }
  // The year's rows come last and draw from their own generator (see YEAR_SEED).
  const year = generateYear(series);
  const yearRand = mulberry32(YEAR_SEED + 1);
  for (const unit of UNITS) {
    const values = year.get(unit.id)!;
    const monthly = MONTHLY_IDS.map(() => "");
    const yearly = YEARLY_FIELDS.map((f) => values[f] ?? "");
    data.push([
      SAMPLE_YEAR,
      unit.id,
      ...monthly,
      ...yearly,
      YEAR_NOTES[unit.id] ?? "",
      unit.email,
      enteredForYear(yearRand),
    ]);
  }

  const settings: Grid = [
    [SETTINGS_COLUMNS.key.name, SETTINGS_COLUMNS.value.name],
    [SETTING_KEYS.committeeEmails.name, `bancdcds@${DOMAIN}; vanphong.ubnd@${DOMAIN}`],
    [SETTING_KEYS.adminEmails.name, `cds@${DOMAIN}`],
    [SETTING_KEYS.dueDay.name, 5],
    [SETTING_KEYS.summaryDay.name, 6],
    [SETTING_KEYS.missing.name, "tính 0"],
    [SETTING_KEYS.bands.name, "Dẫn dắt:75; Nâng cao:50; Hình thành:25; Khởi động:0"],
    [SETTING_KEYS.decimals.name, 2],
    [SETTING_KEYS.language.name, "vi"],
    [SETTING_KEYS.closedPeriods.name, ""],
    // The letter's own header, grounds, distribution and signature (seeds/001, Công văn 2349/UBND-KGVX).
    [SETTING_KEYS.issuer.name, "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC"],
    [SETTING_KEYS.letterSymbol.name, "UBND-KGVX"],
    [SETTING_KEYS.place.name, "Bình Phước"],
    [
      SETTING_KEYS.grounds.name,
      "Căn cứ Kế hoạch số 57/KH-UBND ngày 24/02/2023 của UBND tỉnh về chuyển đổi số và đảm bảo an toàn thông tin trên địa bàn tỉnh Bình Phước năm 2023;\n" +
        "Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 57/TTr-STTTT ngày 05/7/2023,",
    ],
    [SETTING_KEYS.addressees.name, "Các sở, ban, ngành tỉnh;\nUBND các huyện, thị xã, thành phố."],
    [SETTING_KEYS.recipients.name, "Như trên;\nCT, các PCT UBND tỉnh;\nLĐVP, các Phòng;\nLưu: VT, KGVX, TD337."],
    [SETTING_KEYS.signer.name, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Tuyết Minh"],
    [
      SETTING_KEYS.groupLabels.name,
      `${GROUP_DEPARTMENTS}: Các sở, ban, ngành; ${GROUP_DISTRICTS}: UBND các huyện, thị xã`,
    ],
    [SETTING_KEYS.advisor.name, "Sở Thông tin và Truyền thông"],
    [SETTING_KEYS.yearDeadline.name, "20/11"],
  ];

  return { units, indicators, data, settings, review: reviewRows(year) };
}

// --- Evidence and review of the year (design §10) -----------------------------------------------

/** The DX office's reviewer in the sample (an admin, see `Email quản trị`). */
const REVIEWER = `cds@${DOMAIN}`;

/** Units whose evidence the office has accepted by the sample's date, and the one sent back. */
const REVIEWED_FIRST = 8;
const SENT_BACK = { unitId: "BUDOP", indicatorId: "BCD_HUYEN" };
const SENT_BACK_REASON =
  "Quyết định gửi kèm là năm 2021, trước khi kiện toàn nhân sự. Đề nghị bổ sung quyết định kiện toàn Ban Chỉ đạo năm 2023.";

const day = (d: number, m: number) => `${d}/${m}/${YEAR}`;

/** The document a unit cites: its steering committee's decision, or why there is none. */
function committeeEvidence(unit: SampleUnit, i: number, level: string): string {
  const district = unit.group === GROUP_DISTRICTS;
  const code = district ? "UBND" : unit.id.replace(/_/g, "");
  if (level === "Chưa có")
    return `Báo cáo số ${40 + i}/BC-${code} ngày ${day(6 + (i % 9), 11)} của ${unit.name}: chưa thành lập Ban Chỉ đạo chuyển đổi số, dự kiến trình thành lập trong quý I/${YEAR + 1}.`;
  const scope = district ? unit.name.replace(/^UBND /, "") : "cơ quan";
  return `Quyết định số ${district ? 1200 + 37 * i : 35 + 11 * i}/QĐ-${code} ngày ${day(3 + ((i * 7) % 25), 1 + (i % 5))} của ${unit.name} về việc kiện toàn Ban Chỉ đạo chuyển đổi số ${scope}.`;
}

/** The meetings' conclusions: a page of the province's portal, or the notices' numbers. */
function meetingEvidence(unit: SampleUnit, i: number, meetings: number): string {
  const code = unit.group === GROUP_DISTRICTS ? "UBND" : unit.id.replace(/_/g, "");
  if (meetings === 0)
    return `Báo cáo số ${60 + i}/BC-${code} ngày ${day(8 + (i % 7), 11)}: năm ${YEAR} Ban Chỉ đạo chuyển đổi số chưa tổ chức họp.`;
  if (i % 3 === 0)
    return `https://binhphuoc.gov.vn/vi/news/chuyen-doi-so/${unit.id.toLowerCase().replace(/_/g, "-")}-hop-ban-chi-dao-chuyen-doi-so-nam-${YEAR}.html`;
  const notices = Array.from({ length: Math.min(meetings, 3) }, (_, k) => `số ${20 + i + 30 * k}/TB-${code}`);
  return `Thông báo kết luận ${notices.join(", ")} (${meetings} cuộc họp Ban Chỉ đạo chuyển đổi số năm ${YEAR}).`;
}

/**
 * `Thẩm định` for the year: each unit's evidence for the indicators that require it (the steering
 * committee's decision, its meetings), the office's acceptance of the first units' and one request
 * for more. No adjustment and no month: every ranking of the sample scores the units' own figures.
 */
function reviewRows(year: Map<string, Record<string, Cell>>): Grid {
  const C = REVIEW_COLUMNS;
  const rows: Grid = [Object.values(C).map((c) => c.name)];
  const reviewedAt = (i: number, k: number) =>
    new Date(Date.UTC(YEAR, 10, 16 + (i % 4), 8 + ((i + k) % 8), (17 * i + 29 * k) % 60, 0) - 7 * 3600 * 1000);
  UNITS.forEach((unit, i) => {
    const values = year.get(unit.id)!;
    const committee = unit.group === GROUP_DISTRICTS ? "BCD_HUYEN" : "BCD_SO";
    const items: [string, string, string][] = [
      [committee, committeeEvidence(unit, i, String(values[committee])), String(values[committee])],
      ["HOP_BCD", meetingEvidence(unit, i, Number(values.HOP_BCD)), String(values.HOP_BCD)],
    ];
    items.forEach(([indicatorId, evidence, self], k) => {
      const back = unit.id === SENT_BACK.unitId && indicatorId === SENT_BACK.indicatorId;
      const accepted = i < REVIEWED_FIRST && (k === 0 || i % 2 === 0);
      const decided = back || accepted;
      rows.push([
        SAMPLE_YEAR,
        unit.id,
        indicatorId,
        evidence,
        "",
        back ? "cần bổ sung" : accepted ? "đạt" : "",
        back ? SENT_BACK_REASON : "",
        decided ? REVIEWER : "",
        decided ? reviewedAt(i, k) : "",
        decided ? self : "",
      ]);
    });
  });
  return rows;
}
