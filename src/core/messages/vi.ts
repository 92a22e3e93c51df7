// Vietnamese user-facing texts: formal, short, specific (what is wrong, where, what to do).

type P = Record<string, string | number>;

const HINTS: Record<string, string> = {
  day: "Vui lòng nhập một ngày trong tháng từ 1 đến 28.",
  decimals: "Vui lòng nhập số chữ số thập phân từ 0 đến 6.",
  missing: "Vui lòng nhập “tính 0” hoặc “bỏ qua”.",
  language: "Vui lòng nhập “vi” hoặc “en”.",
  bands: "Vui lòng nhập dạng “Dẫn dắt:75; Nâng cao:50; Hình thành:25; Khởi động:0”.",
  groupLabels: "Vui lòng nhập dạng “Sở, ban, ngành: Các sở, ban, ngành; UBND cấp huyện: UBND các huyện, thị xã”.",
  dayMonth: "Vui lòng nhập ngày/tháng, ví dụ “20/11”.",
};

export const vi = {
  // Workbook structure
  sheetMissing: (p: P) =>
    `Không tìm thấy trang tính “${p.sheet}”. Vui lòng chạy Thiết lập bảng tính hoặc thêm trang này.`,
  columnMissing: (p: P) => `trang ${p.sheet} thiếu cột “${p.column}” ở hàng 1. Vui lòng thêm cột này.`,
  columnDuplicate: (p: P) => `cột “${p.column}” xuất hiện hai lần (cả ở ${p.other}). Vui lòng xóa một cột.`,
  // Trust: sheets by identity, access, protection, flagged grid edits
  sheetRoleDuplicate: (p: P) =>
    `Các trang ${p.sheets} cùng mang tên của trang ${p.role}, nên không xác định được trang nào là thật. Vui lòng xóa hoặc đổi tên các trang thừa, chỉ giữ một trang ${p.role}.`,
  decoySheet: (p: P) =>
    `Trang “${p.sheet}” có tên giống trang ${p.role} nhưng không phải trang của DX Scorecard (trang thật là “${p.holder}”); trang này bị bỏ qua. Vui lòng xóa hoặc đổi tên.`,
  decoySheetNoHolder: (p: P) =>
    `Trang “${p.sheet}” có tên giống trang ${p.role}, nhưng trang ${p.role} thật đã bị xóa; trang này bị bỏ qua. Vui lòng khôi phục trang ${p.role} từ lịch sử phiên bản (Tệp → Nhật ký phiên bản) rồi chạy Thiết lập bảng tính.`,
  flag_otherUnit: () => "người sửa không phải cán bộ của đơn vị này",
  flag_closedPeriod: () => "kỳ đã khóa",
  flag_unknownEditor: () => "không xác định được người sửa",
  flag_header: () => "sửa tiêu đề cột của trang Số liệu (đổi ý nghĩa của cả cột)",
  flag_keyMoved: () => "sửa Kỳ hoặc Mã đơn vị của một dòng đã có (chuyển số liệu sang kỳ hoặc đơn vị khác)",
  auditHeader: () => "Tiêu đề cột",
  flag_structure: () => "xóa dòng hoặc cột của trang Số liệu (xem lại trong lịch sử phiên bản)",
  auditRowsRemoved: () => "Xóa dòng",
  auditColumnsRemoved: () => "Xóa cột",
  flagLine: (p: P) => `${p.cell} (kỳ ${p.period}, đơn vị ${p.unit}) do ${p.by} sửa lúc ${p.when}: ${p.reasons}.`,
  flagsHeading: (p: P) => `Sửa trực tiếp cần xem lại (${p.count}; xem Nhật ký và lịch sử phiên bản của bảng tính)`,
  auditFlagged: () => "CẦN XEM LẠI",
  setupAdminWritten: (p: P) => `Đã ghi ${p.email} vào “Email quản trị” (trang Cài đặt).`,
  setupProtectFailed: (p: P) =>
    `Chưa thêm được ${p.emails} vào danh sách được sửa các trang được bảo vệ (địa chỉ không phải tài khoản Google?). Vui lòng kiểm tra “Email quản trị”.`,
  dailyFlagsSubject: (p: P) => `DX Scorecard: ${p.count} lần sửa trực tiếp cần xem lại`,
  dailyFlagsBody: (p: P) =>
    `Các lần sửa trực tiếp trang Số liệu sau đây cần xem lại:\n${p.lines}\n\nChi tiết trong trang Nhật ký; giá trị trước khi sửa xem trong lịch sử phiên bản của bảng tính.\n${p.url}`,
  // Cells
  required: (p: P) => `chưa nhập ${p.column}. Vui lòng nhập giá trị.`,
  unitIdInvalid: (p: P) =>
    `mã đơn vị “${p.value}” không hợp lệ. Chỉ dùng chữ cái không dấu, chữ số, dấu “_” hoặc “-”, không có khoảng trắng.`,
  indicatorIdInvalid: (p: P) =>
    `mã chỉ tiêu “${p.value}” không hợp lệ. Chỉ dùng chữ cái không dấu, chữ số, dấu “_” hoặc “-”, không có khoảng trắng.`,
  duplicateId: (p: P) => `mã “${p.value}” bị trùng với ô ${p.other}. Mỗi mã chỉ được dùng một lần.`,
  indicatorIdReserved: (p: P) =>
    `mã chỉ tiêu “${p.value}” trùng với tên một cột cố định của trang Số liệu. Vui lòng đặt mã khác.`,
  unknownWord: (p: P) =>
    `“${p.value}” không phải giá trị hợp lệ của cột ${p.column}. Vui lòng chọn một trong: ${p.allowed}.`,
  notNumber: (p: P) => `“${p.value}” không phải là số. Vui lòng nhập một số, ví dụ 24,39.`,
  notNumberDate: () => `ô chứa ngày tháng, không phải số. Vui lòng nhập một số.`,
  ambiguousNumber: (p: P) =>
    `“${p.value}” có thể hiểu là ${p.a} hoặc ${p.b}. Vui lòng ghi rõ: ${p.b} (không dùng dấu phân cách hàng nghìn) hoặc ${p.a}.`,
  ambiguousCount: (p: P) =>
    `“${p.value}” có thể hiểu là ${p.a} hoặc ${p.b}; số lượng phải là số nguyên: nhập ${p.b} (không dùng dấu phân cách hàng nghìn).`,
  percentAbove100: (p: P) => `tỷ lệ ${p.value} vượt quá 100%. Vui lòng nhập giá trị từ 0 đến 100%.`,
  percentBare: (p: P) =>
    `${p.value} lớn hơn 1 trong cột tỷ lệ. Có phải ý là ${p.suggestion}? Vui lòng nhập ${p.suggestion} (có dấu %) hoặc ${p.fraction}.`,
  negative: (p: P) => `giá trị ${p.value} âm. Vui lòng nhập số không âm.`,
  countImplausible: (p: P) => `số lượng ${p.value} vượt quá giới hạn hợp lý (${p.max}). Vui lòng kiểm tra lại số liệu.`,
  nameTooLong: (p: P) => `tên dài ${p.length} ký tự, quá giới hạn ${p.max} ký tự. Vui lòng rút gọn.`,
  nameUnsafeCharacter: (p: P) =>
    `tên chứa ký tự điều khiển hoặc ký tự đảo chiều văn bản (${p.code}), có thể làm sai lệch báo cáo. Vui lòng gõ lại tên trên một dòng.`,
  notWhole: (p: P) => `${p.value} không phải số nguyên. Vui lòng nhập số lượng là số nguyên, ví dụ 3.`,
  notYesNo: (p: P) => `“${p.value}” không phải có/không. Vui lòng nhập “có” hoặc “không”.`,
  periodCellInvalid: (p: P) =>
    `kỳ “${p.value}” không hợp lệ. Vui lòng nhập tháng dạng 2023-06 hoặc 06/2023, hoặc năm dạng 2023 cho chỉ tiêu năm.`,
  unknownUnit: (p: P) => `mã đơn vị “${p.value}” không có trong trang Đơn vị. Vui lòng kiểm tra lại mã.`,
  duplicateRow: (p: P) =>
    `đơn vị ${p.unit} đã có số liệu kỳ ${p.period} ở hàng ${p.other}. Vui lòng giữ lại một trong hai hàng ${p.other} và ${p.row}.`,
  unknownIndicatorColumn: (p: P) =>
    `cột “${p.column}” không phải mã chỉ tiêu nào trong trang Chỉ tiêu. Vui lòng sửa tiêu đề cột hoặc thêm chỉ tiêu.`,
  indicatorColumnMissing: (p: P) =>
    `trang Số liệu chưa có cột cho chỉ tiêu ${p.id}. Vui lòng thêm cột có tiêu đề “${p.id}” hoặc chạy Thiết lập bảng tính.`,
  targetRequired: (p: P) => `chỉ tiêu ${p.id} chấm “theo mục tiêu” nhưng chưa có Mục tiêu. Vui lòng nhập Mục tiêu.`,
  targetPositive: (p: P) => `mục tiêu của chỉ tiêu ${p.id} phải lớn hơn 0.`,
  booleanScoringNeedsYesNo: (p: P) =>
    `chỉ tiêu ${p.id} chấm “có/không” nhưng có kiểu “${p.type}”. Vui lòng chọn Kiểu “có/không” hoặc cách chấm khác.`,
  // The province's index (design §9)
  groupUnknown: (p: P) =>
    `không có đơn vị nào thuộc nhóm “${p.group}” trong trang Đơn vị (các nhóm hiện có: ${p.groups}). Vui lòng ghi tên nhóm đúng như cột Nhóm.`,
  groupValueMissing: (p: P) =>
    `${p.column} của chỉ tiêu ${p.id} chưa có giá trị cho nhóm ${p.groups}, là nhóm chỉ tiêu áp dụng. Vui lòng thêm “${p.example}: …” hoặc ghi một giá trị chung cho mọi nhóm.`,
  groupValueInvalid: (p: P) =>
    `“${p.value}” không đọc được thành các cặp “nhóm: giá trị”. Vui lòng ghi dạng “Sở, ban, ngành: 90%; UBND cấp huyện: 80%”.`,
  groupRepeated: (p: P) => `nhóm “${p.group}” được ghi hai lần. Vui lòng chỉ ghi mỗi nhóm một lần.`,
  levelsInvalid: (p: P) =>
    `Mức “${p.value}” không đọc được. Vui lòng ghi các cặp “nhãn: phần điểm” (ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”) hoặc các bậc số (ví dụ “≥4: 1; ≥3: 0,75; ≥1: 0,5”), phần điểm từ 0 đến 1.`,
  levelsRequired: (p: P) =>
    `chỉ tiêu ${p.id} chấm “theo mức” nhưng chưa có Mức. Vui lòng nhập Mức, ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0” hoặc “≥4: 1; ≥3: 0,75; ≥1: 0,5”.`,
  levelsNeedLabels: (p: P) =>
    `chỉ tiêu ${p.id} có kiểu “lựa chọn” nên Mức phải là các nhãn, ví dụ “Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0”, không phải bậc số.`,
  levelsNeedSteps: (p: P) =>
    `chỉ tiêu ${p.id} có kiểu “${p.type}” nên Mức phải là các bậc số, ví dụ “≥4: 1; ≥3: 0,75; ≥1: 0,5”, không phải nhãn.`,
  levelsScoringOnly: (p: P) =>
    `chỉ tiêu ${p.id} có kiểu “${p.type}” chỉ chấm được “${p.scoring}”. Vui lòng chọn Cách chấm “${p.scoring}” hoặc để trống.`,
  aggregationFixed: (p: P) =>
    `chỉ tiêu ${p.id} có kiểu “${p.type}”: ${p.kind === "ratio" ? "các tháng luôn được gộp bằng tổng tử số chia tổng mẫu số" : "giá trị của kỳ là lựa chọn của tháng cuối cùng có số liệu"}. Vui lòng để trống ô Tổng hợp.`,
  notALevel: (p: P) => `“${p.value}” không phải một mức của chỉ tiêu ${p.id}. Vui lòng chọn một trong: ${p.labels}.`,
  ratioAboveOne: (p: P) =>
    `tử số ${p.num} lớn hơn mẫu số ${p.den} của chỉ tiêu ${p.id}. Vui lòng kiểm tra lại: tử số không được vượt mẫu số.`,
  ratioHalf: (p: P) =>
    `chỉ tiêu ${p.id} có ${p.part === "num" ? "tử số" : "mẫu số"} (ô ${p.other}) nhưng thiếu ${p.part === "num" ? "mẫu số" : "tử số"}. Vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.`,
  ratioColumnBare: (p: P) =>
    `chỉ tiêu ${p.id} là tỷ số, được nhập bằng hai cột “${p.num}” (tử số) và “${p.den}” (mẫu số). Vui lòng thay cột này bằng hai cột đó.`,
  yearlyInMonthRow: (p: P) =>
    `chỉ tiêu ${p.id} là chỉ tiêu năm nhưng được nhập ở dòng tháng ${p.period}. Vui lòng nhập vào dòng có Kỳ là ${p.year}.`,
  monthlyInYearRow: (p: P) =>
    `chỉ tiêu ${p.id} là chỉ tiêu tháng nhưng được nhập ở dòng năm ${p.year}. Vui lòng nhập vào dòng của từng tháng, ví dụ ${p.year}-01.`,
  // Evidence and review (design §10): the Thẩm định sheet
  reviewUnknownIndicator: (p: P) => `mã chỉ tiêu “${p.value}” không có trong trang Chỉ tiêu. Vui lòng kiểm tra lại mã.`,
  reviewIndicatorNotForRow: (p: P) =>
    `chỉ tiêu ${p.id} không áp dụng cho ${p.unit} ở kỳ ${p.period} (chỉ tiêu của nhóm khác, hoặc chỉ tiêu năm ghi ở kỳ tháng và ngược lại). Vui lòng kiểm tra lại Kỳ và Mã chỉ tiêu.`,
  reviewDuplicate: (p: P) =>
    `chỉ tiêu ${p.id} của đơn vị ${p.unit} kỳ ${p.period} đã có ở hàng ${p.other}. Vui lòng giữ một hàng.`,
  reviewValueRequired: () =>
    "trạng thái “điều chỉnh” cần Giá trị thẩm định. Vui lòng nhập giá trị thẩm định hoặc chọn trạng thái khác.",
  reviewRatioFormat: (p: P) =>
    `“${p.value}” không phải một tỷ số của chỉ tiêu ${p.id}. Vui lòng ghi dạng tử số/mẫu số, ví dụ “45/100”.`,
  evidenceTooLong: (p: P) =>
    `minh chứng dài quá ${p.max} ký tự. Vui lòng rút gọn hoặc ghi đường liên kết tới tài liệu.`,
  evidenceMissing: (p: P) =>
    `chỉ tiêu ${p.id} của ${p.unit} kỳ ${p.period} bắt buộc có minh chứng nhưng chưa có. Vui lòng bổ sung minh chứng trong biểu mẫu Nhập số liệu.`,
  reviewStale: (p: P) =>
    `số liệu ${p.id} của ${p.unit} kỳ ${p.period} đã đổi từ “${p.was}” thành “${p.now}” sau khi được thẩm định, nên được coi là chờ thẩm định lại.`,
  reviewNoFigureRow: (p: P) =>
    `chỉ tiêu ${p.id} của đơn vị ${p.unit} kỳ ${p.period} được điều chỉnh nhưng đơn vị chưa có dòng số liệu của kỳ này, nên giá trị điều chỉnh chưa được tính.`,
  // The index in the entry sidebar
  entryNotALabel: (p: P) =>
    `“${p.value}” không phải một lựa chọn của chỉ tiêu này. Vui lòng chọn một trong: ${p.labels}.`,
  entryRatioHalf: (p: P) =>
    `Chưa nhập ${p.missing === "num" ? "tử số" : "mẫu số"}: vui lòng nhập cả tử số và mẫu số, hoặc để trống cả hai.`,
  entryRatioPart: (p: P) =>
    `${p.part === "num" ? "Tử số" : "Mẫu số"} “${p.value}” không hợp lệ: vui lòng nhập số nguyên không âm, ví dụ 90.`,
  entryRatioAbove: (p: P) => `Tử số ${p.num} lớn hơn mẫu số ${p.den}: tử số không được vượt mẫu số.`,
  entryNoYearly: (p: P) => `${p.unit} không có chỉ tiêu năm nào để nhập.`,
  entryYearNotOffered: (p: P) =>
    `Không thể nhập số liệu năm ${p.year} qua biểu mẫu: chỉ nhận năm ${p.current} và năm ${p.previous}. Vui lòng liên hệ quản trị.`,
  sidebarYearOption: (p: P) => `Năm ${p.year} (chỉ tiêu năm)`,
  sidebarPreviousYear: (p: P) => `Năm trước: ${p.value}`,
  sidebarRatioNum: () => "Tử số",
  sidebarRatioDen: () => "Mẫu số",
  sidebarLevelShare: (p: P) => `${p.label} (${p.share}% điểm)`,
  // The index on the ranking sheet
  colSubScores: () => "Điểm thành phần (%)",
  // The index in the CLI text
  colShortName: () => "Tên ngắn",
  subScoresHeading: () => "Điểm thành phần (%)",
  laggardWithThreshold: (p: P) => `${p.unit} (${p.value}; ngưỡng ${p.threshold})`,
  settingInvalid: (p: P) => `giá trị “${p.value}” của ${p.key} không hợp lệ. ${HINTS[String(p.hint)] ?? ""}`,
  settingUnknown: (p: P) => `khóa “${p.value}” không phải cài đặt nào đã biết. Vui lòng kiểm tra chính tả.`,
  noUnits: () => "trang Đơn vị chưa có đơn vị nào đang theo dõi. Vui lòng nhập danh sách đơn vị.",
  noIndicators: () => "trang Chỉ tiêu chưa có chỉ tiêu nào. Vui lòng nhập bộ chỉ tiêu.",
  // Periods and commands
  periodInvalid: (p: P) =>
    `kỳ “${p.value}” không hợp lệ. Vui lòng dùng dạng 2023-06 (tháng), 2023-Q2 (quý) hoặc 2023 (năm).`,
  periodNoData: (p: P) => `trang Số liệu chưa có số liệu nào của ${p.period}. Vui lòng chọn kỳ khác.`,
  // Period labels
  periodMonth: (p: P) => `tháng ${String(p.month).padStart(2, "0")}/${p.year}`,
  periodQuarter: (p: P) => `quý ${p.roman}/${p.year}`,
  periodYear: (p: P) => `năm ${p.year}`,
  // Values
  yes: () => "có",
  no: () => "không",
  missingValue: () => "chưa nhập",
  notReported: () => "Chưa báo cáo",
  // Ranking sheet
  rankingTitle: () => "BẢNG XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ",
  rankingPeriod: (p: P) => `Kỳ đánh giá: ${p.period}`,
  rankingTime: (p: P) => `Thời điểm xếp hạng: ${p.time}`,
  rankingMethod: (p: P) =>
    `Phương pháp: điểm % = tổng điểm đạt / tổng điểm tối đa × 100, làm tròn ${p.decimals} chữ số; xếp hạng trong từng nhóm, cùng điểm cùng hạng; thiếu số liệu: ${p.missing}.`,
  missingZero: () => "tính 0 điểm",
  missingSkip: () => "bỏ qua chỉ tiêu thiếu",
  groupHeading: (p: P) => `Nhóm: ${p.group} (${p.count} đơn vị)`,
  colRank: () => "Hạng",
  colUnitId: () => "Mã đơn vị",
  colUnitName: () => "Tên đơn vị",
  colPoints: () => "Điểm",
  colPercent: () => "%",
  colBand: () => "Xếp loại",
  colPreviousRank: () => "Hạng kỳ trước",
  colChange: () => "Thay đổi",
  colNote: () => "Ghi chú",
  laggardReason: (p: P) => `${p.indicator}: ${p.value} (ngưỡng ${p.threshold})`,
  legend: () => "Chú thích: xanh – ba đơn vị dẫn đầu nhóm; đỏ – chỉ tiêu dưới ngưỡng yếu kém; xám – chưa báo cáo.",
  chartTitle: (p: P) => `Điểm chuyển đổi số (%) – ${p.group}`,
  // CLI
  fileNotFound: (p: P) => `không tìm thấy tệp “${p.file}”. Vui lòng kiểm tra đường dẫn.`,
  fileUnreadable: (p: P) => `không đọc được tệp “${p.file}” như một bảng tính .xlsx (${p.reason}).`,
  // Reading .xlsx files
  xlsxDamaged: (p: P) => `không đọc được tệp “${p.file}” như một bảng tính .xlsx (phần ${p.part} bị hỏng).`,
  xlsxTooLarge: (p: P) =>
    `tệp “${p.file}” có hơn ${Number(p.limit).toLocaleString("vi-VN")} ô có dữ liệu, vượt giới hạn của dòng lệnh. Vui lòng chuyển số liệu các năm cũ sang một tệp khác.`,
  xlsxMerged: (p: P) =>
    `vùng ${p.range} của trang ${p.sheet} là ô gộp: giá trị chỉ thuộc về ô đầu tiên và không được chép sang các ô còn lại. Vui lòng bỏ gộp ô và nhập giá trị vào từng ô.`,
  xlsxFormulaNotCalculated: (p: P) =>
    `ô ${p.cell} của trang ${p.sheet} có công thức chưa được tính (tệp không lưu kết quả). Vui lòng mở tệp bằng Excel hoặc Google Sheets và lưu lại trước.`,
  outTooLarge: (p: P) =>
    `--out chỉ ghi được bản sao của bảng tính có tới ${Number(p.limit).toLocaleString("vi-VN")} ô, còn tệp “${p.file}” có ${Number(p.cells).toLocaleString("vi-VN")} ô. Vui lòng xếp hạng không kèm --out, hoặc chuyển số liệu các năm cũ sang một tệp khác.`,
  fileExists: (p: P) => `tệp “${p.file}” đã tồn tại. Vui lòng chọn tên khác, hoặc thêm --force để ghi đè.`,
  outputSameAsInput: () => "tệp kết quả không được trùng tệp đầu vào; tệp đầu vào không bao giờ bị ghi đè.",
  cannotWrite: (p: P) => `không ghi được tệp “${p.file}” (${p.reason}).`,
  checkOk: (p: P) => `Không phát hiện lỗi: ${p.units} đơn vị, ${p.indicators} chỉ tiêu, ${p.rows} dòng số liệu.`,
  checkFailed: (p: P) => `Phát hiện ${p.count} lỗi.`,
  fixFirst: (p: P) =>
    `Bảng tính có ${p.count} lỗi, chưa thể xếp hạng. Vui lòng sửa các lỗi trên (chạy lệnh check để xem tất cả).`,
  moreProblems: (p: P) => `… và ${p.count} lỗi khác.`,
  laggardsHeading: () => "Đơn vị có chỉ tiêu dưới ngưỡng yếu kém",
  notReportedHeading: () => "Đơn vị chưa báo cáo",
  // E-mail: committee summary
  summaryTitle: (p: P) => `Tổng hợp kết quả chuyển đổi số ${p.period}`,
  summaryGreeting: () => "Kính gửi: Ban Chỉ đạo chuyển đổi số tỉnh.",
  summaryIntro: (p: P) =>
    `Kết quả xếp hạng mức độ chuyển đổi số ${p.period}: ${p.ranked}/${p.total} đơn vị đã báo cáo số liệu; ${p.laggards} đơn vị có chỉ tiêu dưới ngưỡng yếu kém; ${p.notReported} đơn vị chưa báo cáo.`,
  summaryTop: () => "Dẫn đầu nhóm",
  summaryBottom: () => "Cuối nhóm",
  changeNew: () => "mới",
  bandDistribution: (p: P) => `Xếp loại: ${p.bands}.`,
  bandCount: (p: P) => `${p.band} ${p.count}`,
  noLaggards: () => "Không có đơn vị nào có chỉ tiêu dưới ngưỡng yếu kém.",
  laggardYesNo: (p: P) => `Chỉ tiêu “${p.indicator}”: ${p.count} đơn vị chưa thực hiện (${p.units}).`,
  laggardYesNoLower: (p: P) => `Chỉ tiêu “${p.indicator}”: ${p.count} đơn vị chưa đạt (${p.units}).`,
  laggardBelow: (p: P) => `${p.indicator} thấp hơn ngưỡng ${p.threshold}: ${p.units}.`,
  laggardAbove: (p: P) => `${p.indicator} vượt ngưỡng ${p.threshold}: ${p.units}.`,
  laggardMore: (p: P) => `và ${p.count} đơn vị khác`,
  summaryNotReported: (p: P) => `${p.count} đơn vị chưa báo cáo số liệu ${p.period}: ${p.units}.`,
  allReported: () => "Tất cả đơn vị đã báo cáo số liệu.",
  spreadsheetLinkIntro: () => "Bảng xếp hạng đầy đủ và số liệu chi tiết:",
  spreadsheetLinkText: () => "Mở bảng tính",
  mailFooter: () =>
    "Thư này do DX Scorecard tạo tự động từ bảng tính theo dõi chuyển đổi số. Vui lòng không trả lời thư này.",
  // E-mail: notice to a laggard unit
  noticeSubject: (p: P) => `Chuyển đổi số ${p.period} — ${p.unit}: ${p.count} chỉ tiêu dưới ngưỡng yếu kém`,
  noticeTitle: (p: P) => `Thông báo kết quả chuyển đổi số ${p.period}`,
  noticeGreeting: (p: P) => `Kính gửi: Lãnh đạo ${p.unit}.`,
  noticeRank: (p: P) =>
    `Kết quả xếp hạng mức độ chuyển đổi số ${p.period}: đơn vị đạt ${p.score}, xếp hạng ${p.rank}/${p.count} trong nhóm ${p.group}, xếp loại ${p.band}.`,
  noticeFiguresHeading: () => "Số liệu của đơn vị so với ngưỡng yếu kém",
  colIndicator: () => "Chỉ tiêu",
  colUnitValue: () => "Số liệu của đơn vị",
  colThreshold: () => "Mức yêu cầu",
  noticeFigureLine: (p: P) => `${p.indicator}: ${p.value} (yêu cầu: ${p.threshold}) — ${p.assessment}`,
  colAssessment: () => "Đánh giá",
  assessMet: () => "Đạt",
  assessNotMet: () => "Chưa đạt",
  thresholdAtLeast: (p: P) => `tối thiểu ${p.value}`,
  thresholdAtMost: (p: P) => `tối đa ${p.value}`,
  noticeActionsHeading: () => "Đề nghị đơn vị:",
  fixRaise: (p: P) => `Nâng ${p.indicator} từ ${p.value} lên ít nhất ${p.threshold}.`,
  fixReduce: (p: P) => `Giảm ${p.indicator} từ ${p.value} xuống không quá ${p.threshold}.`,
  fixDo: (p: P) => `Khẩn trương thực hiện chỉ tiêu “${p.indicator}”.`,
  fixUndo: (p: P) => `Khắc phục chỉ tiêu “${p.indicator}” (hiện: ${p.value}).`,
  noticeClosing: () => "Đề nghị Thủ trưởng đơn vị quan tâm chỉ đạo khắc phục các chỉ tiêu trên ngay trong kỳ tới.",
  // E-mail: reminder to a unit that has not reported
  reminderSubject: (p: P) => `Nhắc nộp số liệu chuyển đổi số ${p.period} — hạn ${p.due}`,
  reminderTitle: (p: P) => `Nhắc nộp số liệu chuyển đổi số ${p.period}`,
  reminderGreeting: (p: P) => `Kính gửi: ${p.unit}.`,
  reminderBody: (p: P) =>
    `Đến thời điểm lập thư này, đơn vị chưa nhập số liệu chuyển đổi số ${p.period}. Hạn nộp: ngày ${p.due}.`,
  reminderAction: () => "Đề nghị đơn vị mở bảng tính, chọn Nhập số liệu và nhập đầy đủ số liệu của đơn vị trước hạn.",
  reminderLinkIntro: () => "Bảng tính nhập số liệu:",
  dueDate: (p: P) => `${String(p.day).padStart(2, "0")}/${String(p.month).padStart(2, "0")}/${p.year}`,
  // Outbox
  kindSummary: () => "tổng hợp",
  kindNotice: () => "thông báo",
  kindReminder: () => "nhắc nộp",
  skipNoCommitteeEmails: () =>
    "chưa có địa chỉ nào trong cài đặt “Email Ban Chỉ đạo” (trang Cài đặt). Vui lòng nhập địa chỉ nhận thư tổng hợp.",
  skipNoUnitEmails: (p: P) =>
    `đơn vị ${p.unit} chưa có địa chỉ trong cột “Email lãnh đạo” hoặc “Email” (trang Đơn vị). Vui lòng nhập địa chỉ.`,
  skipNoClerkEmails: (p: P) =>
    `đơn vị ${p.unit} chưa có địa chỉ trong cột “Email” (trang Đơn vị). Vui lòng nhập địa chỉ cán bộ nhập số liệu.`,
  outboxTotal: (p: P) =>
    `${p.period}: ${p.messages} thư (${p.summaries} tổng hợp, ${p.notices} thông báo, ${p.reminders} nhắc nộp), ${p.recipients} lượt người nhận; ${p.skipped} thư không lập được.`,
  // E-mail rendering (simpler renderer)
  mailSummarySubject: (p: P) =>
    `Chuyển đổi số — tổng hợp ${p.period}: ${p.reported}/${p.total} đơn vị đã báo cáo, ${p.laggards} đơn vị có chỉ tiêu dưới ngưỡng`,
  mailChartHeading: () => "Điểm của từng đơn vị",
  mailChartCaption: () =>
    "Mỗi đơn vị một dòng theo thứ tự xếp hạng: hạng, tên, điểm % và xếp loại, ▲/▼ là số bậc tăng/giảm so với kỳ trước; thanh dài bằng điểm % (cả dòng là 100%), màu theo xếp loại.",
  mailReminderSubjectOverdue: (p: P) => `Nhắc nộp số liệu chuyển đổi số ${p.period} — đã quá hạn ${p.due}`,
  mailReminderBodyOverdue: (p: P) =>
    `Đến thời điểm lập thư này, đơn vị chưa nhập số liệu chuyển đổi số ${p.period}. Hạn nộp ngày ${p.due} đã qua.`,
  mailReminderActionOverdue: () =>
    "Đề nghị đơn vị mở bảng tính, chọn Nhập số liệu và nhập đầy đủ số liệu của đơn vị trong thời gian sớm nhất.",
  outboxSkipped: () => "Thư không lập được",
  outboxListed: (p: P) => `${p.dir} — ${p.count} thư (.eml), mở được bằng mọi chương trình e-mail`,
  outboxWritten: (p: P) => `Đã ghi ${p.count} thư (.eml) vào ${p.dir}`,
  // Add-on: menu, dialogs, toasts
  menuSetup: () => "Thiết lập bảng tính",
  menuEntry: () => "Nhập số liệu",
  menuCheck: () => "Kiểm tra số liệu",
  menuRank: () => "Xếp hạng đơn vị",
  menuSendSummary: () => "Gửi tổng hợp",
  menuSchedule: () => "Lịch gửi tự động",
  rankPromptTitle: () => "Xếp hạng đơn vị",
  rankPrompt: (p: P) =>
    `Nhập kỳ cần xếp hạng: tháng (2023-06), quý (2023-Q2) hoặc năm (2023). Để trống để xếp hạng ${p.default}.`,
  rankStarted: (p: P) => `Đang xếp hạng ${p.period}…`,
  rankDone: (p: P) =>
    `Đã xếp hạng ${p.period}: ${p.units} đơn vị; ${p.laggards} đơn vị có chỉ tiêu yếu kém; ${p.notReported} đơn vị chưa báo cáo.`,
  cannotRankTitle: () => "Chưa thể xếp hạng",
  problemsIntro: (p: P) =>
    `Bảng tính có ${p.count} lỗi nên chưa ghi gì; bảng xếp hạng cũ được giữ nguyên. Vui lòng sửa rồi chạy lại:`,
  notAdmin: (p: P) =>
    `Tài khoản ${p.email} không có quyền ${p.action}. Chỉ chủ sở hữu bảng tính và cán bộ có trong “Email quản trị” (trang Cài đặt) được thực hiện.`,
  unknownUser: () => "(không xác định)",
  actionRank: () => "xếp hạng đơn vị",
  actionSetup: () => "thiết lập bảng tính",
  actionSend: () => "gửi tổng hợp",
  checkTitle: () => "Kiểm tra số liệu",
  checkStarted: () => "Đang kiểm tra số liệu…",
  checkClean: (p: P) => `Không phát hiện lỗi: ${p.rows} dòng số liệu. Các đánh dấu cũ (nếu có) đã được xóa.`,
  checkMarked: (p: P) =>
    `Phát hiện ${p.count} lỗi; ${p.marked} ô lỗi trong trang ${p.sheet} đã được tô màu cam kèm ghi chú (di chuột vào ô để xem). Các lỗi đầu tiên:`,
  checkNotePrefix: () => "DX Scorecard: ",
  setupTitle: () => "Thiết lập bảng tính",
  setupDone: (p: P) =>
    `Đã thiết lập bảng tính: tạo ${p.sheets} trang, thêm ${p.columns} cột; định dạng, danh sách chọn và bảo vệ đã được áp dụng.`,
  setupNothing: () => "Bảng tính đã đủ các trang và cột; không có gì cần thay đổi.",
  loadSamplePrompt: () =>
    "Bảng tính chưa có dữ liệu. Nạp dữ liệu mẫu (tỉnh Bình Phước năm 2023: 33 đơn vị, 34 chỉ tiêu) để dùng thử?",
  sampleLoaded: () => "Đã nạp dữ liệu mẫu tỉnh Bình Phước năm 2023.",
  protectedSheet: () => "Trang do DX Scorecard quản lý. Vui lòng không sửa tay.",
  busy: () => "Bảng tính đang được người khác cập nhật. Vui lòng thử lại sau ít phút.",
  // Command line (help, options, overwrite)
  usageHint: (p: P) => `Xem hướng dẫn: dx-scorecard ${p.command}--help`,
  missingCommand: () => "chưa có lệnh. Vui lòng chọn một lệnh: init, check, rank, summary, demo.",
  unknownCommand: (p: P) =>
    `không có lệnh “${p.command}”.${p.suggestion ? ` Có phải ý là ${p.suggestion}?` : " Các lệnh: init, check, rank, summary, demo."}`,
  unknownOption: (p: P) => `không có tùy chọn ${p.option}.${p.suggestion ? ` Có phải ý là ${p.suggestion}?` : ""}`,
  optionNeedsValue: (p: P) => `tùy chọn ${p.option} cần một giá trị, ví dụ ${p.option} ${p.example}.`,
  optionTakesNoValue: (p: P) => `tùy chọn ${p.option} không nhận giá trị; vui lòng chỉ ghi ${p.option}.`,
  optionNotForCommand: (p: P) => `tùy chọn ${p.option} không dùng với lệnh ${p.command}.`,
  langInvalid: (p: P) =>
    `ngôn ngữ “${p.value}” không được hỗ trợ. Vui lòng dùng --lang vi (tiếng Việt) hoặc --lang en (tiếng Anh).`,
  periodRequired: (p: P) => `lệnh ${p.command} cần kỳ báo cáo, ví dụ --period 2023-06.`,
  fileRequired: (p: P) => `lệnh ${p.command} cần đúng một tệp .xlsx, ví dụ dx-scorecard ${p.command} tinh.xlsx.`,
  periodAsFile: (p: P) => `“${p.value}” không phải tệp .xlsx. Có phải ý là --period ${p.value}?`,
  extraArgument: (p: P) => `lệnh ${p.command} không nhận thêm “${p.value}”.`,
  fileNotXlsx: (p: P) =>
    `tệp “${p.file}” không phải tệp Excel (.xlsx). Vui lòng mở tệp bằng Excel và lưu lại dạng Sổ làm việc Excel (.xlsx).`,
  wrote: (p: P) => `Đã ghi ${p.file}`,
  wroteRanking: (p: P) => `Đã ghi bảng xếp hạng ${p.period}: ${p.file}`,
  filesWritten: () => "Các tệp đã ghi",
  missingMonthsQuarter: (p: P) =>
    `${p.period} thiếu số liệu ${Number(p.count) === 1 ? "tháng" : "các tháng"} ${p.months}; điểm quý tính trên các tháng có số liệu.`,
  missingMonthsYear: (p: P) =>
    `${p.period} thiếu số liệu ${Number(p.count) === 1 ? "tháng" : "các tháng"} ${p.months}; điểm năm tính trên các tháng có số liệu.`,
  exampleRowsLeft: (p: P) =>
    `bảng tính còn dòng ví dụ (mã ${p.ids}). Vui lòng thay bằng danh sách đơn vị, bộ chỉ tiêu và số liệu thật rồi xóa các dòng ví dụ trước khi xếp hạng.`,
  noteHeading: () => "Lưu ý",
  bandLeading: () => "Dẫn dắt",
  bandAdvanced: () => "Nâng cao",
  bandForming: () => "Hình thành",
  bandStarting: () => "Khởi động",
  // Data entry (server side)
  sidebarTitle: () => "Nhập số liệu chuyển đổi số",
  entryNoUnit: (p: P) =>
    `Tài khoản ${p.email} chưa được gán cho đơn vị nào (cột Email của trang Đơn vị). Vui lòng liên hệ cơ quan thường trực chuyển đổi số.`,
  entryNotAllowed: (p: P) => `Tài khoản ${p.email} không được nhập số liệu cho đơn vị ${p.unit}.`,
  entryUnknownUnit: (p: P) => `Mã đơn vị “${p.unit}” không có trong trang Đơn vị hoặc đơn vị không còn theo dõi.`,
  entryUnknownField: (p: P) => `Chỉ tiêu ${p.ids} không có trong trang Chỉ tiêu. Vui lòng tải lại biểu mẫu.`,
  entryFuture: (p: P) =>
    `Chưa thể nhập số liệu ${p.period}: tháng này chưa kết thúc. Số liệu của một tháng được nhập sau khi tháng đó kết thúc.`,
  entryMalformed: () => "Dữ liệu gửi lên không hợp lệ. Vui lòng tải lại biểu mẫu (đóng và mở lại Nhập số liệu).",
  entryMissing: (p: P) => `Chưa nhập: ${p.names}.`,
  entryInvalidFields: (p: P) => `Có ${p.count} ô chưa hợp lệ. Vui lòng sửa các ô được đánh dấu.`,
  entrySaved: (p: P) => `Đã lưu số liệu ${p.period} của ${p.unit} (${p.changes} thay đổi).`,
  entryUnchanged: (p: P) => `Số liệu ${p.period} của ${p.unit} không thay đổi.`,
  entrySheetBroken: (p: P) =>
    `Trang ${p.sheet} thiếu cột: ${p.columns}. Vui lòng báo quản trị chạy Thiết lập bảng tính.`,
  auditForm: () => "Nhập qua biểu mẫu",
  auditGrid: () => "Sửa trực tiếp trên bảng",
  auditNote: () => "Ghi chú",
  // Data entry (sidebar)
  sidebarLoading: () => "Đang tải biểu mẫu…",
  sidebarReloading: () => "Đang tải số liệu…",
  sidebarUnit: () => "Đơn vị",
  sidebarPeriod: () => "Kỳ báo cáo",
  sidebarPeriodLine: (p: P) => `Kỳ: ${p.period}`,
  sidebarDeadline: (p: P) => `Hạn nộp: ${p.date}`,
  sidebarReported: () => "Đã báo cáo",
  sidebarPrevious: (p: P) => `Tháng trước: ${p.value}`,
  sidebarSmallPercent: (p: P) =>
    `Bạn nhập ${p.value}% (không quá 1%). Ô này nhận phần trăm: nếu ý là ${p.suggestion}%, hãy nhập ${p.suggestion}.`,
  sidebarThreshold: (p: P) => `Mức yêu cầu: ${p.value}`,
  sidebarNote: () => "Ghi chú",
  sidebarNoteHint: () => "Không bắt buộc, ví dụ: số liệu tạm tính.",
  sidebarSubmit: () => "Lưu số liệu",
  sidebarSaving: () => "Đang lưu…",
  sidebarReady: () => "Đã nhập đủ số liệu.",
  sidebarAndMore: (p: P) => `và ${p.count} chỉ tiêu khác`,
  sidebarLastSaved: (p: P) => `Cập nhật lần cuối: ${p.time}, ${p.email}.`,
  sidebarServerError: (p: P) => `Máy chủ báo lỗi hoặc không phản hồi (${p.reason}). Vui lòng thử lại.`,
  sidebarRetry: () => "Thử lại",
  // Sending e-mails (add-on)
  sendTitle: () => "Gửi tổng hợp",
  sendPrompt: (p: P) => `Gửi tổng hợp kỳ nào? Nhập tháng (2023-06) hoặc quý (2023-Q2). Để trống để gửi ${p.default}.`,
  sendPreviewIntro: (p: P) =>
    `Sẽ gửi ${p.count} e-mail tới ${p.recipients} địa chỉ (hạn mức gửi hôm nay còn ${p.quota}). Đã gửi trước đó: ${p.already}.`,
  sendPreviewNothing: (p: P) => `Mọi e-mail của ${p.period} đã được gửi trước đó; không còn gì để gửi.`,
  sendConfirm: () => "Gửi ngay",
  sendCancel: () => "Hủy",
  sendStarted: (p: P) => `Đang gửi e-mail ${p.period}…`,
  sendResult: (p: P) =>
    `Đã gửi ${p.sent} e-mail ${p.period}; ${p.deferred} e-mail để lại gửi tiếp vào ngày mai do hết hạn mức; ${p.failed} e-mail lỗi; ${p.skipped} e-mail không có địa chỉ nhận.`,
  sendQuotaZero: () => "Hạn mức gửi e-mail hôm nay đã hết; chưa gửi gì. Các e-mail sẽ được gửi tiếp vào ngày mai.",
  sendFailuresSubject: (p: P) => `DX Scorecard: lỗi khi gửi e-mail ${p.period}`,
  sendFailuresBody: (p: P) => `Một số e-mail ${p.period} chưa gửi được:\n${p.lines}\n\nChi tiết trong trang Nhật ký.`,
  sendCannot: (p: P) => `Chưa thể gửi e-mail ${p.period}: ${p.reason}`,
  auditMailSent: () => "Đã gửi e-mail",
  auditMailFailed: () => "Gửi e-mail lỗi",
  // Audit chain and sent log
  auditChainEdited: (p: P) =>
    `dòng này (mục số ${p.seq}) hoặc mã kiểm tra của dòng ngay trước nó đã bị sửa sau khi ghi: nội dung không khớp mã kiểm tra. Vui lòng đối chiếu với lịch sử phiên bản của bảng tính.`,
  auditChainGap: (p: P) =>
    `${p.count} dòng ngay trước dòng này đã bị xóa khỏi Nhật ký (${p.first === p.last ? `mục số ${p.first}` : `mục số ${p.first} đến ${p.last}`}). Vui lòng đối chiếu với lịch sử phiên bản của bảng tính.`,
  auditChainMoved: (p: P) =>
    `dòng này (mục số ${p.seq}) đã bị chuyển khỏi vị trí ban đầu: thứ tự các dòng của Nhật ký đã bị thay đổi.`,
  auditChainCopied: (p: P) =>
    `dòng này là bản sao của dòng ${p.other} (trùng số mục); Nhật ký không được chép thêm dòng.`,
  auditChainUnsigned: () =>
    "dòng này được thêm vào Nhật ký bằng tay, không do DX Scorecard ghi (không có mã kiểm tra).",
  auditChainCode: () => "mã kiểm tra của dòng này đã bị sửa.",
  auditChainTruncated: (p: P) =>
    `Nhật ký đã mất ${p.count} dòng cuối: DX Scorecard đã ghi đến mục số ${p.expected} nhưng trang tính chỉ còn đến mục số ${p.found}. Vui lòng đối chiếu với lịch sử phiên bản của bảng tính.`,
  auditChainRewritten: (p: P) =>
    `mã kiểm tra của mục số ${p.seq} không khớp với mã DX Scorecard đã lưu: Nhật ký đã bị sửa rồi tính lại mã kiểm tra.`,
  auditChainExtra: (p: P) =>
    `dòng này và các dòng sau được thêm sau mục cuối cùng DX Scorecard đã ghi (mục số ${p.seq}), không do DX Scorecard ghi.`,
  auditChainBroken: (p: P) =>
    `Lúc ${p.when}, DX Scorecard phát hiện Nhật ký không còn khớp với bản ghi đã lưu (mục cuối phải là số ${p.expected}, nhưng trang tính kết thúc ở mục số ${p.found}); các dòng ghi sau đó được nối tiếp từ mục số ${p.expected}.`,
  auditChainColumn: (p: P) =>
    `trang ${p.sheet} không còn cột “${p.column}” nên không kiểm tra được các dòng đã ghi. Vui lòng chạy Thiết lập bảng tính và đối chiếu với lịch sử phiên bản.`,
  auditWriteFailed: (p: P) =>
    `Không ghi được Nhật ký (${p.reason}). Các e-mail đã gửi vẫn được ghi nhận và sẽ không bị gửi lại.`,
  sendTimeLeft: (p: P) =>
    `Còn ${p.count} e-mail chưa gửi do sắp hết thời gian chạy cho phép; DX Scorecard sẽ tự động gửi tiếp sau vài phút.`,
  scheduleTitle: () => "Lịch gửi tự động",
  scheduleOn: (p: P) =>
    `Lịch gửi tự động đang BẬT: tổng hợp và thông báo đơn vị yếu kém lúc 08:00 ngày ${p.summaryDay} hằng tháng (kèm tổng hợp quý vào tháng sau khi kết thúc quý); nhắc đơn vị chưa báo cáo lúc 08:00 ngày ${p.reminderDay}.`,
  scheduleOff: () => "Lịch gửi tự động đang TẮT.",
  scheduleAskOn: () => "Bật lịch gửi tự động?",
  scheduleAskOff: () => "Tắt lịch gửi tự động?",
  scheduleTurnedOn: (p: P) =>
    `Đã bật lịch gửi tự động: ngày ${p.summaryDay} và ngày ${p.reminderDay} hằng tháng lúc 08:00.`,
  scheduleTurnedOff: () => "Đã tắt lịch gửi tự động.",
  invalidEmailSkipped: (p: P) =>
    `địa chỉ e-mail “${p.value}” không hợp lệ nên sẽ bị bỏ qua khi gửi thư. Vui lòng sửa lại; các địa chỉ cách nhau bằng dấu “,” hoặc “;”.`,
  warningsHeading: () => "Cảnh báo",
  // Closed periods and atomic writes
  menuClosePeriod: () => "Khóa kỳ",
  actionClosePeriod: () => "khóa hoặc mở lại kỳ",
  closePromptTitle: () => "Khóa kỳ",
  closePrompt: (p: P) =>
    `Nhập tháng cần khóa hoặc mở lại, dạng 2023-06, hoặc năm (số liệu chỉ tiêu năm), dạng 2023. Để trống để chọn ${p.default}.`,
  closeNotAPeriod: (p: P) =>
    `“${p.value}” không phải một tháng hay một năm. Vui lòng nhập tháng dạng 2023-06 hoặc năm dạng 2023.`,
  closeAskClose: (p: P) =>
    `Khóa ${p.period}? Sau khi khóa, các đơn vị không thể sửa số liệu kỳ này qua biểu mẫu; sửa trực tiếp trên bảng sẽ bị đánh dấu.`,
  closeAskReopen: (p: P) => `${p.period} đang khóa. Mở lại kỳ này để các đơn vị sửa số liệu?`,
  closeDone: (p: P) => `Đã khóa ${p.period}.`,
  reopenDone: (p: P) => `Đã mở lại ${p.period}.`,
  closeSettingsBroken: (p: P) => `Chưa thể khóa hoặc mở lại kỳ: ${p.reason}`,
  closeFailed: () => "Chưa ghi được trạng thái kỳ do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
  auditClosePeriod: () => "Khóa kỳ",
  auditReopenPeriod: () => "Mở lại kỳ",
  closedPeriodInvalid: (p: P) =>
    `“${p.value}” trong Kỳ đã khóa không phải một tháng hay một năm. Vui lòng nhập các tháng dạng 2023-06 hoặc năm dạng 2023, cách nhau bằng dấu “;”.`,
  periodClosed: (p: P) =>
    `${p.period} đã khóa nên không thể sửa số liệu qua biểu mẫu. Nếu cần sửa, vui lòng đề nghị quản trị mở lại kỳ.`,
  entryTooOld: (p: P) =>
    `Không thể nhập số liệu ${p.period} qua biểu mẫu: chỉ nhận các tháng từ ${p.oldest} trở về sau. Vui lòng liên hệ quản trị.`,
  saveFailed: () => "Chưa lưu được số liệu do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
  rankWriteFailed: (p: P) =>
    `Chưa ghi được bảng xếp hạng ${p.period} do Google Trang tính tạm thời gặp lỗi; bảng xếp hạng trước được giữ nguyên. Vui lòng thử lại.`,
  // Review on the ranking outputs, template and set-up (issue 10, ranking part)
  colSelfPercent: () => "% tự đánh giá",
  colPendingReview: () => "Chờ thẩm định",
  reviewCountsLine: (p: P) =>
    `Thẩm định: ${p.accepted} đạt, ${p.adjusted} điều chỉnh, ${p.more} cần bổ sung, ${p.pending} chờ thẩm định.`,
  legendAdjusted: () => "Ô tô tím: giá trị đã được Văn phòng điều chỉnh khi thẩm định.",
  textAdjustedLegend: () => "* Giá trị đã được Văn phòng điều chỉnh khi thẩm định:",
  protectedReviewColumns: () =>
    "Cột thẩm định do Văn phòng quản lý: chỉ quản trị viên được sửa. Đơn vị ghi minh chứng trong biểu mẫu Nhập số liệu.",
  // Evidence and review, the units' side (design §10): the entry sidebar's evidence and review state
  auditEvidence: () => "Minh chứng",
  entryReviewedLocked: (p: P) =>
    `Không thể sửa số liệu hoặc minh chứng đã được thẩm định của chỉ tiêu: ${p.names}. Vui lòng liên hệ Văn phòng để mở lại nếu cần sửa; các số liệu khác chưa được lưu.`,
  entryReviewedField: () => "Đã được thẩm định; liên hệ Văn phòng để mở lại nếu cần sửa.",
  sidebarEvidence: () => "Minh chứng",
  sidebarEvidenceRequired: () => "bắt buộc",
  sidebarEvidencePlaceholder: () => "Đường liên kết, hoặc số, ngày và trích yếu văn bản",
  sidebarEvidenceMissing: () =>
    "Chỉ tiêu này bắt buộc có minh chứng. Vui lòng nhập minh chứng; nếu để trống, số liệu vẫn được lưu nhưng sẽ bị cảnh báo khi kiểm tra.",
  sidebarEvidenceMissingCount: (p: P) =>
    `${p.count} chỉ tiêu bắt buộc minh chứng chưa có minh chứng (vẫn lưu được, nhưng sẽ bị cảnh báo).`,
  sidebarReview_pending: () => "Chờ thẩm định",
  sidebarReview_accepted: () => "Đạt",
  sidebarReview_adjusted: () => "Điều chỉnh",
  sidebarReview_more: () => "Cần bổ sung",
  sidebarReviewReason: (p: P) => `Lý do: ${p.reason}`,
  sidebarReviewedValue: (p: P) => `Giá trị thẩm định: ${p.value}`,
  sidebarReviewStale: () => "Số liệu đã thay đổi sau khi thẩm định nên đang chờ thẩm định lại.",
  sidebarReviewMore: () => "Văn phòng đề nghị bổ sung minh chứng cho chỉ tiêu này.",
  flag_reviewed: () => "số liệu đã được thẩm định",
  // The office's review sidebar and its server (design §10; issue 10, review part)
  menuReview: () => "Thẩm định",
  reviewTitle: () => "Thẩm định số liệu",
  reviewNotAdmin: (p: P) =>
    `Tài khoản ${p.email} không có quyền thẩm định: chỉ các tài khoản trong Email quản trị và chủ sở hữu bảng tính được thẩm định, vui lòng liên hệ quản trị nếu cần.`,
  reviewMalformed: () => "Yêu cầu thẩm định không hợp lệ. Vui lòng tải lại danh sách thẩm định rồi thử lại.",
  reviewPeriodNotOffered: (p: P) =>
    `Không thể thẩm định ${p.period} qua danh sách thẩm định: vui lòng chọn một kỳ trong danh sách.`,
  reviewUnknownUnit: (p: P) =>
    `Không có đơn vị “${p.unit}” đang theo dõi trong trang Đơn vị. Vui lòng tải lại danh sách thẩm định.`,
  reviewIndicatorNotApplicable: (p: P) =>
    `Chỉ tiêu “${p.id}” không áp dụng cho ${p.unit} ở ${p.period}. Vui lòng tải lại danh sách thẩm định.`,
  reviewAdjustNeeds: (p: P) => `Điều chỉnh ${p.id} cần cả giá trị thẩm định và lý do: vui lòng nhập đủ hai ô.`,
  reviewMoreNeedsReason: (p: P) =>
    `Yêu cầu bổ sung ${p.id} cần lý do: vui lòng ghi rõ đơn vị cần bổ sung minh chứng gì.`,
  reviewInvalidValue: (p: P) => `Giá trị thẩm định của ${p.id} không hợp lệ: ${p.reason}`,
  reviewFigureChanged: (p: P) =>
    `Số liệu ${p.id} của ${p.unit} kỳ ${p.period} đã đổi từ ${p.was} thành ${p.now} sau khi bạn mở danh sách; vui lòng tải lại trước khi thẩm định.`,
  reviewStatusChanged: (p: P) =>
    `Mục ${p.id} của ${p.unit} kỳ ${p.period} đã chuyển từ “${p.was}” sang “${p.now}” sau khi bạn mở danh sách; vui lòng tải lại trước khi thẩm định.`,
  reviewNoFigure: (p: P) =>
    `${p.unit} chưa có số liệu ${p.id} kỳ ${p.period} nên chưa thể đánh giá đạt; vui lòng yêu cầu bổ sung hoặc điều chỉnh.`,
  reviewNothingToReopen: (p: P) => `Mục ${p.id} của ${p.unit} kỳ ${p.period} đang chờ thẩm định nên không cần mở lại.`,
  reviewSaved: (p: P) => `Đã ghi ${p.id} của ${p.unit} kỳ ${p.period}: ${p.status}.`,
  reviewBatchSaved: (p: P) => `Đã ghi đạt ${p.count} mục của ${p.unit} kỳ ${p.period}.`,
  reviewFailed: () => "Chưa ghi được kết quả thẩm định do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
  reviewLoadFailed: () => "Chưa tải được danh sách thẩm định do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
  auditReview: (p: P) => `Thẩm định: ${p.status}`,
  reviewStatusPending: () => "Chờ thẩm định",
  reviewStatusAccepted: () => "Đạt",
  reviewStatusAdjusted: () => "Điều chỉnh",
  reviewStatusMore: () => "Cần bổ sung",
  reviewLoading: () => "Đang tải danh sách thẩm định…",
  reviewPeriod: () => "Kỳ thẩm định",
  reviewFilterUnit: () => "Đơn vị",
  reviewFilterIndicator: () => "Chỉ tiêu",
  reviewFilterStatus: () => "Trạng thái",
  reviewAllUnits: () => "Tất cả đơn vị",
  reviewAllIndicators: () => "Tất cả chỉ tiêu",
  reviewPendingFirst: () => "Tất cả (chờ thẩm định trước)",
  reviewCounts: (p: P) => `Chờ ${p.pending} · Đạt ${p.accepted} · Điều chỉnh ${p.adjusted} · Cần bổ sung ${p.more}`,
  reviewSelf: () => "Tự đánh giá",
  reviewPrevious: () => "Kỳ trước",
  reviewEvidence: () => "Minh chứng",
  reviewNoEvidence: () => "Chưa có minh chứng",
  reviewEvidenceRequired: () => "(bắt buộc)",
  reviewReviewedValue: () => "Giá trị thẩm định",
  reviewReason: () => "Lý do",
  reviewBy: (p: P) => `${p.email}, ${p.time}`,
  reviewStaleNote: () => "Số liệu đã đổi sau lần thẩm định trước.",
  reviewAccept: () => "Đạt",
  reviewAdjust: () => "Điều chỉnh",
  reviewMore: () => "Yêu cầu bổ sung",
  reviewReopen: () => "Mở lại",
  reviewConfirm: () => "Xác nhận",
  reviewCancel: () => "Hủy",
  reviewSaving: () => "Đang ghi…",
  reviewAcceptAll: () => "Đạt tất cả mục chờ của đơn vị này",
  reviewAcceptAllNone: () => "Đơn vị này không còn mục chờ thẩm định nào có số liệu.",
  reviewEmpty: () => "Không có mục nào phù hợp bộ lọc.",
  reviewKeys: () =>
    "Phím tắt: j/k hoặc ↑/↓ chuyển mục, a đạt, d điều chỉnh, m yêu cầu bổ sung, r mở lại, u đạt tất cả của đơn vị, Enter xác nhận, Esc hủy.",
  reviewValueHint: () => "Nhập như trong biểu mẫu: 45,5 (%), có/không, một mức, số lượng, tử/mẫu.",
  reviewClosed: (p: P) => `${p.period} đã khóa: các đơn vị không sửa được số liệu, văn phòng vẫn thẩm định được.`,
  // E-mail: review requests (cần bổ sung) to the units' clerks, and the review in the committee summary (issue 10, e-mails)
  kindReview: () => "đề nghị bổ sung",
  reviewRequestSubject: (p: P) =>
    `Đề nghị bổ sung minh chứng chuyển đổi số ${p.period} — ${p.unit}: ${p.count} chỉ tiêu`,
  reviewRequestTitle: (p: P) => `Đề nghị bổ sung minh chứng chuyển đổi số ${p.period}`,
  reviewRequestGreeting: (p: P) => `Kính gửi: ${p.unit}.`,
  reviewRequestBody: (p: P) =>
    `Qua thẩm định số liệu tự đánh giá ${p.period}, ${p.count} chỉ tiêu dưới đây của đơn vị chưa đủ minh chứng để công nhận.`,
  reviewRequestItemsHeading: () => "Chỉ tiêu cần bổ sung minh chứng",
  reviewRequestFigure: (p: P) => `Số liệu của đơn vị: ${p.value}`,
  reviewRequestReason: (p: P) => `Lý do: ${p.reason}`,
  reviewRequestNoReason: () => "(không ghi lý do)",
  reviewRequestEvidence: () => "Minh chứng đã nộp:",
  reviewRequestNoEvidence: () => "Minh chứng đã nộp: chưa có",
  reviewRequestAction: (p: P) =>
    `Đề nghị đơn vị mở bảng tính, chọn Nhập số liệu và bổ sung minh chứng cho các chỉ tiêu trên (hoặc sửa số liệu nếu chưa đúng) trước ngày ${p.due}.`,
  reviewRequestAfter: () =>
    "Sau khi đơn vị bổ sung, các chỉ tiêu trên sẽ được thẩm định lại; đến khi đó, điểm xếp hạng vẫn tính theo số liệu đơn vị đã nhập.",
  summaryReview: (p: P) =>
    `Thẩm định: ${p.accepted} mục đạt, ${p.adjusted} điều chỉnh, ${p.more} cần bổ sung, ${p.pending} chờ thẩm định.`,
  summarySelfScore: (p: P) => `(tự đánh giá ${p.score})`,
  outboxTotalReview: (p: P) =>
    `${p.period}: ${p.messages} thư (${p.summaries} tổng hợp, ${p.notices} thông báo, ${p.reviews} đề nghị bổ sung, ${p.reminders} nhắc nộp), ${p.recipients} lượt người nhận; ${p.skipped} thư không lập được.`,
  // Documents the office signs: the Công văn and the Báo cáo with its Phụ lục (issue 11, design §11)
  docNation: () => "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  docMotto: () => "Độc lập - Tự do - Hạnh phúc",
  docPlaceDate: (p: P) => `${p.place}, ngày      tháng      năm ${p.year}`,
  docNumber: (p: P) => `Số:        /${p.symbol}`,
  docRecipients: () => "Nơi nhận:",
  docDear: () => "Kính gửi:",
  docLetterTitle: (p: P) => `Công văn chuyển đổi số ${p.period}`,
  docLetterSubject: (p: P) => `V/v tăng cường triển khai công tác\nchuyển đổi số năm ${p.year}`,
  docYesNoVerb: () => "chưa đạt",
  docLeadBelow: (p: P) => `${p.indicator} thấp hơn ngưỡng ${p.threshold}`,
  docLeadAbove: (p: P) => `${p.indicator} vượt ngưỡng ${p.threshold}`,
  docUnits: () => "đơn vị",
  docIntro: (p: P) =>
    `Hiện nay, các cơ quan, đơn vị trên địa bàn tỉnh đã triển khai các ứng dụng dùng chung của tỉnh thường xuyên, hiệu quả. Tuy nhiên, theo số liệu ${p.period}, vẫn còn một số đơn vị chưa quan tâm chỉ đạo thực hiện dẫn đến tỷ lệ sử dụng còn thấp so với mục tiêu đề ra, ảnh hưởng đến công tác triển khai chuyển đổi số của tỉnh, cụ thể:`,
  docIntroNone: (p: P) =>
    `Theo số liệu ${p.period}, các cơ quan, đơn vị trên địa bàn tỉnh đều đã báo cáo và đạt ngưỡng của các chỉ tiêu được theo dõi.`,
  docNotReported: (p: P) => `${p.count} đơn vị chưa báo cáo số liệu ${p.period}`,
  docRequestsIntro: (p: P) =>
    `Nhằm nâng cao hiệu quả sử dụng các nền tảng ứng dụng dùng chung và đẩy nhanh tiến độ triển khai công tác chuyển đổi số trong năm ${p.year} trên địa bàn tỉnh, Chủ tịch UBND tỉnh yêu cầu:`,
  docRequestUnitsHeading: () => "1. Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố",
  docRequestLessons: (p: P) =>
    `- Nghiêm túc rút kinh nghiệm đối với các cơ quan, đơn vị thực hiện chưa tốt việc triển khai sử dụng các nền tảng ứng dụng dùng chung và chậm triển khai công tác chuyển đổi số năm ${p.year}.`,
  docRequestPlanBefore: (p: P) =>
    `- Khẩn trương ban hành Kế hoạch Chuyển đổi số và đảm bảo an toàn thông tin năm ${p.year}; tập trung chỉ đạo, quán triệt việc nâng cao tỷ lệ sử dụng các nền tảng dùng chung của tỉnh (`,
  docRequestPlatforms: () => "họp không giấy, văn bản điện tử ký số, thư điện tử công vụ,...",
  docRequestPlanAfter: () =>
    ") trong hoạt động chuyên môn. Người đứng đầu các cơ quan, đơn vị phải luôn đi đầu, gương mẫu và chịu trách nhiệm trong việc triển khai thực hiện nhiệm vụ của đơn vị mình.",
  docRequestAdvisorHeading: (p: P) => `2. ${p.advisor}`,
  docRequestFollowUp: () =>
    "Thường xuyên theo dõi, kiểm tra, đôn đốc các đơn vị, địa phương trong việc tổ chức, triển khai các nội dung nêu trên. Hằng tháng, quý thống kê, lồng ghép vào báo cáo Ban Chỉ đạo chuyển đổi số tỉnh; tổng hợp, báo cáo UBND tỉnh kết quả đánh giá, xếp hạng mức độ chuyển đổi số của các đơn vị",
  docRequestDeadline: (p: P) => `trước ngày ${p.date}`,
  docRequestPurpose: () =>
    "để làm cơ sở phục vụ việc đánh giá, xếp loại đối với tập thể, cá nhân cán bộ lãnh đạo, quản lý cuối năm.",
  docRequestClosing: () =>
    "Yêu cầu Thủ trưởng các sở, ban, ngành tỉnh; Chủ tịch UBND các huyện, thị xã, thành phố triển khai thực hiện nghiêm, hiệu quả các nội dung nêu trên./.",
  docReportTitle: (p: P) => `Báo cáo xếp hạng chuyển đổi số năm ${p.year}`,
  docReportKind: () => "BÁO CÁO",
  docReportSubject: (p: P) => `Kết quả đánh giá, xếp hạng mức độ chuyển đổi số của các cơ quan, đơn vị năm ${p.year}`,
  docMethodHeading: () => "I. PHƯƠNG PHÁP ĐÁNH GIÁ",
  docMethodIndex: (p: P) => `Bộ chỉ số năm ${p.year} gồm ${p.indicators} chỉ tiêu${p.pillars}; tổng điểm ${p.totals}.`,
  docMethodPillars: (p: P) => ` thuộc ${p.count} trụ cột (${p.names})`,
  docMethodTotal: (p: P) => `${p.points} điểm đối với ${p.group}`,
  docMethodRanking: (p: P) =>
    `Mỗi đơn vị được chấm theo ${p.source}, quy ra tỷ lệ phần trăm trên tổng điểm áp dụng cho đơn vị, xếp hạng trong nhóm của mình và xếp loại: ${p.bands}.`,
  docMethodSourceReviewed: () => "số liệu tự đánh giá đã được thẩm định",
  docMethodSourceSelf: () => "số liệu do đơn vị báo cáo",
  docBandFrom: (p: P) => `${p.band} từ ${p.min}%`,
  docBandBelow: (p: P) => `${p.band} dưới ${p.min}%`,
  docResultsHeading: () => "II. KẾT QUẢ ĐÁNH GIÁ, XẾP HẠNG",
  docGroupHeading: (p: P) => `${p.index}. ${p.group} (${p.count} đơn vị)`,
  docGroupBest: (p: P) => `Dẫn đầu: ${p.units}.`,
  docGroupWorst: (p: P) => `Thấp nhất: ${p.units}.`,
  docGroupBands: (p: P) => `Xếp loại: ${p.bands}.`,
  docGroupNotReported: (p: P) => `Chưa báo cáo: ${p.count} đơn vị (${p.units}).`,
  docReviewHeading: () => "III. KẾT QUẢ THẨM ĐỊNH",
  docReviewChanged: (p: P) => `${p.count} đơn vị có điểm thay đổi sau thẩm định:`,
  docReviewUnit: (p: P) => `- ${p.unit}: tự đánh giá ${p.self}, sau thẩm định ${p.reviewed} (${p.indicators}).`,
  docReviewNoChange: () => "Không đơn vị nào có điểm thay đổi sau thẩm định.",
  docProposalHeading: (p: P) => `${p.number}. ĐỀ XUẤT`,
  docProposal: (p: P) =>
    `Đề nghị công bố kết quả xếp hạng mức độ chuyển đổi số năm ${p.year} (Phụ lục kèm theo) làm cơ sở đánh giá, xếp loại tập thể, cá nhân cán bộ lãnh đạo, quản lý cuối năm; các đơn vị xếp loại thấp có giải pháp khắc phục trong năm ${p.next}.`,
  docAppendixKind: () => "PHỤ LỤC",
  docAppendixTitle: (p: P) => `KẾT QUẢ XẾP HẠNG MỨC ĐỘ CHUYỂN ĐỔI SỐ NĂM ${p.year}`,
  docAppendixRef: (p: P) => `(Kèm theo Báo cáo số        /${p.symbol} ngày      tháng      năm ${p.year})`,
  docAppendixGroup: (p: P) => `${p.roman}. ${p.group}`,
  docColNo: () => "STT",
  docColUnit: () => "Đơn vị",
  docColPoints: () => "Điểm/Tổng điểm",
  docColPercent: () => "%",
  docColSelf: () => "Tự đánh giá (%)",
  docColRank: () => "Xếp hạng",
  docColBand: () => "Xếp loại",
  docNotReportedBand: () => "Chưa báo cáo",
  // Command line: the office's documents as .docx, `letter` and `report` (issue 11, docx)
  letterNotYear: (p: P) =>
    `lệnh letter soạn công văn của một tháng hoặc một quý; báo cáo năm ${p.year} có lệnh riêng: dx-scorecard report ${p.file} --period ${p.year}.`,
  reportNotYear: (p: P) =>
    `lệnh report soạn báo cáo của một năm; công văn ${p.period} có lệnh riêng: dx-scorecard letter ${p.file} --period ${p.key}.`,
  outNotDocx: (p: P) => `tệp kết quả “${p.file}” phải có đuôi .docx, để Word và LibreOffice mở được.`,
  wroteLetter: (p: P) => `Đã ghi công văn ${p.period}: ${p.file}`,
  wroteReport: (p: P) => `Đã ghi báo cáo ${p.period} kèm phụ lục: ${p.file}`,
  // The ranking sheet that prints (issue 11): figures in the indicator cells, thresholds in the labels
  rankingThreshold: (p: P) => `ngưỡng ${p.threshold}`,
  legendCells: () =>
    "Ô chỉ tiêu ghi số liệu của đơn vị và điểm đạt, cách nhau bởi dấu ·: “24,39% · 2,44” là 24,39%, được 2,44 điểm. Trong ngoặc ở tên chỉ tiêu: điểm tối đa và ngưỡng yếu kém.",
  laggardCount: (p: P) => `${p.count} chỉ tiêu yếu kém`,
  // Add-on: Soạn công văn, Soạn báo cáo — the documents as Google Docs (issue 11, add-on)
  menuLetter: () => "Soạn công văn",
  menuReport: () => "Soạn báo cáo",
  actionLetter: () => "soạn công văn",
  actionReport: () => "soạn báo cáo",
  letterPrompt: (p: P) => `Nhập tháng (2023-06) hoặc quý (2023-Q2) của công văn. Để trống để soạn cho ${p.default}.`,
  reportPrompt: (p: P) => `Nhập năm của báo cáo (2023). Để trống để soạn cho ${p.default}.`,
  letterNeedsMonth: (p: P) =>
    `Công văn được soạn cho một tháng hoặc một quý, không cho ${p.period}: vui lòng nhập dạng 2023-06 hoặc 2023-Q2.`,
  reportNeedsYear: (p: P) => `Báo cáo được soạn cho cả năm, không cho ${p.period}: vui lòng nhập dạng 2023.`,
  cannotDraftTitle: () => "Chưa thể soạn tài liệu",
  draftProblemsIntro: (p: P) => `Bảng tính có ${p.count} lỗi nên chưa soạn tài liệu. Vui lòng sửa rồi chạy lại:`,
  draftStarted: (p: P) => `Đang soạn ${p.title}…`,
  draftDone: (p: P) => `Đã soạn “${p.title}” thành Google Tài liệu trong Google Drive của bạn.`,
  draftOpen: () => "Mở tài liệu",
  draftReview: () => "Đây là bản dự thảo: vui lòng rà soát, ghi số và ngày trước khi trình ký.",
  draftPinHeader: () =>
    "Để dòng tiêu đề của bảng phụ lục lặp lại ở mỗi trang khi in: chọn bảng, Định dạng → Bảng → Thuộc tính bảng → Ghim hàng tiêu đề.",
  draftFailed: (p: P) => `Chưa soạn được ${p.title} do Google Tài liệu tạm thời gặp lỗi. Vui lòng thử lại.`,
  draftFailedPartial: (p: P) =>
    `Chưa soạn xong ${p.title} do Google Tài liệu tạm thời gặp lỗi; bản dở dang (${p.url}) có thể xóa. Vui lòng thử lại.`,
  // Nhập từ tệp xuất: figures from the province's systems (issue 12)
  importPeriodKind: (p: P) =>
    `chỉ nhập được số liệu của một tháng (2023-07) hoặc một năm (2023), không phải “${p.value}”.`,
  importNoColumns: () => "chưa chọn cột số liệu nào để nhập: ghép ít nhất một cột của tệp xuất với một chỉ tiêu.",
  importUnknownIndicator: (p: P) => `“${p.key}” không phải mã chỉ tiêu trong sheet Chỉ tiêu (các mã: ${p.ids}).`,
  importYearlyInMonth: (p: P) =>
    `chỉ tiêu ${p.id} được báo cáo theo năm, không theo tháng ${p.period}: vui lòng nhập với kỳ ${p.year}.`,
  importMonthlyInYear: (p: P) =>
    `chỉ tiêu ${p.id} được báo cáo theo tháng: vui lòng nhập với một tháng (${p.year}-07), không phải năm ${p.period}.`,
  importNameColumnMissing: (p: P) =>
    `không nhận ra cột tên đơn vị của ${p.source}: vui lòng chọn cột đó${p.option}; các cột có: ${p.headers}.`,
  importNameColumnMany: (p: P) =>
    `${p.source} có nhiều cột giống cột tên đơn vị: vui lòng chọn một cột${p.option}; các cột có: ${p.headers}.`,
  importColumnMissing: (p: P) =>
    `không tìm thấy cột ${p.columns} trong ${p.rows} dòng đầu của ${p.source}; các cột có: ${p.headers}.`,
  importUnknown: (p: P) =>
    `“${p.name}” không khớp đơn vị nào của sheet Đơn vị; nếu là một đơn vị, vui lòng thêm tên này vào cột Tên khác của đơn vị đó.`,
  importNoName: () => "dòng có số liệu nhưng không có tên đơn vị.",
  importAmbiguous: (p: P) =>
    `“${p.name}” khớp như nhau với ${p.candidates}; không đoán: vui lòng thêm tên này vào cột Tên khác của đơn vị đúng.`,
  importPartial: (p: P) =>
    `“${p.name}” chỉ khớp một phần với ${p.candidates}; không đoán: nếu đúng, vui lòng thêm tên này vào cột Tên khác của đơn vị đó.`,
  importDuplicate: (p: P) =>
    `“${p.name}” là ${p.unit}, đơn vị cũng có ở dòng ${p.rows}; mỗi đơn vị chỉ một dòng, không đoán dòng nào đúng.`,
  auditImport: (p: P) => `Nhập từ tệp ${p.file}`,
  auditAlias: () => "Thêm tên khác",
  // Add-on: the Nhập từ tệp xuất dialog (issue 12, dist/Import.html)
  importUiTitle: () => "Nhập từ tệp xuất",
  importUiLoading: () => "Đang mở hộp thoại nhập…",
  importUiSteps: () => "Các bước",
  importUiStepSource: () => "Tệp xuất",
  importUiStepColumns: () => "Ghép cột",
  importUiStepPreview: () => "Xem trước",
  importUiSourceKind: () => "Số liệu lấy từ",
  importUiFromSheet: () => "Một sheet đã dán tệp xuất vào",
  importUiFromCsv: () => "Tệp CSV trên máy",
  importUiSheet: () => "Sheet đã dán tệp xuất",
  importUiNoSheets: () =>
    "Bảng tính chưa có sheet nào ngoài các sheet của công cụ. Để dán tệp xuất: tạo một sheet mới, dán vào, rồi mở lại hộp thoại này.",
  importUiFile: () => "Tệp CSV",
  importUiFileHint: () =>
    "Tệp .csv hoặc .txt xuất từ hệ thống: UTF-8, UTF-16 hoặc Windows-1258; phân cách bằng dấu phẩy, chấm phẩy hoặc tab (tự nhận ra).",
  importUiFileRead: (p: P) => `${p.encoding} · phân cách ${p.separator} · ${p.rows} dòng`,
  importUiEncodingBom: (p: P) => `${p.encoding} (có BOM)`,
  importUiTab: () => "tab",
  importUiFileEmpty: (p: P) => `Tệp “${p.file}” không có dòng nào. Vui lòng chọn đúng tệp xuất.`,
  importUiFileTooManyRows: (p: P) =>
    `Tệp “${p.file}” có ${p.rows} dòng, nhiều hơn ${p.max} dòng nhập được một lần. Vui lòng chia tệp thành nhiều phần.`,
  importUiFileTooManyColumns: (p: P) =>
    `Dòng ${p.row} của tệp “${p.file}” có ${p.columns} cột, nhiều hơn ${p.max} cột. Vui lòng chỉ giữ các cột cần nhập.`,
  importUiFileCellTooLong: (p: P) =>
    `Dòng ${p.row} của tệp “${p.file}” có ô dài hơn ${p.max} ký tự, nên tệp này có vẻ không phải tệp xuất số liệu. Vui lòng kiểm tra lại.`,
  importUiFileSpreadsheet: (p: P) =>
    `“${p.file}” là tệp Excel, không phải CSV. Vui lòng mở tệp, chọn Lưu thành → CSV UTF-8 rồi tải lên tệp đó, hoặc dán nội dung vào một sheet của bảng tính.`,
  importUiFileUnreadable: (p: P) => `Không đọc được tệp “${p.file}” (${p.reason}). Vui lòng chọn lại tệp.`,
  importUiNoFile: () => "Vui lòng chọn tệp CSV cần nhập.",
  importUiRememberedFile: (p: P) => `Lần trước đã nhập từ tệp “${p.file}”.`,
  importUiPeriod: () => "Kỳ số liệu",
  importUiClosed: (p: P) => `${p.period} (đã khóa)`,
  importUiPeriodHint: () => "Kỳ đã khóa không nhập được.",
  importUiNext: () => "Tiếp",
  importUiBack: () => "Quay lại",
  importUiReading: () => "Đang đọc tệp xuất…",
  importUiNameColumn: () => "Cột tên đơn vị",
  importUiNameColumnPick: () => "— chọn cột —",
  importUiNameColumnHint: () => "Cột ghi tên cơ quan, đơn vị trong tệp xuất.",
  importUiNameColumnNeeded: () => "Vui lòng chọn cột tên đơn vị của tệp xuất.",
  importUiFieldsLegend: (p: P) => `Chỉ tiêu của ${p.period} và cột tương ứng trong tệp xuất`,
  importUiFieldsHint: () => "Chỉ tiêu để “— không nhập —” được giữ nguyên.",
  importUiRememberedMapping: () => "Đã điền sẵn cách ghép cột của lần nhập trước.",
  importUiNoImport: () => "— không nhập —",
  importUiNoField: () => "Chưa chọn cột số liệu nào: vui lòng ghép ít nhất một chỉ tiêu với một cột của tệp xuất.",
  importUiNoFields: (p: P) => `Sheet Chỉ tiêu không có chỉ tiêu nào nhập theo ${p.period}.`,
  importUiOverwrite: () => "Thay số liệu đang có (ghi đè)",
  importUiOverwriteHint: () =>
    "Không đánh dấu: chỉ ghi vào ô còn trống. Số liệu đã thẩm định (đạt hoặc điều chỉnh) không bao giờ bị thay.",
  importUiPreview: () => "Xem trước",
  importUiPreviewing: () => "Đang xem trước…",
  importUiSource: (p: P) => `${p.source} · ${p.period} · cột tên: “${p.column}”`,
  importUiCountMatched: (p: P) => `${p.count} khớp`,
  importUiCountAmbiguous: (p: P) => `${p.count} chưa rõ`,
  importUiCountUnknown: (p: P) => `${p.count} không khớp`,
  importUiCountDuplicate: (p: P) => `${p.count} trùng đơn vị`,
  importUiCountTotal: (p: P) => `${p.count} dòng tổng`,
  importUiCountSkipped: (p: P) => `bỏ qua ${p.count} dòng`,
  importUiCountWrite: (p: P) => `sẽ ghi ${p.count} số liệu`,
  importUiCountKeep: (p: P) => `giữ ${p.count} số liệu đang có`,
  importUiCountReviewed: (p: P) => `${p.count} đã thẩm định`,
  importUiCountInvalid: (p: P) => `${p.count} không hợp lệ`,
  importUiFilter: () => "Hiện các dòng",
  importUiFilterAll: (p: P) => `Tất cả (${p.count})`,
  importUiFilterAttention: (p: P) => `Cần chọn đơn vị (${p.count})`,
  importUiFilterWrite: (p: P) => `Sẽ ghi (${p.count})`,
  importUiFilterOther: (p: P) => `Không ghi (${p.count})`,
  importUiFilterEmpty: () => "Không có dòng nào.",
  importUiColRow: () => "Dòng",
  importUiColName: () => "Tên trong tệp",
  importUiColUnit: () => "Đơn vị",
  importUiColFigures: () => "Số liệu: đang có → trong tệp",
  importUiHowName: () => "đúng tên",
  importUiHowShortName: () => "tên ngắn",
  importUiHowAlias: () => "tên khác",
  importUiHowSpelling: () => "viết tắt, không dấu",
  importUiHowChosen: () => "chọn tay",
  importUiKindAmbiguous: () => "Khớp nhiều đơn vị",
  importUiKindUnknown: () => "Không khớp đơn vị nào",
  importUiKindDuplicate: () => "Trùng đơn vị với dòng khác",
  importUiKindTotal: () => "Dòng tổng, bỏ qua",
  importUiKindSkipped: () => "Bỏ qua, không ghi",
  importUiNoName: () => "(không có tên)",
  importUiPickLabel: (p: P) => `Đơn vị của dòng ${p.row}`,
  importUiPickNone: () => "— chưa chọn —",
  importUiPickSkip: () => "— bỏ qua dòng này —",
  importUiPickCandidates: () => "Đơn vị có thể",
  importUiPickAll: () => "Tất cả đơn vị",
  importUiActWrite: () => "sẽ ghi",
  importUiActSame: () => "giống, không đổi",
  importUiActKeep: () => "giữ số liệu đang có",
  importUiActReviewed: () => "đã thẩm định, giữ nguyên",
  importUiActBlank: () => "ô trống, không ghi",
  importUiActNotApplicable: () => "không áp dụng cho đơn vị",
  importUiActInactive: () => "đơn vị không còn theo dõi",
  importUiActInvalid: () => "không hợp lệ",
  importUiEmpty: () => "trống",
  importUiNeedAmbiguous: (p: P) =>
    `Dòng ${p.row} “${p.name}” khớp như nhau với ${p.candidates}: vui lòng chọn đơn vị đúng, hoặc “bỏ qua dòng này”.`,
  importUiNeedUnknown: (p: P) =>
    `Dòng ${p.row} “${p.name}” không khớp đơn vị nào: vui lòng chọn đơn vị, hoặc “bỏ qua dòng này”.`,
  importUiNeedNoName: (p: P) =>
    `Dòng ${p.row} có số liệu nhưng không có tên đơn vị: vui lòng chọn đơn vị, hoặc “bỏ qua dòng này”.`,
  importUiNeedDuplicate: (p: P) =>
    `Dòng ${p.row} “${p.name}” và dòng ${p.rows} cùng là ${p.unit}; không đoán dòng nào đúng: vui lòng chọn đơn vị đúng cho dòng sai, hoặc bỏ qua các dòng này.`,
  importUiChooseFile: () => "Chọn tệp…",
  importUiNoFileChosen: () => "Chưa chọn tệp",
  importUiKindPartial: () => "Chỉ khớp một phần",
  importUiNeedPartial: (p: P) =>
    `Dòng ${p.row} “${p.name}” chỉ khớp một phần với ${p.candidate}: nếu đúng, vui lòng chọn đơn vị này; nếu không, “bỏ qua dòng này”.`,
  importUiProblems: () => "Chưa ghi được vì:",
  importUiSkipRest: (p: P) => `Bỏ qua ${p.count} dòng chưa chọn đơn vị`,
  importUiSkipNote: () =>
    "Dòng “bỏ qua” không được ghi, các dòng khác vẫn được ghi. Tên của dòng chọn đơn vị bằng tay được nhớ vào cột Tên khác.",
  importUiLearn: () => "Tên sẽ được thêm vào cột Tên khác của sheet Đơn vị, để lần sau tự khớp:",
  importUiWrite: () => "Ghi",
  importUiWriting: () => "Đang ghi…",
  importUiWriteBlocked: () => "Nút Ghi dùng được khi mọi dòng cần xử lý đã được chọn đơn vị hoặc bỏ qua.",
  importUiWriteProblems: () => "Nút Ghi dùng được khi hết các lỗi nêu trên.",
  importUiStale: () => "Đang xem trước lại với đơn vị vừa chọn…",
  importUiWriteNothing: () => "Không có số liệu hay tên nào để ghi.",
  importUiWriteReady: (p: P) =>
    `Ghi ${p.count} số liệu vào sheet Số liệu${p.names ? ` và ${p.names} tên vào Tên khác` : ""}; mỗi thay đổi có một dòng Nhật ký.`,
  importUiRefresh: () => "Xem trước lại",
  importUiAgain: () => "Nhập tệp khác",
  importUiClose: () => "Đóng",
  // Add-on: Nhập từ tệp xuất, the dialog's server (issue 12, add-on)
  menuImport: () => "Nhập từ tệp xuất",
  actionImport: () => "nhập số liệu từ tệp xuất",
  importMalformed: () => "Yêu cầu nhập không hợp lệ. Vui lòng đóng và mở lại Nhập từ tệp xuất.",
  importLoadFailed: () => "Chưa đọc được bảng tính do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
  importFailed: () => "Chưa nhập được số liệu do Google Trang tính tạm thời gặp lỗi. Vui lòng thử lại.",
  importPeriodNotOffered: (p: P) =>
    `Không nhập được số liệu ${p.period}: chỉ nhận các tháng từ ${p.oldest} đến ${p.newest}${p.years ? ` và các năm ${p.years}` : ""}.`,
  importChosenUnknown: (p: P) =>
    `Dòng ${p.row} được gán cho mã đơn vị “${p.unit}”, mã này không có trong trang Đơn vị. Vui lòng chọn lại đơn vị.`,
  importSheetMissing: (p: P) =>
    `Không tìm thấy trang tính “${p.sheet}”. Vui lòng dán tệp xuất vào một trang tính rồi chọn lại.`,
  importOwnSheet: (p: P) =>
    `“${p.sheet}” là trang tính của DX Scorecard, không phải tệp xuất. Vui lòng chọn trang tính đã dán tệp xuất.`,
  importEmpty: (p: P) =>
    `“${p.source}” không có dòng nào. Vui lòng dán tệp xuất vào trang tính này hoặc chọn tệp khác.`,
  importTooLarge: (p: P) =>
    `“${p.source}” có ${p.rows} dòng và ${p.columns} cột, vượt quá ${p.maxRows} dòng hoặc ${p.maxColumns} cột nhận được. Vui lòng chỉ giữ bảng số liệu của các đơn vị.`,
  importDataColumns: (p: P) => `Trang Số liệu thiếu cột ${p.columns}. Vui lòng chạy Thiết lập bảng tính rồi nhập lại.`,
  importHasProblems: (p: P) => `Chưa ghi gì: còn ${p.count} vấn đề cần xử lý trước khi nhập.`,
  importDone: (p: P) =>
    `Đã nhập ${p.count} số liệu ${p.period} từ ${p.source}${Number(p.aliases) > 0 ? `; học ${p.aliases} tên khác` : ""}.`,
  importNothing: (p: P) => `Không có số liệu nào cần ghi: ${p.source} không thay đổi số liệu ${p.period}.`,
  importKeptReviewed: (p: P) => `Giữ nguyên ${p.count} số liệu đã được thẩm định đạt hoặc điều chỉnh.`,
  importKeptExisting: (p: P) => `Giữ nguyên ${p.count} số liệu đã có khác với tệp; chọn ghi đè nếu muốn thay.`,
  // Command line: dx-scorecard import (issue 12)
  importFromRequired: () => "lệnh import cần tệp xuất, ví dụ --from xuat-qlvb.csv.",
  importMapRequired: () => 'lệnh import cần ít nhất một cột để nhập, ví dụ --map KY_SO="Tỷ lệ ký số (%)".',
  importMapInvalid: (p: P) =>
    `“--map ${p.value}” không đúng dạng MÃ_CHỈ_TIÊU=Tiêu đề cột, ví dụ --map KY_SO="Tỷ lệ ký số (%)".`,
  importMapTwice: (p: P) => `chỉ tiêu ${p.key} được ghép hai lần (--map); mỗi chỉ tiêu chỉ lấy từ một cột.`,
  importOutIsExport: () => "tệp kết quả không được trùng tệp xuất.",
  importExportNotFound: (p: P) => `không tìm thấy tệp xuất “${p.file}”. Vui lòng kiểm tra đường dẫn.`,
  importExportKind: (p: P) =>
    `tệp xuất “${p.file}” phải là .csv hoặc .xlsx; tệp .xls hoặc .ods: vui lòng mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx hoặc .csv.`,
  importExportUnreadable: (p: P) => `không đọc được tệp xuất “${p.file}” (${p.reason}).`,
  importExportNotXlsx: (p: P) =>
    `tệp xuất “${p.file}” có đuôi .xlsx nhưng không phải bảng tính Excel; vui lòng xuất lại, hoặc lưu thành .csv.`,
  importExportNotText: (p: P) =>
    `tệp xuất “${p.file}” không phải văn bản CSV (có thể là bảng tính đổi đuôi); vui lòng xuất lại dạng .csv, hoặc dùng tệp .xlsx.`,
  importReadCsv: (p: P) => `Đã đọc ${p.file}: ${p.encoding}, phân cách ${p.separator}, ${p.rows} dòng.`,
  importReadXlsx: (p: P) => `Đã đọc ${p.file}: trang “${p.sheet}”, ${p.rows} dòng.`,
  importWithBom: () => "có BOM",
  importWithoutBom: () => "không có BOM",
  importWindows1258: () => "bảng mã tiếng Việt của Windows",
  importTab: () => "dấu tab",
  importHeading: (p: P) => `NHẬP SỐ LIỆU TỪ ${p.source} — ${p.period} — vào ${p.file}`,
  importNameColumnLine: (p: P) => `Cột tên đơn vị: “${p.header}” (cột ${p.column})`,
  importColumnLine: (p: P) => `${p.key} ← “${p.header}” (cột ${p.column})`,
  importPercentScale: () => "số không kèm % đọc là phần trăm: 45,5 là 45,5%",
  importRowLabel: (p: P) => `Dòng ${p.row}`,
  importNoNameText: () => "(không có tên)",
  importMatched: (p: P) => `${p.unit} (${p.id}), theo ${p.how}`,
  importHow_name: () => "tên",
  importHow_shortName: () => "tên ngắn",
  importHow_alias: () => "tên khác",
  importHow_spelling: () => "viết tắt/không dấu",
  importHow_chosen: () => "chọn tay",
  importRowAmbiguous: (p: P) => `không rõ: ${p.candidates}`,
  importRowPartial: (p: P) => `không rõ, chỉ khớp một phần: ${p.candidates}`,
  importRowUnknown: () => "không khớp",
  importRowDuplicate: (p: P) => `trùng đơn vị ${p.unit} với dòng ${p.rows}`,
  importRowTotal: () => "dòng tổng, bỏ qua",
  importRowSkipped: () => "bỏ qua (--skip-unmatched)",
  importCell: (p: P) => `${p.key}: ${p.value} (đang có: ${p.old}) — ${p.action}`,
  importNone: () => "trống",
  importAction_write: () => "ghi",
  importAction_replace: () => "ghi thay",
  importAction_same: () => "giống số liệu đang có",
  importAction_keep: () => "giữ số liệu đang có (dùng --overwrite để thay)",
  importAction_reviewed: () => "đã thẩm định, giữ nguyên",
  importAction_blank: () => "ô trống, bỏ qua",
  importAction_notApplicable: () => "chỉ tiêu không áp dụng cho nhóm của đơn vị, bỏ qua",
  importAction_inactive: () => "đơn vị không còn theo dõi, bỏ qua",
  importAction_invalid: () => "không đọc được số liệu",
  importRowsCount: (p: P) => `Dòng: ${p.parts}.`,
  importFiguresCount: (p: P) => `Số liệu: ${p.parts}.`,
  importCount_matched: (p: P) => `${p.count} khớp đơn vị`,
  importCount_chosen: (p: P) => `${p.count} chọn tay`,
  importCount_ambiguous: (p: P) => `${p.count} không rõ`,
  importCount_unknown: (p: P) => `${p.count} không khớp`,
  importCount_duplicate: (p: P) => `${p.count} trùng đơn vị`,
  importCount_total: (p: P) => `${p.count} dòng tổng`,
  importCount_write: (p: P) => `${p.count} sẽ ghi`,
  importCount_same: (p: P) => `${p.count} giống số liệu đang có`,
  importCount_keep: (p: P) => `${p.count} giữ số liệu đang có`,
  importCount_reviewed: (p: P) => `${p.count} đã thẩm định`,
  importCount_blank: (p: P) => `${p.count} ô trống`,
  importCount_notApplicable: (p: P) => `${p.count} không áp dụng`,
  importCount_inactive: (p: P) => `${p.count} của đơn vị không còn theo dõi`,
  importCount_invalid: (p: P) => `${p.count} không đọc được`,
  importCountNone: () => "không có",
  importAliasesHeading: (p: P) => `Tên sẽ thêm vào cột Tên khác của trang Đơn vị (${p.count}):`,
  importAliasLine: (p: P) => `${p.name} → ${p.unit} (${p.id})`,
  importDryRun: () => "Chạy thử: chưa ghi gì. Thêm --out TỆP.xlsx để ghi một bản sao; tệp đầu vào giữ nguyên.",
  importNothingWritten: () => "Chưa ghi gì.",
  importNothingWrittenRows: () =>
    "Chưa ghi gì. Để nhập các dòng khớp và bỏ qua các dòng trên, thêm --skip-unmatched; hoặc thêm tên vào cột Tên khác của đơn vị đúng.",
  importDataColumnMissing: (p: P) =>
    `trang ${p.sheet} thiếu cột ${p.columns} để ghi số liệu nhập. Vui lòng thêm cột này rồi chạy lại.`,
  importWrote: (p: P) => `Đã ghi ${p.file}: ${p.figures} số liệu, ${p.aliases} tên khác, ${p.audit} dòng Nhật ký.`,
  importUnchanged: (p: P) =>
    `Không có gì thay đổi: mọi số liệu đã có sẵn. Đã ghi bản sao ${p.file}, không thêm dòng Nhật ký nào.`,
  importPeriodClosed: (p: P) =>
    `${p.period} đã khóa (Cài đặt, Kỳ đã khóa) nên không nhập số liệu vào kỳ này. Nếu cần, vui lòng mở lại kỳ trước khi nhập.`,
  demoImportHint: (p: P) =>
    `Nhập số liệu ${p.period} từ tệp xuất mẫu của hệ thống quản lý văn bản (kết quả chạy thử: ${p.dryRun}); thêm --out TỆP.xlsx để ghi:\n  ${p.command}`,
  importActor: (p: P) => `dòng lệnh (${p.user})`,
  // Nhập từ tệp xuất: the export changed between preview and write (issue 12, trust)
  importSourceChanged: () =>
    "Tệp xuất đã thay đổi sau khi xem trước (có người sửa trang chứa tệp xuất), nên chưa ghi gì. Vui lòng xem trước lại rồi ghi.",
  // Follow-up: grid edits and `Cập nhật lúc` (issue 13)
  flag_stamp: () => "sửa tay Cập nhật lúc (thời điểm nộp số liệu, dùng để tính đúng hạn)",
  // CLI: rank's follow-up line and the trend command (issue 13, helper C)
  followUpTextLine: (p: P) => `Theo dõi khắc phục so với ${p.previous} (${p.cases} trường hợp): ${p.parts}`,
  trendStatus_fixed: () => "đã khắc phục",
  trendStatus_improved: () => "có tiến bộ",
  trendStatus_notFixed: () => "chưa khắc phục",
  trendStatus_notReported: () => "chưa báo cáo",
  trendUnitRequired: () => "lệnh trend cần mã đơn vị, ví dụ --unit BUDOP (cột Mã đơn vị của trang Đơn vị).",
  trendMonthOnly: (p: P) =>
    `${p.option} cần một tháng, ví dụ ${p.option} ${p.example}; “${p.value}” không phải một tháng (lệnh trend xem từng tháng, không nhận quý hay năm).`,
  trendUnitAsArgument: (p: P) => `“${p.value}” không phải tệp .xlsx. Có phải ý là --unit ${p.value}?`,
  trendFromAfterTo: (p: P) =>
    `tháng đầu --from ${p.from} đứng sau tháng cuối --to ${p.to}. Vui lòng đổi chỗ hai tháng.`,
  trendUnknownUnit: (p: P) =>
    `mã đơn vị “${p.value}” không có trong trang ${p.sheet}.${p.close ? ` Mã gần giống: ${p.close}.` : " Vui lòng kiểm tra lại mã ở cột Mã đơn vị."}`,
  trendUnitInactive: (p: P) =>
    `đơn vị ${p.unit} (${p.id}) không còn theo dõi (cột Theo dõi của trang ${p.sheet}) nên không được xếp hạng. Vui lòng chọn đơn vị khác.`,
  trendNoMonths: () => "trang Số liệu chưa có số liệu tháng nào. Vui lòng nhập số liệu trước.",
  trendNoData: (p: P) => `trang Số liệu chưa có số liệu nào từ ${p.from} đến ${p.to}. Vui lòng chọn tháng khác.`,
  trendHeading: (p: P) => `${p.unit} (${p.id}) — nhóm ${p.group} (${p.count} đơn vị)`,
  trendWindow: (p: P) => `Từ ${p.from} đến ${p.to}; hạn nộp số liệu: ngày ${p.dueDay} tháng sau.`,
  trendMonthCell: (p: P) => `${String(p.month).padStart(2, "0")}/${p.year}`,
  trendColMonth: () => "Tháng",
  trendColSubmitted: () => "Nộp số liệu",
  trendRowScore: () => "Điểm (%)",
  trendRowRank: () => "Hạng",
  trendOnTime: () => "đúng hạn",
  trendLate: (p: P) => `trễ ${p.days} ngày`,
  trendMissing: () => "chưa nộp",
  trendNotDue: () => "chưa đến hạn",
  trendUnknown: () => "không rõ ngày",
  trendLegend: () => "* dưới ngưỡng yếu kém; — chưa nhập.",
  trendRateLine: (p: P) =>
    `Nộp đúng hạn ${p.onTime}/${p.due} tháng (${p.rate}); trễ hạn ${p.late} tháng; chưa nộp ${p.missing} tháng.`,
  trendRateNone: () => "Chưa có tháng nào đến hạn nộp.",
  trendIndicatorsHeading: () => "Chỉ tiêu",
  trendThreshold: (p: P) => `ngưỡng yếu kém: ${p.value}`,
  trendFollowUpHeading: (p: P) => `Theo dõi khắc phục ${p.period}, các chỉ tiêu yếu kém ${p.previous}:`,
  trendFollowUpNone: (p: P) => `${p.previous} đơn vị không có chỉ tiêu nào dưới ngưỡng yếu kém.`,
  trendFollowUpNoPrevious: (p: P) => `${p.previous} chưa có số liệu nên chưa có gì để theo dõi khắc phục.`,
  demoTrendHint: (p: P) =>
    `Diễn biến từng tháng của ${p.unit}, đơn vị nộp số liệu trễ và có chỉ tiêu yếu kém (${p.file}):\n  ${p.command}`,
  // Follow-up: summary e-mail, second notice, Công văn (issue 13, e-mail & letter)
  followUpHeading: () => "Kết quả khắc phục",
  followUpCounts: (p: P) =>
    `Trong ${p.total} trường hợp được nhắc ${p.period}: ${p.fixed} đã khắc phục, ${p.improved} có tiến bộ, ${p.notFixed} chưa khắc phục${Number(p.notReported) > 0 ? `, ${p.notReported} chưa báo cáo` : ""}.`,
  followUpStillIntro: (p: P) => `Đơn vị chưa đạt cùng chỉ tiêu hai kỳ liên tiếp (số liệu ${p.previous} → ${p.period}):`,
  followUpNoneStill: () => "Không đơn vị nào chưa đạt cùng chỉ tiêu hai kỳ liên tiếp.",
  followUpYesNo: (p: P) => `Chỉ tiêu “${p.indicator}”: ${p.count} đơn vị vẫn chưa thực hiện (${p.units}).`,
  followUpYesNoLower: (p: P) => `Chỉ tiêu “${p.indicator}”: ${p.count} đơn vị vẫn chưa đạt (${p.units}).`,
  followUpBelow: (p: P) => `${p.indicator} vẫn thấp hơn ngưỡng ${p.threshold}: ${p.units}.`,
  followUpAbove: (p: P) => `${p.indicator} vẫn vượt ngưỡng ${p.threshold}: ${p.units}.`,
  followUpYesNoAll: (p: P) =>
    `Chỉ tiêu “${p.indicator}”: cả ${p.count} đơn vị nêu trên đã được nhắc ${p.previous}, vẫn ${p.lower ? "chưa đạt" : "chưa thực hiện"}.`,
  docFollowUpAll: (p: P) => `cả ${p.count} đơn vị nêu trên`,
  followUpThresholdChanged: (p: P) =>
    `Ngưỡng đã thay đổi so với ${p.period} (${p.changes}): các trường hợp được đánh giá theo ngưỡng hiện hành.`,
  followUpThresholdChange: (p: P) => `“${p.indicator}” từ ${p.from} thành ${p.to}`,
  followUpDropped: (p: P) =>
    `${p.count} trường hợp không còn theo dõi (đơn vị không còn theo dõi, hoặc chỉ tiêu đã bỏ hay không còn áp dụng cho nhóm của đơn vị).`,
  followUpOmitted: (p: P) =>
    `Còn ${p.count} trường hợp ở ${p.indicators} chỉ tiêu khác chưa nêu tên ở đây để thư không vượt 100 KB (Gmail cắt bớt thư lớn hơn); bản văn bản thuần (plain text) của thư nêu đủ danh sách.`,
  followUpOmittedAll: () =>
    "Danh sách đơn vị chưa đạt hai kỳ liên tiếp có trong bản văn bản thuần (plain text) của thư.",
  noticeRepeatSubject: (p: P) => `[Nhắc lần ${p.times}] ${p.subject}`,
  noticeRepeatLine: (p: P) =>
    `Đây là lần thứ ${p.times} liên tiếp đơn vị có tên trong danh sách đơn vị có chỉ tiêu dưới ngưỡng yếu kém (${p.periods}).`,
  noticeRepeatLineMax: (p: P) =>
    `Đơn vị đã có tên trong danh sách đơn vị có chỉ tiêu dưới ngưỡng yếu kém ít nhất ${p.times} kỳ liên tiếp, đến ${p.period}.`,
  noticeRepeatTwo: (p: P) => `${p.previous} và ${p.period}`,
  noticeRepeatRange: (p: P) => `từ ${p.first} đến ${p.period}`,
  noticeRepeatHeading: (p: P) => `Chỉ tiêu đã được nhắc ${p.previous}, đến nay chưa đạt:`,
  noticeRepeatItem: (p: P) =>
    `${p.indicator}: ${p.previousValue} (${p.previous}) → ${p.value} (${p.period}); yêu cầu: ${p.threshold} — ${p.status}.`,
  noticeRepeatImproved: () => "có tiến bộ nhưng chưa đạt",
  noticeRepeatNotFixed: () => "chưa khắc phục",
  noticeRepeatClosing: (p: P) =>
    `Đề nghị Thủ trưởng đơn vị trực tiếp chỉ đạo khắc phục dứt điểm các chỉ tiêu trên và báo cáo kết quả khắc phục${p.office ? ` về ${p.office}` : ""} cùng với số liệu ${p.next}.`,
  docFollowUpIntro: (p: P) =>
    `Đáng chú ý, qua theo dõi, đôn đốc, vẫn còn ${p.count} trường hợp đã được nêu tên theo số liệu ${p.previous} nhưng đến nay chưa khắc phục, cụ thể:`,
  docFollowUpVerb: (p: P) => `vẫn ${p.verb}`,
  // Tổng quan: the overview sheet written by Xếp hạng đơn vị and rank --out (issue 13, helper B)
  overviewTitle: () => "TỔNG QUAN CHUYỂN ĐỔI SỐ CỦA CÁC ĐƠN VỊ",
  overviewMonths: (p: P) =>
    `Các tháng ${p.from} – ${p.to}: điểm, hạng trong nhóm và việc nộp số liệu (xếp hạng ${p.period}).`,
  overviewNoMonths: (p: P) => `Chưa có số liệu tháng nào trong 12 tháng tính đến ${p.period}.`,
  overviewTime: (p: P) => `Thời điểm lập: ${p.time}`,
  overviewLegend: (p: P) =>
    `Nộp số liệu (hạn: ngày ${p.day} tháng sau): xanh ✓ – đúng hạn; vàng – trễ hạn; đỏ – thiếu số liệu; xám – chưa đến hạn, hoặc ? – không rõ thời điểm nộp. Điểm và hạng trên nền xám: tháng đơn vị chưa báo cáo.`,
  overviewTrendSparkline: () => "Xu hướng: biểu đồ điểm từng tháng, thang 0–100%.",
  overviewTrendText: () =>
    "Xu hướng: mỗi ký tự một tháng, từ ▁ (dưới 12,5%) đến █ (từ 87,5%); · là tháng không có điểm.",
  colScoresByMonth: () => "Điểm (%)",
  colTrend: () => "Xu hướng",
  colRanksByMonth: () => "Hạng trong nhóm",
  colSubmissions: (p: P) => `Nộp số liệu (hạn: ngày ${p.day} tháng sau)`,
  colOnTimeRate: () => "Tỷ lệ đúng hạn",
  colOnTimeCount: () => "Số tháng đúng hạn",
  monthColumn: (p: P) => `T${p.month}/${p.year}`,
  submittedOnTime: () => "✓",
  submittedLate: (p: P) => `Trễ ${p.days} ngày`,
  submissionMissing: () => "Thiếu",
  submissionNotDue: () => "Chưa đến hạn",
  submissionUnknown: () => "?",
  overviewWriteFailed: () =>
    "Chưa ghi được trang Tổng quan do Google Trang tính tạm thời gặp lỗi; trang Tổng quan trước được giữ nguyên. Vui lòng chạy lại Xếp hạng đơn vị để cập nhật.",
  overviewForeign: (p: P) =>
    `Trang “${p.sheet}” không do DX Scorecard lập nên không bị ghi đè; muốn có trang Tổng quan, vui lòng đổi tên trang đó rồi chạy lại Xếp hạng đơn vị.`,
} as const;

export type MessageKey = keyof typeof vi;
export type Catalogue = { [K in MessageKey]: (p: P) => string };
