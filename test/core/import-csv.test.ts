import { describe, expect, it } from "vitest";
import { decodeCsv, detectEncoding, detectSeparator, parseCsv } from "../../src/core/import/csv";

const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16le = (s: string, bom: boolean) => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[(bom ? 2 : 0) + i * 2] = c & 0xff;
    out[(bom ? 2 : 0) + i * 2 + 1] = c >> 8;
  }
  return out;
};

const TEXT = "Tên cơ quan;Tỷ lệ\r\nSở Giao thông Vận tải;45,5\r\nUBND huyện Đồng Phú;80\r\n";

describe("CSV encodings", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(TEXT)]);
    expect(decodeCsv(bom)).toEqual({ text: TEXT, encoding: "utf-8", bom: true });
    expect(decodeCsv(utf8(TEXT))).toEqual({ text: TEXT, encoding: "utf-8", bom: false });
  });

  it("reads UTF-16 with a BOM, and without one from its zero bytes", () => {
    expect(decodeCsv(utf16le(TEXT, true))).toEqual({ text: TEXT, encoding: "utf-16le", bom: true });
    expect(decodeCsv(utf16le(TEXT, false))).toEqual({ text: TEXT, encoding: "utf-16le", bom: false });
  });

  it("reads Windows-1258 (tones as combining bytes) as NFC text", () => {
    // "Sở Đồng" in Windows-1258: S, ơ (0xF5) + hook (0xD2), space, Đ (0xD0), ô (0xF4) + grave (0xCC), n, g.
    const bytes = new Uint8Array([0x53, 0xf5, 0xd2, 0x20, 0xd0, 0xf4, 0xcc, 0x6e, 0x67]);
    expect(detectEncoding(bytes)).toEqual({ encoding: "windows-1258", bom: false });
    expect(decodeCsv(bytes).text).toBe("Sở Đồng");
    expect(decodeCsv(bytes).text).toBe("Sở Đồng".normalize("NFC"));
  });
});

describe("CSV separators and cells", () => {
  it("detects ; , and tab", () => {
    expect(detectSeparator(TEXT)).toBe(";");
    expect(detectSeparator("a,b,c\n1,2,3\n")).toBe(",");
    expect(detectSeparator("a\tb\n1,5\t2\n")).toBe("\t");
    // Decimal commas in a ;-separated file do not make it comma-separated.
    expect(detectSeparator("Tên;Tỷ lệ;Số\nA;45,5;3\nB;12,25;4\n")).toBe(";");
  });

  it("a title line above the header does not change the separator", () => {
    expect(detectSeparator("THỐNG KÊ VĂN BẢN, THÁNG 7/2023\nSTT;Tên;Tỷ lệ\n1;A;4,5\n2;B;5\n")).toBe(";");
  });

  it("parses quoted cells with separators, quotes and line breaks; keeps blank rows inside, not at the end", () => {
    const text = 'Tên,Ghi chú\r\n"TT XTĐT, TM và DL","nói ""có""\ndòng 2"\r\n\r\n,,\r\nSở Y tế,x\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      ["Tên", "Ghi chú"],
      ["TT XTĐT, TM và DL", 'nói "có"\ndòng 2'],
      [""],
      ["", "", ""],
      ["Sở Y tế", "x"],
    ]);
  });
});
