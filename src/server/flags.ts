// Grid edits an admin should look at: a figure typed into another unit's row, into a closed
// period, over a figure already reviewed, or by someone Apps Script cannot name. `Số liệu` has to
// stay editable (the sidebar's save runs as the clerk), so such edits cannot be prevented, only
// recorded and shown: kept in the document properties (out of the editors' reach, bounded to one
// 9 KB value), listed by Kiểm tra số liệu and e-mailed to the admins once a day.
import { t } from "../core/messages";
import type { Language } from "../core/schemas";

const FLAGS = "dxScorecard.flags";
/** Well inside a property value's 9 KB (UTF-8): the oldest flags go first. */
const MAX_BYTES = 8000;

export type FlagReason =
  | "otherUnit"
  | "closedPeriod"
  | "unknownEditor"
  | "header"
  | "keyMoved"
  | "structure"
  /** A figure the office has accepted or adjusted (design §10). */
  | "reviewed"
  /** `Cập nhật lúc` typed by hand by a clerk: the day a unit reported is judged from it (design §13). */
  | "stamp";

export interface EditFlag {
  /** ISO instant of the edit. */
  at: string;
  /** Who edited; "" when Apps Script did not say. */
  by: string;
  /** `Số liệu!E7`, or the range of a large paste. */
  cell: string;
  period: string;
  unitId: string;
  reasons: FlagReason[];
  /** Whether the daily e-mail has carried it. */
  mailed?: boolean;
}

export function readFlags(): EditFlag[] {
  try {
    const raw = PropertiesService.getDocumentProperties().getProperty(FLAGS);
    const list = raw ? (JSON.parse(raw) as EditFlag[]) : [];
    return Array.isArray(list) ? list.filter((f) => typeof f?.cell === "string" && Array.isArray(f.reasons)) : [];
  } catch {
    return [];
  }
}

function utf8Bytes(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}

/** Writes the list, dropping the oldest flags until it fits one property value. */
export function writeFlags(list: EditFlag[]): void {
  let kept = list;
  let json = JSON.stringify(kept);
  while (kept.length > 0 && utf8Bytes(json) > MAX_BYTES) {
    kept = kept.slice(Math.max(1, Math.ceil(kept.length / 10)));
    json = JSON.stringify(kept);
  }
  PropertiesService.getDocumentProperties().setProperty(FLAGS, json);
}

/** Call under the document lock: flags from concurrent edits must not overwrite each other. */
export function addFlags(flags: EditFlag[]): void {
  if (flags.length > 0) writeFlags([...readFlags(), ...flags]);
}

export function flagLine(f: EditFlag, lang: Language, timeZone: string): string {
  const when = Utilities.formatDate(new Date(f.at), timeZone, "dd/MM/yyyy HH:mm");
  const reasons = f.reasons.map((r) => t(lang, `flag_${r}`)).join("; ");
  return t(lang, "flagLine", {
    cell: f.cell,
    period: f.period || "?",
    unit: f.unitId || "?",
    by: f.by || t(lang, "unknownUser"),
    when,
    reasons,
  });
}
