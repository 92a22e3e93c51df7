// A province for the summary e-mail's size and speed: N units with long names (the longest a
// province writes: "Đơn vị hành chính số 12 — Ủy ban nhân dân xã Phước 12") × 40 indicators in 6
// groups, June 2023 against May, seeded so that every run sees the same figures. Shared by the
// size test (test/core/summary-size.test.ts) and `npm run bench:mail`.

import { mulberry32 } from "../../src/core/prng";
import {
  DEFAULT_SETTINGS,
  type Figure,
  type Indicator,
  type Model,
  PLAIN_INDEX_FIELDS,
  type Unit,
} from "../../src/core/schemas";

export const INDICATORS = 40;
export const GROUPS = 6;

export function syntheticModel(n: number): Model {
  const rand = mulberry32(2023_06);
  const units: Unit[] = Array.from({ length: n }, (_, i) => ({
    id: `U${String(i + 1).padStart(5, "0")}`,
    name: `Đơn vị hành chính số ${i + 1} — Ủy ban nhân dân xã Phước ${i + 1}`,
    shortName: `Phước ${i + 1}`,
    group: `Nhóm ${(i % GROUPS) + 1}`,
    emails: [`vanthu.u${i + 1}@bench.example`],
    headEmails: [`chutich.u${i + 1}@bench.example`],
    active: true,
    aliases: [],
  }));
  // Per 8 indicators: 4 percents with a threshold, 2 yes/no, 1 count lower-is-better, 1 count without threshold.
  const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, i): Indicator => {
    const base = { id: `CT${i + 1}`, maxPoints: 10, pillar: `Trụ cột ${(i % 4) + 1}`, ...PLAIN_INDEX_FIELDS };
    switch (i % 8) {
      case 4:
      case 5:
        return {
          ...base,
          name: `Triển khai nền tảng số ${i + 1}`,
          type: "boolean",
          scoring: "boolean",
          direction: "higher",
          target: null,
          threshold: 1,
          aggregation: "last",
        };
      case 6:
        return {
          ...base,
          name: `Số sự cố mất an toàn thông tin ${i + 1}`,
          type: "count",
          scoring: "minmax",
          direction: "lower",
          target: null,
          threshold: 3,
          aggregation: "sum",
        };
      case 7:
        return {
          ...base,
          name: `Số tin bài tuyên truyền ${i + 1}`,
          type: "count",
          scoring: "relative",
          direction: "higher",
          target: null,
          threshold: null,
          aggregation: "sum",
        };
      default:
        return {
          ...base,
          name: `Tỷ lệ văn bản điện tử được ký số ${i + 1}`,
          type: "percent",
          scoring: "target",
          direction: "higher",
          target: 0.9,
          threshold: 0.5,
          aggregation: "mean",
        };
    }
  });
  const value = (ind: Indicator): Figure => {
    if (ind.type === "boolean") return rand() > 0.08;
    if (ind.type === "count") return Math.floor(rand() * rand() * (ind.direction === "lower" ? 5 : 12));
    return Math.round((rand() < 0.08 ? rand() * 0.5 : 0.5 + rand() * 0.5) * 10000) / 10000;
  };
  const records: Model["records"] = [];
  for (const period of ["2023-05", "2023-06"]) {
    for (const u of units) {
      if (period === "2023-06" && rand() < 0.02) continue; // ~2 % do not report in June
      const values: Record<string, Figure> = {};
      for (const ind of indicators) values[ind.id] = value(ind);
      records.push({ period, unitId: u.id, values, note: "", enteredBy: u.emails[0], updatedAt: "" });
    }
  }
  return {
    units,
    indicators,
    records,
    settings: { ...DEFAULT_SETTINGS, committeeEmails: ["bancdcds@bench.example", "vanphong@bench.example"] },
  };
}
