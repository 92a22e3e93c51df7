// The months an admin has closed (Khóa kỳ). Until the closed-periods setting lands, none are.
import type { Settings } from "../core/schemas";

export function closedPeriodsOf(settings: Settings): string[] {
  return (settings as Settings & { closedPeriods?: string[] }).closedPeriods ?? [];
}
