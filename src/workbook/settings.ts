// The `Xếp loại` setting: bands by % of max points, written `Dẫn dắt:75; Nâng cao:50; …`.
import { parseNumberText } from "../core/numbers";
import type { Band } from "../core/schemas";
import { cellText, isDate } from "./cells";
import type { Cell } from "./contract";
import { dateParts } from "./dates";

export function parseBands(text: string): Band[] | null {
  const bands: Band[] = [];
  for (const part of text.split(/[;\n]/)) {
    if (part.trim() === "") continue;
    const colon = part.lastIndexOf(":");
    if (colon <= 0) return null;
    const name = part.slice(0, colon).trim();
    const n = parseNumberText(part.slice(colon + 1));
    if (!name || !n.ok || n.percent || n.value < 0 || n.value > 100) return null;
    bands.push({ name, min: n.value });
  }
  if (bands.length === 0) return null;
  return bands.sort((a, b) => b.min - a.min);
}

export function formatBands(bands: Band[]): string {
  return bands.map((b) => `${b.name}:${b.min}`).join("; ");
}

/** A multi-line setting (`Căn cứ`, `Nơi nhận`, `Người ký`…): one entry per non-blank line of the cell. */
export function linesOf(c: Cell): string[] {
  return cellText(c)
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
}

/**
 * `Tên nhóm trong công văn`: `Sở, ban, ngành: Các sở, ban, ngành; UBND cấp huyện: UBND các huyện, thị xã`
 * (group names hold commas, so pairs are cut at `;` or a new line, and each at its first `:`).
 */
export function parseGroupLabels(text: string): Record<string, string> | null {
  const labels: Record<string, string> = {};
  for (const part of text.split(/[;\n]/)) {
    if (part.trim() === "") continue;
    const colon = part.indexOf(":");
    const group = part.slice(0, colon).trim();
    const label = part.slice(colon + 1).trim();
    if (colon <= 0 || !group || !label) return null;
    labels[group] = label;
  }
  return Object.keys(labels).length > 0 ? labels : null;
}

/**
 * `Hạn báo cáo xếp hạng năm`: `20/11`, or the date a spreadsheet made of it (any year), read in
 * the sheet's time zone.
 */
export function parseDayMonth(c: Cell, timeZone = "UTC"): { day: number; month: number } | null {
  if (isDate(c)) {
    const p = dateParts(c, timeZone);
    return { day: p.day, month: p.month };
  }
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*\d{2,4})?\s*$/.exec(cellText(c));
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1] ? { day, month } : null;
}
