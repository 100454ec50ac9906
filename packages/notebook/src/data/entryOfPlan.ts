import { foldVietnamese, groupPlans, type Plan, planEra, planLevel, vocabulary } from "@parcomms/core";
import type { PlanEntry, PlanOrigin } from "./PlanEntry";

/** The picker's unit of a plan with no unit (a central body's). */
const CENTRAL = { label: vocabulary.levels.central.short.vi };
/** The picker's unit of any other plan with no unit: a draft whose header was not read. */
const UNKNOWN = { label: `(${vocabulary.values.unknown.vi})` };

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
  // A central body's plan (Bộ Nội vụ) has no unit: it is listed as "Trung ương" at its issuer's level.
  // Any other plan without a unit (a draft whose header was not read) is "(chưa rõ)", on its own.
  const central = plan.issuer?.level === "central";
  const unit = plan.unit
    ? groupPlans([plan], "unit")[0]
    : central
      ? { key: `(central)/${plan.issuer?.wording ?? plan.id}`, label: CENTRAL.label }
      : { key: `(unknown)/${plan.id}`, label: UNKNOWN.label };
  const province = plan.unit ? groupPlans([plan], "province")[0] : undefined;
  const provinceLabel = province && province.key !== "(none)" ? province.label : "";
  return {
    id: plan.id,
    origin,
    unit: unit?.label ?? plan.unit?.name ?? UNKNOWN.label,
    unitKey: unit?.key ?? plan.id,
    provinceKey: province?.key ?? "(none)",
    province: provinceLabel,
    level: planLevel(plan),
    era: planEra(plan),
    year: plan.period ? Number.parseInt(plan.period.start.slice(0, 4), 10) : undefined,
    ...(plan.unit?.code ? { code: plan.unit.code.code } : {}),
    search: foldVietnamese(
      [
        unit?.label ?? plan.unit?.name ?? "",
        plan.unit?.officialName ?? "",
        plan.issuer?.wording ?? "",
        provinceLabel,
        plan.id,
      ].join(" "),
    ),
    ...(file !== undefined ? { file } : {}),
  };
}
