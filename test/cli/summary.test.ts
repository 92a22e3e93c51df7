// `summary <file.xlsx> --period P [--outbox DIR]`: who would receive what, and the .eml files,
// parsed back with postal-mime (and a small reader for the nesting of the MIME parts).
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import PostalMime, { type Address } from "postal-mime";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  columnOf,
  ensureBuilt,
  initSample,
  mutate,
  type RunResult,
  run,
  STACK_TRACE,
  sha256,
  sheet,
  tempDir,
} from "./helpers";

// --- A small reader of the MIME structure -------------------------------------------------------------------------

/** The nesting of the parts, which postal-mime flattens. */
interface MimePart {
  headers: Map<string, string>;
  parts: MimePart[];
}

function param(header: string, name: string): string | undefined {
  return new RegExp(`;\\s*${name}="?([^";]+)"?`, "i").exec(header)?.[1];
}

function parseMime(raw: string): MimePart {
  const split = raw.indexOf("\r\n\r\n");
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, " ");
  const body = raw.slice(split + 4);
  const headers = new Map<string, string>();
  for (const line of head.split("\r\n")) {
    const colon = line.indexOf(":");
    headers.set(line.slice(0, colon).toLowerCase(), line.slice(colon + 1).trim());
  }
  const type = headers.get("content-type") ?? "";
  const parts: MimePart[] = [];
  if (/^multipart\//i.test(type)) {
    const boundary = param(type, "boundary")!;
    const end = body.indexOf(`\r\n--${boundary}--`);
    const inner = body.slice(0, end);
    for (const chunk of inner.split(`--${boundary}\r\n`).slice(1)) parts.push(parseMime(chunk.replace(/\r\n$/, "")));
  }
  return { headers, parts };
}

function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/i, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text part's sentences and headings (not its aligned tables nor its underlines). */
function proseLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "" && !/^[=-]+$/.test(l) && l !== "-- " && !/\S\s{2,}\S/.test(l) && !/^\s/.test(l))
    .filter((l) => !l.endsWith(":"))
    .map((l) => l.replace(/^- /, ""));
}

// --- Runs ----------------------------------------------------------------------------------------

let dir: string;
let sample: string;
let sampleHash: string;
let outbox: string;
let plain: RunResult;
let written: RunResult;
let noAddresses: RunResult;
let english: RunResult;
let demo: RunResult;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir("dx-summary-");
  sample = await initSample(dir);
  sampleHash = sha256(sample);
  outbox = join(dir, "outbox");
  const bare = await mutate(sample, join(dir, "no-addresses.xlsx"), (wb) => {
    const settings = sheet(wb, "Cài đặt");
    for (let r = 2; r <= settings.rowCount; r++) {
      if (settings.getRow(r).getCell(1).value === "Email Ban Chỉ đạo") settings.getRow(r).getCell(2).value = "";
    }
    const units = sheet(wb, "Đơn vị");
    const [id, mail, head] = ["Mã đơn vị", "Email", "Email lãnh đạo"].map((h) => columnOf(units, h));
    for (let r = 2; r <= units.rowCount; r++) {
      const row = units.getRow(r);
      if (row.getCell(id).value === "SGTVT" || row.getCell(id).value === "BDT") {
        row.getCell(mail).value = "";
        row.getCell(head).value = "";
      }
    }
  });
  const en = await mutate(sample, join(dir, "english.xlsx"), (wb) => {
    const settings = sheet(wb, "Cài đặt");
    for (let r = 2; r <= settings.rowCount; r++) {
      if (settings.getRow(r).getCell(1).value === "Ngôn ngữ") settings.getRow(r).getCell(2).value = "en";
    }
  });
  [plain, written, noAddresses, english, demo] = await Promise.all([
    run(["summary", sample, "--period", "2023-06"]),
    run(["summary", sample, "--period", "2023-06", "--outbox", outbox]),
    run(["summary", bare, "--period", "2023-06"]),
    run(["summary", en, "--period", "2023-06"]),
    run(["demo", "--dir", join(dir, "demo")]),
  ]);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const lines = (r: RunResult) => r.stdout.split("\n").filter((l) => l.includes("\t"));
const readEml = (name: string) => readFileSync(join(outbox, name), "latin1");
const parseEml = (name: string) => PostalMime.parse(readFileSync(join(outbox, name)));
const addresses = (list: Address[] | undefined) => (list ?? []).map((a) => a.address);

describe("summary: who would receive what", () => {
  it("prints one line per message: kind, recipients, subject", () => {
    expect(plain.code).toBe(0);
    const rows = lines(plain).map((l) => l.split("\t"));
    expect(rows[0]).toEqual([
      "tổng hợp",
      "bancdcds@binhphuoc.example, vanphong.ubnd@binhphuoc.example",
      "Chuyển đổi số — tổng hợp tháng 06/2023: 32/33 đơn vị đã báo cáo, 21 đơn vị có chỉ tiêu dưới ngưỡng",
    ]);
    expect(rows.filter((r) => r[0] === "thông báo")).toHaveLength(21);
    expect(rows).toContainEqual([
      "thông báo",
      "chutich.dongphu@binhphuoc.example; cc: vanthu.dongphu@binhphuoc.example",
      "[Nhắc lần 6] Chuyển đổi số tháng 06/2023 — UBND huyện Đồng Phú: 2 chỉ tiêu dưới ngưỡng yếu kém",
    ]);
    // Written today, long after 5 July 2023: the reminder says the deadline has passed.
    expect(rows.filter((r) => r[0] === "nhắc nộp")).toEqual([
      [
        "nhắc nộp",
        "vanthu.bdt@binhphuoc.example",
        "Nhắc nộp số liệu chuyển đổi số tháng 06/2023 — đã quá hạn 05/07/2023",
      ],
    ]);
    expect(plain.stdout).toContain(
      "Tháng 06/2023: 23 thư (1 tổng hợp, 21 thông báo, 1 nhắc nộp), 45 lượt người nhận; 0 thư không lập được.",
    );
    expect(plain.stderr).toBe("");
    expect(plain.stdout).not.toContain("\x1b");
  });

  it("lists the messages that cannot be produced, and why", () => {
    expect(noAddresses.code).toBe(0);
    const rows = lines(noAddresses).map((l) => l.split("\t"));
    expect(rows.some((r) => r[0] === "tổng hợp" && r[1].includes("@"))).toBe(false);
    expect(noAddresses.stdout).toContain("Thư không lập được:");
    expect(rows).toContainEqual([
      "tổng hợp",
      "—",
      "chưa có địa chỉ nào trong cài đặt “Email Ban Chỉ đạo” (trang Cài đặt). Vui lòng nhập địa chỉ nhận thư tổng hợp.",
    ]);
    expect(rows.find((r) => r[1] === "SGTVT")?.[0]).toBe("thông báo");
    expect(rows.find((r) => r[1] === "SGTVT")?.[2]).toContain("Sở Giao thông Vận tải chưa có địa chỉ");
    expect(rows.find((r) => r[1] === "BDT")?.[0]).toBe("nhắc nộp");
    expect(noAddresses.stdout).toContain("; 3 thư không lập được.");
  });

  it("speaks the workbook's language", () => {
    expect(english.code).toBe(0);
    const [first] = lines(english).map((l) => l.split("\t"));
    expect(first[0]).toBe("summary");
    expect(first[2]).toBe(
      "Digital transformation — summary for June 2023: 32 of 33 units reported, 21 units with an indicator below the threshold",
    );
    expect(english.stdout).toContain("June 2023: 23 messages (1 summary, 21 notices, 1 reminder)");
  });
});

describe("summary --outbox: the .eml files", () => {
  it("writes one file per message, named from its key, and never touches the input", () => {
    expect(written.code).toBe(0);
    expect(written.stderr).toBe(`Đã ghi 23 thư (.eml) vào ${outbox}\n`);
    const files = readdirSync(outbox).sort();
    expect(files).toHaveLength(23);
    expect(files).toContain("2023-06_summary.eml");
    expect(files).toContain("2023-06_notice_SGTVT.eml");
    expect(files).toContain("2023-06_reminder_BDT.eml");
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9._-]+\.eml$/);
    expect(sha256(sample)).toBe(sampleHash);
  });

  it("writes CRLF lines of at most 76 characters, ASCII only", () => {
    for (const f of readdirSync(outbox)) {
      const raw = readEml(f);
      expect(raw).not.toMatch(/[^\r]\n/);
      expect(raw).not.toMatch(/[^\x00-\x7f]/);
      for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    }
  });

  it("has the RFC 5322 headers, with the subject as UTF-8 encoded-words", async () => {
    const raw = readEml("2023-06_summary.eml");
    const head = parseMime(raw).headers;
    expect(head.get("subject")).toMatch(/^=\?UTF-8\?B\?/);
    expect(head.get("mime-version")).toBe("1.0");
    const m = await parseEml("2023-06_summary.eml");
    expect(m.from).toEqual({ name: "DX Scorecard", address: "no-reply@dx-scorecard.invalid" });
    expect(addresses(m.to)).toEqual(["bancdcds@binhphuoc.example", "vanphong.ubnd@binhphuoc.example"]);
    expect(m.subject).toBe(
      "Chuyển đổi số — tổng hợp tháng 06/2023: 32/33 đơn vị đã báo cáo, 21 đơn vị có chỉ tiêu dưới ngưỡng",
    );
    expect(Number.isNaN(Date.parse(m.date!))).toBe(false);
    expect(m.messageId).toMatch(/^<[A-Za-z0-9._-]+@dx-scorecard\.invalid>$/);
    const n = await parseEml("2023-06_notice_DONGPHU.eml");
    expect(addresses(n.to)).toEqual(["chutich.dongphu@binhphuoc.example"]);
    expect(addresses(n.cc)).toEqual(["vanthu.dongphu@binhphuoc.example"]);
    expect(n.subject).toBe(
      "[Nhắc lần 6] Chuyển đổi số tháng 06/2023 — UBND huyện Đồng Phú: 2 chỉ tiêu dưới ngưỡng yếu kém",
    );
  });

  it("writes every message as a text and an HTML alternative, with no image part", () => {
    for (const f of readdirSync(outbox)) {
      const m = parseMime(readEml(f));
      expect(m.headers.get("content-type")).toMatch(/^multipart\/alternative;/);
      expect(m.parts.map((p) => p.headers.get("content-type"))).toEqual([
        "text/plain; charset=UTF-8",
        "text/html; charset=UTF-8",
      ]);
    }
  });

  it("decodes to a text and an HTML part with the same content, the chart naming every unit", async () => {
    const m = await parseEml("2023-06_summary.eml");
    const text = m.text!;
    const html = m.html!;
    expect(text).toContain(
      "Tỷ lệ văn bản điện tử được ký số thấp hơn ngưỡng 50,00%: Sở Giao thông Vận tải (0,00%), Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch (0,00%), UBND huyện Bù Gia Mập (0,00%), UBND huyện Bù Đốp (0,33%), UBND huyện Đồng Phú (24,39%), Thanh tra tỉnh (39,51%).",
    );
    const seen = visibleText(html);
    const prose = proseLines(text);
    expect(prose.length).toBeGreaterThan(10);
    for (const line of prose) expect(seen).toContain(line.replace(/\s+/g, " "));
    expect(m.attachments).toEqual([]);
    expect(html).not.toMatch(/<img|cid:/);
    expect(seen).toContain("1. Sở Khoa học và Công nghệ 89,92% · Dẫn dắt");
    expect(seen).toContain("Ban Dân tộc Chưa báo cáo");
  });

  it("writes the reminder and the notices plainly", async () => {
    const r = await parseEml("2023-06_reminder_BDT.eml");
    expect(r.attachments).toEqual([]);
    expect(r.text).toContain("Hạn nộp ngày 05/07/2023 đã qua.");
    for (const line of proseLines(r.text!)) expect(visibleText(r.html!)).toContain(line);
    const n = await parseEml("2023-06_notice_DONGPHU.eml");
    const fix = "Nâng tỷ lệ văn bản điện tử được ký số từ 24,39% lên ít nhất 50,00%.";
    expect(n.text).toContain(fix);
    expect(visibleText(n.html!)).toContain(fix);
  });
});

describe("demo", () => {
  it("also writes the June 2023 outbox and says so", () => {
    expect(demo.code).toBe(0);
    const box = join(dir, "demo", "outbox-2023-06");
    expect(readdirSync(box).filter((f) => f.endsWith(".eml"))).toHaveLength(23);
    expect(demo.stderr).toContain(`${box} — 23 thư (.eml)`);
  });
});

describe("summary: errors", () => {
  it("refuses bad usage with exit code 2", async () => {
    const [noPeriod, badPeriod, withJson, sameAsInput] = await Promise.all([
      run(["summary", sample]),
      run(["summary", sample, "--period", "2023-13"]),
      run(["summary", sample, "--period", "2023-06", "--json"]),
      run(["summary", sample, "--period", "2023-06", "--outbox", sample]),
    ]);
    for (const r of [noPeriod, badPeriod, withJson, sameAsInput]) {
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).not.toMatch(STACK_TRACE);
    }
    expect(noPeriod.stderr).toContain("--period");
    expect(badPeriod.stderr).toContain("2023-13");
    expect(withJson.stderr).toContain("--json");
    expect(sameAsInput.stderr).toContain("không được trùng tệp đầu vào");
    expect(sha256(sample)).toBe(sampleHash);
  });

  it("refuses bad input with exit code 1 and one sentence naming the file", async () => {
    const missing = join(dir, "missing.xlsx");
    const blocked = join(sample, "outbox"); // under a file: cannot be created
    const [noData, noFile, cannotWrite] = await Promise.all([
      run(["summary", sample, "--period", "2024-06"]),
      run(["summary", missing, "--period", "2023-06"]),
      run(["summary", sample, "--period", "2023-06", "--outbox", blocked]),
    ]);
    expect(noData.code).toBe(1);
    expect(noData.stderr).toBe(
      `dx-scorecard: ${sample}: Trang Số liệu chưa có số liệu nào của tháng 06/2024. Vui lòng chọn kỳ khác.\n`,
    );
    expect(noFile.code).toBe(1);
    expect(noFile.stderr).toContain(missing);
    expect(cannotWrite.code).toBe(1);
    expect(cannotWrite.stderr).toContain(blocked);
    expect(cannotWrite.stderr.trim().split("\n")).toHaveLength(1);
    expect(cannotWrite.stdout).toBe("");
    for (const r of [noData, noFile, cannotWrite]) expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(existsSync(blocked)).toBe(false);
    expect(sha256(sample)).toBe(sampleHash);
  });
});
