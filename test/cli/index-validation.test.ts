// Each problem of the province index (design §9) through the CLI: `check` prints the one sentence
// with its sheet and cell and exits 1, and `rank` refuses with the same sentence.
import { rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, initSample, type RunResult, run, STACK_TRACE, tempDir } from "./helpers";
import { type IndexSpec, indexSpec, writeIndex } from "./index-fixture";

const GROUPS = "“Sở, ban, ngành”, “UBND cấp huyện”";

/** Changes an indicator of the base index (rows: KY_SO 2, HS_XA 3, BCD 4, VB_KS 5, TAP_HUAN 6). */
function indicator(id: string, cells: Record<string, string | number | null>) {
  return (spec: IndexSpec) => {
    spec.indicators = spec.indicators.map((i) => (i["Mã chỉ tiêu"] === id ? { ...i, ...cells } : i));
  };
}

/**
 * Changes a figure of the base index. `Số liệu` columns: C KY_SO, D HS_XA, E BCD, F VB_KS_TU,
 * G VB_KS_MAU, H TAP_HUAN; rows 2–6 April, 7–11 May, 12–16 June (SNV, STP, STC, DONGXOAI, BUDOP),
 * 17–21 the year 2023.
 */
function figure(period: string, unitId: string, cells: Record<string, string | number | null>) {
  return (spec: IndexSpec) => {
    const row = spec.data.find((r) => r["Kỳ"] === period && r["Mã đơn vị"] === unitId);
    if (!row) throw new Error(`no row ${unitId} ${period}`);
    Object.assign(row, cells);
  };
}

interface Case {
  name: string;
  edit: (spec: IndexSpec) => void;
  /** The one problem, as `check` prints it after the file name. */
  line: string;
}

const CASES: Case[] = [
  {
    name: "a group in Áp dụng cho nhóm that no unit has",
    edit: indicator("HS_XA", { "Áp dụng cho nhóm": "UBND cấp xã" }),
    line: `Chỉ tiêu!L3: không có đơn vị nào thuộc nhóm “UBND cấp xã” trong trang Đơn vị (các nhóm hiện có: ${GROUPS}). Vui lòng ghi tên nhóm đúng như cột Nhóm.`,
  },
  {
    name: "a group in a per-group value that no unit has",
    edit: indicator("KY_SO", { "Mục tiêu": "Sở, ban, ngành: 90%; UBND cấp huyện: 80%; UBND cấp xã: 60%" }),
    line: `Chỉ tiêu!G2: không có đơn vị nào thuộc nhóm “UBND cấp xã” trong trang Đơn vị (các nhóm hiện có: ${GROUPS}). Vui lòng ghi tên nhóm đúng như cột Nhóm.`,
  },
  {
    name: "a per-group value missing a group the indicator applies to",
    edit: indicator("KY_SO", { "Ngưỡng yếu kém": "Sở, ban, ngành: 70%" }),
    line: "Chỉ tiêu!H2: Ngưỡng yếu kém của chỉ tiêu KY_SO chưa có giá trị cho nhóm “UBND cấp huyện”, là nhóm chỉ tiêu áp dụng. Vui lòng thêm “UBND cấp huyện: …” hoặc ghi một giá trị chung cho mọi nhóm.",
  },
  {
    name: "per-group points missing a group",
    edit: indicator("TAP_HUAN", { "Điểm tối đa": "UBND cấp huyện: 5" }),
    line: "Chỉ tiêu!F6: Điểm tối đa của chỉ tiêu TAP_HUAN chưa có giá trị cho nhóm “Sở, ban, ngành”, là nhóm chỉ tiêu áp dụng. Vui lòng thêm “Sở, ban, ngành: …” hoặc ghi một giá trị chung cho mọi nhóm.",
  },
  {
    name: "a Mức that does not parse",
    edit: indicator("BCD", { Mức: "Chủ tịch = 1; Phó Chủ tịch: 0,5; Chưa có: 0" }),
    line: "Chỉ tiêu!N4: Mức “Chủ tịch = 1; Phó Chủ tịch: 0,5; Chưa có: 0” không đọc được. Vui lòng ghi các cặp “nhãn: phần điểm” (ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”) hoặc các bậc số (ví dụ “≥4: 1; ≥3: 0,75; ≥1: 0,5”), phần điểm từ 0 đến 1.",
  },
  {
    name: "a level label typed in Số liệu that Mức does not list",
    edit: figure("2023", "SNV", { BCD: "Phó chủ tịch tỉnh" }),
    line: "Số liệu!E17: “Phó chủ tịch tỉnh” không phải một mức của chỉ tiêu BCD. Vui lòng chọn một trong: Chủ tịch; Phó Chủ tịch; Chưa có.",
  },
  {
    name: "a tử above its mẫu",
    edit: figure("2023-06", "SNV", { VB_KS_TU: 120, VB_KS_MAU: 100 }),
    line: "Số liệu!F12: tử số 120 lớn hơn mẫu số 100 của chỉ tiêu VB_KS. Vui lòng kiểm tra lại: tử số không được vượt mẫu số.",
  },
  {
    name: "a negative mẫu",
    edit: figure("2023-06", "SNV", { VB_KS_MAU: -5 }),
    line: "Số liệu!G12: giá trị -5 âm. Vui lòng nhập số không âm.",
  },
  {
    name: "a tử without its mẫu",
    edit: figure("2023-06", "SNV", { VB_KS_MAU: null }),
    line: "Số liệu!G12: chỉ tiêu VB_KS có tử số (ô F12) nhưng thiếu mẫu số. Vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.",
  },
  {
    name: "a mẫu without its tử",
    edit: figure("2023-05", "BUDOP", { VB_KS_TU: null }),
    line: "Số liệu!F11: chỉ tiêu VB_KS có mẫu số (ô G11) nhưng thiếu tử số. Vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.",
  },
  {
    name: "a bare <ID> column for a ratio",
    edit: (spec) => {
      spec.columns = ["KY_SO", "HS_XA", "BCD", "VB_KS", "TAP_HUAN"];
      for (const r of spec.data) if (r.VB_KS_TU !== undefined) r.VB_KS = 0.95;
    },
    line: "Số liệu!F1: chỉ tiêu VB_KS là tỷ số, được nhập bằng hai cột “VB_KS_TU” (tử số) và “VB_KS_MAU” (mẫu số). Vui lòng thay cột này bằng hai cột đó.",
  },
  {
    name: "a yearly indicator's figure in a month row",
    edit: figure("2023-06", "SNV", { BCD: "Chủ tịch" }),
    line: "Số liệu!E12: chỉ tiêu BCD là chỉ tiêu năm nhưng được nhập ở dòng tháng 2023-06. Vui lòng nhập vào dòng có Kỳ là 2023.",
  },
  {
    name: "a monthly indicator's figure in a year row",
    edit: figure("2023", "SNV", { KY_SO: 0.9 }),
    line: "Số liệu!C17: chỉ tiêu KY_SO là chỉ tiêu tháng nhưng được nhập ở dòng năm 2023. Vui lòng nhập vào dòng của từng tháng, ví dụ 2023-01.",
  },
  {
    name: "a choice with a Tổng hợp",
    edit: indicator("BCD", { "Tổng hợp": "cuối kỳ" }),
    line: "Chỉ tiêu!I4: chỉ tiêu BCD có kiểu “lựa chọn”: giá trị của kỳ là lựa chọn của tháng cuối cùng có số liệu. Vui lòng để trống ô Tổng hợp.",
  },
  {
    name: "a ratio with a Tổng hợp",
    edit: indicator("VB_KS", { "Tổng hợp": "trung bình" }),
    line: "Chỉ tiêu!I5: chỉ tiêu VB_KS có kiểu “tỷ số”: các tháng luôn được gộp bằng tổng tử số chia tổng mẫu số. Vui lòng để trống ô Tổng hợp.",
  },
  {
    name: "labels as the levels of a number",
    edit: indicator("TAP_HUAN", { Mức: "Nhiều: 1; Ít: 0,5" }),
    line: "Chỉ tiêu!N6: chỉ tiêu TAP_HUAN có kiểu “số lượng” nên Mức phải là các bậc số, ví dụ “≥4: 1; ≥3: 0,75; ≥1: 0,5”, không phải nhãn.",
  },
  {
    name: "steps as the levels of a choice",
    edit: indicator("BCD", { Mức: "≥4: 1; ≥2: 0,5" }),
    line: "Chỉ tiêu!N4: chỉ tiêu BCD có kiểu “lựa chọn” nên Mức phải là các nhãn, ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”, không phải bậc số.",
  },
];

let dir: string;
let base: { file: string; check: RunResult };
let districtOnlyTarget: RunResult;
const results: { c: Case; file: string; check: RunResult; rank: RunResult }[] = [];

beforeAll(async () => {
  ensureBuilt();
  dir = tempDir();
  const sample = await initSample(dir);
  const baseFile = await writeIndex(sample, join(dir, "index.xlsx"), indexSpec());
  // A per-group target of an indicator for the districts names the districts alone.
  const districts = indexSpec();
  indicator("HS_XA", { "Mục tiêu": "UBND cấp huyện: 80%" })(districts);
  const districtsFile = await writeIndex(sample, join(dir, "districts-target.xlsx"), districts);
  const files = await Promise.all(
    CASES.map((c, i) => {
      const spec = indexSpec();
      c.edit(spec);
      return writeIndex(sample, join(dir, `case-${i + 1}.xlsx`), spec);
    }),
  );
  const runs = await Promise.all([
    run(["check", baseFile]),
    run(["check", districtsFile]),
    ...files.flatMap((f) => [run(["check", f]), run(["rank", f, "--period", "2023"])]),
  ]);
  base = { file: baseFile, check: runs[0] };
  districtOnlyTarget = runs[1];
  CASES.forEach((c, i) => {
    results.push({ c, file: files[i], check: runs[2 + 2 * i], rank: runs[3 + 2 * i] });
  });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("the index of these tests", () => {
  it("passes check as it is", () => {
    expect(base.check.stdout).toBe("Không phát hiện lỗi: 5 đơn vị, 5 chỉ tiêu, 20 dòng số liệu.\n");
    expect(base.check.code).toBe(0);
  });

  it("takes a per-group target naming only the groups the indicator applies to", () => {
    expect(districtOnlyTarget.stdout).toBe("Không phát hiện lỗi: 5 đơn vị, 5 chỉ tiêu, 20 dòng số liệu.\n");
    expect(districtOnlyTarget.code).toBe(0);
  });
});

describe.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
  it("makes check print the one sentence with its sheet and cell, and exit 1", () => {
    const { file, check, c } = results[i];
    expect(check.stdout).toBe(`${file}: ${c.line}\nPhát hiện 1 lỗi.\n`);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(1);
  });

  it("makes rank refuse with the same sentence", () => {
    const { file, rank, c } = results[i];
    expect(rank.stdout).toBe("");
    expect(rank.stderr).not.toMatch(STACK_TRACE);
    expect(rank.stderr).toBe(
      `dx-scorecard: ${file}: ${c.line}\n` +
        `dx-scorecard: ${file}: Bảng tính có 1 lỗi, chưa thể xếp hạng. Vui lòng sửa các lỗi trên (chạy lệnh check để xem tất cả).\n`,
    );
    expect(rank.code).toBe(1);
  });
});
