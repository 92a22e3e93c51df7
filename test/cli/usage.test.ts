// Help, version and usage mistakes of the built CLI: each prints its own help or one sentence in
// the user's language (exit 0 for help and version, 2 for bad usage), never the parser's English.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, mutate, ROOT, type RunResult, run, STACK_TRACE, sha256, tempDir } from "./helpers";

let dir: string;
let sample: string;
let english: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  sample = await initSample(dir);
  english = join(dir, "english.xlsx");
  const r = await run(["init", english, "--sample", "--lang", "en"]);
  if (r.code !== 0) throw new Error(r.stderr);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Exit 2, nothing on stdout, the sentence and then where to read the command's help. */
function expectUsage(r: RunResult, sentence: string, hint: string) {
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr).toBe(`dx-scorecard: ${sentence}\n${hint}\n`);
  expect(r.code).toBe(2);
}

describe.concurrent("help and version", () => {
  it("prints a command's own help for --help, -h and help <command>, exit 0", async () => {
    const [long, short, word] = await Promise.all([
      run(["rank", "--help"]),
      run(["rank", "-h"]),
      run(["help", "rank"]),
    ]);
    for (const r of [long, short, word]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      expect(r.stdout.split("\n")[0]).toBe(
        "Cách dùng: dx-scorecard rank <tệp.xlsx> --period KỲ [--json] [--out kết-quả.xlsx [--force]]",
      );
      expect(r.stdout).toContain("  --force              cho phép --out ghi đè tệp đã tồn tại");
      expect(r.stdout).toContain("Ví dụ:\n  dx-scorecard rank tinh.xlsx --period 2023-06");
    }
    expect(short.stdout).toBe(long.stdout);
    expect(word.stdout).toBe(long.stdout);
  });

  it("gives each command different help", async () => {
    const helps = await Promise.all(
      ["init", "check", "rank", "summary", "demo", "letter", "report"].map((c) => run([c, "--help"])),
    );
    expect(new Set(helps.map((r) => r.stdout)).size).toBe(7);
    expect(helps[0].stdout).toContain("--force              ghi đè nếu tệp đã tồn tại");
    expect(helps[3].stdout).toContain("--outbox THƯ-MỤC");
    expect(helps[4].stdout).toContain("--dir THƯ-MỤC");
    expect(helps[5].stdout).toContain(
      "--out TỆP            tệp .docx cần ghi (mặc định cong-van-KỲ.docx trong thư mục hiện tại)",
    );
    expect(helps[6].stdout).toContain(
      "--period NĂM         năm, ví dụ 2023 (bắt buộc; công văn tháng, quý: lệnh letter)",
    );
  });

  it("prints the help in English with --lang en, wherever --lang stands", async () => {
    const [before, after] = await Promise.all([
      run(["--lang", "en", "init", "--help"]),
      run(["init", "-h", "--lang=en"]),
    ]);
    for (const r of [before, after]) {
      expect(r.code).toBe(0);
      expect(r.stdout.split("\n")[0]).toBe("Usage: dx-scorecard init <file.xlsx> [--sample] [--force]");
      expect(r.stdout).toContain("--force              overwrite the file if it exists");
    }
  });

  it("prints the global help for --help alone, listing every command and option", async () => {
    const r = await run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[2]).toBe("Cách dùng: dx-scorecard <lệnh> [tùy chọn]");
    for (const text of [
      "init <tệp.xlsx>",
      "summary <tệp.xlsx>",
      "letter <tệp.xlsx>",
      "report <tệp.xlsx>",
      "--lang vi|en",
      "-V, --version",
      "help <lệnh>",
    ])
      expect(r.stdout).toContain(text);
  });

  it("prints the package version for --version and -V", async () => {
    const version = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version;
    const [long, short] = await Promise.all([run(["--version"]), run(["-V"])]);
    for (const r of [long, short]) {
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
      expect(r.stderr).toBe("");
    }
  });
});

describe.concurrent("usage mistakes", () => {
  it("names the accepted languages for --lang fr", async () => {
    expectUsage(
      await run(["--lang", "fr"]),
      "Ngôn ngữ “fr” không được hỗ trợ. Vui lòng dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).",
      "Xem hướng dẫn: dx-scorecard --help",
    );
  });

  it("asks for the missing value of an option in our words", async () => {
    const r = await run(["rank", sample, "--period"]);
    expectUsage(
      r,
      "Tùy chọn --period cần một giá trị, ví dụ --period 2023-06.",
      "Xem hướng dẫn: dx-scorecard rank --help",
    );
    expect(r.stderr).not.toMatch(/argument missing|Option '/);
  });

  it("asks for the missing value in English with --lang en", async () => {
    expectUsage(
      await run(["--lang", "en", "summary", sample, "--outbox"]),
      "The option --outbox needs a value, e.g. --outbox thu-muc.",
      "See: dx-scorecard summary --help",
    );
  });

  it("names an unknown option and suggests the closest one", async () => {
    expectUsage(
      await run(["rank", sample, "--perod", "2023-06"]),
      "Không có tùy chọn --perod. Có phải ý là --period?",
      "Xem hướng dẫn: dx-scorecard rank --help",
    );
    expectUsage(
      await run(["init", "x.xlsx", "--forse"]),
      "Không có tùy chọn --forse. Có phải ý là --force?",
      "Xem hướng dẫn: dx-scorecard init --help",
    );
  });

  it("points a period typed without --period to --period", async () => {
    expectUsage(
      await run(["rank", sample, "2024-05"]),
      "“2024-05” không phải tệp .xlsx. Có phải ý là --period 2024-05?",
      "Xem hướng dẫn: dx-scorecard rank --help",
    );
  });

  it("names an option that does not go with the command", async () => {
    expectUsage(
      await run(["check", sample, "--json"]),
      "Tùy chọn --json không dùng với lệnh check.",
      "Xem hướng dẫn: dx-scorecard check --help",
    );
  });
});

describe.concurrent("files that are not Excel workbooks", () => {
  const notExcel = (file: string) =>
    `dx-scorecard: ${file}: Tệp “${file}” không phải tệp Excel (.xlsx). Vui lòng mở tệp bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx).\n`;

  it("says a .csv is not an Excel file, without the zip library's text", async () => {
    const file = join(dir, "x.csv");
    writeFileSync(file, "Mã đơn vị,Tên đơn vị\nSGTVT,Sở Giao thông Vận tải\n");
    const r = await run(["check", file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(notExcel(file));
    expect(r.stderr).not.toMatch(/central directory|jszip|https?:/i);
  });

  it("says a zip that is not a workbook is not an Excel file", async () => {
    const file = join(dir, "not-a-workbook.xlsx");
    // An empty zip archive: only its end-of-central-directory record.
    const zip = Buffer.alloc(22);
    zip.write("PK\x05\x06", 0, "latin1");
    writeFileSync(file, zip);
    const r = await run(["check", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(notExcel(file));
  });
});

describe.concurrent("overwriting", () => {
  it("refuses to overwrite an existing --out file without --force, and overwrites with it", async () => {
    const out = join(dir, "ranked.xlsx");
    writeFileSync(out, "cũ");
    const before = sha256(out);
    const refused = await run(["rank", sample, "--period", "2023-06", "--out", out]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(
      `dx-scorecard: ${sample}: Tệp “${out}” đã tồn tại. Vui lòng chọn tên khác, hoặc thêm --force để ghi đè.\n`,
    );
    expect(sha256(out)).toBe(before);
    const forced = await run(["rank", sample, "--period", "2023-06", "--out", out, "--force"]);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toBe(`Đã ghi bảng xếp hạng 2023-06: ${out}\n`);
    expect(sha256(out)).not.toBe(before);
  });
});

describe.concurrent("a quarter with a month missing", () => {
  it("is ranked with a warning on stderr naming the month, stdout unchanged", async () => {
    const file = await mutate(sample, join(dir, "no-may.xlsx"), (wb) => {
      const ws = wb.getWorksheet("Số liệu")!;
      const rows: number[] = [];
      ws.eachRow((row, i) => {
        if (row.getCell(1).value === "2023-05") rows.push(i);
      });
      for (const i of rows.reverse()) ws.spliceRows(i, 1);
    });
    const [text, json] = await Promise.all([
      run(["rank", file, "--period", "2023-Q2"]),
      run(["rank", file, "--period", "2023-Q2", "--json"]),
    ]);
    const warning = `dx-scorecard: ${file}: Cảnh báo: Quý II/2023 thiếu số liệu tháng 05/2023; điểm quý tính trên các tháng có số liệu.\n`;
    for (const r of [text, json]) {
      expect(r.code).toBe(0);
      expect(r.stderr).toBe(warning);
    }
    expect(JSON.parse(json.stdout).period).toBe("2023-Q2");
    expect(text.stdout.split("\n")[0]).toBe("BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ — quý II/2023");
  });

  it("gives no warning when every month of the quarter has figures", async () => {
    const r = await run(["rank", sample, "--period", "2023-Q2", "--json"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
  });
});

describe.concurrent("English output", () => {
  it("ranks in English with singular and plural units and English band names", async () => {
    // Ten of the eleven districts no longer followed: a group of one unit. (A new group would lack
    // the per-group targets and points of the sample's year-end index.)
    const file = await mutate(english, join(dir, "one-unit-group.xlsx"), (wb) => {
      const units = wb.getWorksheet("Đơn vị")!;
      for (let r = 2; r <= units.rowCount; r++) {
        const district = units.getCell(`C${r}`).value === "UBND cấp huyện";
        if (district && units.getCell(`A${r}`).value !== "DONGXOAI") units.getCell(`F${r}`).value = "không";
      }
    });
    const r = await run(["rank", file, "--period", "2023-06"]);
    expect(r.code).toBe(0);
    const out = r.stdout.split("\n");
    expect(out).toContain("Group: UBND cấp huyện (1 unit)");
    expect(out).toContain("Group: Sở, ban, ngành (22 units)");
    expect(r.stdout).toMatch(/ {2}(Leading|Advanced|Forming|Starting) /);
    expect(r.stdout).not.toMatch(/Dẫn dắt|Nâng cao|Hình thành|Khởi động/);
  });
});
