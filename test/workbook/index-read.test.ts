// Reading the §9 columns: per-group values, Áp dụng cho nhóm, Mức, Tần suất, ratios, year rows, Tên ngắn.
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../src/core/problems";
import type { Grid } from "../../src/workbook/contract";
import { readWorkbook } from "../../src/workbook/read";

const TZ = "Asia/Ho_Chi_Minh";
const DEPT = "Sở, ban, ngành";
const DIST = "UBND cấp huyện";

const UNITS: Grid = [
  ["Mã đơn vị", "Tên đơn vị", "Tên ngắn", "Nhóm"],
  ["SYT", "Sở Y tế", "", DEPT],
  ["VP", "Văn phòng UBND tỉnh", "VP UBND", DEPT],
  ["BUDOP", "UBND huyện Bù Đốp", "", DIST],
  ["DX", "UBND thành phố Đồng Xoài", "", "ubnd  cấp huyện"],
];
const IND_HEAD = [
  "Mã chỉ tiêu",
  "Tên chỉ tiêu",
  "Kiểu",
  "Cách chấm",
  "Điểm tối đa",
  "Mục tiêu",
  "Ngưỡng yếu kém",
  "Tổng hợp",
  "Trụ cột",
  "Chỉ số chính",
  "Áp dụng cho nhóm",
  "Tần suất",
  "Mức",
];

function read(indicators: (string | number)[][], data: Grid) {
  const r = readWorkbook({
    sheets: { "Đơn vị": UNITS, "Chỉ tiêu": [IND_HEAD, ...indicators], "Số liệu": data },
    timeZone: TZ,
  });
  return { ...r, messages: r.problems.map((p) => formatProblem(p, "vi")) };
}

const KY_SO = [
  "KY_SO",
  "Tỷ lệ văn bản ký số",
  "tỷ lệ",
  "",
  15,
  "Sở, ban, ngành: 90%; ubnd cấp huyện: 80%",
  "50%",
  "",
  "Chính quyền số",
  "Hoạt động",
  "",
  "",
  "",
];
const BCD = [
  "BCD",
  "Trưởng Ban chỉ đạo",
  "lựa chọn",
  "",
  10,
  "",
  "Phó Chủ tịch",
  "",
  "Chính quyền số",
  "Nhận thức số",
  "",
  "năm",
  "Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0",
];
const VB = [
  "VB",
  "Văn bản ký số / văn bản đi",
  "tỷ số",
  "",
  "Sở, ban, ngành: 10; UBND cấp huyện: 20",
  "90%",
  "",
  "",
  "",
  "",
  "",
  "năm",
  "",
];
const HS_XA = [
  "HS_XA",
  "Hồ sơ cấp xã trực tuyến",
  "tỷ lệ",
  "theo mức",
  5,
  "",
  "",
  "",
  "",
  "",
  DIST,
  "",
  "≥80%: 1; ≥50%: 0,5",
];
const DATA_HEAD = ["Kỳ", "Mã đơn vị", "KY_SO", "BCD", "VB_TU", "VB_DEN", "HS_XA"];

describe("reading the index columns", () => {
  it("reads per-group values, groups, levels, frequency, ratio columns (with the _DEN alias) and year rows", () => {
    const r = read(
      [KY_SO, BCD, VB, HS_XA],
      [
        DATA_HEAD,
        ["2023-06", "BUDOP", 0.7, "", "", "", "45%"],
        ["2023", "BUDOP", "", "phó  chủ tịch", 90, 100, ""],
        [2023, "SYT", "", "Chủ tịch", 5, 10, ""],
      ],
    );
    expect(r.messages).toEqual([]);
    const [ky, bcd, vb, hs] = r.model.indicators;
    expect(ky.byGroup).toEqual({ [DEPT]: { target: 0.9 }, [DIST]: { target: 0.8 } });
    expect([ky.target, ky.threshold, ky.maxPoints, ky.mainIndex, ky.frequency]).toEqual([
      null,
      0.5,
      15,
      "Hoạt động",
      "month",
    ]);
    expect([bcd.scoring, bcd.aggregation, bcd.frequency, bcd.threshold]).toEqual(["levels", "last", "year", 1]);
    expect(bcd.levels?.map((l) => [l.label, l.share])).toEqual([
      ["Chủ tịch", 1],
      ["Phó Chủ tịch", 0.5],
      ["Chưa có", 0],
    ]);
    expect([vb.maxPoints, vb.byGroup]).toEqual([20, { [DEPT]: { maxPoints: 10 }, [DIST]: { maxPoints: 20 } }]);
    expect([hs.groups, hs.levels?.map((l) => [l.op, l.bound, l.share])]).toEqual([
      [DIST],
      [
        [">=", 0.8, 1],
        [">=", 0.5, 0.5],
      ],
    ]);
    expect(r.model.records.map((x) => [x.period, x.unitId, x.values.BCD, x.values.VB_TU, x.values.VB_MAU])).toEqual([
      ["2023-06", "BUDOP", null, null, null],
      ["2023", "BUDOP", 1, 90, 100],
      ["2023", "SYT", 0, 5, 10],
    ]);
    expect(r.data?.indicatorColumns).toMatchObject({ VB_TU: 4, VB_MAU: 5 });
  });

  it("defaults Tên ngắn to the name without its leading Sở / UBND huyện / UBND thành phố", () => {
    const r = read([KY_SO], [["Kỳ", "Mã đơn vị", "KY_SO"]]);
    expect(r.model.units.map((u) => u.shortName)).toEqual(["Y tế", "VP UBND", "Bù Đốp", "Đồng Xoài"]);
    // Groups are matched like headers and take the spelling of their first unit.
    expect(r.model.units[3].group).toBe(DIST);
  });

  it("says which group a per-group value misses, and which group no unit has", () => {
    const r = read(
      [
        [...KY_SO.slice(0, 5), "Sở, ban, ngành: 90%", ...KY_SO.slice(6)],
        [...HS_XA.slice(0, 10), "UBND cấp xã", ...HS_XA.slice(11)],
      ],
      [["Kỳ", "Mã đơn vị", "KY_SO", "HS_XA"]],
    );
    expect(r.messages).toEqual([
      "Chỉ tiêu!F2: Mục tiêu của chỉ tiêu KY_SO chưa có giá trị cho nhóm “UBND cấp huyện”, là nhóm chỉ tiêu áp dụng. Vui lòng thêm “UBND cấp huyện: …” hoặc ghi một giá trị chung cho mọi nhóm.",
      "Chỉ tiêu!K3: không có đơn vị nào thuộc nhóm “UBND cấp xã” trong trang Đơn vị (các nhóm hiện có: “Sở, ban, ngành”, “UBND cấp huyện”). Vui lòng ghi tên nhóm đúng như cột Nhóm.",
    ]);
  });

  it("refuses a level label that Mức does not list, tử > mẫu, half a pair, and figures in the wrong kind of row", () => {
    const r = read(
      [KY_SO, BCD, VB],
      [
        ["Kỳ", "Mã đơn vị", "KY_SO", "BCD", "VB_TU", "VB_MAU"],
        ["2023", "SYT", "", "Giám đốc", 12, 10],
        ["2023", "VP", "", "", "", 10],
        ["2023-06", "BUDOP", "", "Chủ tịch", "", ""],
        ["2023", "DX", 0.5, "", "", ""],
      ],
    );
    expect(r.messages).toEqual([
      "Số liệu!D2: “Giám đốc” không phải một mức của chỉ tiêu BCD. Vui lòng chọn một trong: Chủ tịch; Phó Chủ tịch; Chưa có.",
      "Số liệu!E2: tử số 12 lớn hơn mẫu số 10 của chỉ tiêu VB. Vui lòng kiểm tra lại: tử số không được vượt mẫu số.",
      "Số liệu!E3: chỉ tiêu VB có mẫu số (ô F3) nhưng thiếu tử số. Vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.",
      "Số liệu!D4: chỉ tiêu BCD là chỉ tiêu năm nhưng được nhập ở dòng tháng 2023-06. Vui lòng nhập vào dòng có Kỳ là 2023.",
      "Số liệu!C5: chỉ tiêu KY_SO là chỉ tiêu tháng nhưng được nhập ở dòng năm 2023. Vui lòng nhập vào dòng của từng tháng, ví dụ 2023-01.",
    ]);
  });

  it("refuses Mức that does not parse, and levels of the wrong kind", () => {
    const r = read(
      [
        [...BCD.slice(0, 12), "Chủ tịch = 1"],
        [...HS_XA.slice(0, 12), "Tốt: 1; Khá: 0,5"],
        ["BCD2", "Ban chỉ đạo", "lựa chọn", "", 10, "", "", "", "", "", "", "năm", "≥1: 1"],
        ["N", "Số hệ thống", "số lượng", "theo mức", 10, "", "", "", "", "", "", "", ""],
      ],
      [["Kỳ", "Mã đơn vị", "BCD", "HS_XA", "BCD2", "N"]],
    );
    expect(r.messages).toEqual([
      "Chỉ tiêu!M2: Mức “Chủ tịch = 1” không đọc được. Vui lòng ghi các cặp “nhãn: phần điểm” (ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”) hoặc các bậc số (ví dụ “≥4: 1; ≥3: 0,75; ≥1: 0,5”), phần điểm từ 0 đến 1.",
      "Chỉ tiêu!M3: chỉ tiêu HS_XA có kiểu “tỷ lệ” nên Mức phải là các bậc số, ví dụ “≥4: 1; ≥3: 0,75; ≥1: 0,5”, không phải nhãn.",
      "Chỉ tiêu!M4: chỉ tiêu BCD2 có kiểu “lựa chọn” nên Mức phải là các nhãn, ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”, không phải bậc số.",
      "Chỉ tiêu!M5: chỉ tiêu N chấm “theo mức” nhưng chưa có Mức. Vui lòng nhập Mức, ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0” hoặc “≥4: 1; ≥3: 0,75; ≥1: 0,5”.",
    ]);
  });
});
