// `init` (template and sample, no silent overwrite) and `demo` (the whole job on the sample province).
import { copyFileSync, existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDocx } from "./docx-reader";
import {
  ensureBuilt,
  listDir,
  type RankJson,
  type RunResult,
  readXlsx,
  run,
  STACK_TRACE,
  sha256,
  sheet,
  tempDir,
} from "./helpers";

const SHEETS = ["Đơn vị", "Chỉ tiêu", "Số liệu", "Thẩm định", "Xếp hạng", "Nhật ký", "Cài đặt"];

let dir: string;
let template: string;
let sample: string;
let forced: string;
let demoDir: string;
let initTemplate: RunResult;
let initSample: RunResult;
let refused: RunResult;
let refusedSample: RunResult;
let force: RunResult;
let checkTemplate: RunResult;
let demo: RunResult;
let rankSample: RunResult;
let rankSampleText: RunResult;
let initEnglish: RunResult;
let demoEnglish: RunResult;
let english: string;
let demoEnglishDir: string;
let sampleHash: string;
let forcedHashBefore: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  template = join(dir, "template.xlsx");
  sample = join(dir, "sample.xlsx");
  forced = join(dir, "forced.xlsx");
  demoDir = join(dir, "demo");
  english = join(dir, "english.xlsx");
  demoEnglishDir = join(dir, "demo-en");
  [initTemplate, initSample] = await Promise.all([run(["init", template]), run(["init", sample, "--sample"])]);
  sampleHash = sha256(sample);
  copyFileSync(sample, forced);
  forcedHashBefore = sha256(forced);
  [refused, refusedSample, force, checkTemplate, demo, rankSample, initEnglish, demoEnglish, rankSampleText] =
    await Promise.all([
      run(["init", sample]),
      run(["init", sample, "--sample"]),
      run(["init", forced, "--force"]),
      run(["check", template]),
      run(["demo", "--dir", demoDir]),
      run(["rank", sample, "--period", "2023-06", "--json"]),
      run(["init", english, "--lang", "en"]),
      run(["demo", "--dir", demoEnglishDir, "--lang", "en"]),
      run(["rank", sample, "--period", "2023-06"]),
    ]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const headerOf = (ws: ExcelJS.Worksheet) => (ws.getRow(1).values as ExcelJS.CellValue[]).slice(1);

describe("init", () => {
  it("writes an empty template with every sheet and header of the contract", async () => {
    expect(initTemplate.code).toBe(0);
    expect(initTemplate.stdout).toBe("");
    expect(initTemplate.stderr).toBe(`Đã ghi ${template}\n`);
    const wb = await readXlsx(template);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(headerOf(sheet(wb, "Đơn vị"))).toEqual([
      "Mã đơn vị",
      "Tên đơn vị",
      "Tên ngắn",
      "Nhóm",
      "Email",
      "Email lãnh đạo",
      "Theo dõi",
      "Tên khác",
    ]);
    expect(headerOf(sheet(wb, "Số liệu"))).toEqual([
      "Kỳ",
      "Mã đơn vị",
      "VD_TY_LE",
      "VD_CO_KHONG",
      "VD_BCD",
      "Ghi chú",
      "Người nhập",
      "Cập nhật lúc",
    ]);
    expect(headerOf(sheet(wb, "Chỉ tiêu"))).toEqual([
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
      "Minh chứng",
      "Diễn đạt trong công văn",
    ]);
    expect(headerOf(sheet(wb, "Nhật ký"))[0]).toBe("Thời điểm");
    expect(sheet(wb, "Cài đặt").getCell("A8").value).toBe("Làm tròn");
    expect(sheet(wb, "Cài đặt").getCell("B8").value).toBe(2);
    expect(sheet(wb, "Cài đặt").getCell("B9").value).toBe("vi");
  });

  it("puts example rows, marked as such, in each input sheet, with a yearly indicator and its year row", async () => {
    const wb = await readXlsx(template);
    const units = sheet(wb, "Đơn vị");
    expect(units.rowCount).toBe(2);
    expect(units.getCell("A2").value).toBe("VD_SO");
    expect(units.getCell("B2").value).toBe("Ví dụ: Sở Thông tin và Truyền thông");
    expect(units.getCell("C2").value).toBe("Thông tin và Truyền thông");
    const indicators = sheet(wb, "Chỉ tiêu");
    expect(["A2", "A3", "A4"].map((c) => indicators.getCell(c).value)).toEqual(["VD_TY_LE", "VD_CO_KHONG", "VD_BCD"]);
    expect(String(indicators.getCell("B2").value)).toMatch(/^Ví dụ: /);
    expect(indicators.getCell("G2").numFmt).toBe("0.00%");
    expect(indicators.getCell("K2").value).toBe("Hoạt động chính quyền số");
    // The yearly choice: levels, frequency and the group it applies to.
    expect(["C4", "D4", "L4", "M4", "N4"].map((c) => indicators.getCell(c).value)).toEqual([
      "lựa chọn",
      "theo mức",
      "Sở, ban, ngành",
      "năm",
      "Người đứng đầu: 1; Cấp phó: 0,5; Chưa có: 0",
    ]);
    const data = sheet(wb, "Số liệu");
    expect(data.rowCount).toBe(3);
    expect(data.getCell("A2").value).toMatch(/^\d{4}-\d{2}$/);
    expect([data.getCell("B2").value, data.getCell("C2").value, data.getCell("D2").value]).toEqual([
      "VD_SO",
      0.75,
      "có",
    ]);
    expect(data.getCell("C2").numFmt).toBe("0.00%");
    expect(String(data.getCell("F2").value)).toMatch(/^Dòng ví dụ/);
    // The year row: Kỳ is the year of the example month, and only the yearly figure is filled.
    expect(data.getCell("A3").value).toBe(String(data.getCell("A2").value).slice(0, 4));
    expect(["C3", "D3", "E3"].map((c) => data.getCell(c).value ?? "")).toEqual(["", "", "Cấp phó"]);
    expect(String(data.getCell("F3").value)).toMatch(/^Dòng ví dụ: chỉ tiêu năm/);
  });

  it("gives the word columns drop-down lists, wide name columns and frozen headers", async () => {
    const wb = await readXlsx(template);
    const indicators = sheet(wb, "Chỉ tiêu");
    const list = (ws: ExcelJS.Worksheet, cell: string) =>
      (
        ws as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }
      ).dataValidations.find(cell);
    expect(list(indicators, "C2")).toMatchObject({
      type: "list",
      formulae: ['"tỷ lệ,số lượng,có/không,lựa chọn,tỷ số"'],
    });
    expect(list(indicators, "D50")).toMatchObject({
      type: "list",
      formulae: ['"theo mục tiêu,có/không,so với cao nhất,min-max,theo mức"'],
    });
    expect(list(indicators, "M2")).toMatchObject({ type: "list", formulae: ['"tháng,năm"'] });
    // Targets, thresholds and points may be written per group: no list, no number-only rule.
    for (const cell of ["F2", "G2", "H2", "N2"]) expect(list(indicators, cell), cell).toBeUndefined();
    expect(list(indicators, "E2")).toMatchObject({ formulae: ['"cao hơn tốt hơn,thấp hơn tốt hơn"'] });
    expect(list(indicators, "I2")).toMatchObject({ formulae: ['"trung bình,cuối kỳ,tổng,lớn nhất"'] });
    expect(list(sheet(wb, "Đơn vị"), "G2")).toMatchObject({ formulae: ['"có,không"'] });
    expect(list(sheet(wb, "Số liệu"), "D2")).toMatchObject({ formulae: ['"có,không"'] });
    expect(list(sheet(wb, "Số liệu"), "C2")).toBeUndefined();
    expect(list(sheet(wb, "Số liệu"), "E3")).toMatchObject({ formulae: ['"Người đứng đầu,Cấp phó,Chưa có"'] });
    expect(sheet(wb, "Đơn vị").getColumn(3).width).toBe(24);
    expect(indicators.getColumn(14).width).toBe(40);
    expect(sheet(wb, "Đơn vị").getColumn(2).width).toBe(42);
    expect(indicators.getColumn(2).width).toBe(48);
    expect(sheet(wb, "Đơn vị").getColumn(1).width).toBe(14);
    for (const name of ["Đơn vị", "Chỉ tiêu", "Số liệu", "Thẩm định", "Nhật ký", "Cài đặt"])
      expect(sheet(wb, name).views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    // Evidence and review (design §10): `Minh chứng` takes `bắt buộc`; `Trạng thái` the office's four words.
    expect(list(indicators, "O2")).toMatchObject({ type: "list", formulae: ['"bắt buộc"'] });
    const review = sheet(wb, "Thẩm định");
    expect(headerOf(review)).toEqual([
      "Kỳ",
      "Mã đơn vị",
      "Mã chỉ tiêu",
      "Minh chứng",
      "Giá trị thẩm định",
      "Trạng thái",
      "Lý do",
      "Người thẩm định",
      "Thẩm định lúc",
      "Giá trị tự đánh giá",
    ]);
    expect(review.rowCount).toBe(1);
    expect(list(review, "F2")).toMatchObject({ formulae: ['"chờ thẩm định,đạt,điều chỉnh,cần bổ sung"'] });
    expect(review.getColumn(4).width).toBe(60);
  });

  it("gives the sample's yes/no columns the có/không list and its percent columns a percent format", async () => {
    const wb = await readXlsx(sample);
    const data = sheet(wb, "Số liệu");
    const list = (cell: string) =>
      (
        data as unknown as { dataValidations: { find(a: string): ExcelJS.DataValidation | undefined } }
      ).dataValidations.find(cell);
    expect(data.getCell("C1").value).toBe("KH_CDS");
    expect(list("C2")).toMatchObject({ type: "list", formulae: ['"có,không"'] });
    expect(["có", "không"]).toContain(data.getCell("C2").value);
    expect(data.getCell("E2").numFmt).toBe("0.00%");
    expect(sheet(wb, "Đơn vị").getColumn(2).width).toBe(42);
  });

  it("passes check on the empty template and says what to do with the example rows", () => {
    expect(checkTemplate.code).toBe(0);
    expect(checkTemplate.stderr).toBe("");
    expect(checkTemplate.stdout).toBe(
      [
        "Không phát hiện lỗi: 1 đơn vị, 3 chỉ tiêu, 2 dòng số liệu.",
        "Lưu ý: Bảng tính còn dòng ví dụ (mã VD_SO, VD_TY_LE, VD_CO_KHONG, VD_BCD). Vui lòng thay bằng danh sách đơn vị, bộ chỉ tiêu và số liệu thật rồi xóa các dòng ví dụ trước khi xếp hạng.",
        "",
      ].join("\n"),
    );
  });

  it("writes Ngôn ngữ = en with --lang en, sheet and column names staying Vietnamese", async () => {
    expect(initEnglish.code).toBe(0);
    expect(initEnglish.stderr).toBe(`Wrote ${english}\n`);
    const wb = await readXlsx(english);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(sheet(wb, "Cài đặt").getCell("A9").value).toBe("Ngôn ngữ");
    expect(sheet(wb, "Cài đặt").getCell("B9").value).toBe("en");
  });

  it("writes the sample province with --sample", async () => {
    expect(initSample.code).toBe(0);
    expect(initSample.stdout).toBe("");
    expect(initSample.stderr).toBe(`Đã ghi ${sample}\n`);
    const wb = await readXlsx(sample);
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    expect(sheet(wb, "Đơn vị").rowCount).toBe(34);
    expect(sheet(wb, "Chỉ tiêu").rowCount).toBe(35);
    expect(sheet(wb, "Số liệu").rowCount).toBe(429);
    expect(sheet(wb, "Số liệu").getCell("E2").numFmt).toBe("0.00%");
  });

  it("refuses to overwrite an existing file", () => {
    for (const r of [refused, refusedSample]) {
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(STACK_TRACE);
      expect(r.stderr).toBe(
        `dx-scorecard: ${sample}: Tệp “${sample}” đã tồn tại. Vui lòng chọn tên khác, hoặc thêm --force để ghi đè.\n`,
      );
    }
    expect(sha256(sample)).toBe(sampleHash);
  });

  it("overwrites with --force", async () => {
    expect(force.code).toBe(0);
    expect(force.stderr).toBe(`Đã ghi ${forced}\n`);
    expect(sha256(forced)).not.toBe(forcedHashBefore);
    const wb = await readXlsx(forced);
    expect(sheet(wb, "Đơn vị").rowCount).toBe(2);
    expect(listDir(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("demo", () => {
  const files = [
    "binh-phuoc-2023.xlsx",
    "xep-hang-2023-06.json",
    "xep-hang-2023-06.xlsx",
    "xep-hang-2023-Q2.json",
    "xep-hang-2023-Q2.xlsx",
    "xep-hang-2023.json",
    "xep-hang-2023.xlsx",
    "cong-van-2023-06.docx",
    "bao-cao-2023.docx",
  ];
  const readJson = (name: string): RankJson => JSON.parse(readFileSync(join(demoDir, name), "utf8"));

  it("prints the June ranking with the letter's lists", () => {
    expect(demo.code).toBe(0);
    const out = demo.stdout.split("\n");
    expect(out[0]).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ — tháng 06/2023");
    expect(out).toContain("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(out).toContain(
      "- Tỷ lệ văn bản điện tử được ký số: 6 — Sở Giao thông Vận tải (0%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0%), UBND huyện Bù Gia Mập (0%), UBND huyện Bù Đốp (0,33%), UBND huyện Đồng Phú (24,39%), Thanh tra tỉnh (39,51%)",
    );
    expect(out).toContain("Đơn vị chưa báo cáo: Ban Dân tộc");
  });

  it("prints the year 2023 on the whole index after June, June's output being rank's own", () => {
    const yearHeading = "BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ — năm 2023";
    const at = demo.stdout.indexOf(`\n${yearHeading}\n`);
    expect(at).toBeGreaterThan(0);
    expect(demo.stdout.slice(0, at)).toBe(rankSampleText.stdout);
    const year = demo.stdout.slice(at).split("\n");
    expect(year).toContain("Nhóm: Sở, ban, ngành (22 đơn vị)");
    expect(year).toContain("Nhóm: UBND cấp huyện (11 đơn vị)");
    // The year's own indicators, with their groups' laggards: a choice shown by its label.
    expect(year).toContain(
      "- Trưởng Ban chỉ đạo chuyển đổi số của cơ quan: 2 — Sở Giao thông Vận tải (Chưa có), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (Chưa có)",
    );
    expect(year.find((l) => l.startsWith("- Tỷ lệ hồ sơ thủ tục hành chính cấp xã nộp trực tuyến: 2 — "))).toBe(
      "- Tỷ lệ hồ sơ thủ tục hành chính cấp xã nộp trực tuyến: 2 — UBND huyện Bù Đốp (11,2%), UBND huyện Bù Gia Mập (11,35%)",
    );
  });

  it("writes the year's ranking on the whole index: 220 points a department, 230 a district", () => {
    const y = readJson("xep-hang-2023.json");
    const max = (group: string) =>
      new Set(
        y.groups.find((g) => g.group === group)!.ranking.map((u) => (u as typeof u & { maxPoints: number }).maxPoints),
      );
    expect(max("Sở, ban, ngành")).toEqual(new Set([220]));
    expect(max("UBND cấp huyện")).toEqual(new Set([230]));
    expect(y.laggards.map((l) => l.indicatorId)).toContain("HS_TT_XA");
  });

  it("writes the sample workbook, the ranked copies, the JSON files and the office's documents, and lists them", () => {
    expect(listDir(demoDir)).toEqual(expect.arrayContaining(files));
    expect(demo.stderr).toContain("Các tệp đã ghi:");
    for (const f of files) expect(demo.stderr).toContain(`  ${join(demoDir, f)}\n`);
    expect(demo.stderr).not.toMatch(STACK_TRACE);
  });

  it("writes the same June JSON as rank --json on the sample", () => {
    expect(rankSample.code).toBe(0);
    expect(readJson("xep-hang-2023-06.json")).toEqual(JSON.parse(rankSample.stdout));
    expect(readJson("xep-hang-2023-Q2.json").period).toBe("2023-Q2");
    expect(readJson("xep-hang-2023.json").period).toBe("2023");
  });

  it("writes ranked copies that carry the ranking of their period", async () => {
    const periods: [string, string][] = [
      ["xep-hang-2023-06.xlsx", "Kỳ đánh giá: tháng 06/2023"],
      ["xep-hang-2023-Q2.xlsx", "Kỳ đánh giá: quý II/2023"],
      ["xep-hang-2023.xlsx", "Kỳ đánh giá: năm 2023"],
    ];
    for (const [file, heading] of periods) {
      expect(existsSync(join(demoDir, file))).toBe(true);
      const wb = await readXlsx(join(demoDir, file));
      expect(sheet(wb, "Xếp hạng").getCell("A2").value).toBe(heading);
    }
  });
});

describe("demo's documents", () => {
  it("writes the June letter and the year's report with its Phụ lục, in the sample's language", async () => {
    const letter = await readDocx(join(demoDir, "cong-van-2023-06.docx"));
    expect(letter.paragraphs).toContain(
      "- Việc sử dụng hệ thống thư điện tử công vụ có tỷ lệ thấp: UBND huyện Hớn Quản (40,43%), Công an tỉnh (41,01%), UBND huyện Bù Đăng (46,49%), UBND thành phố Đồng Xoài (49%).",
    );
    const report = await readDocx(join(demoDir, "bao-cao-2023.docx"));
    expect(report.paragraphs).toContain("PHỤ LỤC");
    expect(report.tables.filter((t) => t[0][0] === "STT").map((t) => t.length - 1)).toEqual([22, 11]);
    const english = await readDocx(join(demoEnglishDir, "cong-van-2023-06.docx"));
    expect(english.paragraphs).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(existsSync(join(demoEnglishDir, "bao-cao-2023.docx"))).toBe(true);
  });
});

describe("demo --lang en", () => {
  it("prints the whole demo in English: headings, plurals, bands and the files written", () => {
    expect(demoEnglish.code).toBe(0);
    const out = demoEnglish.stdout.split("\n");
    expect(out[0]).toBe("DIGITAL TRANSFORMATION RANKING OF UNITS — June 2023");
    expect(out).toContain("DIGITAL TRANSFORMATION RANKING OF UNITS — year 2023");
    expect(out).toContain("Group: Sở, ban, ngành (22 units)");
    expect(demoEnglish.stdout).toContain("Units that have not reported: Ban Dân tộc");
    expect(demoEnglish.stdout).toMatch(/ {2}(Leading|Advanced|Forming|Starting) /);
    expect(demoEnglish.stdout).not.toMatch(/Dẫn dắt|Nâng cao|Hình thành|Khởi động|Nhóm:|Chưa báo cáo/);
    expect(demoEnglish.stderr).toContain("Files written:");
    expect(demoEnglish.stderr).toContain("e-mails (.eml) to open in any mail client");
    expect(demoEnglish.stderr).not.toMatch(/Các tệp|Đã ghi/);
  });
});
