// A synthetic province for the benchmark: N units × 40 indicators × 12 months of 2023, generated
// deterministically (seeded PRNG) so that every run, and every process of one run, sees the same
// figures. The same generator feeds the .xlsx writer and the in-memory grids of the core benchmark.

import { mulberry32 } from "../src/core/prng";
import { DEFAULT_BANDS_TEXT } from "../src/core/schemas";
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
} from "../src/workbook/contract";

export const BENCH_YEAR = 2023;
export const INDICATOR_COUNT = 40;
const DOMAIN = "bench.example";

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round4 = (x: number) => Math.round(x * 10000) / 10000;

// --- Indicators ---------------------------------------------------------------------------------

type Kind = "percent" | "count" | "boolean";

export interface BenchIndicator {
  id: string;
  kind: Kind;
  lower: boolean;
  /** The `Chỉ tiêu` row in INDICATOR_COLUMNS order. */
  row: Cell[];
  /** Whether target / threshold cells hold percents written as numbers (for the percent format). */
  percentTargetCell: boolean;
  percentThresholdCell: boolean;
}

const PILLARS = ["Chính quyền số", "Dịch vụ công", "Nền tảng số", "Xã hội số"];
const PERCENT_TOPICS = [
  "văn bản điện tử được ký số",
  "cán bộ sử dụng thư điện tử công vụ",
  "hồ sơ thủ tục hành chính nộp trực tuyến",
  "dịch vụ công trực tuyến toàn trình",
  "hồ sơ được số hóa kết quả",
  "cuộc họp không giấy",
  "hồ sơ giải quyết trễ hạn",
  "thanh toán trực tuyến phí, lệ phí",
];
const COUNT_TOPICS = [
  "tin bài tuyên truyền chuyển đổi số",
  "sự cố mất an toàn thông tin",
  "lượt tập huấn kỹ năng số",
  "nền tảng số được triển khai",
  "phản ánh, kiến nghị quá hạn",
  "tổ công nghệ số cộng đồng",
];
const BOOLEAN_TOPICS = [
  "Ban hành kế hoạch chuyển đổi số",
  "Triển khai họp không giấy",
  "Kết nối trục liên thông văn bản",
  "Phê duyệt hồ sơ cấp độ an toàn hệ thống",
  "Có sự cố nghiêm trọng chưa khắc phục",
];

/**
 * 40 indicators: 16 percents, 12 counts, 12 yes/no; all four scoring methods, both directions,
 * four pillars (and a few without one), thresholds on every third, two recorded but not scored,
 * and some blank cells that take the defaults of design §3.
 */
export function benchIndicators(): BenchIndicator[] {
  const P: Kind = "percent";
  const C: Kind = "count";
  const B: Kind = "boolean";
  const kinds: Kind[] = [P, P, C, B, P, C, B, P, C, B];
  const out: BenchIndicator[] = [];
  let p = 0;
  let c = 0;
  let b = 0;
  for (let i = 0; i < INDICATOR_COUNT; i++) {
    const id = `CT${String(i + 1).padStart(2, "0")}`;
    const kind = kinds[i % kinds.length];
    const maxPoints = i === 13 || i === 31 ? 0 : [5, 10, 15, 10][i % 4];
    const pillar = i % 9 === 8 ? "" : PILLARS[i % PILLARS.length];
    const hasThreshold = i % 3 === 0;
    let name: string;
    let type: string;
    let scoring: string;
    let direction: string;
    let lower: boolean;
    let target: Cell = "";
    let threshold: Cell = "";
    let aggregation: string;
    let percentTargetCell = false;
    let percentThresholdCell = false;
    if (kind === "percent") {
      const topic = PERCENT_TOPICS[p % PERCENT_TOPICS.length];
      lower = topic.includes("trễ hạn") || p % 5 === 4;
      name = `Tỷ lệ ${topic} (${id})`;
      type = p % 7 === 6 ? "%" : "tỷ lệ";
      scoring = ["theo mục tiêu", "so với cao nhất", "min-max", "theo mục tiêu"][p % 4];
      direction = lower ? "thấp hơn tốt hơn" : p % 3 === 0 ? "" : "cao hơn tốt hơn";
      if (scoring === "theo mục tiêu") {
        // Numbers with a percent format, or typed text `85%`.
        if (p % 2 === 0) {
          target = lower ? 0.1 : 0.85 + (p % 3) * 0.05;
          percentTargetCell = true;
        } else target = lower ? "10%" : "90%";
      }
      if (hasThreshold) {
        if (p % 2 === 0) {
          threshold = lower ? 0.35 : 0.5;
          percentThresholdCell = true;
        } else threshold = lower ? "35%" : "50%";
      }
      aggregation = ["trung bình", "", "cuối kỳ", "lớn nhất"][p % 4];
      p++;
    } else if (kind === "count") {
      const topic = COUNT_TOPICS[c % COUNT_TOPICS.length];
      lower = topic.includes("sự cố") || topic.includes("quá hạn");
      name = `Số ${topic} (${id})`;
      type = "số lượng";
      scoring = ["min-max", "so với cao nhất", "theo mục tiêu", "min-max"][c % 4];
      direction = lower ? "thấp hơn tốt hơn" : "cao hơn tốt hơn";
      if (scoring === "theo mục tiêu") target = lower ? 2 : 60;
      if (hasThreshold) threshold = lower ? 8 : 20;
      aggregation = ["tổng", "", "lớn nhất", "trung bình"][(c + 1) % 4];
      c++;
    } else {
      const topic = BOOLEAN_TOPICS[b % BOOLEAN_TOPICS.length];
      lower = topic.startsWith("Có sự cố");
      name = `${topic} (${id})`;
      type = "có/không";
      scoring = b % 3 === 2 ? "" : "có/không";
      direction = lower ? "thấp hơn tốt hơn" : "";
      if (hasThreshold) threshold = lower ? "không" : "có";
      aggregation = ["cuối kỳ", "", "lớn nhất"][b % 3];
      b++;
    }
    out.push({
      id,
      kind,
      lower,
      percentTargetCell,
      percentThresholdCell,
      row: [id, name, type, scoring, direction, maxPoints, target, threshold, aggregation, pillar],
    });
  }
  return out;
}

// --- Units --------------------------------------------------------------------------------------

const PLACES = [
  "Tân Lập",
  "Phú Riềng",
  "Đồng Xoài",
  "Lộc Ninh",
  "Bù Đăng",
  "Hớn Quản",
  "Chơn Thành",
  "Bình Long",
  "Phước Long",
  "Đồng Phú",
  "Minh Hưng",
  "Thuận Lợi",
  "Tân Hưng",
  "An Khương",
  "Thanh An",
  "Lộc Hiệp",
  "Đức Liễu",
  "Nghĩa Trung",
  "Phú Nghĩa",
  "Đăk Ơ",
  "Bình Thắng",
  "Thống Nhất",
  "Long Hà",
  "Phước Tín",
  "Tiến Hưng",
  "Nha Bích",
  "Quang Minh",
  "Lộc Thạnh",
];

/** [group, name prefix, share of the units]. */
const GROUPS: [string, string, number][] = [
  ["Sở, ban, ngành", "Sở", 0.08],
  ["UBND cấp huyện", "UBND huyện", 0.04],
  ["Đơn vị sự nghiệp", "Trung tâm", 0.08],
  ["UBND cấp xã", "UBND xã", 0.8],
];

export interface BenchUnit {
  id: string;
  name: string;
  group: string;
  active: boolean;
  /** Reports nothing in the year (a "chưa báo cáo" unit). */
  silent: boolean;
  /** 0..1: how good the unit's figures are. */
  quality: number;
}

export function benchUnits(n: number, rand: () => number): BenchUnit[] {
  const units: BenchUnit[] = [];
  let start = 0;
  GROUPS.forEach(([group, prefix, share], g) => {
    const count = g === GROUPS.length - 1 ? n - start : Math.max(1, Math.round(n * share));
    for (let k = 0; k < count; k++) {
      const i = start + k;
      const place = PLACES[Math.floor(rand() * PLACES.length)];
      units.push({
        id: `U${String(i + 1).padStart(5, "0")}`,
        name: `${prefix} ${place} ${String(k + 1).padStart(4, "0")}`,
        group,
        active: rand() >= 0.01,
        silent: rand() < 0.005,
        quality: rand(),
      });
    }
    start += count;
  });
  return units;
}

// --- The workbook ---------------------------------------------------------------------------------

export interface BenchProvince {
  units: BenchUnit[];
  indicators: BenchIndicator[];
  unitsGrid: Grid;
  indicatorsGrid: Grid;
  settingsGrid: Grid;
  auditGrid: Grid;
  dataHeader: Cell[];
  /** 0-based columns of `Số liệu` holding percents. */
  dataPercentColumns: number[];
  /** 0-based column of `Cập nhật lúc`. */
  dataDateColumn: number;
  /** Data rows of `Số liệu`, month by month, unit by unit: 12 × N less the unreported ones. */
  dataRows(): Generator<Cell[]>;
}

export function benchProvince(n: number): BenchProvince {
  const rand = mulberry32(0xd15c0de ^ n);
  const units = benchUnits(n, rand);
  const indicators = benchIndicators();

  const unitsGrid: Grid = [
    // Named one by one: the contract's columns may grow (`Tên ngắn`), these rows hold these six.
    [
      UNIT_COLUMNS.id,
      UNIT_COLUMNS.name,
      UNIT_COLUMNS.group,
      UNIT_COLUMNS.email,
      UNIT_COLUMNS.headEmail,
      UNIT_COLUMNS.active,
    ].map((c) => c.name),
    ...units.map((u, i) => {
      const local = u.id.toLowerCase();
      const emails = i % 7 === 0 ? `vanthu.${local}@${DOMAIN}; cntt.${local}@${DOMAIN}` : `vanthu.${local}@${DOMAIN}`;
      const active: Cell = u.active ? (i % 11 === 0 ? "có" : i % 13 === 0 ? "" : true) : i % 2 ? false : "không";
      return [u.id, u.name, u.group, emails, `lanhdao.${local}@${DOMAIN}`, active];
    }),
  ];
  const indicatorsGrid: Grid = [Object.values(INDICATOR_COLUMNS).map((c) => c.name), ...indicators.map((i) => i.row)];
  const settingsGrid: Grid = [
    [SETTINGS_COLUMNS.key.name, SETTINGS_COLUMNS.value.name],
    [SETTING_KEYS.committeeEmails.name, `bancdcds@${DOMAIN}; vanphong.ubnd@${DOMAIN}`],
    [SETTING_KEYS.adminEmails.name, `sotttt@${DOMAIN}`],
    [SETTING_KEYS.dueDay.name, 5],
    [SETTING_KEYS.summaryDay.name, 6],
    [SETTING_KEYS.missing.name, "tính 0"],
    [SETTING_KEYS.bands.name, DEFAULT_BANDS_TEXT],
    [SETTING_KEYS.decimals.name, 2],
    [SETTING_KEYS.language.name, "vi"],
  ];
  const auditGrid: Grid = [Object.values(AUDIT_COLUMNS).map((c) => c.name)];
  const dataHeader: Cell[] = [
    DATA_COLUMNS.period.name,
    DATA_COLUMNS.unitId.name,
    ...indicators.map((i) => i.id),
    DATA_COLUMNS.note.name,
    DATA_COLUMNS.enteredBy.name,
    DATA_COLUMNS.updatedAt.name,
  ];
  const dataPercentColumns = indicators.flatMap((ind, j) => (ind.kind === "percent" ? [j + 2] : []));
  const dataDateColumn = dataHeader.length - 1;

  // Per unit and indicator: a level for percents and counts, an adoption month for yes/no.
  const levelSeed = rand() * 4294967296;

  function* dataRows(): Generator<Cell[]> {
    const r = mulberry32(levelSeed);
    const levels = units.map((u) =>
      indicators.map((ind) => {
        const base = clamp(u.quality * 0.7 + r() * 0.3, 0, 1);
        if (ind.kind === "boolean") return 1 + Math.floor((1 - base) * 14); // month it becomes true (13+ = never)
        return base;
      }),
    );
    for (let m = 0; m < 12; m++) {
      const period = `${BENCH_YEAR}-${String(m + 1).padStart(2, "0")}`;
      for (let ui = 0; ui < units.length; ui++) {
        const u = units[ui];
        if (u.silent) continue;
        if (r() < 0.01) continue; // a month not reported
        const row: Cell[] = new Array(dataHeader.length);
        row[0] = period;
        row[1] = u.id;
        for (let j = 0; j < indicators.length; j++) {
          const ind = indicators[j];
          const level = levels[ui][j];
          let v: Cell;
          if (r() < 0.004) v = "";
          else if (ind.kind === "percent") {
            const good = clamp(level * 0.75 + 0.2 + m * 0.005 + (r() - 0.5) * 0.06, 0, 1);
            v = round4(ind.lower ? 1 - good : good);
          } else if (ind.kind === "count") {
            v = ind.lower ? Math.floor((1 - level) * 3 * r() * 2) : Math.round(level * 12 + r() * 4);
          } else {
            const yes = m + 1 >= level;
            v = ind.lower ? !yes : yes;
          }
          row[j + 2] = v;
        }
        const k = dataHeader.length;
        row[k - 3] = r() < 0.02 ? "Số liệu tạm tính" : "";
        row[k - 2] = `vanthu.${u.id.toLowerCase()}@${DOMAIN}`;
        const day = 1 + Math.floor(r() * 5);
        const hour = 1 + Math.floor(r() * 9);
        row[k - 1] = new Date(Date.UTC(BENCH_YEAR, m + 1, day, hour, Math.floor(r() * 60), Math.floor(r() * 60)));
        yield row;
      }
    }
  }

  return {
    units,
    indicators,
    unitsGrid,
    indicatorsGrid,
    settingsGrid,
    auditGrid,
    dataHeader,
    dataPercentColumns,
    dataDateColumn,
    dataRows,
  };
}

/** The province as the grids `readWorkbook` takes, keyed by sheet name (what `workbookGrids` gives). */
export function benchGrids(p: BenchProvince): Record<string, Grid> {
  const data: Grid = [p.dataHeader];
  for (const row of p.dataRows()) data.push(row);
  return {
    [SHEETS.units.name]: p.unitsGrid,
    [SHEETS.indicators.name]: p.indicatorsGrid,
    [SHEETS.data.name]: data,
    [SHEETS.audit.name]: p.auditGrid,
    [SHEETS.settings.name]: p.settingsGrid,
  };
}
