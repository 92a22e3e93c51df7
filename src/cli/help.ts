// The help pages of the command line, per language. They live here, not in the shared message
// catalogue, because the sidebar bundles that catalogue and has no use for them.
import type { Language } from "../core/schemas";

export type HelpTopic = "global" | "init" | "check" | "rank" | "summary" | "demo";

export const HELP: Record<Language, Record<HelpTopic, string>> = {
  vi: {
    global: `dx-scorecard — xếp hạng mức độ chuyển đổi số của các đơn vị trên tệp Excel (.xlsx), không cần mạng.

Cách dùng: dx-scorecard <lệnh> [tùy chọn]

Các lệnh:
  init <tệp.xlsx>      tạo bảng tính mới: trống (có dòng ví dụ) hoặc tỉnh mẫu (--sample)
  check <tệp.xlsx>     kiểm tra bảng tính, liệt kê mọi lỗi kèm ô
  rank <tệp.xlsx>      xếp hạng một kỳ (--period); in bảng, JSON (--json) hoặc ghi bản sao (--out)
  summary <tệp.xlsx>   thư tổng hợp, thông báo, nhắc nộp của một kỳ; --outbox ghi tệp .eml
  demo                 chạy toàn bộ trên tỉnh mẫu, ghi vào thư mục demo-output
  help <lệnh>          hướng dẫn của một lệnh

Tùy chọn chung:
  --lang vi|en         ngôn ngữ của hướng dẫn và thông báo trước khi đọc bảng tính
                       (sau đó theo cài đặt “Ngôn ngữ” của bảng tính)
  -h, --help           hướng dẫn này; dx-scorecard <lệnh> --help: hướng dẫn của lệnh
  -V, --version        phiên bản

Ví dụ:
  dx-scorecard init tinh.xlsx
  dx-scorecard check tinh.xlsx
  dx-scorecard rank tinh.xlsx --period 2023-06

Tệp đầu vào không bao giờ bị sửa. Mã thoát: 0 thành công, 1 lỗi dữ liệu, 2 sai cách dùng.
`,
    init: `Cách dùng: dx-scorecard init <tệp.xlsx> [--sample] [--force]

Tạo bảng tính mới với đủ các trang (Đơn vị, Chỉ tiêu, Số liệu, Xếp hạng, Nhật ký, Cài đặt),
danh sách chọn cho các cột Kiểu, Cách chấm, Chiều, Tổng hợp, Tần suất, Theo dõi và các dòng ví
dụ (mã bắt đầu bằng VD_, trong đó một chỉ tiêu năm chấm theo mức) ở mỗi trang nhập liệu; thay các
dòng ví dụ bằng số liệu thật của tỉnh.

Tùy chọn:
  --sample             điền sẵn tỉnh mẫu (Bình Phước năm 2023: 33 đơn vị, 34 chỉ tiêu)
  --force              ghi đè nếu tệp đã tồn tại (mặc định: không ghi đè)
  --lang vi|en         ngôn ngữ thông báo; ghi vào cài đặt “Ngôn ngữ” của bảng tính mới

Ví dụ:
  dx-scorecard init tinh.xlsx
  dx-scorecard init thu.xlsx --sample
`,
    check: `Cách dùng: dx-scorecard check <tệp.xlsx>

Kiểm tra bảng tính và liệt kê mọi lỗi kèm trang và ô (ví dụ Số liệu!E7). Mã thoát 1 nếu có lỗi.

Tùy chọn:
  --lang vi|en         ngôn ngữ thông báo trước khi đọc bảng tính

Ví dụ:
  dx-scorecard check tinh.xlsx
`,
    rank: `Cách dùng: dx-scorecard rank <tệp.xlsx> --period KỲ [--json] [--out kết-quả.xlsx [--force]]

Xếp hạng các đơn vị trong từng nhóm cho một kỳ và in bảng xếp hạng, danh sách đơn vị
có chỉ tiêu dưới ngưỡng yếu kém và đơn vị chưa báo cáo.

Tùy chọn:
  --period KỲ          tháng 2023-06, quý 2023-Q2 hoặc năm 2023 (bắt buộc)
  --json               in kết quả dạng JSON (cho chương trình khác)
  --out TỆP            ghi bản sao bảng tính kèm trang Xếp hạng; tệp đầu vào giữ nguyên
  --force              cho phép --out ghi đè tệp đã tồn tại
  --lang vi|en         ngôn ngữ thông báo trước khi đọc bảng tính

Ví dụ:
  dx-scorecard rank tinh.xlsx --period 2023-06
  dx-scorecard rank tinh.xlsx --period 2023-Q2 --out xep-hang-quy-2.xlsx
`,
    summary: `Cách dùng: dx-scorecard summary <tệp.xlsx> --period KỲ [--outbox thư-mục]

Lập thư tổng hợp gửi Ban Chỉ đạo, thông báo cho đơn vị có chỉ tiêu yếu kém và thư nhắc
đơn vị chưa báo cáo; in ai sẽ nhận thư nào. Không gửi thư.

Tùy chọn:
  --period KỲ          tháng 2023-06, quý 2023-Q2 hoặc năm 2023 (bắt buộc)
  --outbox THƯ-MỤC     ghi mỗi thư thành một tệp .eml (mở được bằng mọi chương trình e-mail)
  --lang vi|en         ngôn ngữ thông báo trước khi đọc bảng tính

Ví dụ:
  dx-scorecard summary tinh.xlsx --period 2023-06 --outbox thu-thang-6
`,
    demo: `Cách dùng: dx-scorecard demo [--dir thư-mục]

Chạy toàn bộ trên tỉnh mẫu: tạo bảng tính mẫu, xếp hạng tháng 06/2023, quý II và năm 2023,
lập thư .eml. Mọi tệp được ghi (và ghi đè) trong thư mục riêng của demo.

Tùy chọn:
  --dir THƯ-MỤC        thư mục kết quả (mặc định demo-output)
  --lang vi|en         ngôn ngữ của bảng tính mẫu và mọi kết quả

Ví dụ:
  dx-scorecard demo --lang en
`,
  },
  en: {
    global: `dx-scorecard — ranks units' digital transformation from an Excel workbook (.xlsx), offline.

Usage: dx-scorecard <command> [options]

Commands:
  init <file.xlsx>     create a new workbook: empty (with example rows) or the sample province (--sample)
  check <file.xlsx>    check the workbook and list every problem with its cell
  rank <file.xlsx>     rank a period (--period); print a table, JSON (--json) or write a copy (--out)
  summary <file.xlsx>  a period's committee summary, notices and reminders; --outbox writes .eml files
  demo                 run the whole job on the sample province into the folder demo-output
  help <command>       help on one command

Common options:
  --lang vi|en         language of help and of messages before the workbook is read
                       (after that, the workbook's “Ngôn ngữ” setting)
  -h, --help           this help; dx-scorecard <command> --help: help on a command
  -V, --version        version

Examples:
  dx-scorecard init province.xlsx
  dx-scorecard check province.xlsx
  dx-scorecard rank province.xlsx --period 2023-06

The input workbook is never modified. Exit codes: 0 success, 1 bad input, 2 bad usage.
`,
    init: `Usage: dx-scorecard init <file.xlsx> [--sample] [--force]

Creates a new workbook with every sheet (Đơn vị, Chỉ tiêu, Số liệu, Xếp hạng, Nhật ký, Cài đặt),
drop-down lists for the columns Kiểu, Cách chấm, Chiều, Tổng hợp, Tần suất and Theo dõi, and
example rows (IDs starting with VD_, one of them a yearly indicator scored by levels) in each input
sheet; replace the example rows with the province's own.

Options:
  --sample             fill in the sample province (Bình Phước 2023: 33 units, 34 indicators)
  --force              overwrite the file if it exists (by default nothing is overwritten)
  --lang vi|en         language of messages; written to the new workbook's “Ngôn ngữ” setting

Examples:
  dx-scorecard init province.xlsx
  dx-scorecard init trial.xlsx --sample --lang en
`,
    check: `Usage: dx-scorecard check <file.xlsx>

Checks the workbook and lists every problem with its sheet and cell (e.g. Số liệu!E7). Exit 1 if any.

Options:
  --lang vi|en         language of messages before the workbook is read

Example:
  dx-scorecard check province.xlsx
`,
    rank: `Usage: dx-scorecard rank <file.xlsx> --period P [--json] [--out ranked.xlsx [--force]]

Ranks the units within each group for a period and prints the ranking, the units with indicators
below the laggard threshold and the units that have not reported.

Options:
  --period P           a month 2023-06, a quarter 2023-Q2 or a year 2023 (required)
  --json               print the result as JSON (for other programs)
  --out FILE           write a copy of the workbook with the Xếp hạng sheet; the input is unchanged
  --force              let --out overwrite an existing file
  --lang vi|en         language of messages before the workbook is read

Examples:
  dx-scorecard rank province.xlsx --period 2023-06
  dx-scorecard rank province.xlsx --period 2023-Q2 --out ranked-q2.xlsx
`,
    summary: `Usage: dx-scorecard summary <file.xlsx> --period P [--outbox DIR]

Prepares the committee summary, the notices to laggard units and the reminders to units that have
not reported, and prints who would receive what. Sends nothing.

Options:
  --period P           a month 2023-06, a quarter 2023-Q2 or a year 2023 (required)
  --outbox DIR         write each message as an .eml file (opens in any mail client)
  --lang vi|en         language of messages before the workbook is read

Example:
  dx-scorecard summary province.xlsx --period 2023-06 --outbox mail-june
`,
    demo: `Usage: dx-scorecard demo [--dir DIR]

Runs the whole job on the sample province: writes the sample workbook, ranks June 2023, quarter II
and the year 2023, and writes the .eml messages. Every file is written (and overwritten) in the
demo's own folder.

Options:
  --dir DIR            output folder (default demo-output)
  --lang vi|en         language of the sample workbook and of every result

Example:
  dx-scorecard demo --lang en
`,
  },
};
