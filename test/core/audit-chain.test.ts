import { describe, expect, it } from "vitest";
import { type Anchor, type ChainRow, continueChain, parseCode, verifyChain } from "../../src/core/audit-chain";
import { formatProblem } from "../../src/core/problems";

const place = (row: number) => ({ sheet: "Nhật ký", cell: `I${row}`, row, column: 9 });
const fieldsOf = (i: number) => [
  `2023-07-0${(i % 9) + 1}T08:00:00`,
  "cds@x",
  "Đã gửi e-mail",
  "2023-06",
  `U${i}`,
  "notice",
  "",
  `${i}`,
];

/** `n` chained rows after `legacy` rows without a code, as appendAudit writes them (in 3 appends). */
function chain(n: number, legacy = 0): { rows: ChainRow[]; anchor: Anchor } {
  const rows: ChainRow[] = [];
  for (let i = 0; i < legacy; i++) rows.push({ row: rows.length + 2, code: "", fields: fieldsOf(100 + i) });
  let anchor: Anchor | null = null;
  for (const size of [1, n - 3, 2]) {
    const fields = Array.from({ length: size }, (_, k) => fieldsOf(rows.length + k));
    const last = rows.length > 0 ? rows[rows.length - 1].code : "";
    const next = continueChain(last, anchor, fields, "now");
    fields.forEach((f, k) => {
      rows.push({ row: rows.length + 2, code: next.codes[k], fields: f });
    });
    anchor = next.anchor;
  }
  return { rows, anchor: anchor as Anchor };
}

const renumber = (rows: ChainRow[]) => rows.map((r, i) => ({ ...r, row: i + 2 }));
const verify = (rows: ChainRow[], anchor: Anchor | null = null) =>
  verifyChain(rows, anchor, place).map((p) => `${p.cell ?? "-"} ${p.key}`);

describe("the audit hash chain", () => {
  it("accepts an untouched chain, after legacy rows written before the chain existed", () => {
    const { rows, anchor } = chain(10, 3);
    expect(parseCode(rows[3].code)?.seq).toBe(1);
    expect(anchor.at.seq).toBe(10);
    expect(verify(rows, anchor)).toEqual([]);
  });

  it("names an edited row, in one clear sentence", () => {
    const { rows, anchor } = chain(10);
    rows[4] = { ...rows[4], fields: rows[4].fields.map((f, j) => (j === 7 ? "999" : f)) };
    const problems = verifyChain(rows, anchor, place);
    expect(problems.map((p) => p.cell)).toEqual(["I6"]);
    expect(formatProblem(problems[0], "vi")).toMatch(/^Nhật ký!I6: dòng này \(mục số 5\) hoặc mã kiểm tra của dòng/);
  });

  it("names the row after a deleted one, with how many went", () => {
    const { rows, anchor } = chain(10);
    const cut = renumber([...rows.slice(0, 4), ...rows.slice(6)]);
    const problems = verifyChain(cut, anchor, place);
    expect(problems.map((p) => `${p.cell} ${p.key}`)).toEqual(["I6 auditChainGap"]);
    expect(formatProblem(problems[0], "vi")).toContain(
      "2 dòng ngay trước dòng này đã bị xóa khỏi Nhật ký (mục số 5 đến 6)",
    );
  });

  it("tells a reordering from a deletion", () => {
    const { rows, anchor } = chain(10);
    const swapped = renumber([...rows.slice(0, 3), rows[4], rows[3], ...rows.slice(5)]);
    expect(verify(swapped, anchor)).toEqual(["I5 auditChainMoved", "I6 auditChainMoved"]);
  });

  it("names a copied row and a row added by hand", () => {
    const { rows } = chain(10);
    expect(verify(renumber([...rows.slice(0, 5), rows[2], ...rows.slice(5)]))).toEqual(["I7 auditChainCopied"]);
    const forged = { row: 0, code: "", fields: fieldsOf(50) };
    expect(verify(renumber([...rows.slice(0, 5), forged, ...rows.slice(5)]))).toEqual(["I7 auditChainUnsigned"]);
  });

  it("needs the anchor to see a cut-off tail or a chain recomputed by an editor", () => {
    const { rows, anchor } = chain(10);
    expect(verify(rows.slice(0, 7))).toEqual([]);
    expect(verify(rows.slice(0, 7), anchor)).toEqual(["- auditChainTruncated"]);
    // An editor who knows the algorithm changes row 3 and recomputes every code after it.
    const edited = rows.map((r) => ({ ...r }));
    edited[2] = { ...edited[2], fields: fieldsOf(77) };
    let last = edited[1].code;
    for (let i = 2; i < edited.length; i++) {
      edited[i].code = continueChain(last, null, [edited[i].fields], "").codes[0];
      last = edited[i].code;
    }
    expect(verify(edited)).toEqual([]);
    expect(verify(edited, anchor)).toEqual(["I11 auditChainRewritten"]);
  });

  it("accepts the sheet as it was before a write that failed, and keeps evidence of a mismatch", () => {
    const { rows, anchor } = chain(10);
    const next = continueChain(rows[9].code, anchor, [fieldsOf(10)], "now");
    // The anchor was stored, the setValues failed: the sheet still ends at entry 10.
    expect(verify(rows, next.anchor)).toEqual([]);
    // An append after the tail was cut goes on from the anchor; the cut stays visible.
    const after = continueChain(rows[6].code, anchor, [fieldsOf(11)], "2023-07-06 08:00");
    expect(parseCode(after.codes[0])?.seq).toBe(11);
    const sheet = renumber([...rows.slice(0, 7), { row: 0, code: after.codes[0], fields: fieldsOf(11) }]);
    expect(verify(sheet, after.anchor)).toEqual(["I9 auditChainGap", "- auditChainBroken"]);
  });
});
