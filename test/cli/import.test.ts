// `import`: a period's figures from an export of the province's systems (design §12), end to end on
// the sample province: CSV in every encoding and separator, percent forms, the dry run, the refusal
// of a name that is not one unit, --skip-unmatched, --overwrite, the copy written (chained Nhật ký,
// learned Tên khác) and a re-run that changes nothing.
import { copyFileSync, existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  csvText,
  SAMPLE_EXPORT_FILE,
  SAMPLE_EXPORT_PERIOD,
  SAMPLE_EXPORT_RATE_HEADER,
  sampleExport,
} from "../../src/workbook/sample-export";
import {
  columnOf,
  dataRowOf,
  ensureBuilt,
  initSample,
  listDir,
  mutate,
  type RunResult,
  readXlsx,
  run,
  STACK_TRACE,
  sha256,
  sheet,
  tempDir,
} from "./helpers";

/** The `--json` shape of the import plan. */
interface PlanJson {
  source: string;
  period: string;
  dryRun: boolean;
  read: { encoding?: string; bom?: boolean; separator?: string; sheet?: string; rows: number };
  layout: {
    headerRow: number;
    nameColumn: string;
    columns: { key: string; indicatorId: string; header: string; column: number; percentScale: boolean }[];
  };
  rows: {
    row: number;
    name: string;
    kind: string;
    unitId: string | null;
    unitName: string | null;
    how: string | null;
    candidates: { id: string; name: string | null }[];
    cells: { key: string; old: unknown; value: unknown; action: string }[];
    learn: boolean;
  }[];
  aliases: { unitId: string; unitName: string | null; name: string }[];
  counts: { rows: Record<string, number>; cells: Record<string, number> };
  problems: string[];
}

const MAP = ["--map", `KY_SO=${SAMPLE_EXPORT_RATE_HEADER}`];
const JAN = ["--period", SAMPLE_EXPORT_PERIOD];
const exported = sampleExport();

// --- Encoders ------------------------------------------------------------------------------------

const TONES: Record<string, number> = {
  "\u0300": 0xcc,
  "\u0301": 0xec,
  "\u0309": 0xd2,
  "\u0303": 0xde,
  "\u0323": 0xf2,
};
/** Windows-1258's characters, from the platform's own decoder: each byte's character, inverted. */
const CP1258 = new Map<string, number>();
{
  const decoder = new TextDecoder("windows-1258");
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(new Uint8Array([b]));
    if (ch !== "\uFFFD" && !CP1258.has(ch)) CP1258.set(ch, b);
  }
}

/**
 * Text as Windows-1258 writes Vietnamese: each letter with its vowel mark composed where the code
 * page has it (â ê ô ơ ư ă đ), its tone as a combining mark of its own byte after it.
 */
function encodeWindows1258(text: string): Uint8Array {
  const bytes: number[] = [];
  const clusters = text.normalize("NFD").match(/\P{M}\p{M}*/gu) ?? [];
  for (const cluster of clusters) {
    const tones = [...cluster].filter((c) => TONES[c] !== undefined);
    const base = [...cluster]
      .filter((c) => TONES[c] === undefined)
      .join("")
      .normalize("NFC");
    const b = CP1258.get(base);
    if (b === undefined) throw new Error(`not in Windows-1258: ${JSON.stringify(base)}`);
    bytes.push(b, ...tones.map((t) => TONES[t]));
  }
  return new Uint8Array(bytes);
}

function utf16le(text: string, bom = true): Uint8Array {
  return new Uint8Array(Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf16le"));
}

const utf8 = (text: string, bom: boolean) => new TextEncoder().encode(`${bom ? "\uFEFF" : ""}${text}`);

// --- Fixtures ------------------------------------------------------------------------------------

let dir: string;
let sample: string;
let sampleHash: string;

/** The encodings × separators the province's systems (and Excel's "Save as") write. */
const VARIANTS: { label: string; file: string; bytes: () => Uint8Array; stated: string; sep: string }[] = [
  {
    label: "UTF-8 with BOM, `;`",
    file: "utf8-bom.csv",
    bytes: () => utf8(csvText(exported.rows, ";"), true),
    stated: "UTF-8 (có BOM), phân cách “;”",
    sep: ";",
  },
  {
    label: "UTF-8 without BOM, `,`",
    file: "utf8.csv",
    bytes: () => utf8(csvText(exported.rows, ",").replace(/\r\n/g, "\n"), false),
    stated: "UTF-8 (không có BOM), phân cách “,”",
    sep: ",",
  },
  {
    label: "UTF-16 LE with BOM, tab (Excel's Unicode text)",
    file: "utf16.txt",
    bytes: () => utf16le(csvText(exported.rows, "\t")),
    stated: "UTF-16 LE (có BOM), phân cách dấu tab",
    sep: "\t",
  },
  {
    label: "Windows-1258, `;`",
    file: "cp1258.csv",
    bytes: () => encodeWindows1258(csvText(exported.rows, ";")),
    stated: "Windows-1258 (bảng mã tiếng Việt của Windows), phân cách “;”",
    sep: ";",
  },
  {
    label: "Windows-1258, `,`",
    file: "cp1258-comma.csv",
    bytes: () => encodeWindows1258(csvText(exported.rows, ",")),
    stated: "Windows-1258 (bảng mã tiếng Việt của Windows), phân cách “,”",
    sep: ",",
  },
];

const results: Record<string, RunResult> = {};
let before: string[];
let writtenAudit: number;

/** A small export of July 2023, a month the sample has figures for. */
function julyCsv(rows: [string, string][]): string {
  return csvText([["Tên đơn vị", "Tỷ lệ ký số"], ...rows]);
}

async function xlsxExport(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Ghi chú").addRow(["Số liệu trích xuất ngày 05/02/2024"]);
  const ws = wb.addWorksheet("Thống kê");
  ws.addRow(["THỐNG KÊ VĂN BẢN KÝ SỐ"]);
  ws.addRow(["STT", "Tên cơ quan", "Tỷ lệ ký số"]);
  ws.addRow([1, "Sở GTVT", 0.455]);
  ws.addRow([2, "SỞ Y TẾ", 1]);
  ws.addRow([3, "UBND H. Bù Đốp", 0.2]);
  await wb.xlsx.writeFile(file);
  return file;
}

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-import-");
  sample = await initSample(dir);
  sampleHash = sha256(sample);
  for (const v of VARIANTS) writeFileSync(join(dir, v.file), v.bytes());
  const csv = join(dir, SAMPLE_EXPORT_FILE);
  writeFileSync(csv, utf8(csvText(exported.rows), true));
  // The same export with one name that fits two units.
  const ambiguous = exported.rows.map((r) =>
    r[1] === "TX. Bình Long" ? [r[0], "UBND thị xã Long", ...r.slice(2)] : r,
  );
  writeFileSync(join(dir, "ambiguous.csv"), utf8(csvText(ambiguous), true));
  // A blank line under the title, as exports often have: row numbers stay the file's lines.
  writeFileSync(
    join(dir, "blank-line.csv"),
    utf8("THỐNG KÊ\r\n\r\nTên cơ quan;Tỷ lệ ký số (%)\r\nSở GTVT;45,5\r\nUBND thị xã Long;50\r\n", true),
  );
  writeFileSync(
    join(dir, "percent-sign.csv"),
    utf8(
      julyCsv([
        ["Sở GTVT", "45,5%"],
        ["Sở Y tế", "100%"],
      ]),
      true,
    ),
  );
  await xlsxExport(join(dir, "export.xlsx"));
  writeFileSync(join(dir, "old.xls"), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  copyFileSync(join(dir, "export.xlsx"), join(dir, "renamed.csv"));
  // July 2023 figures that differ from the sample's for two units.
  writeFileSync(
    join(dir, "july.csv"),
    utf8(
      julyCsv([
        ["Sở GTVT", "45,5"],
        ["Sở Y tế", "12,5"],
      ]),
      true,
    ),
  );
  // The year: the office accepted VP_UBND's meetings (Thẩm định), not Phú Riềng's.
  writeFileSync(
    join(dir, "meetings.csv"),
    utf8(
      csvText([
        ["Cơ quan", "Số cuộc họp BCĐ"],
        ["Văn phòng UBND tỉnh", "9"],
        ["UBND huyện Phú Riềng", "9"],
      ]),
      true,
    ),
  );
  // Ban Dân tộc no longer followed, and December 2023 closed.
  const changed = await mutate(sample, join(dir, "changed.xlsx"), (wb) => {
    const units = sheet(wb, "Đơn vị");
    for (let r = 2; r <= units.rowCount; r++)
      if (units.getRow(r).getCell(columnOf(units, "Mã đơn vị")).value === "BDT")
        units.getRow(r).getCell(columnOf(units, "Theo dõi")).value = "không";
    const settings = sheet(wb, "Cài đặt");
    for (let r = 2; r <= settings.rowCount; r++)
      if (settings.getRow(r).getCell(1).value === "Kỳ đã khóa") settings.getRow(r).getCell(2).value = "2023-12";
  });
  const out = (name: string) => join(dir, name);
  before = listDir(dir);

  const variants = Promise.all(
    VARIANTS.map(async (v) => {
      results[v.file] = await run(["import", sample, "--from", join(dir, v.file), ...JAN, ...MAP, "--json"]);
    }),
  );
  const dry = (async () => {
    results.dry = await run(["import", sample, "--from", csv, ...JAN, ...MAP]);
    results.json = await run(["import", sample, "--from", csv, ...JAN, ...MAP, "--json"]);
  })();
  const refusals = (async () => {
    results.ambiguous = await run(["import", sample, "--from", out("ambiguous.csv"), ...JAN, ...MAP]);
    results.ambiguousOut = await run([
      "import",
      sample,
      "--from",
      out("ambiguous.csv"),
      ...JAN,
      ...MAP,
      "--out",
      out("never.xlsx"),
    ]);
    results.blankLine = await run(["import", sample, "--from", out("blank-line.csv"), ...JAN, ...MAP]);
    results.skip = await run([
      "import",
      sample,
      "--from",
      out("ambiguous.csv"),
      ...JAN,
      ...MAP,
      "--skip-unmatched",
      "--out",
      out("skipped.xlsx"),
    ]);
  })();
  const written = (async () => {
    results.out = await run(["import", sample, "--from", csv, ...JAN, ...MAP, "--out", out("imported.xlsx")]);
    results.check = await run(["check", out("imported.xlsx")]);
    results.again = await run(["import", out("imported.xlsx"), "--from", csv, ...JAN, ...MAP, "--json"]);
    results.againOut = await run([
      "import",
      out("imported.xlsx"),
      "--from",
      csv,
      ...JAN,
      ...MAP,
      "--out",
      out("again.xlsx"),
    ]);
    results.checkAgain = await run(["check", out("again.xlsx")]);
  })();
  const figures = (async () => {
    results.percentSign = await run([
      "import",
      sample,
      "--from",
      out("percent-sign.csv"),
      "--period",
      "2023-07",
      "--map",
      "KY_SO=Tỷ lệ ký số",
      "--json",
    ]);
    results.xlsx = await run([
      "import",
      sample,
      "--from",
      out("export.xlsx"),
      "--period",
      "2023-07",
      "--map",
      "KY_SO=Tỷ lệ ký số",
      "--json",
    ]);
    results.keep = await run([
      "import",
      sample,
      "--from",
      out("july.csv"),
      "--period",
      "2023-07",
      "--map",
      "KY_SO=Tỷ lệ ký số",
    ]);
    results.overwrite = await run([
      "import",
      sample,
      "--from",
      out("july.csv"),
      "--period",
      "2023-07",
      "--map",
      "KY_SO=Tỷ lệ ký số",
      "--overwrite",
      "--out",
      out("overwritten.xlsx"),
    ]);
    results.reviewed = await run([
      "import",
      sample,
      "--from",
      out("meetings.csv"),
      "--period",
      "2023",
      "--map",
      "HOP_BCD=Số cuộc họp BCĐ",
      "--overwrite",
    ]);
    results.closed = await run([
      "import",
      changed,
      "--from",
      csv,
      "--period",
      "2023-12",
      ...MAP,
      "--out",
      out("closed.xlsx"),
    ]);
    results.inactive = await run(["import", changed, "--from", csv, ...JAN, ...MAP]);
  })();
  const usage = (async () => {
    results.badMap = await run(["import", sample, "--from", csv, ...JAN, "--map", "KY_SO"]);
    results.noMap = await run(["import", sample, "--from", csv, ...JAN]);
    results.noFrom = await run(["import", sample, ...JAN, ...MAP]);
    results.missing = await run(["import", sample, "--from", out("nowhere.csv"), ...JAN, ...MAP]);
    results.xls = await run(["import", sample, "--from", out("old.xls"), ...JAN, ...MAP]);
    results.renamed = await run(["import", sample, "--from", out("renamed.csv"), ...JAN, ...MAP]);
    results.sameOut = await run(["import", sample, "--from", csv, ...JAN, ...MAP, "--out", sample]);
    results.existingOut = await run(["import", sample, "--from", csv, ...JAN, ...MAP, "--out", changed]);
    results.unknownKey = await run([
      "import",
      sample,
      "--from",
      csv,
      ...JAN,
      "--map",
      `NOPE=${SAMPLE_EXPORT_RATE_HEADER}`,
    ]);
  })();
  await Promise.all([variants, dry, refusals, written, figures, usage]);
  writtenAudit = (await readXlsx(out("imported.xlsx"))).getWorksheet("Nhật ký")?.actualRowCount ?? 0;
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const json = (r: RunResult): PlanJson => JSON.parse(r.stdout);
const rowOf = (plan: PlanJson, unitId: string) => {
  const row = plan.rows.find((r) => r.unitId === unitId);
  if (!row) throw new Error(`no row for ${unitId}`);
  return row;
};

/** The figure the sample export gives a unit: its rate as a fraction. */
function exportedRate(unitId: string): number {
  const i = exported.units.indexOf(unitId);
  return Number((Number(exported.rows[i][4].replace(",", ".")) / 100).toFixed(10));
}

// --- Tests ---------------------------------------------------------------------------------------

describe("import reads CSV in every encoding and separator, and says which", () => {
  for (const v of VARIANTS) {
    it(v.label, () => {
      const r = results[v.file];
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toBe(`Đã đọc ${v.file}: ${v.stated}, 37 dòng.\n`);
      const plan = json(r);
      expect(plan.read.separator).toBe(v.sep);
      // Every row is its intended unit and carries its rate, read as a percent.
      for (const row of plan.rows) {
        const intended = exported.units[row.row - 1];
        if (intended === null) {
          expect(row.kind).toBe("total");
          continue;
        }
        expect(row.unitId, row.name).toBe(intended);
        expect(row.cells).toEqual([{ key: "KY_SO", old: null, value: exportedRate(intended), action: "write" }]);
      }
      expect(plan.counts.rows).toMatchObject({ matched: 33, total: 1, ambiguous: 0, unknown: 0 });
      expect(rowOf(plan, "SGTVT").name).toBe("Sở GTVT");
    });
  }
});

describe("percent columns", () => {
  it("reads “45,5%” as 45,5 % and “100%” as 100 %", () => {
    const r = results.percentSign;
    expect(r.code, r.stderr).toBe(0);
    const plan = json(r);
    expect(rowOf(plan, "SGTVT").cells[0].value).toBe(0.455);
    expect(rowOf(plan, "SYT").cells[0].value).toBe(1);
    expect(plan.layout.columns[0].percentScale).toBe(false);
  });

  it("reads an .xlsx export of fractions (0.455) as they are, from the sheet that holds the headers", () => {
    const r = results.xlsx;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe("Đã đọc export.xlsx: trang “Thống kê”, 5 dòng.\n");
    const plan = json(r);
    expect(plan.read).toEqual({ sheet: "Thống kê", rows: 5 });
    expect(plan.layout.headerRow).toBe(2);
    expect(rowOf(plan, "SGTVT").cells[0].value).toBe(0.455);
    expect(rowOf(plan, "SYT").cells[0].value).toBe(1);
    expect(rowOf(plan, "BUDOP").cells[0].value).toBe(0.2);
  });
});

describe("the dry run", () => {
  it("prints each row, its unit and how it was found, the figure to write and the one there", () => {
    const r = results.dry;
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout.split("\n");
    expect(out[0]).toBe(`NHẬP SỐ LIỆU TỪ ${SAMPLE_EXPORT_FILE} — tháng 01/2024 — vào sample.xlsx`);
    expect(out).toContain("Dòng 11  Sở GTVT → Sở Giao thông Vận tải (SGTVT), theo viết tắt/không dấu");
    expect(out).toContain("Dòng 30  UBND huyen Dong Phu → UBND huyện Đồng Phú (DONGPHU), theo tên");
    expect(out).toContain("Dòng 25  TT XTĐT, TM và DL");
    expect(out).toContain(
      "         → Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (TTXTDT), theo viết tắt/không dấu",
    );
    expect(out).toContain("Dòng 37  Tổng cộng → dòng tổng, bỏ qua");
    const rate = exported.rows[10][4];
    expect(out).toContain(`         KY_SO: ${rate}% (đang có: trống) — ghi`);
    expect(out).toContain("Dòng: 33 khớp đơn vị, 1 dòng tổng.");
    expect(out).toContain("Số liệu: 33 sẽ ghi.");
    expect(out).toContain("Tên sẽ thêm vào cột Tên khác của trang Đơn vị (18):");
    expect(out).toContain("  Sở GTVT → Sở Giao thông Vận tải (SGTVT)");
    expect(out.at(-2)).toBe("Chạy thử: chưa ghi gì. Thêm --out TỆP.xlsx để ghi một bản sao; tệp đầu vào giữ nguyên.");
    // Readable on a 100-column terminal.
    for (const line of out) expect([...line].length, line).toBeLessThanOrEqual(100);
  });

  it("writes nothing and leaves the input byte for byte", () => {
    expect(sha256(sample)).toBe(sampleHash);
    expect(
      listDir(dir)
        .filter((f) => !before.includes(f))
        .sort(),
    ).toEqual(["again.xlsx", "imported.xlsx", "overwritten.xlsx", "skipped.xlsx"].sort());
  });

  it("prints the plan as JSON, and nothing else on stdout", () => {
    const r = results.json;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`Đã đọc ${SAMPLE_EXPORT_FILE}: UTF-8 (có BOM), phân cách “;”, 37 dòng.\n`);
    const plan = json(r);
    expect(Object.keys(plan)).toEqual([
      "source",
      "period",
      "dryRun",
      "read",
      "layout",
      "rows",
      "aliases",
      "counts",
      "problems",
    ]);
    expect(plan).toMatchObject({
      source: SAMPLE_EXPORT_FILE,
      period: "2024-01",
      dryRun: true,
      read: { encoding: "utf-8", bom: true, separator: ";", rows: 37 },
      layout: {
        headerRow: 3,
        nameColumn: "Tên cơ quan",
        columns: [
          { key: "KY_SO", indicatorId: "KY_SO", header: SAMPLE_EXPORT_RATE_HEADER, column: 5, percentScale: true },
        ],
      },
      problems: [],
    });
    expect(rowOf(plan, "SGTVT")).toEqual({
      row: 11,
      name: "Sở GTVT",
      kind: "matched",
      unitId: "SGTVT",
      unitName: "Sở Giao thông Vận tải",
      how: "spelling",
      candidates: [],
      cells: [{ key: "KY_SO", old: null, value: exportedRate("SGTVT"), action: "write" }],
      learn: true,
    });
    expect(plan.rows.at(-1)).toMatchObject({ name: "Tổng cộng", kind: "total", unitId: null, cells: [] });
    expect(plan.aliases).toContainEqual({ unitId: "BUDOP", unitName: "UBND huyện Bù Đốp", name: "UBND H. Bù Đốp" });
    expect(plan.counts.cells.write).toBe(33);
  });
});

describe("a name that is not one unit", () => {
  it("is refused with its row and both candidates, and nothing is written", () => {
    for (const r of [results.ambiguous, results.ambiguousOut]) {
      expect(r.code).toBe(1);
      const lines = r.stderr.trim().split("\n");
      expect(lines[1]).toMatch(
        /^dx-scorecard: ambiguous\.csv!B27: “UBND thị xã Long” chỉ khớp một phần với UBND thị xã Bình Long \(BINHLONG\); UBND thị xã Phước Long \(PHUOCLONG\)/,
      );
      expect(lines.at(-1)).toContain("Chưa ghi gì.");
      expect(lines.at(-1)).toContain("--skip-unmatched");
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(results.ambiguous.stdout).toContain(
      "Dòng 27  UBND thị xã Long\n" +
        "         → không rõ, chỉ khớp một phần: UBND thị xã Bình Long (BINHLONG);\n" +
        "           UBND thị xã Phước Long (PHUOCLONG)\n",
    );
    expect(results.ambiguous.stdout).not.toContain("Chạy thử");
    expect(existsSync(join(dir, "never.xlsx"))).toBe(false);
  });

  it("is named by its line in the file, blank lines counted", () => {
    const r = results.blankLine;
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("Đã đọc blank-line.csv: UTF-8 (có BOM), phân cách “;”, 4 dòng.");
    expect(r.stderr).toContain("dx-scorecard: blank-line.csv!A5: “UBND thị xã Long”");
    expect(r.stdout).toContain("Dòng 4  Sở GTVT → Sở Giao thông Vận tải (SGTVT)");
  });

  it("is left out with --skip-unmatched, and the other rows are written", async () => {
    const r = results.skip;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain("→ không rõ, chỉ khớp một phần:");
    expect(r.stdout).toContain("bỏ qua (--skip-unmatched)");
    expect(r.stderr).toContain("32 số liệu, 17 tên khác, 49 dòng Nhật ký.");
    const ws = sheet(await readXlsx(join(dir, "skipped.xlsx")), "Số liệu");
    expect(() => dataRowOf(ws, "2024-01", "BINHLONG")).toThrow();
    expect(ws.getRow(dataRowOf(ws, "2024-01", "PHUOCLONG")).getCell(columnOf(ws, "KY_SO")).value).toBe(
      exportedRate("PHUOCLONG"),
    );
  });
});

describe("figures already there", () => {
  it("are kept unless --overwrite is given, and said so", () => {
    const r = results.keep;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/KY_SO: 45,5% \(đang có: [\d,]+%\) — giữ số liệu đang có \(dùng --overwrite để thay\)/);
    expect(r.stdout).toContain("Số liệu: 2 giữ số liệu đang có.");
  });

  it("are replaced with --overwrite, each change audited with the figure before", async () => {
    const r = results.overwrite;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/KY_SO: 45,5% \(đang có: [\d,]+%\) — ghi thay/);
    const wb = await readXlsx(join(dir, "overwritten.xlsx"));
    const ws = sheet(wb, "Số liệu");
    const cell = ws.getRow(dataRowOf(ws, "2023-07", "SGTVT")).getCell(columnOf(ws, "KY_SO"));
    expect(cell.value).toBe(0.455);
    expect(cell.numFmt).toBe("0.00%");
    const audit = sheet(wb, "Nhật ký");
    const row = audit.getRow(2).values as unknown[];
    expect(row).toContain("Nhập từ tệp july.csv");
    expect(row).toContain("45,5%");
    expect(row).toContain("SGTVT");
  });

  it("are never replaced once the office accepted them (Thẩm định)", () => {
    const r = results.reviewed;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/HOP_BCD: 9 \(đang có: \d+\) — đã thẩm định, giữ nguyên/);
    expect(r.stdout).toMatch(/HOP_BCD: 9 \(đang có: \d+\) — ghi thay/);
  });

  it("of a unit no longer followed are left alone, and a closed period is refused", () => {
    expect(results.inactive.code, results.inactive.stderr).toBe(0);
    expect(results.inactive.stdout).toContain("KY_SO: ");
    expect(results.inactive.stdout).toMatch(
      /Ban Dân tộc \(BDT\)[^\n]*\n\s+KY_SO: [\d,]+% \(đang có: trống\) — đơn vị không còn theo dõi, bỏ qua/,
    );
    const closed = results.closed;
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain(
      "dx-scorecard: Tháng 12/2023 đã khóa (Cài đặt, Kỳ đã khóa) nên không nhập số liệu vào kỳ này.",
    );
    expect(closed.stdout).toBe("");
    expect(existsSync(join(dir, "closed.xlsx"))).toBe(false);
  });
});

describe("--out", () => {
  it("writes a copy with the figures, the names learned and one chained Nhật ký row per change", async () => {
    const r = results.out;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Đã ghi ${join(dir, "imported.xlsx")}: 33 số liệu, 18 tên khác, 51 dòng Nhật ký.`);
    expect(r.stdout).not.toContain("Chạy thử");
    const wb = await readXlsx(join(dir, "imported.xlsx"));
    const data = sheet(wb, "Số liệu");
    const row = data.getRow(dataRowOf(data, "2024-01", "SGTVT"));
    expect(row.getCell(columnOf(data, "KY_SO")).value).toBe(exportedRate("SGTVT"));
    expect(row.getCell(columnOf(data, "KY_SO")).numFmt).toBe("0.00%");
    expect(String(row.getCell(columnOf(data, "Người nhập")).value)).toMatch(/^dòng lệnh \(.+\)$/);
    expect(row.getCell(columnOf(data, "Cập nhật lúc")).value).toBeInstanceOf(Date);
    const units = sheet(wb, "Đơn vị");
    const aliases = columnOf(units, "Tên khác");
    const budop = units.getRows(2, units.rowCount - 1)?.find((u) => u.getCell(1).value === "BUDOP");
    expect(budop?.getCell(aliases).value).toBe("UBND H. Bù Đốp");
    const audit = sheet(wb, "Nhật ký");
    const actions = audit.getColumn(columnOf(audit, "Hành động")).values.slice(2);
    expect(actions.filter((a) => a === `Nhập từ tệp ${SAMPLE_EXPORT_FILE}`)).toHaveLength(33);
    expect(actions.filter((a) => a === "Thêm tên khác")).toHaveLength(18);
    const codes = audit.getColumn(columnOf(audit, "Mã kiểm tra")).values.slice(2);
    expect(codes.map((c) => String(c).split(":")[0])).toEqual(Array.from({ length: 51 }, (_, i) => String(i + 1)));
    expect(sha256(sample)).toBe(sampleHash);
  });

  it("passes check: the audit chain is whole", () => {
    expect(results.check.code, results.check.stderr).toBe(0);
    expect(results.check.stdout).toContain("Không phát hiện lỗi");
  });

  it("teaches Tên khác: the next import finds the same names by them, and changes nothing", () => {
    const plan = json(results.again);
    expect(results.again.code).toBe(0);
    expect(rowOf(plan, "SGTVT").how).toBe("alias");
    expect(rowOf(plan, "BUDOP").how).toBe("alias");
    expect(plan.aliases).toEqual([]);
    expect(plan.counts.cells).toMatchObject({ write: 0, same: 33 });
  });

  it("a re-run with the same export writes no audit row and says nothing changed", async () => {
    const r = results.againOut;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain("Không có gì thay đổi");
    expect(r.stdout).toContain("Số liệu: 33 giống số liệu đang có.");
    const audit = sheet(await readXlsx(join(dir, "again.xlsx")), "Nhật ký");
    expect(audit.actualRowCount).toBe(writtenAudit);
    expect(results.checkAgain.code, results.checkAgain.stderr).toBe(0);
  });
});

describe("usage and files", () => {
  it("refuses a malformed or missing --map, a missing --from and the input as output (exit 2)", () => {
    expect(results.badMap.code).toBe(2);
    expect(results.badMap.stderr).toContain("“--map KY_SO” không đúng dạng MÃ_CHỈ_TIÊU=Tiêu đề cột");
    expect(results.noMap.code).toBe(2);
    expect(results.noMap.stderr).toContain("cần ít nhất một cột để nhập");
    expect(results.noFrom.code).toBe(2);
    expect(results.noFrom.stderr).toContain("cần tệp xuất");
    expect(results.sameOut.code).toBe(2);
    expect(sha256(sample)).toBe(sampleHash);
  });

  it("keeps an existing output file unless --force is given", () => {
    expect(results.existingOut.code).toBe(1);
    expect(results.existingOut.stderr).toContain("đã tồn tại");
    expect(results.existingOut.stderr).toContain("--force");
    expect(results.existingOut.stdout).toBe("");
  });

  it("names a missing export, an .xls, a workbook renamed .csv and an unknown indicator in one sentence (exit 1)", () => {
    expect(results.missing.code).toBe(1);
    expect(results.missing.stderr).toBe(
      `dx-scorecard: Không tìm thấy tệp xuất “${join(dir, "nowhere.csv")}”. Vui lòng kiểm tra đường dẫn.\n`,
    );
    expect(results.xls.code).toBe(1);
    expect(results.xls.stderr).toContain("phải là .csv hoặc .xlsx");
    expect(results.renamed.code).toBe(1);
    expect(results.renamed.stderr).toContain("không phải văn bản CSV");
    expect(results.unknownKey.code).toBe(1);
    expect(results.unknownKey.stderr).toContain("“NOPE” không phải mã chỉ tiêu trong sheet Chỉ tiêu");
    for (const r of [results.missing, results.xls, results.renamed, results.unknownKey]) {
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
  });

  it("has its help in both languages", async () => {
    const [vi, en] = await Promise.all([run(["import", "--help"]), run(["help", "import", "--lang", "en"])]);
    expect(vi.stdout).toMatch(/^Cách dùng: dx-scorecard import <tệp\.xlsx> --from/);
    expect(vi.stdout).toContain("--skip-unmatched");
    expect(en.stdout).toMatch(/^Usage: dx-scorecard import <file\.xlsx> --from/);
  });
});
