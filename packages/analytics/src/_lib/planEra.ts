import { type Era, eraOn, type Plan } from "@parcomms/core";

/**
 * The era of local government a plan belongs to: its unit's, else (a central
 * plan, with no unit) the era in force on the first day of its period.
 */
export function planEra(plan: Plan): Era {
  return plan.unit?.era ?? eraOn(`${plan.period.start.slice(0, 4)}-01-01`);
}
