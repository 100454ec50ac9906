import type { AdministrativeLevel } from "../../model/AdministrativeLevel";
import type { Plan } from "../../model/Plan";
import { NONE } from "./NONE";

/** The node id of the plans of central bodies (a ministry's plan: issuer level "central", no unit). */
export const CENTRAL = "central" as const;

/** Where a plan with no unit stands in a rollup or a grouping. */
export interface UnitlessNode {
  /** "central" for a central body's plan; "(none)" for any other plan without a unit. */
  readonly id: string;
  /** "trung ương"; "(none)". */
  readonly label: string;
  readonly level: AdministrativeLevel | undefined;
}

const CENTRAL_NODE: UnitlessNode = { id: CENTRAL, label: "trung ương", level: "central" };
const NO_UNIT_NODE: UnitlessNode = { id: NONE, label: NONE, level: undefined };

/**
 * The node of a plan that names no unit: a central body's plan (Bộ Nội vụ)
 * stands at the "central" node, above no unit and below none; any other
 * plan without a unit (a department's plan that lost its province, flagged
 * by issuer.unit-missing, or a draft whose issuer or tier the text does not
 * state) stands apart at "(none)", so it is never dropped.
 */
export function unitlessNode(plan: Plan): UnitlessNode {
  return plan.issuer?.level === "central" ? CENTRAL_NODE : NO_UNIT_NODE;
}
