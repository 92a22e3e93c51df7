import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { congVan, ndDate, signingYear, unitListText } from "../../../src/core/documents/cong-van";
import { type Block, type DocumentModel, type Paragraph, plainText } from "../../../src/core/documents/model";
import { DEFAULT_SETTINGS, type Settings } from "../../../src/core/schemas";
import { sampleModel, sampleReport } from "./sample-report";

/** The seed letter's bullets, markdown emphasis removed. */
function seedBullets(): string[] {
  const dir = join(__dirname, "../../../../shared/seeds");
  const file = readdirSync(dir).find((f) => f.startsWith("001_"))!;
  return readFileSync(join(dir, file), "utf8")
    .split("\n")
    .filter((l) => l.startsWith("- ") && l.includes(":") && l.endsWith(")."))
    .map((l) => l.replace(/\*/g, "").trim());
}

const paragraphs = (doc: DocumentModel): Paragraph[] =>
  doc.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
const texts = (doc: DocumentModel) => paragraphs(doc).map(plainText);
const allText = (doc: DocumentModel) => doc.blocks.map((b: Block) => plainText(b)).join("\n");

const model = sampleModel();
const june = congVan(sampleReport("2023-06", model), model.settings);

describe("the Công văn of June 2023 (the seed letter's month)", () => {
  it("gives bullets 3 and 4 of the seed letter character for character", () => {
    const seed = seedBullets();
    expect(seed).toHaveLength(4);
    const lines = texts(june);
    expect(lines).toContain(seed[2]);
    expect(lines).toContain(seed[3]);
    // Written out, so the test still says what it checks if the seed moves.
    expect(lines).toContain(
      "- Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp: Sở Giao thông Vận tải (0%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0%), UBND huyện Bù Gia Mập (0%), UBND huyện Bù Đốp (0,33%), UBND huyện Đồng Phú (24,39%), Thanh tra tỉnh (39,51%).",
    );
    expect(lines).toContain(
      "- Việc sử dụng hệ thống thư điện tử công vụ có tỷ lệ thấp: UBND huyện Hớn Quản (40,43%), Công an tỉnh (41,01%), UBND huyện Bù Đăng (46,49%), UBND thành phố Đồng Xoài (49%).",
    );
  });

  it("gives bullet 1 as the seed does: a one-group yes/no list with full names and a two-digit count", () => {
    const seed = seedBullets();
    expect(texts(june)).toContain(seed[0]);
    expect(texts(june)).toContain(
      "- Về Kế hoạch chuyển đổi số và đảm bảo an toàn thông tin năm 2023: 02 đơn vị chưa ban hành (Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường).",
    );
  });

  it("groups bullet 2's 15 units as the letter does, with short names, the list in italics", () => {
    const bullet = paragraphs(june).find((p) => plainText(p).startsWith("- Triển khai họp"))!;
    const text = plainText(bullet);
    expect(text).toMatch(
      /^- Triển khai họp trên phần mềm họp không giấy: 15 đơn vị chưa triển khai, sử dụng \(Các sở, ban, ngành: .*; UBND các huyện, thị xã: .*\)\.$/,
    );
    const seed = seedBullets()[1];
    const groupsOf = (s: string) =>
      /\((.*)\)\.$/
        .exec(s)![1]
        .split("; ")
        .map((part) => {
          const [label, units] = part.split(/: (.*)/);
          // Unit names hold commas ("Văn hóa, Thể thao và Du lịch"): compare sorted on the whole list.
          return { label, units: units.split(", ").sort() };
        });
    expect(groupsOf(text)).toEqual(groupsOf(seed));
    const list = bullet.runs.find((r) => r.italic);
    expect(list?.text).toMatch(/^Các sở, ban, ngành: Kế hoạch và Đầu tư, .*Đồng Phú, Bù Đốp$/);
    expect(bullet.runs.filter((r) => !r.italic).map((r) => r.text)).toEqual([
      "- Triển khai họp trên phần mềm họp không giấy: 15 đơn vị chưa triển khai, sử dụng (",
      ").",
    ]);
  });

  it("names the unit that did not report, with a two-digit count", () => {
    expect(texts(june)).toContain("- 01 đơn vị chưa báo cáo số liệu tháng 06/2023 (Ban Dân tộc).");
  });

  it("omits an indicator whose laggard list is empty (SC_ATTT has a threshold and no laggard)", () => {
    // The period's bullets, before the paragraph on May's cases still not fixed.
    const lines = texts(june);
    const bullets = lines
      .slice(
        0,
        lines.findIndex((l) => l.startsWith("Đáng chú ý")),
      )
      .filter((l) => /^- .*: /.test(l) && l.endsWith(")."));
    expect(bullets).toHaveLength(4);
    expect(allText(june)).not.toMatch(/sự cố/i);
  });

  it("has the letter's header, addressees, grounds, requests with the year's deadline, distribution and signature", () => {
    const text = allText(june);
    const header = june.blocks[0];
    expect(header.kind).toBe("table");
    expect(plainText(header)).toBe(
      [
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\n\nSố:        /UBND-KGVX\nV/v tăng cường triển khai công tác\nchuyển đổi số năm 2023",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBình Phước, ngày      tháng      năm 2023",
      ].join("\t"),
    );
    expect(header.kind === "table" && header.borders).toBe(false);
    expect(text).toContain("Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.");
    expect(text).toContain(
      "Căn cứ Kế hoạch số 57/KH-UBND ngày 24/02/2023 của UBND tỉnh về chuyển đổi số và đảm bảo an toàn thông tin trên địa bàn tỉnh Bình Phước năm 2023;\nXét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 57/TTr-STTTT ngày 05/7/2023,",
    );
    expect(text).toContain("1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố");
    expect(text).toContain("2. Sở Thông tin và Truyền thông");
    const followUp = paragraphs(june).find((p) => plainText(p).startsWith("Thường xuyên theo dõi"))!;
    expect(followUp.runs.find((r) => r.bold)?.text).toBe("trước ngày 20/11/2023");
    const signature = june.blocks[june.blocks.length - 1];
    expect(plainText(signature)).toBe(
      "Nơi nhận:\n- Như trên;\n- CT, các PCT UBND tỉnh;\n- LĐVP, các Phòng;\n- Lưu: VT, KGVX, TD337.\tKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Tuyết Minh",
    );
  });

  it("is A4 in Times New Roman 14 with NĐ 30 margins", () => {
    expect(june).toMatchObject({
      font: "Times New Roman",
      fontSize: 14,
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      title: "Công văn chuyển đổi số 2023-06",
    });
  });
});

describe("the Công văn's wording", () => {
  it("writes a quarter's figures with decimal commas and its label", () => {
    const doc = congVan(sampleReport("2023-Q2", model), model.settings);
    const text = allText(doc);
    expect(text).toContain("theo số liệu quý II/2023");
    expect(text).toMatch(/có tỷ lệ thấp: .*\(\d+,\d+%\)/);
  });

  it("builds a bullet's lead from the indicator's name when Diễn đạt trong công văn is blank", () => {
    const m = sampleModel();
    m.indicators = m.indicators.map((i) => ({ ...i, letterPhrase: null }));
    const doc = congVan(sampleReport("2023-06", m), m.settings);
    expect(texts(doc)).toContain(
      "- Tỷ lệ sử dụng thư điện tử công vụ thấp hơn ngưỡng 50%: UBND huyện Hớn Quản (40,43%), Công an tỉnh (41,01%), UBND huyện Bù Đăng (46,49%), UBND thành phố Đồng Xoài (49%).",
    );
    expect(texts(doc)).toContain(
      "- Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023: 02 đơn vị chưa đạt (Sở Nông nghiệp và Phát triển nông thôn, Sở Tài nguyên và Môi trường).",
    );
  });

  it("says that every unit met the thresholds when no list names anyone", () => {
    const m = sampleModel();
    m.indicators = m.indicators.map((i) => ({ ...i, threshold: null, byGroup: null }));
    m.records = m.records.filter((r) => r.unitId !== "BDT" || r.period !== "2023-06");
    const present = new Set(m.records.filter((r) => r.period === "2023-06").map((r) => r.unitId));
    m.units = m.units.filter((u) => present.has(u.id));
    const doc = congVan(sampleReport("2023-06", m), m.settings);
    expect(texts(doc)).toContain(
      "Theo số liệu tháng 06/2023, các cơ quan, đơn vị trên địa bàn tỉnh đều đã báo cáo và đạt ngưỡng của các chỉ tiêu được theo dõi.",
    );
    expect(texts(doc).some((l) => l.startsWith("- Việc"))).toBe(false);
  });

  it("leaves dotted blanks where the office has not filled the settings in, and addresses each group by name", () => {
    const blank: Settings = { ...model.settings, letter: DEFAULT_SETTINGS.letter };
    const doc = congVan(sampleReport("2023-06", model), blank);
    const text = allText(doc);
    expect(plainText(doc.blocks[0])).toMatch(/^……………\n\nSố: {8}\/……………\n/);
    expect(text).toContain("……………, ngày      tháng      năm 2023");
    expect(text).toContain("Kính gửi:\n- Sở, ban, ngành;\n- UBND cấp huyện.");
    expect(text).toContain("2. ……………");
    // No deadline set: the sentence reads on without it.
    expect(text).toContain("mức độ chuyển đổi số của các đơn vị để làm cơ sở phục vụ");
    // Without group names in letters, a cross-group list uses the groups' own names.
    expect(text).toContain("(Sở, ban, ngành: Kế hoạch và Đầu tư,");
  });

  it("is written in English when the settings say so, counts without a leading zero", () => {
    const en: Settings = { ...model.settings, language: "en" };
    const doc = congVan(sampleReport("2023-06", model), en);
    const text = allText(doc);
    expect(text).toContain("SOCIALIST REPUBLIC OF VIETNAM");
    expect(text).toContain("UBND huyện Bù Đốp (0.33%), UBND huyện Đồng Phú (24.39%)");
    expect(text).toContain(": 2 units chưa ban hành (");
    expect(text).toContain("- 1 unit has not reported its figures for June 2023 (Ban Dân tộc).");
    expect(doc.title).toBe("Digital transformation letter 2023-06");
  });
});

describe("letter helpers", () => {
  it("signs a December or fourth-quarter letter in the next year", () => {
    expect(signingYear({ kind: "month", year: 2023, month: 6 })).toBe(2023);
    expect(signingYear({ kind: "month", year: 2023, month: 12 })).toBe(2024);
    expect(signingYear({ kind: "quarter", year: 2023, quarter: 4 })).toBe(2024);
    expect(signingYear({ kind: "year", year: 2023 })).toBe(2024);
  });

  it("writes dates as NĐ 30 does", () => {
    expect(ndDate(20, 11, 2023)).toBe("20/11/2023");
    expect(ndDate(5, 7, 2023)).toBe("05/7/2023");
    expect(ndDate(24, 2, 2023)).toBe("24/02/2023");
  });

  it("uses full names for a one-group list and short names grouped otherwise", () => {
    const a = { unitId: "A", name: "Sở Y tế", shortName: "Y tế", group: "Sở" };
    const b = { unitId: "B", name: "UBND huyện Bù Đốp", shortName: "Bù Đốp", group: "Huyện" };
    const settings = { ...DEFAULT_SETTINGS, letter: { ...DEFAULT_SETTINGS.letter, groupLabels: { Sở: "Các sở" } } };
    expect(unitListText([a], settings)).toBe("Sở Y tế");
    expect(unitListText([a, b], settings)).toBe("Các sở: Y tế; Huyện: Bù Đốp");
  });
});
