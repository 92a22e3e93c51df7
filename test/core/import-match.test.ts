import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildNameIndex, type MatchUnit, matchName } from "../../src/core/import/match";
import { foldedKey, foldText, nameWords } from "../../src/core/import/names";
import { readUnits } from "../../src/workbook/read";
import { sampleProvince } from "../../src/workbook/sample";

const sampleUnits = () => readUnits("Đơn vị", sampleProvince().units, []);
const index = buildNameIndex(sampleUnits());
const match = (name: string) => matchName(index, name);
const unitOf = (name: string) => {
  const m = match(name);
  return m.kind === "matched" ? m.unitId : m.kind;
};

describe("folding agency names", () => {
  it("folds case, accents, NFD and đ (a letter of its own, which NFD does not strip)", () => {
    expect(foldText("Đồng Phú")).toBe("dong phu");
    expect(foldText("Đồng Phú".normalize("NFD"))).toBe("dong phu");
    expect(foldText("ĐỒNG PHÚ")).toBe("dong phu");
    // NFD alone leaves đ: "Đong Phu".
    expect("Đồng Phú".normalize("NFD").replace(/[\u0300-\u036f]/g, "")).toBe("Đong Phu");
  });

  it("cuts words at punctuation and reads & as và", () => {
    expect(foldedKey("  Sở  TT&TT ")).toBe("so tt va tt");
    expect(foldedKey("TT XTĐT, TM và DL")).toBe("tt xtdt tm va dl");
    expect(foldedKey("UBND H. Bù Đốp")).toBe("ubnd h bu dop");
  });

  it("knows which words may be abbreviations", () => {
    const abbr = (s: string) =>
      nameWords(s)
        .filter((w) => w.abbr)
        .map((w) => w.text);
    expect(abbr("Sở GTVT")).toEqual(["gtvt"]);
    expect(abbr("UBND H. Bù Đốp")).toEqual(["ubnd", "h"]);
    expect(abbr("TX. Bình Long")).toEqual(["tx"]);
    // A common word in lower case never stands for initials; in capitals inside a mixed-case name it may.
    expect(abbr("Công an tỉnh")).toEqual([]);
    expect(abbr("CA tỉnh")).toEqual(["ca"]);
    // An all-capitals export: only words without a vowel (or usual ones) are abbreviations.
    expect(abbr("SỞ GIAO THÔNG VẬN TẢI")).toEqual([]);
  });
});

describe("matching the names of the province's systems to units", () => {
  it.each([
    ["Sở GTVT", "SGTVT"],
    ["UBND H. Bù Đốp", "BUDOP"],
    ["UBND huyen Dong Phu", "DONGPHU"],
    ["TT XTĐT, TM và DL", "TTXTDT"],
    ["TP. Đồng Xoài", "DONGXOAI"],
    ["TX. Bình Long", "BINHLONG"],
    ["SỞ TÀI CHÍNH", "STC"],
    ["Sở TT&TT", "STTTT"],
    ["Sở LĐ-TB&XH", "SLDTBXH"],
    ["Sở NN&PTNT", "SNNPTNT"],
    ["Sở KH&ĐT", "SKHDT"],
    ["Sở GD&ĐT", "SGDDT"],
    ["Sở VHTTDL", "SVHTTDL"],
    ["VP UBND tỉnh", "VP_UBND"],
    ["BQL KKT", "BQLKKT"],
    ["Ủy ban nhân dân huyện Lộc Ninh", "LOCNINH"],
    ["Huyện Hớn Quản", "HONQUAN"],
    ["UBND thị xã Chơn Thành", "CHONTHANH"],
    ["Ban Dân tộc tỉnh", "BDT"],
  ])("%s is %s", (name, id) => {
    expect(unitOf(name)).toBe(id);
  });

  it("says how: by name, short name, or spelling and abbreviations", () => {
    expect(match("Sở Nội vụ")).toEqual({ kind: "matched", unitId: "SNV", how: "name" });
    expect(match("Bình Long")).toEqual({ kind: "matched", unitId: "BINHLONG", how: "shortName" });
    expect(match("Sở GTVT")).toEqual({ kind: "matched", unitId: "SGTVT", how: "spelling" });
  });

  it("matches NFD text and text without accents or with đ written d", () => {
    expect(unitOf("UBND huyện Đồng Phú".normalize("NFD"))).toBe("DONGPHU");
    expect(unitOf("UBND HUYEN DONG PHU")).toBe("DONGPHU");
    expect(unitOf("ubnd huyện đồng phú")).toBe("DONGPHU");
  });

  it("never guesses between two units that fit as well as each other", () => {
    expect(match("UBND thị xã Long")).toEqual({
      kind: "ambiguous",
      candidates: ["BINHLONG", "PHUOCLONG"],
      partial: true,
    });
  });

  it("lists a unit that fits only in part as a candidate, not a match", () => {
    // The export adds the province: the unit is likely, but it is confirmed, not taken.
    expect(match("Sở Giao thông Vận tải tỉnh Bình Phước")).toEqual({
      kind: "ambiguous",
      candidates: ["SGTVT"],
      partial: true,
    });
  });

  it("knows nothing of a name that fits no unit", () => {
    expect(match("Sở Nông nghiệp và Môi trường")).toEqual({ kind: "unknown" });
    expect(match("Tổng cộng")).toEqual({ kind: "unknown" });
    expect(match("")).toEqual({ kind: "unknown" });
    expect(match("   ,.; ")).toEqual({ kind: "unknown" });
  });

  it("two units with the same folded name are ambiguous, never the first one", () => {
    const units: MatchUnit[] = [
      { id: "A", name: "UBND huyện Châu Thành", shortName: "Châu Thành", aliases: [] },
      { id: "B", name: "UBND huyện Châu Thành", shortName: "Châu Thành B", aliases: [] },
    ];
    expect(matchName(buildNameIndex(units), "UBND huyen Chau Thanh")).toEqual({
      kind: "ambiguous",
      candidates: ["A", "B"],
      partial: false,
    });
  });

  it("two units whose names differ only by accents: the one written exactly is meant, the name without accents is not guessed", () => {
    const units: MatchUnit[] = [
      { id: "DIEN", name: "UBND xã Lạc Điền", shortName: "Lạc Điền", aliases: [] },
      { id: "DIEN2", name: "UBND xã Lạc Diên", shortName: "Lạc Diên", aliases: [] },
    ];
    const two = buildNameIndex(units);
    expect(matchName(two, "UBND XÃ LẠC ĐIỀN")).toEqual({ kind: "matched", unitId: "DIEN", how: "name" });
    expect(matchName(two, "Lạc Diên".normalize("NFD"))).toEqual({ kind: "matched", unitId: "DIEN2", how: "shortName" });
    expect(matchName(two, "UBND xa Lac Dien")).toEqual({
      kind: "ambiguous",
      candidates: ["DIEN", "DIEN2"],
      partial: false,
    });
  });

  it("an alias learned once is matched after, as written", () => {
    const units = sampleUnits();
    expect(matchName(buildNameIndex(units), "Sở GTVT tỉnh BP").kind).toBe("ambiguous");
    const learned = units.map((u) => (u.id === "SGTVT" ? { ...u, aliases: ["Sở GTVT tỉnh BP"] } : u));
    expect(matchName(buildNameIndex(learned), "SỞ GTVT TỈNH BP")).toEqual({
      kind: "matched",
      unitId: "SGTVT",
      how: "alias",
    });
    // And an alias resolves what was ambiguous.
    const resolved = units.map((u) => (u.id === "PHUOCLONG" ? { ...u, aliases: ["UBND thị xã Long"] } : u));
    expect(matchName(buildNameIndex(resolved), "UBND thị xã Long")).toEqual({
      kind: "matched",
      unitId: "PHUOCLONG",
      how: "alias",
    });
  });
});

/** Accents stripped the way a system without Vietnamese does it: marks gone, đ → d. */
const stripAccents = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");

describe("property: a unit's own name, however written, matches that unit", () => {
  const units = sampleUnits();
  it("under any mix of case, NFC/NFD, extra spaces and accent stripping", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: units.length - 1 }),
        fc.array(fc.constantFrom("upper", "lower", "nfd", "strip", "spaces", "title"), { maxLength: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (i, changes, spaces) => {
          let name = units[i].name;
          for (const c of changes) {
            if (c === "upper") name = name.toUpperCase();
            if (c === "lower") name = name.toLowerCase();
            if (c === "nfd") name = name.normalize("NFD");
            if (c === "strip") name = stripAccents(name);
            if (c === "spaces") name = ` ${name.split(" ").join(" ".repeat(spaces))}\t`;
            if (c === "title") name = name.replace(/(^|\s)(\p{L})/gu, (_, a, b: string) => a + b.toUpperCase());
          }
          const m = matchName(index, name);
          expect(m).toMatchObject({ kind: "matched", unitId: units[i].id });
        },
      ),
      { numRuns: 500 },
    );
  });
});
