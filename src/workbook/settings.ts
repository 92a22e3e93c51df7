// The `Xếp loại` setting: bands by % of max points, written `Dẫn dắt:75; Nâng cao:50; …`.
import { parseNumberText } from "../core/numbers";
import type { Band } from "../core/schemas";

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
