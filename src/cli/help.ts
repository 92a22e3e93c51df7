// The help pages of the command line, per language. They live here, not in the shared message
// catalogue, because the sidebar bundles that catalogue and has no use for them.
import type { Language } from "../core/schemas";

export type HelpTopic =
  | "global"
  | "init"
  | "check"
  | "rank"
  | "summary"
  | "letter"
  | "report"
  | "import"
  | "trend"
  | "demo";

export const HELP: Record<Language, Record<HelpTopic, string>> = {
  vi: {
    global: `dx-scorecard — xếp hạng mức độ chuyển đổi số của các đơn vị trên tệp Excel (.xlsx), không cần mạng.

Cách dùng: dx-scorecard <lệnh> [tùy chọn]

Các lệnh:
  init <tệp.xlsx>      tạo bảng tính mới: trống (có dòng ví dụ) hoặc tỉnh mẫu (--sample)
  check <tệp.xlsx>     kiểm tra bảng tính, liệt kê mọi lỗi kèm ô
  rank <tệp.xlsx>      xếp hạng một kỳ (--period); in bảng, JSON (--json) hoặc ghi bản sao (--out)
  summary <tệp.xlsx>   thư tổng hợp, thông báo, nhắc nộp của một kỳ; --outbox ghi tệp .eml
  letter <tệp.xlsx>    dự thảo công văn của một tháng hoặc quý (.docx)
  report <tệp.xlsx>    dự thảo báo cáo xếp hạng năm kèm phụ lục (.docx)
  import <tệp.xlsx>    nhập số liệu từ tệp xuất (.csv, .xlsx) của hệ thống khác (--from)
  trend <tệp.xlsx>     diễn biến từng tháng của một đơn vị (--unit): số liệu, điểm, hạng, nộp đúng hạn
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
  dx-scorecard trend tinh.xlsx --unit BUDOP

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
có chỉ tiêu dưới ngưỡng yếu kém, đơn vị chưa báo cáo và kết quả theo dõi khắc phục các chỉ tiêu
yếu kém của kỳ trước (đã khắc phục, có tiến bộ, chưa khắc phục, chưa báo cáo).

Tùy chọn:
  --period KỲ          tháng 2023-06, quý 2023-Q2 hoặc năm 2023 (bắt buộc)
  --json               in kết quả dạng JSON (cho chương trình khác), kèm theo dõi khắc phục
                       (followUp) và điểm, hạng của 12 tháng gần nhất (trend)
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
    letter: `Cách dùng: dx-scorecard letter <tệp.xlsx> --period KỲ [--out cong-van.docx [--force]]

Dự thảo công văn của một tháng hoặc một quý theo thể thức Nghị định 30/2020/NĐ-CP (khổ A4,
Times New Roman): phần đầu (cơ quan ban hành, Quốc hiệu, số, địa danh, V/v), Kính gửi, Căn cứ,
mỗi chỉ tiêu có đơn vị yếu kém một gạch đầu dòng nêu tên đơn vị và số liệu, các đơn vị chưa
báo cáo, các yêu cầu kèm hạn báo cáo xếp hạng năm, Nơi nhận và phần ký. Số và ngày để trống để
văn thư điền. Nội dung lấy từ trang Cài đặt (Cơ quan ban hành, Ký hiệu công văn, Địa danh, Căn cứ,
Kính gửi, Nơi nhận, Người ký…) và cột Diễn đạt trong công văn của trang Chỉ tiêu.

Tùy chọn:
  --period KỲ          tháng 2023-06 hoặc quý 2023-Q2 (bắt buộc; báo cáo năm: lệnh report)
  --out TỆP            tệp .docx cần ghi (mặc định cong-van-KỲ.docx trong thư mục hiện tại)
  --force              cho phép ghi đè tệp đã tồn tại
  --lang vi|en         ngôn ngữ thông báo trước khi đọc bảng tính

Ví dụ:
  dx-scorecard letter tinh.xlsx --period 2023-06
  dx-scorecard letter tinh.xlsx --period 2023-Q2 --out cong-van-quy-2.docx
`,
    report: `Cách dùng: dx-scorecard report <tệp.xlsx> --period NĂM [--out bao-cao.docx [--force]]

Dự thảo báo cáo kết quả đánh giá, xếp hạng mức độ chuyển đổi số của một năm theo thể thức Nghị
định 30/2020/NĐ-CP: phương pháp đánh giá, kết quả từng nhóm (dẫn đầu, thấp nhất, xếp loại), kết
quả thẩm định khi có, đề xuất, Nơi nhận và phần ký; sang trang là Phụ lục, mỗi nhóm một bảng
(STT, Đơn vị, Điểm/Tổng điểm, %, Xếp hạng, Xếp loại) có dòng tiêu đề lặp lại ở mỗi trang.

Tùy chọn:
  --period NĂM         năm, ví dụ 2023 (bắt buộc; công văn tháng, quý: lệnh letter)
  --out TỆP            tệp .docx cần ghi (mặc định bao-cao-NĂM.docx trong thư mục hiện tại)
  --force              cho phép ghi đè tệp đã tồn tại
  --lang vi|en         ngôn ngữ thông báo trước khi đọc bảng tính

Ví dụ:
  dx-scorecard report tinh.xlsx --period 2023
  dx-scorecard report tinh.xlsx --period 2023 --out bao-cao-xep-hang-2023.docx
`,
    import: `Cách dùng: dx-scorecard import <tệp.xlsx> --from TỆP-XUẤT --period KỲ --map MÃ="Tiêu đề cột" [--map …]
         [--name-column "Tên cơ quan"] [--overwrite] [--skip-unmatched] [--out kết-quả.xlsx [--force]] [--json]

Nhập số liệu của một kỳ từ tệp xuất của hệ thống khác (hệ thống quản lý văn bản, cổng dịch vụ
công…): tìm dòng tiêu đề trong 30 dòng đầu, ghép tên cơ quan của mỗi dòng với một đơn vị (tên,
tên ngắn, cột Tên khác, viết tắt như “Sở GTVT”, “UBND H. Bù Đốp”, không dấu, chữ hoa) và in mỗi
dòng: đơn vị, số liệu sẽ ghi, số liệu đang có. Không bao giờ đoán: dòng khớp nhiều đơn vị như nhau
hoặc không khớp đơn vị nào làm lệnh dừng (mã thoát 1) và không ghi gì.

Tệp .csv: UTF-8 (có hoặc không BOM), UTF-16 hoặc Windows-1258; phân cách “,” “;” hoặc tab; tự
nhận ra và báo lại. Cột tỷ lệ nhận 45,5 hoặc 45,5% hoặc 0,455 (số không kèm %: nếu có số lớn hơn
1 thì cả cột là phần trăm).

Tùy chọn:
  --from TỆP           tệp xuất .csv hoặc .xlsx (bắt buộc)
  --period KỲ          tháng 2024-01 hoặc năm 2023 (bắt buộc)
  --map MÃ="Tiêu đề"   ghép một cột của tệp xuất với một chỉ tiêu (mã ở trang Chỉ tiêu; tỷ lệ hai
                       số: MÃ_TU, MÃ_MAU); lặp lại cho mỗi cột (bắt buộc ít nhất một)
  --name-column TÊN    tiêu đề cột tên cơ quan (mặc định: tự nhận ra “Tên đơn vị”, “Tên cơ quan”…)
  --overwrite          thay số liệu đang có khác số liệu nhập (không bao giờ thay số liệu đã thẩm định)
  --skip-unmatched     bỏ qua các dòng không rõ, không khớp hoặc trùng đơn vị thay vì dừng
  --out TỆP            ghi bản sao bảng tính đã nhập (Số liệu, Tên khác, Nhật ký); không có
                       --out là chạy thử, không ghi gì; tệp đầu vào giữ nguyên
  --force              cho phép --out ghi đè tệp đã tồn tại
  --json               in kế hoạch nhập dạng JSON
  --lang vi|en         ngôn ngữ thông báo trước khi đọc bảng tính

Ví dụ:
  dx-scorecard import tinh.xlsx --from xuat-qlvb-2024-01.csv --period 2024-01 --map KY_SO="Tỷ lệ ký số (%)"
  dx-scorecard import tinh.xlsx --from xuat-qlvb-2024-01.csv --period 2024-01 --map KY_SO="Tỷ lệ ký số (%)" \\
    --out tinh-thang-1.xlsx
`,
    trend: `Cách dùng: dx-scorecard trend <tệp.xlsx> --unit MÃ [--from THÁNG] [--to THÁNG] [--json]

Diễn biến từng tháng của một đơn vị, để gọi điện trao đổi với đơn vị: số liệu từng chỉ tiêu
(dấu * là dưới ngưỡng yếu kém), điểm %, hạng trong nhóm (3/22), nộp số liệu đúng hạn, trễ bao
nhiêu ngày hay chưa nộp (theo cột Cập nhật lúc và Hạn nộp (ngày) của trang Cài đặt), tỷ lệ nộp
đúng hạn; cuối cùng là các chỉ tiêu yếu kém của tháng trước tháng cuối cùng: đã khắc phục, có
tiến bộ, chưa khắc phục hay chưa báo cáo. Ít chỉ tiêu thì mỗi tháng một dòng; nhiều chỉ tiêu thì
mỗi chỉ tiêu một dòng, mỗi tháng một cột.

Tùy chọn:
  --unit MÃ            mã đơn vị ở cột Mã đơn vị của trang Đơn vị (bắt buộc)
  --from THÁNG         tháng đầu, ví dụ 2023-01 (mặc định: 11 tháng trước tháng cuối)
  --to THÁNG           tháng cuối, ví dụ 2023-12 (mặc định: tháng gần nhất có số liệu)
  --json               in kết quả dạng JSON (cho chương trình khác)
  --lang vi|en         ngôn ngữ thông báo trước khi đọc bảng tính

Ví dụ:
  dx-scorecard trend tinh.xlsx --unit BUDOP
  dx-scorecard trend tinh.xlsx --unit BUDOP --from 2023-04 --to 2023-07
`,
    demo: `Cách dùng: dx-scorecard demo [--dir thư-mục]

Chạy toàn bộ trên tỉnh mẫu: tạo bảng tính mẫu, xếp hạng tháng 06/2023, quý II và năm 2023,
lập thư .eml, công văn tháng 06/2023 và báo cáo năm 2023 (.docx), xếp hạng tháng 07/2023 dạng
JSON (có theo dõi khắc phục tháng 06/2023) và diễn biến từng tháng của một đơn vị (lệnh trend).
Mọi tệp được ghi (và ghi đè)
trong thư mục riêng của demo.

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
  letter <file.xlsx>   draft the letter (công văn) of a month or quarter (.docx)
  report <file.xlsx>   draft the year's ranking report with its appendix (.docx)
  import <file.xlsx>   import figures from another system's export (.csv, .xlsx) (--from)
  trend <file.xlsx>    one unit's months (--unit): figures, score, rank, figures sent on time
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
  dx-scorecard trend province.xlsx --unit BUDOP

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
below the laggard threshold, the units that have not reported and the follow-up of the previous
period's laggard figures (fixed, improved, not fixed, not reported).

Options:
  --period P           a month 2023-06, a quarter 2023-Q2 or a year 2023 (required)
  --json               print the result as JSON (for other programs), with the follow-up
                       (followUp) and the last 12 months' scores and ranks (trend)
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
    letter: `Usage: dx-scorecard letter <file.xlsx> --period P [--out cong-van.docx [--force]]

Drafts the letter (công văn) of a month or a quarter in the administrative format of Decree
30/2020/NĐ-CP (A4, Times New Roman): the heading (issuing body, national motto, number, place,
subject), the addressees (Kính gửi), the legal grounds (Căn cứ), one bullet per indicator with
laggards naming the units and their figures, the units that did not report, the requests with the
deadline of the year's ranking, the distribution list (Nơi nhận) and the signature block. The
number and the date are left blank for the office. The wording comes from the Cài đặt sheet
(Cơ quan ban hành, Ký hiệu công văn, Địa danh, Căn cứ, Kính gửi, Nơi nhận, Người ký…) and the
Chỉ tiêu sheet's column Diễn đạt trong công văn.

Options:
  --period P           a month 2023-06 or a quarter 2023-Q2 (required; a year's report: the report command)
  --out FILE           the .docx to write (default cong-van-P.docx in the current folder)
  --force              let it overwrite an existing file
  --lang vi|en         language of messages before the workbook is read

Examples:
  dx-scorecard letter province.xlsx --period 2023-06
  dx-scorecard letter province.xlsx --period 2023-Q2 --out letter-q2.docx
`,
    report: `Usage: dx-scorecard report <file.xlsx> --period YEAR [--out bao-cao.docx [--force]]

Drafts the report (báo cáo) on a year's digital transformation ranking in the format of Decree
30/2020/NĐ-CP: the method, each group's results (leading and lowest units, bands), the review's
effect when figures were reviewed, the proposal, the distribution list and the signature block;
then, on a new page, the appendix (Phụ lục): one table per group (STT, Đơn vị, Điểm/Tổng điểm, %,
Xếp hạng, Xếp loại) whose header row repeats on every page.

Options:
  --period YEAR        a year, e.g. 2023 (required; a month's or quarter's letter: the letter command)
  --out FILE           the .docx to write (default bao-cao-YEAR.docx in the current folder)
  --force              let it overwrite an existing file
  --lang vi|en         language of messages before the workbook is read

Examples:
  dx-scorecard report province.xlsx --period 2023
  dx-scorecard report province.xlsx --period 2023 --out ranking-report-2023.docx
`,
    import: `Usage: dx-scorecard import <file.xlsx> --from EXPORT --period P --map ID="Column header" [--map …]
         [--name-column "Tên cơ quan"] [--overwrite] [--skip-unmatched] [--out result.xlsx [--force]] [--json]

Imports a period's figures from another system's export (the document-management system, the
public-service portal…): finds the header row in the first 30 rows, matches each row's agency name
to a unit (its name, short name, Other names column, abbreviations such as “Sở GTVT”, “UBND H. Bù
Đốp”, no accents, capitals) and prints each row: the unit, the figure to write, the figure there
now. It never guesses: a row that fits several units equally, or none, stops it (exit 1) and
nothing is written.

A .csv may be UTF-8 (with or without BOM), UTF-16 or Windows-1258, separated by “,” “;” or tab;
both are detected and stated. A rate column takes 45,5 or 45,5% or 0,455 (numbers without %: if
one is above 1, the whole column is in percent).

Options:
  --from FILE          the export, .csv or .xlsx (required)
  --period P           a month 2024-01 or a year 2023 (required)
  --map ID="Header"    maps a column of the export to an indicator (its ID in the Chỉ tiêu sheet; a
                       ratio's two figures: ID_TU, ID_MAU); repeat for each column (at least one)
  --name-column NAME   the header of the agency-name column (default: “Tên đơn vị”, “Tên cơ quan”…)
  --overwrite          replace figures there that differ (never a reviewed figure)
  --skip-unmatched     leave out unclear, unmatched or repeated rows instead of stopping
  --out FILE           write a copy of the workbook with the import (Số liệu, Tên khác, Nhật ký);
                       without --out it is a dry run that writes nothing; the input is unchanged
  --force              let --out overwrite an existing file
  --json               print the import plan as JSON
  --lang vi|en         language of messages before the workbook is read

Examples:
  dx-scorecard import province.xlsx --from xuat-qlvb-2024-01.csv --period 2024-01 --map KY_SO="Tỷ lệ ký số (%)"
  dx-scorecard import province.xlsx --from xuat-qlvb-2024-01.csv --period 2024-01 --map KY_SO="Tỷ lệ ký số (%)" \\
    --out province-january.xlsx
`,
    trend: `Usage: dx-scorecard trend <file.xlsx> --unit ID [--from MONTH] [--to MONTH] [--json]

One unit's months, for the office's phone call with it: each indicator's figure (* below the
laggard threshold), the % score, the rank in its group (3/22), whether the figures came on time,
how many days late or not at all (from the Cập nhật lúc column and the Due day setting), the
on-time rate; last, the laggard figures of the month before the last month: fixed, improved, not
fixed or not reported. With few indicators each month is a row; with many, each indicator is a
row and each month a column.

Options:
  --unit ID            the unit's ID in the Unit ID column of the Units sheet (required)
  --from MONTH         the first month, e.g. 2023-01 (default: 11 months before the last)
  --to MONTH           the last month, e.g. 2023-12 (default: the latest month with figures)
  --json               print the result as JSON (for other programs)
  --lang vi|en         language of messages before the workbook is read

Examples:
  dx-scorecard trend province.xlsx --unit BUDOP
  dx-scorecard trend province.xlsx --unit BUDOP --from 2023-04 --to 2023-07
`,
    demo: `Usage: dx-scorecard demo [--dir DIR]

Runs the whole job on the sample province: writes the sample workbook, ranks June 2023, quarter II
and the year 2023, and writes the .eml messages, the letter of June 2023 and the report on 2023
(.docx), the ranking of July 2023 as JSON (with the follow-up of June 2023) and one unit's months
(the trend command). Every file is written (and overwritten) in the demo's own folder.

Options:
  --dir DIR            output folder (default demo-output)
  --lang vi|en         language of the sample workbook and of every result

Example:
  dx-scorecard demo --lang en
`,
  },
};
