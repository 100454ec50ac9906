import { groupPlans, type Plan } from "@parcomms/core";

/**
 * How a plan's unit is shown, with its kind word ("xã Sơn Mầu"), and its
 * province ("tỉnh Quảng Ngãi", `undefined` when the plan names none), as
 * `groupPlans` labels them.
 */
export function unitLabels(plan: Plan): { unit: string; province: string | undefined } {
  const unit = groupPlans([plan], "unit")[0]?.label ?? plan.unit.name;
  const province = groupPlans([plan], "province")[0];
  return { unit, province: province && province.key !== "(none)" ? province.label : undefined };
}
