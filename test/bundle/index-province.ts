// A small province on a year index (design §9), for the add-on and `rank --out` tests of the
// ranking sheet: two pillars, two main indexes (under the first pillar; the second pillar has
// none), a per-group target, a districts-only indicator, a choice scored by levels and a ratio.
//
// Departments are judged on 37 points, districts on 57 (the districts-only HS_XA adds 20).
// SXD's 2023: KY_SO 90 % of 90 % → 15; VB 45/50 of 100 % → 9; BCD Phó Chủ tịch → 3,5 of 7;
// DVC 10 of 10 → 5: 32,5/37. Sub-scores: Chính quyền số 27,5/32, Hoạt động chính quyền số 24/25,
// Chuyển đổi nhận thức 3,5/7, Xã hội số 5/5.
import type { Grid } from "../../src/workbook/contract";

export const DEPARTMENTS = "Sở, ban, ngành";
export const DISTRICTS = "UBND cấp huyện";
export const ADMIN = "cds@tinh.example";

export interface IndexProvince {
  units: Grid;
  indicators: Grid;
  data: Grid;
  settings: Grid;
}

export function indexProvince(): IndexProvince {
  return {
    units: [
      ["Mã đơn vị", "Tên đơn vị", "Nhóm", "Email", "Email lãnh đạo", "Theo dõi"],
      ["SXD", "Sở Xây dựng", DEPARTMENTS, "vt.sxd@tinh.example", "gd.sxd@tinh.example", "có"],
      ["SYT", "Sở Y tế", DEPARTMENTS, "vt.syt@tinh.example", "gd.syt@tinh.example", "có"],
      ["STC", "Sở Tài chính", DEPARTMENTS, "vt.stc@tinh.example", "gd.stc@tinh.example", "có"],
      ["HDP", "UBND huyện Đồng Phú", DISTRICTS, "vt.hdp@tinh.example", "ct.hdp@tinh.example", "có"],
      ["HBD", "UBND huyện Bù Đốp", DISTRICTS, "vt.hbd@tinh.example", "ct.hbd@tinh.example", "có"],
    ],
    indicators: [
      [
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
      ],
      [
        "KY_SO",
        "Tỷ lệ văn bản được ký số",
        "tỷ lệ",
        "theo mục tiêu",
        "cao hơn tốt hơn",
        15,
        `${DEPARTMENTS}: 90%; ${DISTRICTS}: 80%`,
        "50%",
        "",
        "Chính quyền số",
        "Hoạt động chính quyền số",
        "",
        "năm",
        "",
      ],
      [
        "VB",
        "Văn bản đi được gửi trên môi trường mạng",
        "tỷ số",
        "theo mục tiêu",
        "cao hơn tốt hơn",
        10,
        "100%",
        "",
        "",
        "Chính quyền số",
        "Hoạt động chính quyền số",
        "",
        "năm",
        "",
      ],
      [
        "BCD",
        "Trưởng Ban Chỉ đạo chuyển đổi số",
        "lựa chọn",
        "theo mức",
        "cao hơn tốt hơn",
        7,
        "",
        "",
        "",
        "Chính quyền số",
        "Chuyển đổi nhận thức",
        "",
        "năm",
        "Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0",
      ],
      [
        "DVC",
        "Số dịch vụ công trực tuyến toàn trình",
        "số lượng",
        "theo mục tiêu",
        "cao hơn tốt hơn",
        5,
        10,
        "",
        "",
        "Xã hội số",
        "",
        "",
        "năm",
        "",
      ],
      [
        "HS_XA",
        "Tỷ lệ hồ sơ trực tuyến cấp xã",
        "tỷ lệ",
        "theo mục tiêu",
        "cao hơn tốt hơn",
        20,
        "100%",
        "",
        "",
        "Xã hội số",
        "",
        DISTRICTS,
        "năm",
        "",
      ],
    ],
    data: [
      ["Kỳ", "Mã đơn vị", "KY_SO", "VB_TU", "VB_MAU", "BCD", "DVC", "HS_XA", "Ghi chú", "Người nhập", "Cập nhật lúc"],
      ["2023", "SXD", 0.9, 45, 50, "Phó Chủ tịch", 10, "", "", "", ""],
      ["2023", "SYT", 0.8, 50, 50, "Chủ tịch", 12, "", "", "", ""],
      ["2023", "STC", 0.3, 20, 40, "Chưa có", 4, "", "", "", ""],
      ["2023", "HDP", 0.8, 30, 60, "Chủ tịch", 8, 0.5, "", "", ""],
      ["2023", "HBD", 0.6, 10, 10, "Phó Chủ tịch", 2, 0.9, "", "", ""],
    ],
    settings: [
      ["Khóa", "Giá trị"],
      ["Email Ban Chỉ đạo", "bcd@tinh.example"],
      ["Email quản trị", ADMIN],
      ["Hạn nộp (ngày)", 5],
      ["Ngày gửi tổng hợp", 6],
      ["Thiếu số liệu", "tính 0"],
      ["Xếp loại", "Dẫn dắt:75; Nâng cao:50; Hình thành:25; Khởi động:0"],
      ["Làm tròn", 2],
      ["Ngôn ngữ", "vi"],
    ],
  };
}
