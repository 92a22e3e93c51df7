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

/** Each bar as [track colour, bar width attribute, bar colour]; an empty track has neither width nor bar. */
function bars(html: string): string[][] {
  return [...html.matchAll(/<tr><td bgcolor=(#[0-9a-f]{6})[^>]*>(.*?)<\/td><\/tr>\n?/g)].map((b) => {
    const inner = b[2].match(/^<table width=(\d+)%[^>]*><tr><td bgcolor=(#[0-9a-f]{6}) height=12/);
    return inner ? [b[1], inner[1], inner[2]] : [b[1]];
  });
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
      ["#f1f3f4", "100", "#34a853"],
      ["#f1f3f4", "61", "#4285f4"],
      // A 0 % unit still shows a sliver of its band's colour.
      ["#f1f3f4", "1", "#ea4335"],
      // A unit that did not report has an empty track.
      ["#f1f3f4"],
    ]);
    // Outlook reads the attributes: no width or background is said twice in a style.
    expect(html).not.toMatch(/style="[^"]*(width|background)/);
  });

  it("puts the name and the figure on a line of their own above the bar, the figure kept whole", () => {
    expect(html.match(/<tr>/g)).toHaveLength(rows.length * 2 + 3);
    expect(html).toContain("2. Sở Xây dựng&nbsp; <b>61,32%\u00a0·\u00a0Nâng\u00a0cao</b></td>");
    expect(html).not.toMatch(/<img|<style|class=|&nbsp;<\/td>/);
  });

  it("escapes the names it is given", () => {
    const hostile = barChart([row(1, `<b onclick="x">&</b>`, 50, 0)], "vi", 4);
    expect(hostile).toContain("1. &lt;b onclick=&quot;x&quot;&gt;&amp;&lt;/b&gt;");
    expect(hostile).not.toContain("<b onclick");
  });
});
