// `summary --outbox` of a reviewed month (design §10, issue 10): the requests for more evidence are
// written as their own .eml files, one per unit, to its clerks, with the items and the office's
// reasons; the committee summary says how the review stands.
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, mutate, type RunResult, run, tempDir } from "./helpers";

const HEADERS = [
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
];

const ROWS = [
  ["2023-06", "SNV", "KH_CDS", "QĐ 12/QĐ-SNV", "", "cần bổ sung", "Không tìm thấy quyết định ban hành kế hoạch."],
  ["2023-06", "SNV", "KY_SO", "", "", "cần bổ sung", '<script>alert(1)</script> =SUM(A1:A9) "trích xuất"'],
  ["2023-06", "STP", "HOP_KG", "https://stp.example/bien-ban", "", "cần bổ sung", "Biên bản chưa có chữ ký."],
  ["2023-06", "STC", "HOP_KG", "", "", "đạt", ""],
  ["2023-05", "SCT", "HOP_KG", "", "", "cần bổ sung", "Tháng khác: không gửi trong kỳ 06."],
];

let dir: string;
let outbox: string;
let first: RunResult;
let second: RunResult;
let plain: RunResult;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-review-mail-");
  const sample = await initSample(dir);
  const reviewed = await mutate(sample, join(dir, "reviewed.xlsx"), (wb) => {
    // Below the sample's own rows (the year's), each cell under its header.
    const ws = wb.getWorksheet("Thẩm định")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
    for (const r of ROWS) ws.addRow(header.map((h) => r[HEADERS.indexOf(h)] ?? ""));
  });
  outbox = join(dir, "outbox");
  plain = await run(["summary", sample, "--period", "2023-06"]);
  first = await run(["summary", reviewed, "--period", "2023-06", "--outbox", outbox]);
  second = await run(["summary", reviewed, "--period", "2023-06", "--outbox", outbox]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const reviewFiles = () =>
  readdirSync(outbox)
    .filter((f) => f.includes("review"))
    .sort();

describe("summary --outbox of a reviewed month", () => {
  it("writes exactly one request per unit with items marked cần bổ sung, and says so", () => {
    expect(first.code, first.stderr).toBe(0);
    expect(reviewFiles()).toEqual(["2023-06_review_SNV.eml", "2023-06_review_STP.eml"]);
    const lines = first.stdout.split("\n").filter((l) => l.startsWith("đề nghị bổ sung\t"));
    expect(lines).toEqual([
      "đề nghị bổ sung\tvanthu.snv@binhphuoc.example\tĐề nghị bổ sung minh chứng chuyển đổi số tháng 06/2023 — Sở Nội vụ: 2 chỉ tiêu",
      "đề nghị bổ sung\tvanthu.stp@binhphuoc.example\tĐề nghị bổ sung minh chứng chuyển đổi số tháng 06/2023 — Sở Tư pháp: 1 chỉ tiêu",
    ]);
    expect(first.stdout).toMatch(
      /Tháng 06\/2023: \d+ thư \(1 tổng hợp, \d+ thông báo, 2 đề nghị bổ sung, \d+ nhắc nộp\)/,
    );
  });

  it("addresses each request to the unit's clerks, with its items, figures and reasons", async () => {
    const snv = await PostalMime.parse(readFileSync(join(outbox, "2023-06_review_SNV.eml")));
    expect(snv.to?.map((a) => a.address)).toEqual(["vanthu.snv@binhphuoc.example"]);
    expect(snv.cc ?? []).toEqual([]);
    expect(snv.subject).toBe("Đề nghị bổ sung minh chứng chuyển đổi số tháng 06/2023 — Sở Nội vụ: 2 chỉ tiêu");
    for (const part of [snv.text ?? "", snv.html ?? ""]) {
      expect(part).toContain("Ban hành Kế hoạch chuyển đổi số và bảo đảm an toàn thông tin năm 2023");
      expect(part).toContain("Tỷ lệ văn bản điện tử được ký số");
      expect(part).toContain("Không tìm thấy quyết định ban hành kế hoạch.");
      expect(part).toMatch(/trước ngày \d\d\/\d\d\/\d{4}/);
    }
    expect(snv.text).toContain("Số liệu của đơn vị: có");
    expect(snv.text).toContain('Lý do: <script>alert(1)</script> =SUM(A1:A9) "trích xuất"');
    expect(snv.html).not.toContain("<script>");
    expect(snv.html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; =SUM(A1:A9) &quot;trích xuất&quot;");

    const stp = await PostalMime.parse(readFileSync(join(outbox, "2023-06_review_STP.eml")));
    expect(stp.to?.map((a) => a.address)).toEqual(["vanthu.stp@binhphuoc.example"]);
    expect(stp.text).toContain("Biên bản chưa có chữ ký.");
    expect(stp.html).toContain('<a href="https://stp.example/bien-ban" target="_blank" rel="noopener noreferrer"');
  });

  it("puts the review's counts in the committee summary", async () => {
    const summary = await PostalMime.parse(readFileSync(join(outbox, "2023-06_summary.eml")));
    expect(summary.text).toMatch(/Thẩm định: 1 mục đạt, 0 điều chỉnh, 3 cần bổ sung, \d+ chờ thẩm định\./);
  });

  it("writes the same files again on a second run, never a second request per unit", () => {
    expect(second.code, second.stderr).toBe(0);
    expect(reviewFiles()).toEqual(["2023-06_review_SNV.eml", "2023-06_review_STP.eml"]);
  });

  it("says nothing of review for a workbook without a Thẩm định sheet", () => {
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain("đề nghị bổ sung");
    expect(plain.stdout).toMatch(/\(1 tổng hợp, \d+ thông báo, \d+ nhắc nộp\)/);
  });
});
