// The sample province read as the add-on and the CLI read it, and its ranking report of a period.
import { buildReport, type Report } from "../../../src/core/report";
import type { Model } from "../../../src/core/schemas";
import { readWorkbook } from "../../../src/workbook/read";
import { type SampleWorkbook, sampleProvince } from "../../../src/workbook/sample";

export function sampleModel(edit: (s: SampleWorkbook) => void = () => {}): Model {
  const s = sampleProvince();
  edit(s);
  const sheets: Record<string, SampleWorkbook["units"]> = {
    "Đơn vị": s.units,
    "Chỉ tiêu": s.indicators,
    "Số liệu": s.data,
    "Cài đặt": s.settings,
  };
  if (s.review) sheets["Thẩm định"] = s.review;
  const read = readWorkbook({ sheets, timeZone: "Asia/Ho_Chi_Minh" });
  if (read.problems.length > 0) throw new Error(JSON.stringify(read.problems));
  return read.model;
}

export function sampleReport(period: string, model: Model = sampleModel()): Report {
  const [year, rest] = period.split("-");
  const p =
    rest === undefined
      ? ({ kind: "year", year: Number(year) } as const)
      : rest.startsWith("Q")
        ? ({ kind: "quarter", year: Number(year), quarter: Number(rest.slice(1)) } as const)
        : ({ kind: "month", year: Number(year), month: Number(rest) } as const);
  return buildReport(model, p);
}
