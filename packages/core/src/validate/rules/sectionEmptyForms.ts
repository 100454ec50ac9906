import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * section.empty-forms: the plan has no forms items (hình thức tuyên truyền).
 *
 * @example
 * sectionEmptyForms.check({ ...plan, formsItems: [] }, context)
 * // [{ code: "section.empty-forms", path: "/formsItems", … }]
 */
export const sectionEmptyForms: Rule = {
  code: "section.empty-forms",
  check: (plan) =>
    plan.formsItems.length === 0 ? [makeIssue("section.empty-forms", "/formsItems", {})] : [],
};
