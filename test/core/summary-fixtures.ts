// Shared fixtures of the summary tests: the sample province read from its grids, and its outbox.
import { parsePeriod } from "../../src/core/periods";
import { buildReport, type Report } from "../../src/core/report";
import type { Model, Settings } from "../../src/core/schemas";
import { readWorkbook } from "../../src/workbook/read";
import { SAMPLE_PERIOD, sampleProvince } from "../../src/workbook/sample";

export function sampleModel(settings: Partial<Settings> = {}): Model {
  const s = sampleProvince();
  const read = readWorkbook({
    sheets: {
      "Đơn vị": s.units,
      "Chỉ tiêu": s.indicators,
      "Số liệu": s.data,
      "Cài đặt": s.settings,
      "Thẩm định": s.review!,
    },
    timeZone: "UTC",
  });
  if (read.problems.length) throw new Error(`sample has problems: ${JSON.stringify(read.problems[0])}`);
  return { ...read.model, settings: { ...read.model.settings, ...settings } };
}

export function sampleReport(model = sampleModel(), period = SAMPLE_PERIOD): Report {
  return buildReport(model, parsePeriod(period)!);
}

/** The text a reader sees in an HTML part: tags dropped, entities decoded, spaces collapsed. */
export function visibleText(html: string): string {
  return html
    .replace(/<head>[\s\S]*?<\/head>/i, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&nbsp;|\u00a0/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
