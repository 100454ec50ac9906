import type { Plan } from "../model/Plan";
import { blockPlan002 } from "./blockPlan002";

/**
 * Test support (not shipped): a plan of the Bộ Nội vụ for 2024, a central
 * body with no unit (002:146 lists "Bộ Nội vụ" among the recipients), with
 * the tasks of {@link blockPlan002}. Each call returns a fresh object.
 */
export function centralPlan(): Plan {
  const { unit: _unit, ...plan } = blockPlan002();
  return { ...plan, id: "bnv-2024", issuer: { body: "ministry", level: "central", wording: "Bộ Nội vụ" } };
}
