// Matching an export's agency names to units (design §12, src/core/import/match.ts) at scale:
// 5,000 generated units with realistic Vietnamese names that share many words (Sở … tỉnh …, UBND
// huyện / thị xã / thành phố …, UBND xã / phường …, Trung tâm …) and 5,000 export rows naming them
// the way the systems do (abbreviations, no accents, capitals, NFD, extra spaces), plus names of
// agencies that are not units. Prints the time to build the index, to match every row (median of
// several runs), per row, and the outcomes; the exit code is 1 when a row matched the wrong unit.
// Bundled by bench/run.mjs into bench-output/import-match.mjs (`node bench/run.mjs --only-import`).
//
//   import-match.mjs [--units 5000] [--rows 5000] [--runs 5]
import { createHash } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { buildNameIndex, type MatchOutcome, type MatchUnit, matchName } from "../src/core/import/match";
import { mulberry32 } from "../src/core/prng";
import { median, now } from "./common";

const { values: opts } = parseArgs({
  options: {
    units: { type: "string", default: "5000" },
    rows: { type: "string", default: "5000" },
    runs: { type: "string", default: "5" },
  },
});
const UNITS = Number(opts.units);
const ROWS = Number(opts.rows);
const RUNS = Number(opts.runs);
const BUDGET_MS = 1000;

const log = (s = "") => process.stdout.write(`${s}\n`);
const fmt = (x: number, d = 0) => x.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

// biome-ignore format: a list of names, eight a line
const PROVINCES = [
  "Bình Phước", "Đồng Nai", "Bình Dương", "Tây Ninh", "Long An", "Tiền Giang", "Bến Tre", "Vĩnh Long",
  "Trà Vinh", "Sóc Trăng", "Cà Mau", "Bạc Liêu", "Kiên Giang", "An Giang", "Đồng Tháp", "Hậu Giang",
  "Lâm Đồng", "Đắk Lắk", "Đắk Nông", "Gia Lai", "Kon Tum", "Khánh Hòa", "Phú Yên", "Bình Định",
  "Quảng Ngãi", "Quảng Nam", "Quảng Trị", "Quảng Bình", "Hà Tĩnh", "Nghệ An", "Thanh Hóa", "Ninh Bình",
  "Nam Định", "Thái Bình", "Hà Nam", "Hưng Yên", "Hải Dương", "Bắc Ninh", "Bắc Giang", "Lạng Sơn",
  "Cao Bằng", "Hà Giang", "Lào Cai", "Yên Bái", "Tuyên Quang", "Thái Nguyên", "Phú Thọ", "Vĩnh Phúc",
  "Hòa Bình", "Sơn La", "Điện Biên", "Lai Châu", "Quảng Ninh", "Ninh Thuận", "Bình Thuận",
];

// biome-ignore format: a list of names
const SECTORS = [
  "Nội vụ", "Tư pháp", "Kế hoạch và Đầu tư", "Tài chính", "Công Thương", "Nông nghiệp và Phát triển nông thôn",
  "Giao thông Vận tải", "Xây dựng", "Tài nguyên và Môi trường", "Thông tin và Truyền thông",
  "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch", "Khoa học và Công nghệ",
  "Giáo dục và Đào tạo", "Y tế", "Ngoại vụ",
];

const OTHERS = [
  "Văn phòng UBND tỉnh",
  "Thanh tra tỉnh",
  "Ban Dân tộc tỉnh",
  "Công an tỉnh",
  "Trung tâm Phục vụ hành chính công tỉnh",
];

/** Syllables of place names, two of which make a district's or a commune's name. */
const SYLLABLES = (
  "An Bình Phú Lộc Tân Thạnh Hòa Long Phước Đông Tây Nam Bắc Trung Hưng Thịnh Mỹ Hiệp Lợi Thuận " +
  "Đức Minh Quang Sơn Hải Thành Lập Tiến Phong Vĩnh Xuân Hạ Thượng Khánh Định Ninh Lạc Điền Lâm " +
  "Cát Hà Giang Châu Thái Gia Kim Ngọc Bảo Hồng Đồng Trường Thắng Lương Yên Quý Nghĩa Hội Cường " +
  "Phúc Tường Vinh Tú Hậu Triều Đạo Liêm Cẩm Hoàng Nhơn Sang Linh Diên Túc Mai Ân Dương Kiên Đăng"
).split(" ");

interface Bench {
  units: MatchUnit[];
  /** Each export row's text, and the unit it names (null: an agency that is not a unit). */
  rows: { text: string; unitId: string | null }[];
}

const stripAccents = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

/** Initials of a sector as the systems write them: "Giao thông Vận tải" → "GTVT", "và" → "&". */
function sectorInitials(sector: string): string {
  return sector
    .split(/[\s,-]+/)
    .filter((w) => w !== "")
    .map((w) => (w === "và" ? "&" : w[0].toUpperCase()))
    .join("");
}

function generate(n: number, rowCount: number): Bench {
  const rand = mulberry32(20240212);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const units: MatchUnit[] = [];
  /** How each unit may be written short: [pattern kind, parts]. */
  const shortForms = new Map<string, string[]>();
  const add = (name: string, short: string[]) => {
    const id = `U${String(units.length + 1).padStart(5, "0")}`;
    units.push({ id, name, shortName: name, aliases: [] });
    shortForms.set(id, short);
  };
  const usedPlaces = new Set<string>();
  const place = () => {
    for (;;) {
      const a = pick(SYLLABLES);
      const b = pick(SYLLABLES);
      const name = `${a} ${b}`;
      if (a !== b && !usedPlaces.has(name) && !PROVINCES.includes(name)) {
        usedPlaces.add(name);
        return name;
      }
    }
  };
  outer: for (let p = 0; ; p++) {
    const province = PROVINCES[p % PROVINCES.length];
    // Each "province" round: its departments, then districts and communes until the count is met.
    if (p < PROVINCES.length) {
      for (const sector of SECTORS) {
        if (units.length >= n) break outer;
        add(`Sở ${sector} tỉnh ${province}`, [
          `Sở ${sectorInitials(sector)} ${province}`,
          `SỞ ${sector.toUpperCase()} ${province.toUpperCase()}`,
        ]);
      }
      for (const other of OTHERS) {
        if (units.length >= n) break outer;
        add(`${other} ${province}`, [`${other.replace("Văn phòng UBND", "VP UBND")} ${province}`]);
      }
    }
    for (let d = 0; d < 8; d++) {
      if (units.length >= n) break outer;
      const district = place();
      const kind = d === 0 ? "thành phố" : d < 3 ? "thị xã" : "huyện";
      const short = kind === "thành phố" ? "TP." : kind === "thị xã" ? "TX." : "UBND H.";
      add(`UBND ${kind} ${district}`, [`${short} ${district}`, `${kind[0].toUpperCase()}${kind.slice(1)} ${district}`]);
      for (let c = 0; c < 6; c++) {
        if (units.length >= n) break outer;
        const commune = place();
        const level = c === 0 ? "phường" : c === 1 ? "thị trấn" : "xã";
        add(`UBND ${level} ${commune}`, [
          `${level[0].toUpperCase()}${level.slice(1)} ${commune}`,
          `UBND ${level.toUpperCase()} ${commune.toUpperCase()}`,
        ]);
      }
    }
  }

  // The export: every unit once in a shuffled order, written one of the systems' ways, and some
  // agencies that are not units (companies, schools), until rowCount rows.
  const order = units.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const rows: Bench["rows"] = [];
  for (let k = 0; k < rowCount; k++) {
    if (rand() < 0.02 || k >= order.length) {
      rows.push({ text: `Công ty TNHH ${place()} ${pick(["Xanh", "Việt", "Số"])}`, unitId: null });
      continue;
    }
    const u = units[order[k]];
    const forms = shortForms.get(u.id) ?? [];
    const variant = Math.floor(rand() * 6);
    const text =
      variant === 0
        ? u.name
        : variant === 1
          ? u.name.toUpperCase()
          : variant === 2
            ? u.name.normalize("NFD")
            : variant === 3
              ? stripAccents(u.name)
              : variant === 4
                ? pick(forms)
                : `  ${stripAccents(pick(forms)).replace(/ /g, "  ")} `;
    rows.push({ text, unitId: u.id });
  }
  return { units, rows };
}

function matchAll(index: ReturnType<typeof buildNameIndex>, rows: Bench["rows"]): MatchOutcome[] {
  return rows.map((r) => matchName(index, r.text));
}

/** This thread's CPU time in ms: steadier than wall time on a busy machine. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const bench = generate(UNITS, ROWS);
const t0 = now();
const c0 = cpu();
const index = buildNameIndex(bench.units);
const buildMs = now() - t0;
const buildCpuMs = cpu() - c0;
matchAll(index, bench.rows.slice(0, 200)); // warm-up: the first calls compile the matcher
const times: number[] = [];
const cpuTimes: number[] = [];
let outcomes: MatchOutcome[] = [];
for (let run = 0; run < RUNS; run++) {
  const t = now();
  const c = cpu();
  outcomes = matchAll(index, bench.rows);
  times.push(now() - t);
  cpuTimes.push(cpu() - c);
}
const matchMs = median(times);
const matchCpuMs = median(cpuTimes);

const counts = { matched: 0, ambiguous: 0, unknown: 0 };
let wrong = 0;
let missedInAmbiguity = 0;
const wrongExamples: string[] = [];
outcomes.forEach((o, i) => {
  counts[o.kind]++;
  const intended = bench.rows[i].unitId;
  if (o.kind === "matched" && o.unitId !== intended) {
    wrong++;
    if (wrongExamples.length < 5)
      wrongExamples.push(`“${bench.rows[i].text}” → ${o.unitId} (meant ${intended ?? "no unit"})`);
  }
  if (o.kind === "ambiguous" && intended !== null && !o.candidates.includes(intended)) missedInAmbiguity++;
});
const units = bench.units.length;
const rows = bench.rows.length;
const notUnits = bench.rows.filter((r) => r.unitId === null).length;

log(`(f) import name matching: ${fmt(units)} units × ${fmt(rows)} export rows (${fmt(notUnits)} of them not units)`);
log(
  `  build index           ${fmt(buildMs, 1).padStart(9)} ms  CPU ${fmt(buildCpuMs)} ms ` +
    `(${fmt(index.byWord.size + index.byInitials.size)} keys, ${fmt(index.variants.length)} names)`,
);
log(
  `  match every row       ${fmt(matchMs, 1).padStart(9)} ms  CPU ${fmt(matchCpuMs)} ms; median of ${RUNS} ` +
    `(${times.map((x) => fmt(x)).join(", ")}); ${fmt((matchMs * 1000) / rows, 1)} µs a row`,
);
log(
  `  outcomes              matched ${fmt(counts.matched)}, ambiguous ${fmt(counts.ambiguous)}, unknown ${fmt(counts.unknown)}; ` +
    `ambiguous without the intended unit among the candidates: ${fmt(missedInAmbiguity)}`,
);
const digest = createHash("sha256").update(JSON.stringify(outcomes)).digest("hex").slice(0, 12);
log(`  outcomes digest       ${digest} (the same generated rows always give the same digest)`);
log(`  wrong matches         ${wrong === 0 ? "none: OK" : `${fmt(wrong)}: FAIL — ${wrongExamples.join("; ")}`}`);
const total = buildMs + matchMs;
const totalCpu = buildCpuMs + matchCpuMs;
log(
  `  ${fmt(units)} × ${fmt(rows)} under ${fmt(BUDGET_MS)} ms: ${total < BUDGET_MS ? "OK" : "TOO SLOW"} ` +
    `(index + match ${fmt(total)} ms wall, ${fmt(totalCpu)} ms CPU; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} CPUs)`,
);
if (wrong > 0) process.exitCode = 1;
