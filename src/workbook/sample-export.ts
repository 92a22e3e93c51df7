// The sample export that ships with the project (design §12): the e-signing statistics of the
// sample province's document-management system for January 2024, the month after the sample's
// year, as the system exports them: a title above the header, agencies named its own way
// ("Sở GTVT", "UBND H. Bù Đốp", "UBND huyen Dong Phu", upper case, NFD), rates written "45,5",
// and a total row at the end. `demo` writes it and imports it; tests check every row finds its unit.
import { mulberry32 } from "../core/prng";
import { cellText } from "./cells";
import { DATA_COLUMNS, type Grid } from "./contract";
import { sampleProvince } from "./sample";

/** The month of the export: the sample has no figures for it, so every matched row is written. */
export const SAMPLE_EXPORT_PERIOD = "2024-01";
export const SAMPLE_EXPORT_FILE = "xuat-qlvb-2024-01.csv";
/** The export's header of the e-signing rate, and the indicator it is imported into. */
export const SAMPLE_EXPORT_RATE_HEADER = "Tỷ lệ ký số (%)";
export const SAMPLE_EXPORT_INDICATOR = "KY_SO";
export const SAMPLE_EXPORT_HEADER = ["STT", "Tên cơ quan", "Tổng số văn bản đi", "Số văn bản ký số", "Tỷ lệ ký số (%)"];

/**
 * Each sample unit as the system writes it, in the system's order: abbreviations with `&`, dots
 * or none, names without accents, in capitals, in NFD (as some systems store them).
 */
const WRITTEN: [unitId: string, name: string][] = [
  ["VP_UBND", "VĂN PHÒNG UBND TỈNH"],
  ["SNV", "Sở Nội Vụ"],
  ["STP", "Sở Tư Pháp"],
  ["SKHDT", "Sở KH&ĐT"],
  ["STC", "Sở Tài chính".normalize("NFD")],
  ["SCT", "Sở Công thương"],
  ["SNNPTNT", "Sở NN&PTNT"],
  ["SGTVT", "Sở GTVT"],
  ["SXD", "SỞ XÂY DỰNG"],
  ["STNMT", "Sở TN&MT"],
  ["STTTT", "Sở TT&TT"],
  ["SLDTBXH", "Sở LĐTB&XH"],
  ["SVHTTDL", "Sở VHTT&DL"],
  ["SKHCN", "Sở KH&CN"],
  ["SGDDT", "Sở GD&ĐT"],
  ["SYT", "Sở Y tế".normalize("NFD")],
  ["TTRA", "Thanh tra tỉnh"],
  ["BDT", "Ban Dân tộc"],
  ["SNGV", "Sở Ngoại vụ"],
  ["BQLKKT", "BQL Khu kinh tế"],
  ["CAT", "Công an tỉnh"],
  ["TTXTDT", "TT XTĐT, TM và DL"],
  ["DONGXOAI", "TP. Đồng Xoài"],
  ["BINHLONG", "TX. Bình Long"],
  ["PHUOCLONG", "UBND TX Phước Long"],
  ["CHONTHANH", "Thị xã Chơn Thành"],
  ["DONGPHU", "UBND huyen Dong Phu"],
  ["BUDANG", "UBND huyện Bù Đăng".normalize("NFD")],
  ["BUDOP", "UBND H. Bù Đốp"],
  ["BUGIAMAP", "UBND HUYỆN BÙ GIA MẬP"],
  ["HONQUAN", "Huyện Hớn Quản"],
  ["LOCNINH", "UBND H.Lộc Ninh"],
  ["PHURIENG", "UBND huyện Phú Riềng"],
];

export interface SampleExport {
  /** The export's cells as text, title and total rows included. */
  rows: string[][];
  /** For each row, the unit it names; null for the title, header and total rows. */
  units: (string | null)[];
}

/** A rate as the system writes it: percent with one decimal and a decimal comma, "45,5", "100". */
function rateText(signed: number, total: number): string {
  const rate = total === 0 ? 0 : Math.round((signed / total) * 1000) / 10;
  return String(rate).replace(".", ",");
}

/**
 * January 2024 from the sample's December 2023: each unit's e-signing share moves a little towards
 * 100 %, applied to a plausible number of outgoing documents; deterministic.
 */
export function sampleExport(): SampleExport {
  const book = sampleProvince();
  const december = decemberShares(book.data);
  const rand = mulberry32(20240105);
  const rows: string[][] = [
    ["BÁO CÁO THỐNG KÊ VĂN BẢN ĐI ĐƯỢC KÝ SỐ THÁNG 01/2024"],
    ["Nguồn: Hệ thống quản lý văn bản và điều hành tỉnh Bình Phước"],
    SAMPLE_EXPORT_HEADER,
  ];
  const units: (string | null)[] = [null, null, null];
  let allTotal = 0;
  let allSigned = 0;
  WRITTEN.forEach(([id, name], i) => {
    const district = book.units.some((u) => u[0] === id && String(u[2]).startsWith("UBND"));
    const total = Math.round((district ? 300 : 60) + rand() * (district ? 900 : 340));
    const before = december.get(id) ?? 0;
    const share = Math.min(1, before + (1 - before) * (0.05 + rand() * 0.15));
    const signed = Math.round(total * share);
    allTotal += total;
    allSigned += signed;
    rows.push([String(i + 1), name, String(total), String(signed), rateText(signed, total)]);
    units.push(id);
  });
  rows.push(["", "Tổng cộng", String(allTotal), String(allSigned), rateText(allSigned, allTotal)]);
  units.push(null);
  return { rows, units };
}

function decemberShares(data: Grid): Map<string, number> {
  const header = data[0].map((h) => cellText(h));
  const period = header.indexOf(DATA_COLUMNS.period.name);
  const unit = header.indexOf(DATA_COLUMNS.unitId.name);
  const rate = header.indexOf(SAMPLE_EXPORT_INDICATOR);
  const shares = new Map<string, number>();
  for (const row of data.slice(1)) {
    const v = row[rate];
    if (row[period] === "2023-12" && typeof v === "number") shares.set(String(row[unit]), v);
  }
  return shares;
}

/**
 * Rows as CSV text the way Vietnamese Excel saves "CSV UTF-8": `;` between cells, CRLF line ends,
 * a cell quoted when it holds the separator, a quote or a line break. The BOM is the caller's.
 */
export function csvText(rows: readonly (readonly string[])[], separator: "," | ";" | "\t" = ";"): string {
  const quote = (cell: string) =>
    cell.includes(separator) || /["\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
  return `${rows.map((r) => r.map(quote).join(separator)).join("\r\n")}\r\n`;
}
