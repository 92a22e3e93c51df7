// The follow-up end to end (design §13), on the generated sample workbook: July 2023's summary
// e-mail states what became of June's 27 cases, a laggard named since January gets a repeated
// notice addressed to its head, and July's Công văn names the cases still not fixed.
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import PostalMime, { type Address } from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DocxContent, readDocx } from "./docx-reader";
import { ensureBuilt, initSample, type RunResult, run, tempDir } from "./helpers";

let dir: string;
let outbox: string;
let summary: RunResult;
let letters: RunResult[];
let july: DocxContent;
let june: DocxContent;

const COUNTS = "Trong 27 trường hợp được nhắc tháng 06/2023: 10 đã khắc phục, 5 có tiến bộ, 12 chưa khắc phục.";

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-follow-up-");
  const sample = await initSample(dir);
  outbox = join(dir, "outbox");
  [summary, ...letters] = await Promise.all([
    run(["summary", sample, "--period", "2023-07", "--outbox", outbox]),
    run(["letter", sample, "--period", "2023-07", "--out", join(dir, "cong-van-07.docx")]),
    run(["letter", sample, "--period", "2023-06", "--out", join(dir, "cong-van-06.docx")]),
  ]);
  for (const r of [summary, ...letters]) if (r.code !== 0) throw new Error(r.stderr);
  [july, june] = await Promise.all([readDocx(join(dir, "cong-van-07.docx")), readDocx(join(dir, "cong-van-06.docx"))]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const parseEml = async (name: string) => {
  const m = await PostalMime.parse(readFileSync(join(outbox, name)));
  // The .eml's lines end in CRLF.
  return { ...m, text: (m.text ?? "").replace(/\r\n/g, "\n") };
};
const addresses = (list: Address[] | undefined) => (list ?? []).map((a) => a.address);
const visible = (html: string) =>
  html
    .replace(/<head>[\s\S]*?<\/head>/i, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();

describe("summary --period 2023-07: the follow-up of June", () => {
  it("states in the summary e-mail how many of June's 27 cases were fixed, in the text and the HTML", async () => {
    const m = await parseEml("2023-07_summary.eml");
    expect(m.text).toContain(`Kết quả khắc phục\n-----------------\n\n${COUNTS}`);
    expect(visible(m.html!)).toContain(`Kết quả khắc phục ${COUNTS}`);
  });

  it("names the units failing the same indicator in June and July, with both figures", async () => {
    const m = await parseEml("2023-07_summary.eml");
    const lines = [
      "Đơn vị chưa đạt cùng chỉ tiêu hai kỳ liên tiếp (số liệu tháng 06/2023 → tháng 07/2023):",
      // The 12 units of July's sentence just above, all named in June too: not listed twice.
      "- Chỉ tiêu “Triển khai họp không giấy”: cả 12 đơn vị nêu trên đã được nhắc tháng 06/2023, vẫn chưa thực hiện.",
      "- Tỷ lệ văn bản điện tử được ký số vẫn thấp hơn ngưỡng 50,00%: Sở Giao thông Vận tải (0,00% → 30,38%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0,00% → 30,85%), UBND huyện Bù Gia Mập (0,00% → 32,70%), UBND huyện Bù Đốp (0,33% → 23,49%), UBND huyện Đồng Phú (24,39% → 44,31%).",
    ];
    expect(m.text).toContain(lines.join("\n\n").replace("\n\n- Tỷ", "\n- Tỷ"));
    for (const line of lines) expect(visible(m.html!)).toContain(line);
  });

  it("sends UBND huyện Đồng Phú, named every month since January, a seventh notice, to its head", async () => {
    expect(summary.stdout).toContain(
      "thông báo\tchutich.dongphu@binhphuoc.example; cc: vanthu.dongphu@binhphuoc.example\t[Nhắc lần 7] Chuyển đổi số tháng 07/2023 — UBND huyện Đồng Phú: 2 chỉ tiêu dưới ngưỡng yếu kém",
    );
    const n = await parseEml("2023-07_notice_DONGPHU.eml");
    expect(n.subject).toBe(
      "[Nhắc lần 7] Chuyển đổi số tháng 07/2023 — UBND huyện Đồng Phú: 2 chỉ tiêu dưới ngưỡng yếu kém",
    );
    expect(addresses(n.to)).toEqual(["chutich.dongphu@binhphuoc.example"]);
    expect(addresses(n.cc)).toEqual(["vanthu.dongphu@binhphuoc.example"]);
    const said = [
      "Đây là lần thứ 7 liên tiếp đơn vị có tên trong danh sách đơn vị có chỉ tiêu dưới ngưỡng yếu kém (từ tháng 01/2023 đến tháng 07/2023).",
      "Triển khai họp không giấy: không (tháng 06/2023) → không (tháng 07/2023); yêu cầu: có — chưa khắc phục.",
      "Tỷ lệ văn bản điện tử được ký số: 24,39% (tháng 06/2023) → 44,31% (tháng 07/2023); yêu cầu: tối thiểu 50,00% — có tiến bộ nhưng chưa đạt.",
      "Đề nghị Thủ trưởng đơn vị trực tiếp chỉ đạo khắc phục dứt điểm các chỉ tiêu trên và báo cáo kết quả khắc phục về Sở Thông tin và Truyền thông cùng với số liệu tháng 08/2023.",
    ];
    for (const line of said) {
      expect(n.text).toContain(line);
      expect(visible(n.html!)).toContain(line);
    }
  });
});

describe("letter --period 2023-07: the cases still not fixed", () => {
  const INTRO =
    "Đáng chú ý, qua theo dõi, đôn đốc, vẫn còn 12 trường hợp đã được nêu tên theo số liệu tháng 06/2023 nhưng đến nay chưa khắc phục, cụ thể:";

  it("adds the paragraph after the period's bullets, before the requests, and opens cleanly", () => {
    expect(july.messages).toEqual([]);
    const p = july.paragraphs;
    expect(p).toContain(INTRO);
    expect(p[p.indexOf(INTRO) + 1]).toBe(
      "- Triển khai họp trên phần mềm họp không giấy: cả 12 đơn vị nêu trên vẫn chưa triển khai, sử dụng.",
    );
    const at = (prefix: string) => p.findIndex((s) => s.startsWith(prefix));
    expect(at("- Việc triển khai văn bản điện tử")).toBeLessThan(at("Đáng chú ý"));
    expect(at("Đáng chú ý")).toBeLessThan(at("Nhằm nâng cao"));
    // The units that improved (ký số) stand in July's bullet with their figure, not in this paragraph.
    expect(p[p.indexOf(INTRO) + 2]).toMatch(/^Nhằm nâng cao/);
  });

  it("gives June's letter the same paragraph for May, figures written as the letter writes them", () => {
    const p = june.paragraphs;
    const intro = p.findIndex((s) => s.startsWith("Đáng chú ý"));
    expect(p.slice(intro, intro + 4)).toEqual([
      "Đáng chú ý, qua theo dõi, đôn đốc, vẫn còn 20 trường hợp đã được nêu tên theo số liệu tháng 05/2023 nhưng đến nay chưa khắc phục, cụ thể:",
      "- Về Kế hoạch chuyển đổi số và đảm bảo an toàn thông tin năm 2023: cả 02 đơn vị nêu trên vẫn chưa ban hành.",
      "- Triển khai họp trên phần mềm họp không giấy: cả 15 đơn vị nêu trên vẫn chưa triển khai, sử dụng.",
      "- Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp: Sở Giao thông Vận tải (0% → 0%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0% → 0%), UBND huyện Bù Gia Mập (0% → 0%).",
    ]);
    // The seed letter's bullets are still there, character for character.
    expect(p).toContain(
      "- Việc sử dụng hệ thống thư điện tử công vụ có tỷ lệ thấp: UBND huyện Hớn Quản (40,43%), Công an tỉnh (41,01%), UBND huyện Bù Đăng (46,49%), UBND thành phố Đồng Xoài (49%).",
    );
  });
});
