// Bad input and bad usage of the built CLI: exit 1 (input) or 2 (usage), one clear Vietnamese
// sentence on stderr naming the file, sheet and cell, no stack trace, and no output file written.
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  sheet,
  tempDir,
} from "./helpers";

let dir: string;
let sample: string;

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  sample = await initSample(dir);
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The June 2023 row of UBND huyện Đồng Phú and the columns the cases below break. */
const ROW = 192;
const CELL = { KY_SO: `E${ROW}`, SC_ATTT: `I${ROW}`, TIN_CDS: `J${ROW}`, unitId: `B${ROW}` };

const data = (wb: ExcelJS.Workbook) => sheet(wb, "Số liệu");

/** Writes a broken copy of the sample, ranks it with `--out`, and returns the run and the paths. */
async function rankBroken(
  name: string,
  change: (wb: ExcelJS.Workbook) => void,
): Promise<{ r: RunResult; file: string; out: string }> {
  const file = await mutate(sample, join(dir, `${name}.xlsx`), change);
  const out = join(dir, `${name}-ranked.xlsx`);
  const r = await run(["rank", file, "--period", "2023-06", "--out", out]);
  return { r, file, out };
}

/** No partial output: neither the ranked copy nor a temporary file beside it. */
function expectNothingWritten(out: string) {
  expect(existsSync(out)).toBe(false);
  expect(listDir(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
}

/**
 * Exit 1, nothing on stdout, and on stderr exactly the one problem (`dx-scorecard: FILE: REF: …`)
 * followed by the line that says ranking needs the workbook fixed.
 */
function expectOneProblem(r: RunResult, file: string, ref: string, ...fragments: string[]): string {
  expect(r.code).toBe(1);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(STACK_TRACE);
  const lines = r.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(2);
  const [problem, fixFirst] = lines;
  expect(problem.startsWith(`dx-scorecard: ${file}: ${ref}: `), problem).toBe(true);
  for (const f of fragments) expect(problem).toContain(f);
  expect(fixFirst).toBe(
    `dx-scorecard: ${file}: Bảng tính có 1 lỗi, chưa thể xếp hạng. Vui lòng sửa các lỗi trên (chạy lệnh check để xem tất cả).`,
  );
  return problem;
}

/** Exit 2, the reason in one sentence, then where the command's help is; nothing on stdout. */
function expectUsage(r: RunResult, firstLine: string, help = "dx-scorecard rank --help") {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stderr).toBe(`${firstLine}\nXem hướng dẫn: ${help}\n`);
}

describe("the sample layout these cases rely on", () => {
  it("has Đồng Phú's June figures in row 192 and the indicator columns in E, I and J", async () => {
    const wb = await readXlsx(sample);
    const ws = data(wb);
    expect(dataRowOf(ws, "2023-06", "DONGPHU")).toBe(ROW);
    expect([
      columnOf(ws, "Mã đơn vị"),
      columnOf(ws, "KY_SO"),
      columnOf(ws, "SC_ATTT"),
      columnOf(ws, "TIN_CDS"),
    ]).toEqual([2, 5, 9, 10]);
    // The year-end index's columns sit between TIN_CDS and Ghi chú; its 33 year rows come last.
    expect(ws.getCell("AT1").value).toBe("Cập nhật lúc");
    expect(ws.getCell("AU1").value).toBeNull();
    expect(ws.rowCount).toBe(429);
    expect(sheet(wb, "Đơn vị").rowCount).toBe(34);
    expect(sheet(wb, "Đơn vị").getCell("C1").value).toBe("Nhóm");
    expect(sheet(wb, "Chỉ tiêu").rowCount).toBe(35);
    expect(sheet(wb, "Chỉ tiêu").getCell("A4").value).toBe("KY_SO");
  });
});

describe.concurrent("rank on a broken workbook", () => {
  it("names the missing Chỉ tiêu sheet, and nothing else", async () => {
    const { r, file, out } = await rankBroken("no-indicators", (wb) => wb.removeWorksheet(sheet(wb, "Chỉ tiêu").id));
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      `dx-scorecard: ${file}: Không tìm thấy trang tính “Chỉ tiêu”. Vui lòng chạy Thiết lập bảng tính hoặc thêm trang này.`,
      `dx-scorecard: ${file}: Bảng tính có 1 lỗi, chưa thể xếp hạng. Vui lòng sửa các lỗi trên (chạy lệnh check để xem tất cả).`,
    ]);
    expectNothingWritten(out);
  });

  it("names both sheets when two claim the role of Số liệu, and reads neither", async () => {
    const { r, file, out } = await rankBroken("forged-data", (wb) => {
      // A forged copy under the English name, with SGTVT's e-signing share at 100 %.
      const real = sheet(wb, "Số liệu");
      const forged = wb.addWorksheet("Data");
      real.eachRow((row, i) => {
        forged.getRow(i).values = row.values as ExcelJS.CellValue[];
      });
      forged.getCell(`E${dataRowOf(real, "2023-06", "SGTVT")}`).value = 1;
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      `dx-scorecard: ${file}: Các trang “Số liệu”, “Data” cùng mang tên của trang Số liệu, nên không xác định được trang nào là thật. Vui lòng xóa hoặc đổi tên các trang thừa, chỉ giữ một trang Số liệu.`,
      `dx-scorecard: ${file}: Bảng tính có 1 lỗi, chưa thể xếp hạng. Vui lòng sửa các lỗi trên (chạy lệnh check để xem tất cả).`,
    ]);
    expectNothingWritten(out);
    const check = await run(["check", file]);
    expect(check.code).toBe(1);
    expect(check.stdout + check.stderr).toContain("Các trang “Số liệu”, “Data” cùng mang tên của trang Số liệu");
  });

  it("names the missing Nhóm column of Đơn vị in row 1", async () => {
    const { r, file, out } = await rankBroken("no-group", (wb) => {
      sheet(wb, "Đơn vị").getCell("C1").value = null;
    });
    const line = expectOneProblem(r, file, "Đơn vị!1:1", "thiếu cột “Nhóm”", "Vui lòng thêm cột này");
    expect(line).toContain("trang Đơn vị");
    expectNothingWritten(out);
  });

  it("names a duplicate unit ID and the cell it repeats", async () => {
    const { r, file, out } = await rankBroken("duplicate-unit", (wb) => {
      sheet(wb, "Đơn vị").addRow(["VP_UBND", "Văn phòng UBND tỉnh (bản sao)", "Sở, ban, ngành"]);
    });
    expectOneProblem(r, file, "Đơn vị!A35", "mã “VP_UBND” bị trùng với ô A2");
    expect(r.stderr).toContain("Mỗi mã chỉ được dùng một lần");
    expectNothingWritten(out);
  });

  it("names a duplicate indicator ID and the cell it repeats", async () => {
    const { r, file, out } = await rankBroken("duplicate-indicator", (wb) => {
      const ws = sheet(wb, "Chỉ tiêu");
      ws.addRow((ws.getRow(4).values as ExcelJS.CellValue[]).slice(1));
    });
    expectOneProblem(r, file, "Chỉ tiêu!A36", "mã “KY_SO” bị trùng với ô A4");
    expectNothingWritten(out);
  });

  it("names both rows of a unit entered twice for the same month", async () => {
    const { r, file, out } = await rankBroken("duplicate-row", (wb) => {
      const ws = data(wb);
      ws.addRow((ws.getRow(ROW).values as ExcelJS.CellValue[]).slice(1));
    });
    expectOneProblem(
      r,
      file,
      "Số liệu!B430",
      "đơn vị DONGPHU đã có số liệu kỳ 2023-06 ở hàng 192",
      "giữ lại một trong hai hàng 192 và 430",
    );
    expectNothingWritten(out);
  });

  it("refuses text in a percent cell", async () => {
    const { r, file, out } = await rankBroken("text-in-number", (wb) => {
      data(wb).getCell(CELL.KY_SO).value = "abc";
    });
    expectOneProblem(r, file, `Số liệu!${CELL.KY_SO}`, "“abc” không phải là số", "Vui lòng nhập một số");
    expectNothingWritten(out);
  });

  it("refuses a percent above 100 %", async () => {
    const { r, file, out } = await rankBroken("percent-124", (wb) => {
      data(wb).getCell(CELL.KY_SO).value = "124%";
    });
    expectOneProblem(r, file, `Số liệu!${CELL.KY_SO}`, "tỷ lệ 124% vượt quá 100%", "từ 0 đến 100%");
    expectNothingWritten(out);
  });

  it("refuses a bare number above 1 in a percent column and suggests the percent", async () => {
    const { r, file, out } = await rankBroken("percent-bare", (wb) => {
      // A plain number cell (init formats percent columns as %, where 24.39 would show 2 439 %).
      const cell = data(wb).getCell(CELL.KY_SO);
      cell.value = 24.39;
      cell.numFmt = "General";
    });
    expectOneProblem(
      r,
      file,
      `Số liệu!${CELL.KY_SO}`,
      "24,39 lớn hơn 1 trong cột tỷ lệ",
      "Có phải ý là 24,39%?",
      "0,2439",
    );
    expectNothingWritten(out);
  });

  it("refuses a negative count", async () => {
    const { r, file, out } = await rankBroken("negative-count", (wb) => {
      data(wb).getCell(CELL.SC_ATTT).value = -2;
    });
    expectOneProblem(r, file, `Số liệu!${CELL.SC_ATTT}`, "giá trị -2 âm", "Vui lòng nhập số không âm");
    expectNothingWritten(out);
  });

  it("refuses 1.250 in a count column as ambiguous and asks for 1250, without a thousands separator", async () => {
    const { r, file, out } = await rankBroken("ambiguous-count", (wb) => {
      data(wb).getCell(CELL.TIN_CDS).value = "1.250";
    });
    const problem = expectOneProblem(r, file, `Số liệu!${CELL.TIN_CDS}`);
    expect(problem).toBe(
      `dx-scorecard: ${file}: Số liệu!${CELL.TIN_CDS}: “1.250” có thể hiểu là 1,25 hoặc 1250; số lượng phải là số nguyên: nhập 1250 (không dùng dấu phân cách hàng nghìn).`,
    );
    expectNothingWritten(out);
  });

  it("names a unit ID that Đơn vị does not list", async () => {
    const { r, file, out } = await rankBroken("unknown-unit", (wb) => {
      data(wb).getCell(CELL.unitId).value = "XYZ";
    });
    expectOneProblem(r, file, `Số liệu!${CELL.unitId}`, "mã đơn vị “XYZ” không có trong trang Đơn vị");
    expectNothingWritten(out);
  });

  it("names a Số liệu column headed by no indicator ID", async () => {
    const { r, file, out } = await rankBroken("unknown-column", (wb) => {
      data(wb).getCell("AU1").value = "CHU_KY";
    });
    expectOneProblem(r, file, "Số liệu!AU1", "cột “CHU_KY” không phải mã chỉ tiêu nào trong trang Chỉ tiêu");
    expectNothingWritten(out);
  });
});

describe.concurrent("rank on a file it cannot use", () => {
  it("says the file does not exist", async () => {
    const file = join(dir, "khong-co.xlsx");
    const out = join(dir, "khong-co-ranked.xlsx");
    const r = await run(["rank", file, "--period", "2023-06", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toBe(`dx-scorecard: ${file}: Không tìm thấy tệp “${file}”. Vui lòng kiểm tra đường dẫn.\n`);
    expect(r.stderr).toMatch(/không tìm thấy tệp/i);
    expectNothingWritten(out);
  });

  it("says a file that is not an .xlsx cannot be read as one", async () => {
    const file = join(dir, "khong-phai-bang-tinh.xlsx");
    writeFileSync(file, "Đây không phải bảng tính.\n");
    const out = join(dir, "khong-phai-ranked.xlsx");
    const r = await run(["rank", file, "--period", "2023-06", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toBe(
      `dx-scorecard: ${file}: Tệp “${file}” không phải tệp Excel (.xlsx). Vui lòng mở tệp bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx).\n`,
    );
    expectNothingWritten(out);
  });

  it("says a valid period without any figures has no data", async () => {
    const out = join(dir, "2030-ranked.xlsx");
    const r = await run(["rank", sample, "--period", "2030-01", "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toBe(
      `dx-scorecard: ${sample}: Trang Số liệu chưa có số liệu nào của tháng 01/2030. Vui lòng chọn kỳ khác.\n`,
    );
    expectNothingWritten(out);
  });
});

describe.concurrent("bad usage", () => {
  it("asks for a command when there is none", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toBe(
      "dx-scorecard: Chưa có lệnh. Vui lòng chọn một lệnh: init, check, rank, summary, demo.",
    );
    expect(r.stderr).toContain("Cách dùng: dx-scorecard <lệnh> [tùy chọn]");
  });

  it("names an unknown command", async () => {
    const r = await run(["xephang", sample]);
    expectUsage(
      r,
      "dx-scorecard: Không có lệnh “xephang”. Các lệnh: init, check, rank, summary, demo.",
      "dx-scorecard --help",
    );
  });

  it("asks for --period when rank has none", async () => {
    const out = join(dir, "no-period-ranked.xlsx");
    const r = await run(["rank", sample, "--out", out]);
    expectUsage(r, "dx-scorecard: Lệnh rank cần kỳ báo cáo, ví dụ --period 2023-06.");
    expectNothingWritten(out);
  });

  it("refuses month 13 as a period", async () => {
    const out = join(dir, "month-13-ranked.xlsx");
    const r = await run(["rank", sample, "--period", "2023-13", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.stderr).toBe(
      `dx-scorecard: ${sample}: Kỳ “2023-13” không hợp lệ. Vui lòng dùng dạng 2023-06 (tháng), 2023-Q2 (quý) hoặc 2023 (năm).\n`,
    );
    expectNothingWritten(out);
  });

  it("names an unknown option in Vietnamese", async () => {
    const r = await run(["rank", sample, "--period", "2023-06", "--foo"]);
    expectUsage(r, "dx-scorecard: Không có tùy chọn --foo.");
    expect(r.stderr).not.toContain("Unknown option");
  });
});

describe("a malformed e-mail address", () => {
  it("is a warning naming its cell: rank still works and --json stays clean, check fails", async () => {
    const file = await mutate(sample, join(dir, "bad-email.xlsx"), (wb) => {
      wb.getWorksheet("Đơn vị")!.getCell("E9").value = "giamdoc.sgtvt@";
    });
    const ranked = await run(["rank", file, "--period", "2023-06", "--json"]);
    expect(ranked.code).toBe(0);
    expect(JSON.parse(ranked.stdout).period).toBe("2023-06");
    expect(ranked.stderr).toBe(
      `dx-scorecard: ${file}: Cảnh báo: Đơn vị!E9: địa chỉ e-mail “giamdoc.sgtvt@” không hợp lệ nên sẽ bị bỏ qua khi gửi thư. Vui lòng sửa lại; các địa chỉ cách nhau bằng dấu “,” hoặc “;”.\n`,
    );
    const checked = await run(["check", file]);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toContain("Đơn vị!E9: địa chỉ e-mail “giamdoc.sgtvt@” không hợp lệ");
  });
});

describe("a percent cell formatted as %", () => {
  it("reads 1.24 shown as 124 % as above 100 %, with its cell", async () => {
    const file = await mutate(sample, join(dir, "pct-format.xlsx"), (wb) => {
      const c = wb.getWorksheet("Số liệu")!.getCell("E2");
      c.value = 1.24;
      c.numFmt = "0.00%";
    });
    const r = await run(["rank", file, "--period", "2023-01"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${file}: Số liệu!E2: tỷ lệ 124% vượt quá 100%. Vui lòng nhập giá trị từ 0 đến 100%.`);
  });
});
