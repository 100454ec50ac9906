import { foldVietnamese, groupPlans, type Plan } from "@parcomms/core";
import type { PlanEntry, PlanOrigin } from "./PlanEntry";

/**
 * The picker's entry for a plan: its unit and province as `groupPlans` labels
 * and keys them, level, era, year, code and a folded search key.
 *
 * @param plan - the plan
 * @param origin - real, synthetic or own
 * @param file - for own files, the file's name
 * @returns the entry
 * @example
 * entryOfPlan(plan000, "real").unit // "xã Sơn Mầu"
 * entryOfPlan(plan000, "real").province // "tỉnh Quảng Ngãi"
 */
export function entryOfPlan(plan: Plan, origin: PlanOrigin, file?: string): PlanEntry {
  const unit = groupPlans([plan], "unit")[0];
  const province = groupPlans([plan], "province")[0];
  const provinceLabel = province && province.key !== "(none)" ? province.label : "";
  return {
    id: plan.id,
    origin,
    unit: unit?.label ?? plan.unit.name,
    unitKey: unit?.key ?? plan.id,
    provinceKey: province?.key ?? "(none)",
    province: provinceLabel,
    level: plan.unit.level,
    era: plan.unit.era,
    year: Number.parseInt(plan.period.start.slice(0, 4), 10),
    ...(plan.unit.code ? { code: plan.unit.code.code } : {}),
    search: foldVietnamese(
      [unit?.label ?? plan.unit.name, plan.unit.officialName ?? "", provinceLabel, plan.id].join(" "),
    ),
    ...(file !== undefined ? { file } : {}),
  };
}
