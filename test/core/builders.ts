// Small builders for core tests: a model from terse unit, indicator and figure lists.

import { defaultShortName, fieldKeys } from "../../src/core/indicators";
import {
  DEFAULT_SETTINGS,
  type Figure,
  type Indicator,
  type Model,
  PLAIN_INDEX_FIELDS,
  type Settings,
  type Unit,
} from "../../src/core/schemas";

export function unit(id: string, name: string, group = "Sở, ban, ngành", active = true): Unit {
  return { id, name, shortName: defaultShortName(name), group, emails: [], headEmails: [], active, aliases: [] };
}

export function indicator(id: string, over: Partial<Indicator> = {}): Indicator {
  return {
    id,
    name: over.name ?? `Chỉ tiêu ${id}`,
    type: "percent",
    scoring: "target",
    direction: "higher",
    maxPoints: 10,
    target: 1,
    threshold: null,
    aggregation: "mean",
    pillar: null,
    ...PLAIN_INDEX_FIELDS,
    ...over,
  };
}

export function model(
  units: Unit[],
  indicators: Indicator[],
  figures: [period: string, unitId: string, values: Record<string, Figure>][],
  settings: Partial<Settings> = {},
): Model {
  return {
    units,
    indicators,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    records: figures.map(([period, unitId, values]) => ({
      period,
      unitId,
      values: Object.fromEntries(indicators.flatMap((i) => fieldKeys(i)).map((k) => [k, values[k] ?? null])),
      note: "",
      enteredBy: "",
      updatedAt: "",
    })),
  };
}
