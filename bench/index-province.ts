// The benchmark's province index (design §9): the same N units as bench/province.ts, ranked on 40
// indicators under 4 pillars and 12 main indexes, with per-group targets, thresholds and points,
// indicators for some groups only, stepped and labelled levels, 10 ratios entered as tử and mẫu,
// and 8 yearly indicators in one `Số liệu` row per unit whose `Kỳ` is the year.
import { mulberry32 } from "../src/core/prng";
import { type Cell, DATA_COLUMNS, INDICATOR_COLUMNS } from "../src/workbook/contract";
import { BENCH_YEAR, type BenchIndicator, type BenchProvince, benchProvince } from "./province";

const DOMAIN = "bench.example";
const DEPARTMENTS = "Sở, ban, ngành";
const DISTRICTS = "UBND cấp huyện";
const AGENCIES = "Đơn vị sự nghiệp";
const COMMUNES = "UBND cấp xã";
const ALL_GROUPS = [DEPARTMENTS, DISTRICTS, AGENCIES, COMMUNES];

const HIERARCHY: [string, string[]][] = [
  ["Chuyển đổi nhận thức", ["Chỉ đạo, điều hành", "Tuyên truyền", "Đào tạo kỹ năng số"]],
  ["Chính quyền số", ["Văn bản điện tử", "Dịch vụ công trực tuyến", "Hệ thống thông tin"]],
  ["Nền tảng số", ["Hạ tầng", "An toàn thông tin", "Dữ liệu số"]],
  ["Xã hội số", ["Kinh tế số", "Tổ công nghệ số cộng đồng", "Kỹ năng số người dân"]],
];

/** Ratio, percent, count, count by steps, yes/no, and the yearly ones: choice, percent, count by steps. */
type IndexKind = "ratio" | "percent" | "count" | "countSteps" | "boolean" | "yChoice" | "yPercent" | "yCountSteps";
/** 20 kinds, twice: 10 ratios, 10 percents, 4 counts, 2 counts by steps, 6 yes/no, 8 yearly. */
const PATTERN: IndexKind[] = [
  "ratio",
  "percent",
  "count",
  "boolean",
  "yChoice",
  "ratio",
  "percent",
  "countSteps",
  "yPercent",
  "ratio",
  "percent",
  "boolean",
  "yChoice",
  "ratio",
  "percent",
  "count",
  "yCountSteps",
  "ratio",
  "percent",
  "boolean",
];
const INDICATORS = 40;

const TARGETS: Record<string, string> = {
  [DEPARTMENTS]: "90%",
  [DISTRICTS]: "80%",
  [AGENCIES]: "85%",
  [COMMUNES]: "60%",
};
const THRESHOLDS: Record<string, string> = {
  [DEPARTMENTS]: "60%",
  [DISTRICTS]: "50%",
  [AGENCIES]: "55%",
  [COMMUNES]: "40%",
};
const POINTS: Record<string, number> = { [DEPARTMENTS]: 10, [DISTRICTS]: 10, [AGENCIES]: 5, [COMMUNES]: 5 };
const CHOICES = ["Chủ tịch", "Phó Chủ tịch", "Chưa có"];

const perGroup = (groups: string[], values: Record<string, string | number>) =>
  groups.map((g) => `${g}: ${values[g]}`).join("; ");

interface IndexIndicator {
  id: string;
  kind: IndexKind;
  /** The groups it applies to (all four when `Áp dụng cho nhóm` is blank). */
  groups: string[];
  row: Cell[];
}

function indexIndicators(): IndexIndicator[] {
  const out: IndexIndicator[] = [];
  for (let i = 0; i < INDICATORS; i++) {
    const kind = PATTERN[i % PATTERN.length];
    const m = i % 12;
    const [pillar, mains] = HIERARCHY[Math.floor(m / 3)];
    const mainIndex = mains[m % 3];
    const id = `${kind === "ratio" ? "TS" : "CS"}${String(i + 1).padStart(2, "0")}`;
    // Every 7th for districts and communes only, every 11th for departments only.
    const groups = i % 7 === 6 ? [DISTRICTS, COMMUNES] : i % 11 === 10 ? [DEPARTMENTS] : ALL_GROUPS;
    const applies = groups.length === ALL_GROUPS.length ? "" : groups.join("; ");
    const points: Cell = i % 6 === 2 ? perGroup(groups, POINTS) : [5, 10, 5, 10, 5][i % 5];
    const c: Record<keyof typeof INDICATOR_COLUMNS, Cell> = {
      id,
      evidence: "",
      letterPhrase: "",
      name: `${mainIndex}: chỉ tiêu ${i + 1}`,
      type: "",
      scoring: "",
      direction: "",
      maxPoints: points,
      target: "",
      threshold: "",
      aggregation: "",
      pillar,
      mainIndex,
      groups: applies,
      frequency: "",
      levels: "",
    };
    switch (kind) {
      case "ratio":
        c.name = `Tỷ lệ văn bản ký số trên văn bản phát hành (${id})`;
        c.type = "tỷ số";
        c.target = i % 2 ? perGroup(groups, TARGETS) : "80%";
        c.threshold = i % 4 === 1 ? perGroup(groups, THRESHOLDS) : "50%";
        break;
      case "percent":
        c.name = `Tỷ lệ hồ sơ trực tuyến (${id})`;
        c.type = "tỷ lệ";
        c.target = perGroup(groups, TARGETS);
        if (i % 3 === 0) c.threshold = perGroup(groups, THRESHOLDS);
        break;
      case "count":
        c.name = `Số tin bài tuyên truyền (${id})`;
        c.type = "số lượng";
        c.scoring = "so với cao nhất";
        c.aggregation = "tổng";
        break;
      case "countSteps":
        c.name = `Số nền tảng số được triển khai (${id})`;
        c.type = "số lượng";
        c.scoring = "theo mức";
        c.aggregation = "lớn nhất";
        c.levels = "≥4: 1; ≥3: 0,75; ≥1: 0,5";
        break;
      case "boolean":
        c.name = `Kết nối trục liên thông (${id})`;
        c.type = "có/không";
        c.threshold = "có";
        break;
      case "yChoice":
        c.name = `Trưởng Ban Chỉ đạo chuyển đổi số (${id})`;
        c.type = "lựa chọn";
        c.frequency = "năm";
        c.levels = "Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0";
        c.threshold = "Phó Chủ tịch";
        break;
      case "yPercent":
        c.name = `Tỷ lệ cán bộ được tập huấn kỹ năng số (${id})`;
        c.type = "tỷ lệ";
        c.frequency = "năm";
        c.target = perGroup(groups, TARGETS);
        break;
      case "yCountSteps":
        c.name = `Số cơ sở dữ liệu dùng chung được kết nối (${id})`;
        c.type = "số lượng";
        c.scoring = "theo mức";
        c.frequency = "năm";
        c.levels = "≥3: 1; ≥1: 0,5";
        break;
    }
    out.push({ id, kind, groups, row: Object.keys(INDICATOR_COLUMNS).map((k) => c[k as keyof typeof c]) });
  }
  return out;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const round4 = (x: number) => Math.round(x * 10000) / 10000;
const yearly = (k: IndexKind) => k.startsWith("y");

/** The index province: the units, settings and audit of `benchProvince(n)`, its own `Chỉ tiêu` and `Số liệu`. */
export function benchIndexProvince(n: number): BenchProvince {
  const base = benchProvince(n);
  const units = base.units;
  const indicators = indexIndicators();
  const fields = indicators.flatMap((ind) => (ind.kind === "ratio" ? [`${ind.id}_TU`, `${ind.id}_MAU`] : [ind.id]));
  const dataHeader: Cell[] = [
    DATA_COLUMNS.period.name,
    DATA_COLUMNS.unitId.name,
    ...fields,
    DATA_COLUMNS.note.name,
    DATA_COLUMNS.enteredBy.name,
    DATA_COLUMNS.updatedAt.name,
  ];
  // Column of each indicator's first field.
  const columnOf: number[] = [];
  let col = 2;
  for (const ind of indicators) {
    columnOf.push(col);
    col += ind.kind === "ratio" ? 2 : 1;
  }
  const percentColumns = indicators.flatMap((ind, j) =>
    ind.kind === "percent" || ind.kind === "yPercent" ? [columnOf[j]] : [],
  );

  function* dataRows(): Generator<Cell[]> {
    const r = mulberry32(0x1de7 ^ n);
    const level = units.map((u) => indicators.map(() => clamp(u.quality * 0.7 + r() * 0.3, 0, 1)));
    const k = dataHeader.length;
    const row = (period: string, u: (typeof units)[number], month: number): Cell[] => {
      const out: Cell[] = new Array(k);
      out[0] = period;
      out[1] = u.id;
      out[k - 3] = "";
      out[k - 2] = `vanthu.${u.id.toLowerCase()}@${DOMAIN}`;
      out[k - 1] = new Date(Date.UTC(BENCH_YEAR, month, 1 + Math.floor(r() * 5), 1 + Math.floor(r() * 9)));
      return out;
    };
    for (let m = 0; m < 12; m++) {
      const period = `${BENCH_YEAR}-${String(m + 1).padStart(2, "0")}`;
      for (let ui = 0; ui < units.length; ui++) {
        const u = units[ui];
        if (u.silent || r() < 0.01) continue;
        const out = row(period, u, m + 1);
        indicators.forEach((ind, j) => {
          if (yearly(ind.kind) || !ind.groups.includes(u.group) || r() < 0.004) return;
          const good = clamp(level[ui][j] * 0.75 + 0.2 + m * 0.005 + (r() - 0.5) * 0.06, 0, 1);
          const c = columnOf[j];
          if (ind.kind === "ratio") {
            const den = 20 + Math.floor(r() * 200);
            out[c] = Math.round(den * good);
            out[c + 1] = den;
          } else if (ind.kind === "percent") out[c] = round4(good);
          else if (ind.kind === "boolean") out[c] = good > 0.45;
          else if (ind.kind === "countSteps") out[c] = Math.floor(good * 5);
          else out[c] = Math.round(good * 12 + r() * 4);
        });
        yield out;
      }
    }
    // The year's row: the yearly indicators, due in December.
    for (let ui = 0; ui < units.length; ui++) {
      const u = units[ui];
      if (u.silent) continue;
      const out = row(String(BENCH_YEAR), u, 11);
      indicators.forEach((ind, j) => {
        if (!yearly(ind.kind) || !ind.groups.includes(u.group)) return;
        const good = level[ui][j];
        const c = columnOf[j];
        if (ind.kind === "yChoice") out[c] = CHOICES[good > 0.6 ? 0 : good > 0.3 ? 1 : 2];
        else if (ind.kind === "yPercent") out[c] = round4(good);
        else out[c] = Math.floor(good * 4);
      });
      yield out;
    }
  }

  return {
    ...base,
    indicators: indicators.map(
      (ind): BenchIndicator => ({
        id: ind.id,
        kind: ind.kind === "percent" || ind.kind === "yPercent" ? "percent" : "count",
        lower: false,
        row: ind.row,
        percentTargetCell: false,
        percentThresholdCell: false,
      }),
    ),
    indicatorsGrid: [Object.values(INDICATOR_COLUMNS).map((c) => c.name), ...indicators.map((i) => i.row)],
    dataHeader,
    dataPercentColumns: percentColumns,
    dataDateColumn: dataHeader.length - 1,
    dataRows,
  };
}
