// The Công văn's paragraph on the previous period's cases still not fixed (design §13): after the
// period's bullets, one bullet per indicator in the letter's register, only the cases not fixed.
import { describe, expect, it } from "vitest";
import { congVan } from "../../../src/core/documents/cong-van";
import { type DocumentModel, type Paragraph, plainText } from "../../../src/core/documents/model";
import { parsePeriod } from "../../../src/core/periods";
import { buildReport } from "../../../src/core/report";
import { DEFAULT_SETTINGS, type Figure, type Settings } from "../../../src/core/schemas";
import { indicator, model, unit } from "../builders";
import { sampleModel, sampleReport } from "./sample-report";

const P = (s: string) => parsePeriod(s)!;
const paragraphs = (doc: DocumentModel): Paragraph[] =>
  doc.blocks.filter((b): b is Paragraph => b.kind === "paragraph");
const texts = (doc: DocumentModel) => paragraphs(doc).map(plainText);
/** The follow-up paragraph and its bullets: from `Đáng chú ý` to the requests. */
const followUp = (doc: DocumentModel) => {
  const lines = texts(doc);
  const from = lines.findIndex((l) => l.startsWith("Đáng chú ý") || l.startsWith("Notably"));
  return from < 0
    ? []
    : lines.slice(
        from,
        lines.findIndex((l, i) => i > from && !l.startsWith("- ")),
      );
};

describe("the Công văn of July 2023 on the sample", () => {
  const m = sampleModel();
  const doc = congVan(sampleReport("2023-07", m), m.settings);

  it("says how many of June's cases are still not fixed, and that they are the 12 units of the bullet above", () => {
    expect(followUp(doc)).toEqual([
      "Đáng chú ý, qua theo dõi, đôn đốc, vẫn còn 12 trường hợp đã được nêu tên theo số liệu tháng 06/2023 nhưng đến nay chưa khắc phục, cụ thể:",
      "- Triển khai họp trên phần mềm họp không giấy: cả 12 đơn vị nêu trên vẫn chưa triển khai, sử dụng.",
    ]);
  });

  it("sets them as body paragraphs: justified, first line indented", () => {
    const at = texts(doc).findIndex((l) => l.startsWith("Đáng chú ý"));
    for (const p of paragraphs(doc).slice(at, at + 2)) expect(p).toMatchObject({ align: "justify", indent: true });
    expect(texts(doc)[at - 1]).toMatch(/^- Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp: /);
    expect(texts(doc)[at + 2]).toMatch(/^Nhằm nâng cao hiệu quả/);
  });

  it("has no such paragraph when the previous period has no figures (the first quarter)", () => {
    const q1 = congVan(sampleReport("2023-Q1", m), m.settings);
    expect(texts(q1).some((l) => l.startsWith("- Việc triển khai văn bản điện tử"))).toBe(true);
    expect(followUp(q1)).toEqual([]);
  });
});

describe("the paragraph on a small province", () => {
  const units = [
    unit("S1", "Sở Y tế", "Sở"),
    unit("S2", "Sở Tài chính", "Sở"),
    unit("S3", "Sở Xây dựng", "Sở"),
    unit("H1", "UBND huyện Bù Đốp", "Huyện"),
  ];
  const H = indicator("H", {
    name: "Họp không giấy",
    type: "boolean",
    scoring: "boolean",
    threshold: 1,
    target: 1,
    aggregation: "last",
    letterPhrase: "Triển khai họp trên phần mềm họp không giấy|chưa triển khai, sử dụng",
  });
  const X = indicator("X", {
    name: "Tỷ lệ ký số",
    threshold: 0.5,
    letterPhrase: "Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp",
  });
  const N = indicator("N", {
    name: "Số sự cố mất an toàn thông tin",
    type: "count",
    scoring: "minmax",
    direction: "lower",
    threshold: 3,
    target: null,
    aggregation: "sum",
  });
  const figures: [string, string, Record<string, Figure>][] = [
    ["2023-05", "S1", { H: false, X: 0.2, N: 5 }],
    ["2023-05", "S2", { H: false, X: 0.3, N: 1 }],
    ["2023-05", "S3", { H: true, X: 0.9, N: 0 }],
    ["2023-05", "H1", { H: false, X: 0.9, N: 4 }],
    // June: S1 did nothing (worse in N), S2 fixed H and improved X, S3 lags in H for the first time, H1 fixed N.
    ["2023-06", "S1", { H: false, X: 0.2, N: 6 }],
    ["2023-06", "S2", { H: true, X: 0.4, N: 1 }],
    ["2023-06", "S3", { H: false, X: 0.9, N: 0 }],
    ["2023-06", "H1", { H: false, X: 0.9, N: 2 }],
  ];
  const settings: Partial<Settings> = {
    letter: { ...DEFAULT_SETTINGS.letter, groupLabels: { Sở: "Các sở, ban, ngành", Huyện: "UBND các huyện" } },
  };
  const m = model(units, [H, X, N], figures, settings);
  const report = buildReport(m, P("2023-06"));

  it("names only the cases not fixed, per indicator, yes/no units by group, figures before and now", () => {
    expect(report.followUp?.counts).toEqual({ fixed: 2, improved: 1, notFixed: 4, notReported: 0 });
    expect(followUp(congVan(report, m.settings))).toEqual([
      "Đáng chú ý, qua theo dõi, đôn đốc, vẫn còn 04 trường hợp đã được nêu tên theo số liệu tháng 05/2023 nhưng đến nay chưa khắc phục, cụ thể:",
      "- Triển khai họp trên phần mềm họp không giấy: 02 đơn vị vẫn chưa triển khai, sử dụng (Các sở, ban, ngành: Y tế; UBND các huyện: Bù Đốp).",
      // S2 improved (30 % → 40 %): it stands in June's bullet with its figure, not here.
      "- Việc triển khai văn bản điện tử được ký số có tỷ lệ thấp: Sở Y tế (20% → 20%).",
      "- Số sự cố mất an toàn thông tin vượt ngưỡng 3: Sở Y tế (5 → 6).",
    ]);
  });

  it("puts a yes/no list in italics, as the period's bullets do", () => {
    const doc = congVan(report, m.settings);
    const bullet = paragraphs(doc).find((p) => plainText(p).includes("vẫn chưa triển khai"))!;
    expect(bullet.runs.find((r) => r.italic)?.text).toBe("Các sở, ban, ngành: Y tế; UBND các huyện: Bù Đốp");
  });

  it("is written in English when the settings say so", () => {
    const doc = congVan(report, { ...m.settings, language: "en" });
    expect(followUp(doc)[0]).toBe(
      "Notably, 4 cases named in the figures of May 2023 have still not been fixed, namely:",
    );
    expect(followUp(doc)).toHaveLength(4);
  });

  it("has no paragraph when every case was fixed or improved", () => {
    const fixed = model(
      units,
      [H, X, N],
      figures.map(([p, id, v]): [string, string, Record<string, Figure>] => [
        p,
        id,
        p === "2023-06" && id !== "S3" ? { H: true, X: id === "S1" ? 0.25 : 0.9, N: 0 } : v,
      ]),
      settings,
    );
    const r = buildReport(fixed, P("2023-06"));
    expect(r.followUp?.counts.notFixed).toBe(0);
    expect(r.followUp?.counts.improved).toBe(1);
    expect(followUp(congVan(r, fixed.settings))).toEqual([]);
  });
});
