// A unit's year at a glance (design §13): its trend (score and rank by month) and its punctuality,
// over the same months — what `Tổng quan`, `rank --json` and the `trend` command show.
import type { Period } from "./periods";
import { buildPunctuality, type Punctuality, type PunctualityOptions } from "./punctuality";
import type { Model } from "./schemas";
import { buildTrends, type Trends } from "./trends";

export interface History {
  trends: Trends;
  punctuality: Punctuality;
}

export function buildHistory(model: Model, period: Period, options: PunctualityOptions): History {
  const trends = buildTrends(model, period);
  return { trends, punctuality: buildPunctuality(model, trends.months, options) };
}
