// Built-in sample province "Bình Phước 2023": 33 units, 8 indicators and a year of monthly figures
// (deterministic, seeded) whose June 2023 reproduces the laggard lists of the province's July 2023 letter.

import { mulberry32 } from "../core/prng";
import { DATA_COLUMNS, type Grid, INDICATOR_COLUMNS, SETTING_KEYS, SETTINGS_COLUMNS, UNIT_COLUMNS } from "./contract";

export interface SampleWorkbook {
  units: Grid;
  indicators: Grid;
  data: Grid;
  settings: Grid;
}

/** The month the letter reports on. */
export const SAMPLE_PERIOD = "2023-06";

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

/** Indicator rows in INDICATOR_COLUMNS order. */
const INDICATORS: (string | number)[][] = [
  [
    "KH_CDS",
    "Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023",
    "có/không",
    "có/không",
    "cao hơn tốt hơn",
    10,
    "",
    "có",
    "cuối kỳ",
    "Nền tảng số",
  ],
  [
    "HOP_KG",
    "Triển khai họp không giấy",
    "có/không",
    "có/không",
    "cao hơn tốt hơn",
    10,
    "",
    "có",
    "cuối kỳ",
    "Chính quyền số",
  ],
  [
    "KY_SO",
    "Tỷ lệ văn bản điện tử được ký số",
    "tỷ lệ",
    "theo mục tiêu",
    "cao hơn tốt hơn",
    15,
    0.9,
    0.5,
    "trung bình",
    "Chính quyền số",
  ],
  [
    "EMAIL_CV",
    "Tỷ lệ sử dụng thư điện tử công vụ",
    "tỷ lệ",
    "theo mục tiêu",
    "cao hơn tốt hơn",
    15,
    0.9,
    0.5,
    "trung bình",
    "Chính quyền số",
  ],
  [
    "DVC_34",
    "Tỷ lệ dịch vụ công trực tuyến mức độ 3, 4",
    "tỷ lệ",
    "theo mục tiêu",
    "cao hơn tốt hơn",
    10,
    0.9,
    "",
    "trung bình",
    "Dịch vụ công",
  ],
  [
    "HS_TT",
    "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến",
    "tỷ lệ",
    "so với cao nhất",
    "cao hơn tốt hơn",
    15,
    "",
    "",
    "trung bình",
    "Dịch vụ công",
  ],
  [
    "SC_ATTT",
    "Số sự cố mất an toàn thông tin",
    "số lượng",
    "min-max",
    "thấp hơn tốt hơn",
    10,
    "",
    3,
    "tổng",
    "Nền tảng số",
  ],
  [
    "TIN_CDS",
    "Số tin bài tuyên truyền chuyển đổi số",
    "số lượng",
    "so với cao nhất",
    "cao hơn tốt hơn",
    5,
    "",
    "",
    "tổng",
    "Xã hội số",
  ],
];

const INDICATOR_IDS = INDICATORS.map((row) => String(row[0]));

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

/** A plausible entry time: day 1–5 of the next month, 08:00–17:00 Vietnam time (UTC+7). */
function enteredAt(rand: () => number, monthIndex: number): Date {
  const day = 1 + Math.floor(rand() * 5);
  const hour = 8 + Math.floor(rand() * 9);
  const minute = Math.floor(rand() * 60);
  const second = Math.floor(rand() * 60);
  return new Date(Date.UTC(YEAR, monthIndex + 1, day, hour, minute, second) - 7 * 3600 * 1000);
}

/** The sample workbook; every call builds fresh grids with identical content. */
export function sampleProvince(): SampleWorkbook {
  const rand = mulberry32(20230705);
  const series = generateSeries(rand);

  const units: Grid = [
    [
      UNIT_COLUMNS.id.name,
      UNIT_COLUMNS.name.name,
      UNIT_COLUMNS.group.name,
      UNIT_COLUMNS.email.name,
      UNIT_COLUMNS.headEmail.name,
      UNIT_COLUMNS.active.name,
    ],
    ...UNITS.map((u) => [u.id, u.name, u.group, u.email, u.headEmail, true]),
  ];

  const indicators: Grid = [
    [
      INDICATOR_COLUMNS.id.name,
      INDICATOR_COLUMNS.name.name,
      INDICATOR_COLUMNS.type.name,
      INDICATOR_COLUMNS.scoring.name,
      INDICATOR_COLUMNS.direction.name,
      INDICATOR_COLUMNS.maxPoints.name,
      INDICATOR_COLUMNS.target.name,
      INDICATOR_COLUMNS.threshold.name,
      INDICATOR_COLUMNS.aggregation.name,
      INDICATOR_COLUMNS.pillar.name,
    ],
    ...INDICATORS.map((row) => [...row]),
  ];

  const data: Grid = [
    [
      DATA_COLUMNS.period.name,
      DATA_COLUMNS.unitId.name,
      ...INDICATOR_IDS,
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
      const cells = INDICATOR_IDS.map((ind) => (BLANK_CELLS[key] === ind ? "" : values[ind][m]));
      data.push([period, unit.id, ...cells, NOTES[key] ?? "", unit.email, enteredAt(rand, m)]);
    }
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
  ];

  return { units, indicators, data, settings };
}
