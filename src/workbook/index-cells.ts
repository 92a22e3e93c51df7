// The cells of `Chỉ tiêu` that describe the province's index (design §9): per-group values
// (`Sở, ban, ngành: 90%; UBND cấp huyện: 80%`), group lists, and levels (`Chủ tịch: 1; …`, `≥4: 1; …`).
import { parseNumberText } from "../core/numbers";
import type { Level } from "../core/schemas";
import { type CellResult, cellText } from "./cells";
import { type Cell, normalizeHeader } from "./contract";

const fail = (
  key: "groupValueInvalid" | "groupUnknown" | "groupRepeated" | "levelsInvalid",
  params: Record<string, string>,
) => ({ ok: false, key, params }) as const;

/** Splits `a; b` (or one per line) into trimmed, non-empty parts. */
function parts(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** `name: value` at the last colon (a group name may hold commas, never a colon). */
function pair(part: string): [string, string] | null {
  const i = part.lastIndexOf(":");
  if (i <= 0 || i === part.length - 1) return null;
  return [part.slice(0, i).trim(), part.slice(i + 1).trim()];
}

/** A cell written per group: it has a colon. Anything else is one value for every group. */
export function isPerGroup(c: Cell): boolean {
  return typeof c === "string" && c.includes(":");
}

/** Group names matched like headers, to the spelling of `Đơn vị`. */
export class GroupNames {
  private readonly byKey = new Map<string, string>();
  constructor(groups: Iterable<string>) {
    for (const g of groups) this.byKey.set(normalizeHeader(g), g);
  }
  get size(): number {
    return this.byKey.size;
  }
  get all(): string[] {
    return [...this.byKey.values()];
  }
  /** The group as `Đơn vị` spells it. With no units known (no `Đơn vị` sheet), any name as written. */
  find(text: string): string | undefined {
    if (this.byKey.size === 0) return text.replace(/\s+/g, " ").trim();
    return this.byKey.get(normalizeHeader(text));
  }
  unknown(text: string) {
    return fail("groupUnknown", { group: text, groups: this.all.map((g) => `“${g}”`).join(", ") });
  }
}

/** `Áp dụng cho nhóm`: groups separated by `;`. */
export function readGroupList(c: Cell, groups: GroupNames): CellResult<string[]> {
  const out: string[] = [];
  for (const p of parts(cellText(c))) {
    const g = groups.find(p);
    if (!g) return groups.unknown(p);
    if (!out.includes(g)) out.push(g);
  }
  return out.length ? { ok: true, value: out } : fail("groupValueInvalid", { value: cellText(c) });
}

/** A per-group cell: each group's value read by `read`, which reports its own problems. */
export function readPerGroup<T>(
  c: Cell,
  groups: GroupNames,
  read: (value: string) => CellResult<T>,
): CellResult<Record<string, T>> {
  const out: Record<string, T> = {};
  const list = parts(cellText(c));
  if (list.length === 0) return fail("groupValueInvalid", { value: cellText(c) });
  for (const p of list) {
    const kv = pair(p);
    if (!kv) return fail("groupValueInvalid", { value: cellText(c) });
    const g = groups.find(kv[0]);
    if (!g) return groups.unknown(kv[0]);
    if (g in out) return fail("groupRepeated", { group: g });
    const r = read(kv[1]);
    if (!r.ok) return r;
    out[g] = r.value;
  }
  return { ok: true, value: out };
}

const STEP = /^(≥|>=|≤|<=|>|<)\s*(.+)$/;
const OPS: Record<string, Level["op"]> = { "≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<" };

/** A share of the points: `0,5`, `1`, `50%`; from 0 to 1. */
function readShare(text: string): number | null {
  const n = parseNumberText(text);
  if (!n.ok) return null;
  const v = n.percent ? n.value / 100 : n.value;
  return v >= 0 && v <= 1 ? v : null;
}

/**
 * `Mức`: labels with shares (`Chủ tịch: 1; Phó Chủ tịch: 0,5; Chưa có: 0`) or number steps
 * (`≥4: 1; ≥3: 0,75`), never a mix. `readBound` reads a step's bound in the indicator's unit.
 */
export function readLevels(c: Cell, readBound: (text: string) => CellResult<number>): CellResult<Level[]> {
  const text = cellText(c);
  const invalid = fail("levelsInvalid", { value: text });
  const levels: Level[] = [];
  for (const p of parts(text)) {
    const kv = pair(p);
    if (!kv) return invalid;
    const share = readShare(kv[1]);
    if (share === null) return invalid;
    const step = STEP.exec(kv[0]);
    if (step) {
      const bound = readBound(step[2].trim());
      if (!bound.ok) return invalid;
      levels.push({ label: kv[0].replace(/\s+/g, " "), op: OPS[step[1]], bound: bound.value, share });
    } else {
      if (levels.some((l) => normalizeHeader(l.label) === normalizeHeader(kv[0]))) return invalid;
      levels.push({ label: kv[0].replace(/\s+/g, " "), op: null, bound: null, share });
    }
  }
  const steps = levels.filter((l) => l.op !== null).length;
  if (levels.length === 0 || (steps > 0 && steps < levels.length)) return invalid;
  return { ok: true, value: levels };
}
