import { format } from "date-fns";
import { unitKinds } from "../../codelists/unitKinds";
import { eraOn } from "../../model/Era";
import { periodInterval } from "../../time/periodInterval";
import { makeIssue } from "../_lib/makeIssue";
import { earliestDay, formatPartialDate } from "../_lib/partialDates";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

/**
 * era.district-after-reform: a plan dated on or after 1 July 2025 (its issue
 * date, or the start of its period when it has none, taken at its earliest
 * possible day) that is issued by a district-level unit or names an office
 * of a district-level unit. A plan with neither date nor period is passed
 * over.
 *
 * @example
 * // A plan of August 2025 (004:5) naming an office of a huyện:
 * eraDistrictAfterReform.check(plan, context)
 * // [{ code: "era.district-after-reform", path: "/offices/0/unit/level", params: { date: "2025-08", unit: "huyện …" }, … }]
 */
export const eraDistrictAfterReform: Rule = {
  code: "era.district-after-reform",
  check: (plan) => {
    const { issueDate, period } = plan;
    // Neither a date nor a period (a draft): no era to check against, plan.period-missing reports it.
    if (!issueDate && !period) return [];
    const periodStart = () => (period ? format(periodInterval(period).start, "yyyy-MM-dd") : "");
    const earliest = issueDate ? earliestDay(issueDate) : periodStart();
    if (eraOn(earliest) !== "two-tier") return [];
    const date = issueDate ? formatPartialDate(issueDate) : periodStart();
    const issues: ValidationIssue[] = [];
    const unit = plan.unit;
    if (unit?.level === "district") {
      const kind = unitKinds.entries.find((k) => k.code === unit.kind)?.label.vi ?? unit.kind;
      issues.push(
        makeIssue("era.district-after-reform", "/unit/level", { date, unit: `${kind} ${unit.name}` }),
      );
    }
    plan.offices.forEach((office, i) => {
      if (office.unit?.level !== "district") return;
      issues.push(
        makeIssue("era.district-after-reform", `/offices/${i}/unit/level`, { date, unit: office.unit.name }),
      );
    });
    return issues;
  },
};
