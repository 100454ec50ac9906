import { migratePlan, type Plan } from "@parcomms/core";
import { plan002 } from "@parcomms/sample-data";

/**
 * A central plan: 002's content issued by the Bộ Nội vụ (a ministry, level
 * central), with no administrative unit, as the 1.1 model allows. None of
 * the five real plans is central, so this one is made by hand: not shipped,
 * not exported.
 */
export function centralPlan(): Plan {
  const { unit: _unit, ...plan } = migratePlan(plan002).value as Plan;
  return {
    ...plan,
    id: "central-bnv-2024",
    issuer: { body: "ministry", level: "central", wording: "Bộ Nội vụ" },
  };
}
