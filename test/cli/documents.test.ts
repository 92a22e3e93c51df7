// `letter` and `report` on the sample province: the .docx files read back as a reader gets them
// (mammoth's text and tables), the seed letter's bullets verbatim, the Phụ lục against `rank --json`,
// and the refusals (a period of the wrong kind, no figures, the input as output, an existing file).
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocxContent, docxPart, readDocx } from "./docx-reader";
import {
  ensureBuilt,
  initSample,
  listDir,
  type RankJson,
  type RunResult,
  run,
  STACK_TRACE,
  sha256,
  tempDir,
} from "./helpers";

let dir: string;
let sample: string;
let english: string;
let letter: RunResult;
let quarter: RunResult;
let report: RunResult;
let englishLetter: RunResult;
let yearJson: RankJson;
let june: DocxContent;
let year: DocxContent;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-docs-");
  sample = await initSample(dir);
  english = join(dir, "english.xlsx");
  const init = await run(["init", english, "--sample", "--lang", "en"]);
  if (init.code !== 0) throw new Error(init.stderr);
  let rank: RunResult;
  [letter, quarter, report, englishLetter, rank] = await Promise.all([
    // Without --out: cong-van-2023-06.docx in the current folder.
    run(["letter", "sample.xlsx", "--period", "2023-06"], { cwd: dir }),
    run(["letter", sample, "--period", "2023-Q2", "--out", join(dir, "quy-2.docx")]),
    run(["report", sample, "--period", "2023", "--out", join(dir, "bao-cao.docx")]),
    run(["letter", english, "--period", "2023-06", "--out", join(dir, "letter-en.docx")]),
    run(["rank", sample, "--period", "2023", "--json"]),
  ]);
  yearJson = JSON.parse(rank.stdout);
  june = await readDocx(join(dir, "cong-van-2023-06.docx"));
  year = await readDocx(join(dir, "bao-cao.docx"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("letter", () => {
  it("writes cong-van-<period>.docx in the current folder by default and says so in one line", () => {
    expect(letter.code).toBe(0);
    expect(letter.stdout).toBe("");
    expect(letter.stderr).toBe("Đã ghi công văn tháng 06/2023: cong-van-2023-06.docx\n");
    expect(existsSync(join(dir, "cong-van-2023-06.docx"))).toBe(true);
  });

  it("opens cleanly: mammoth reads it without a complaint", () => {
    expect(june.messages).toEqual([]);
  });

  it("carries the seed letter's bullets 3 and 4 character for character, and bullets 1 and 2", () => {
    const p = june.paragraphs;
    expect(p).toContain(
      "- Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp: Sở Giao thông Vận tải (0%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0%), UBND huyện Bù Gia Mập (0%), UBND huyện Bù Đốp (0,33%), UBND huyện Đồng Phú (24,39%), Thanh tra tỉnh (39,51%).",
    );
    expect(p).toContain(
      "- Việc sử dụng hệ thống thư điện tử công vụ có tỷ lệ thấp: UBND huyện Hớn Quản (40,43%), Công an tỉnh (41,01%), UBND huyện Bù Đăng (46,49%), UBND thành phố Đồng Xoài (49%).",
    );
    expect(p).toContain(
      "- Về Kế hoạch chuyển đổi số và đảm bảo an toàn thông tin năm 2023: 02 đơn vị chưa ban hành (Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường).",
    );
    expect(p.find((s) => s.startsWith("- Triển khai họp trên phần mềm họp không giấy:"))).toMatch(
      /^- Triển khai họp trên phần mềm họp không giấy: 15 đơn vị chưa triển khai, sử dụng \(Các sở, ban, ngành: .*; UBND các huyện, thị xã: .*\)\.$/,
    );
    // The laggard lists come after the intro, in the letter's order, then the units that did not report.
    const at = (prefix: string) => p.findIndex((s) => s.startsWith(prefix));
    expect(at("Hiện nay,")).toBeLessThan(at("- Về Kế hoạch"));
    expect(at("- Về Kế hoạch")).toBeLessThan(at("- Việc triển khai văn bản"));
    expect(at("- Việc sử dụng hệ thống thư")).toBeLessThan(at("- 01 đơn vị chưa báo cáo"));
    expect(p).toContain("- 01 đơn vị chưa báo cáo số liệu tháng 06/2023 (Ban Dân tộc).");
  });

  it("has the letter's parts in order: Kính gửi, Căn cứ, the requests with the year's deadline", () => {
    const text = june.paragraphs.join("\n");
    const order = [
      "Kính gửi:",
      "- Các sở, ban, ngành tỉnh;",
      "Căn cứ Kế hoạch số 57/KH-UBND ngày 24/02/2023",
      "Chủ tịch UBND tỉnh yêu cầu:",
      "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố",
      "2. Sở Thông tin và Truyền thông",
      "trước ngày 20/11/2023",
      "triển khai thực hiện nghiêm, hiệu quả các nội dung nêu trên./.",
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((n) => n >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("lays out the header and the signature as two-column tables without lines", async () => {
    const [header, signature] = [june.tables[0], june.tables[june.tables.length - 1]];
    expect(header).toHaveLength(1);
    expect(header[0][0]).toMatch(
      /^ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC Số:\s+\/UBND-KGVX V\/v tăng cường triển khai công tác chuyển đổi số năm 2023$/,
    );
    expect(header[0][1]).toMatch(
      /^CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bình Phước, ngày\s+tháng\s+năm 2023$/,
    );
    expect(signature).toEqual([
      [
        "Nơi nhận: - Như trên; - CT, các PCT UBND tỉnh; - LĐVP, các Phòng; - Lưu: VT, KGVX, TD337.",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Tuyết Minh",
      ],
    ]);
    const xml = await docxPart(join(dir, "cong-van-2023-06.docx"), "word/document.xml");
    expect(xml).not.toMatch(/w:val="single"/);
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"\/>/);
  });

  it("drafts a quarter's letter from the quarter's figures", async () => {
    expect(quarter.code).toBe(0);
    expect(quarter.stderr).toBe(`Đã ghi công văn quý II/2023: ${join(dir, "quy-2.docx")}\n`);
    const q = await readDocx(join(dir, "quy-2.docx"));
    expect(q.paragraphs.find((s) => s.startsWith("Hiện nay,"))).toContain("theo số liệu quý II/2023");
    expect(q.paragraphs.find((s) => s.startsWith("- Việc triển khai văn bản điện tử"))).toContain(
      "UBND huyện Bù Đốp (0,11%)",
    );
  });

  it("speaks the workbook's language: an English sample gives an English letter and message", async () => {
    expect(englishLetter.code).toBe(0);
    expect(englishLetter.stderr).toBe(`Wrote the letter for June 2023: ${join(dir, "letter-en.docx")}\n`);
    const en = await readDocx(join(dir, "letter-en.docx"));
    expect(en.paragraphs).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(en.paragraphs.join("\n")).toContain("UBND huyện Bù Đốp (0.33%)");
  });
});

describe("report", () => {
  it("writes the year's report and says so in one line", () => {
    expect(report.code).toBe(0);
    expect(report.stdout).toBe("");
    expect(report.stderr).toBe(`Đã ghi báo cáo năm 2023 kèm phụ lục: ${join(dir, "bao-cao.docx")}\n`);
    expect(year.messages).toEqual([]);
  });

  it("states the method, each group's results and the proposal before the Phụ lục", () => {
    const p = year.paragraphs;
    const at = (s: string) => p.findIndex((x) => x.startsWith(s));
    expect(p).toContain("BÁO CÁO");
    for (const heading of ["I. PHƯƠNG PHÁP ĐÁNH GIÁ", "II. KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG", "PHỤ LỤC"])
      expect(at(heading)).toBeGreaterThan(0);
    expect(p).toContain("1. Sở, ban, ngành (22 đơn vị)");
    expect(p).toContain("2. UBND cấp huyện (11 đơn vị)");
    expect(at("Dẫn đầu: Sở Khoa học và Công nghệ (93,19%)")).toBeGreaterThan(at("1. Sở, ban, ngành"));
    expect(at("Trần Tuyết Minh")).toBeLessThan(at("PHỤ LỤC"));
  });

  it("has one Phụ lục table per group with STT, Đơn vị, Điểm/Tổng điểm, %, Xếp hạng and Xếp loại, as rank --json ranks", () => {
    const appendix = year.tables.filter((t) => t[0][0] === "STT");
    expect(appendix).toHaveLength(yearJson.groups.length);
    appendix.forEach((table, g) => {
      const header = table[0];
      expect(header).toEqual(["STT", "Đơn vị", "Điểm/Tổng điểm", "%", "Tự đánh giá (%)", "Xếp hạng", "Xếp loại"]);
      const ranking = yearJson.groups[g].ranking;
      expect(table).toHaveLength(ranking.length + 1);
      ranking.forEach((u, i) => {
        const row = table[i + 1];
        expect(row[0]).toBe(String(i + 1));
        expect(row[1]).toBe(u.unitName);
        // The settings' 2 decimals, kept in a table column: 81,20%.
        expect(row[3]).toBe(`${u.score?.toFixed(2).replace(".", ",")}%`);
        expect(row[5]).toBe(String(u.rank));
        expect(row[6]).toBe(u.band);
      });
    });
    expect(appendix[0][1]).toEqual(["1", "Sở Khoa học và Công nghệ", "205,02/220", "93,19%", "93,19%", "1", "Dẫn dắt"]);
    expect(appendix[1][1][1]).toBe("UBND thành phố Đồng Xoài");
    expect(appendix[1][1][2]).toMatch(/\/230$/);
  });

  it("repeats each Phụ lục table's header row on every page and rules the table", async () => {
    const xml = await docxPart(join(dir, "bao-cao.docx"), "word/document.xml");
    const ruled = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)]
      .map((m) => m[1])
      .filter((t) => /w:val="single"/.test(t));
    expect(ruled).toHaveLength(2);
    for (const t of ruled) {
      const rows = [...t.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((m) => m[1]);
      expect(rows[0]).toContain("<w:tblHeader/>");
      expect(rows.filter((r) => r.includes("<w:tblHeader/>"))).toHaveLength(1);
    }
    expect(xml).toContain("<w:pageBreakBefore/>");
  });
});

describe("letter and report refuse", () => {
  it("a year for a letter, in one sentence naming the report command (exit 2), and write nothing", async () => {
    const before = listDir(dir);
    const r = await run(["letter", sample, "--period", "2023", "--out", join(dir, "nam.docx")]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(
      `dx-scorecard: Lệnh letter soạn công văn của một tháng hoặc một quý; báo cáo năm 2023 có lệnh riêng: dx-scorecard report ${sample} --period 2023.`,
    );
    expect(r.stderr).toContain("dx-scorecard letter --help");
    expect(listDir(dir)).toEqual(before);
  });

  it("a month or a quarter for a report, naming the letter command (exit 2)", async () => {
    const [month, q] = await Promise.all([
      run(["report", sample, "--period", "2023-06", "--out", join(dir, "thang.docx")]),
      run(["report", sample, "--period", "Q2/2023", "--lang", "en"]),
    ]);
    expect(month.code).toBe(2);
    expect(month.stderr.split("\n")[0]).toBe(
      `dx-scorecard: Lệnh report soạn báo cáo của một năm; công văn tháng 06/2023 có lệnh riêng: dx-scorecard letter ${sample} --period 2023-06.`,
    );
    expect(q.code).toBe(2);
    expect(q.stderr.split("\n")[0]).toBe(
      `dx-scorecard: The report command drafts the report on a year; the letter of Q2 2023 has its own command: dx-scorecard letter ${sample} --period 2023-Q2.`,
    );
    expect(existsSync(join(dir, "thang.docx"))).toBe(false);
  });

  it("a period without figures (exit 1)", async () => {
    const r = await run(["letter", sample, "--period", "2022-06", "--out", join(dir, "2022.docx")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `dx-scorecard: ${sample}: Trang Số liệu chưa có số liệu nào của tháng 06/2022. Vui lòng chọn kỳ khác.\n`,
    );
    expect(existsSync(join(dir, "2022.docx"))).toBe(false);
  });

  it("the input as output, and an output that is not a .docx (exit 2); the input is untouched", async () => {
    const hash = sha256(sample);
    const [same, pdf] = await Promise.all([
      run(["report", sample, "--period", "2023", "--out", sample, "--force"]),
      run(["letter", sample, "--period", "2023-06", "--out", join(dir, "cong-van.pdf")]),
    ]);
    expect(same.code).toBe(2);
    expect(same.stderr).toContain("Tệp kết quả không được trùng tệp đầu vào");
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain(`Tệp kết quả “${join(dir, "cong-van.pdf")}” phải có đuôi .docx`);
    expect(sha256(sample)).toBe(hash);
    expect(existsSync(join(dir, "cong-van.pdf"))).toBe(false);
  });

  it("to replace an existing file without --force (exit 1), and replace it with --force", async () => {
    const existing = join(dir, "co-san.docx");
    writeFileSync(existing, "not a document");
    const refused = await run(["letter", sample, "--period", "2023-06", "--out", existing]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `Tệp “${existing}” đã tồn tại. Vui lòng chọn tên khác, hoặc thêm --force để ghi đè.`,
    );
    expect(refused.stderr).not.toMatch(STACK_TRACE);
    const forced = await run(["letter", sample, "--period", "2023-06", "--out", existing, "--force"]);
    expect(forced.code).toBe(0);
    expect((await readDocx(existing)).paragraphs).toContain("Trần Tuyết Minh");
    expect(listDir(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("options of other commands, and the period typed without its option (exit 2)", async () => {
    const [json, bare, noOut] = await Promise.all([
      run(["letter", sample, "--period", "2023-06", "--json"]),
      run(["report", sample, "2023"]),
      run(["letter", sample, "--period", "2023-06", "--out"]),
    ]);
    expect(json.code).toBe(2);
    expect(json.stderr).toContain("--json");
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain("--period 2023");
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("--out cong-van.docx");
  });
});
