import { describe, expect, it } from "vitest";
import { barChart, type SummaryRow } from "../../src/core/summary";
import { visibleText } from "./summary-fixtures";

const row = (rank: number | null, name: string, score: number | null, bandIndex: number | null): SummaryRow => ({
  unitId: name,
  unitName: name,
  rank,
  score,
  scoreText: score === null ? "—" : `${score.toFixed(2).replace(".", ",")}%`,
  band: bandIndex === null ? null : ["Dẫn dắt", "Nâng cao", "Hình thành", "Khởi động"][bandIndex],
  bandIndex,
  change: "=",
  reported: rank !== null,
});

/** Each bar's coloured cells: [width attribute, bgcolor attribute, width style, background style]. */
function bars(html: string): string[][][] {
  return [...html.matchAll(/<table role="presentation"[^>]*><tr>(.*?)<\/tr><\/table>/g)].map((b) =>
    [
      ...b[1].matchAll(
        /<td width="(\d+)%" bgcolor="(#[0-9a-f]{6})"[^>]*style="width:(\d+)%;background-color:(#[0-9a-f]{6});/g,
      ),
    ].map((c) => c.slice(1)),
  );
}

describe("the HTML bar chart of a group", () => {
  const rows = [
    row(1, "Sở Khoa học và Công nghệ", 100, 0),
    row(2, "Sở Xây dựng", 61.32, 1),
    row(3, "Sở Giao thông Vận tải", 0, 3),
    row(null, "Ban Dân tộc", null, null),
  ];
  const html = barChart(rows, "vi", 4);

  it("names every unit with its rank, score and band, in the order given", () => {
    expect(visibleText(html)).toBe(
      "1. Sở Khoa học và Công nghệ 100,00% · Dẫn dắt 2. Sở Xây dựng 61,32% · Nâng cao " +
        "3. Sở Giao thông Vận tải 0,00% · Khởi động Ban Dân tộc Chưa báo cáo",
    );
  });

  it("draws each bar as table cells as wide as the score, in the band's colour, for Outlook and Gmail alike", () => {
    expect(bars(html)).toEqual([
      [["100", "#34a853", "100", "#34a853"]],
      [
        ["61", "#4285f4", "61", "#4285f4"],
        ["39", "#f1f3f4", "39", "#f1f3f4"],
      ],
      // A 0 % unit still shows a sliver of its band's colour.
      [
        ["1", "#ea4335", "1", "#ea4335"],
        ["99", "#f1f3f4", "99", "#f1f3f4"],
      ],
      // A unit that did not report has an empty track.
      [["100", "#f1f3f4", "100", "#f1f3f4"]],
    ]);
  });

  it("puts the name and the figure on a line of their own above the bar, the figure kept whole", () => {
    expect(html.match(/<tr>/g)).toHaveLength(rows.length * 3);
    expect(html.match(/colspan="2"/g)).toHaveLength(rows.length);
    expect(html).toMatch(/white-space:nowrap;text-align:right;"><b>61,32% · Nâng cao<\/b>/);
    expect(html).not.toMatch(/<img|<style|class=/);
  });

  it("escapes the names it is given", () => {
    const hostile = barChart([row(1, `<b onclick="x">&</b>`, 50, 0)], "vi", 4);
    expect(hostile).toContain("1. &lt;b onclick=&quot;x&quot;&gt;&amp;&lt;/b&gt;");
    expect(hostile).not.toContain("<b onclick");
  });
});
