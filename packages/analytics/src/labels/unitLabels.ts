import { groupPlans, type Language, type Plan, vocabulary } from "@parcomms/core";

/**
 * How a plan's unit is shown, with its kind word ("xã Sơn Mầu"), and its
 * province ("tỉnh Quảng Ngãi", `undefined` when the plan names none), as
 * core's `groupPlans` labels them: the labels of the comparison, gap and
 * similarity tables, and of the command line's summaries. A plan with no
 * unit (a central body's, such as the Bộ Nội vụ) is "Trung ương" / "Central",
 * with no province; any other plan without a unit (a draft whose header
 * could not be read) is "(chưa rõ)" / "(unknown)".
 *
 * @param plan - a plan
 * @param language - the language of the label of a plan with no unit; default Vietnamese
 * @returns the unit's label and its province's, if the plan names one
 * @example
 * unitLabels(plan000) // { unit: "xã Sơn Mầu", province: "tỉnh Quảng Ngãi" }
 * unitLabels(plan002) // { unit: "tỉnh Tây Ninh", province: "tỉnh Tây Ninh" }
 */
export function unitLabels(
  plan: Plan,
  language: Language = "vi",
): { unit: string; province: string | undefined } {
  if (!plan.unit) {
    const unit =
      plan.issuer?.level === "central"
        ? vocabulary.levels.central.short[language]
        : `(${vocabulary.values.unknown[language]})`;
    return { unit, province: undefined };
  }
  const unit = groupPlans([plan], "unit")[0]?.label ?? plan.unit.name;
  const province = groupPlans([plan], "province")[0];
  return { unit, province: province && province.key !== "(none)" ? province.label : undefined };
}
