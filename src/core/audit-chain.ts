// The hash chain of `Nhật ký`: each entry carries `seq:hash`, where the hash covers the previous
// entry's hash, its own number and its cells, so an entry edited, deleted, copied or moved after it
// was written shows where. An anchor kept outside the sheet (the last entry written) catches what the
// sheet alone cannot: its tail cut off, or every code recomputed by an editor who read this file.
import type { Problem } from "./problems";
import { sha256Hex } from "./sha256";

export interface ChainLink {
  seq: number;
  hash: string;
}

/** What the add-on last wrote, kept where editors cannot reach it (document properties). */
export interface Anchor {
  /** The last entry written. */
  at: ChainLink;
  /** The last entry before that write: if the write itself failed, the sheet is still here. */
  from?: ChainLink;
  /** The first time an append found the sheet matching neither state: evidence kept for good. */
  broken?: { when: string; expected: ChainLink; found: ChainLink | null };
}

/** One sheet row as the chain sees it: its code cell and its contract cells in canonical text. */
export interface ChainRow {
  /** 1-based sheet row. */
  row: number;
  code: string;
  fields: readonly string[];
}

/** Where a problem about a sheet row is shown: the caller knows the sheet and the code column. */
export type Place = (row: number) => Pick<Problem, "sheet" | "cell" | "row" | "column">;

const START: ChainLink = { seq: 0, hash: "" };
const CODE = /^(\d{1,9}):([0-9a-f]{64})$/;

export function linkHash(previous: string, seq: number, fields: readonly string[]): string {
  // JSON keeps the cells apart unambiguously, whatever they contain.
  return sha256Hex(`${previous}\n${seq}\n${JSON.stringify(fields)}`);
}

export function formatCode(link: ChainLink): string {
  return `${link.seq}:${link.hash}`;
}

export function parseCode(text: string): ChainLink | null {
  const m = CODE.exec(text.trim());
  return m ? { seq: Number(m[1]), hash: m[2] } : null;
}

const sameLink = (a: ChainLink | null | undefined, b: ChainLink | null | undefined) =>
  !!a && !!b && a.seq === b.seq && a.hash === b.hash;

function isLink(v: unknown): v is ChainLink {
  const l = v as ChainLink;
  return !!l && typeof l.seq === "number" && typeof l.hash === "string";
}

export function parseAnchor(text: string | null): Anchor | null {
  if (!text) return null;
  try {
    const a = JSON.parse(text) as Anchor;
    if (!isLink(a?.at)) return null;
    return {
      at: a.at,
      ...(isLink(a.from) ? { from: a.from } : {}),
      ...(a.broken && isLink(a.broken.expected) ? { broken: a.broken } : {}),
    };
  } catch {
    return null;
  }
}

export function formatAnchor(anchor: Anchor): string {
  return JSON.stringify(anchor);
}

export interface Continuation {
  /** The code of each new row, in order. */
  codes: string[];
  /** The anchor to store before the rows are written. */
  anchor: Anchor;
}

/**
 * Chains new rows after the sheet's last row. When the sheet no longer ends where the anchor says
 * (rows cut off, codes recomputed, the sheet replaced), the chain goes on from the anchor, so the
 * gap stays visible in the sheet, and the anchor keeps the first such finding for good.
 */
export function continueChain(
  lastCode: string,
  anchor: Anchor | null,
  rows: readonly (readonly string[])[],
  when: string,
): Continuation {
  const found = parseCode(lastCode);
  let base = found ?? START;
  let broken = anchor?.broken;
  if (anchor && !sameLink(found ?? START, anchor.at) && !sameLink(found ?? START, anchor.from)) {
    base = anchor.at;
    broken ??= { when, expected: anchor.at, found };
  }
  const codes: string[] = [];
  let link = base;
  for (const fields of rows) {
    const seq = link.seq + 1;
    link = { seq, hash: linkHash(link.hash, seq, fields) };
    codes.push(formatCode(link));
  }
  return { codes, anchor: { at: link, from: base, ...(broken ? { broken } : {}) } };
}

interface Entry {
  row: ChainRow;
  link: ChainLink;
}

/**
 * Every break in the chain, each named once at the row where it shows. Rows before the first coded
 * row were written before the chain existed ("legacy") and are accepted as they are.
 */
export function verifyChain(rows: readonly ChainRow[], anchor: Anchor | null, place: Place): Problem[] {
  const problems: Problem[] = [];
  const at = (row: ChainRow, key: Problem["key"], params: Problem["params"] = {}) =>
    problems.push({ key, params, ...place(row.row) });

  const entries: Entry[] = [];
  let started = false;
  for (const row of rows) {
    if (row.code.trim() === "") {
      if (started) at(row, "auditChainUnsigned");
      continue;
    }
    started = true;
    const link = parseCode(row.code);
    if (link) entries.push({ row, link });
    else at(row, "auditChainCode");
  }

  const bySeq = new Map<number, Entry>();
  const unique: Entry[] = [];
  for (const e of entries) {
    const first = bySeq.get(e.link.seq);
    if (first) at(e.row, "auditChainCopied", { other: place(first.row.row).cell ?? first.row.row });
    else {
      bySeq.set(e.link.seq, e);
      unique.push(e);
    }
  }

  // Order: numbers go up by one; a jump over numbers found nowhere is a deletion, else a move.
  let top = 0;
  for (const e of unique) {
    const seq = e.link.seq;
    if (seq > top + 1) {
      const elsewhere = unique.some((o) => o.link.seq > top && o.link.seq < seq);
      if (elsewhere) at(e.row, "auditChainMoved", { seq });
      else at(e.row, "auditChainGap", { count: seq - top - 1, first: top + 1, last: seq - 1 });
    } else if (seq <= top) at(e.row, "auditChainMoved", { seq });
    top = Math.max(top, seq);
  }

  // Content: each entry's hash must follow from its predecessor's (unknowable after a gap).
  for (const e of unique) {
    const previous = e.link.seq === 1 ? "" : bySeq.get(e.link.seq - 1)?.link.hash;
    if (previous !== undefined && linkHash(previous, e.link.seq, e.row.fields) !== e.link.hash)
      at(e.row, "auditChainEdited", { seq: e.link.seq });
  }

  if (anchor) problems.push(...anchorProblems(unique, bySeq, anchor, place));
  return problems;
}

function anchorProblems(unique: Entry[], bySeq: Map<number, Entry>, anchor: Anchor, place: Place): Problem[] {
  const out: Problem[] = [];
  if (anchor.broken) {
    const { when, expected, found } = anchor.broken;
    out.push({ key: "auditChainBroken", params: { when, expected: expected.seq, found: found?.seq ?? 0 } });
  }
  const last = unique.reduce<Entry | undefined>((m, e) => (!m || e.link.seq > m.link.seq ? e : m), undefined);
  const lastLink = last?.link ?? START;
  if (sameLink(lastLink, anchor.at) || sameLink(lastLink, anchor.from)) return out;
  for (const state of [anchor.at, anchor.from]) {
    const e = state && bySeq.get(state.seq);
    if (e && state && e.link.hash !== state.hash) {
      out.push({ key: "auditChainRewritten", params: { seq: state.seq }, ...place(e.row.row) });
      return out;
    }
  }
  // A write that failed leaves the sheet at `from`: below it, entries are certainly lost; between
  // `from` and `at` too, since one write adds all its rows or none.
  const expected = anchor.from && lastLink.seq < anchor.from.seq ? anchor.from.seq : anchor.at.seq;
  if (lastLink.seq < expected) {
    out.push({
      key: "auditChainTruncated",
      params: { count: expected - lastLink.seq, expected, found: lastLink.seq },
    });
    return out;
  }
  const extra = bySeq.get(anchor.at.seq + 1);
  if (extra) out.push({ key: "auditChainExtra", params: { seq: anchor.at.seq }, ...place(extra.row.row) });
  return out;
}
