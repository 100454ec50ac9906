import type { Language, Plan } from "@parcomms/core";
import { VALUE_WORDS } from "./displayLabels";

/**
 * A plan's period for display: "2024", "2022–2025", or "chưa rõ" /
 * "unknown" for a draft that states none (never a guessed year).
 *
 * @example
 * periodLabel(plan003, "vi") // "2024"
 * periodLabel({ period: undefined }, "en") // "unknown"
 */
export function periodLabel(plan: Pick<Plan, "period">, language: Language): string {
  const period = plan.period;
  if (!period) return VALUE_WORDS.unknown[language];
  return period.start === period.end ? period.start : `${period.start}–${period.end}`;
}
