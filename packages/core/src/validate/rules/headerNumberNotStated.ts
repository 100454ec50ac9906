import { isNotStated } from "../../model/NotStated";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * header.number-not-stated: the number slot of the header is blank
 * (`number` is NotStated).
 *
 * @example
 * // 001:3 "Số: /KH-UBND":
 * headerNumberNotStated.check(plan, context) // [{ code: "header.number-not-stated", path: "/number", … }]
 */
export const headerNumberNotStated: Rule = {
  code: "header.number-not-stated",
  check: (plan) => (isNotStated(plan.number) ? [makeIssue("header.number-not-stated", "/number", {})] : []),
};
