import type { Plan } from "@parcomms/core";
import { stringifyJson } from "./_lib/stringifyJson";

/**
 * JSON Lines (một kế hoạch một dòng) of a list of plans: each plan as
 * compact JSON on a line of its own, each line ended by LF. Exact: -0 stays
 * -0 and strings are escaped as JSON escapes them, so {@link plansFromJsonl}
 * gives back deep-equal plans.
 *
 * @param plans - the plans
 * @returns the JSON Lines text; empty for no plans
 * @example
 * plansToJsonl([plan003, plan004]).split("\n").length // 3 (two lines and the final empty string)
 */
export function plansToJsonl(plans: readonly Plan[]): string {
  return plans.map((plan) => `${stringifyJson(plan)}\n`).join("");
}
