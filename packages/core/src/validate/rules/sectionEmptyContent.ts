import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";

/**
 * section.empty-content: the plan has no content items (nội dung tuyên truyền).
 *
 * @example
 * sectionEmptyContent.check({ ...plan, contentItems: [] }, context)
 * // [{ code: "section.empty-content", path: "/contentItems", … }]
 */
export const sectionEmptyContent: Rule = {
  code: "section.empty-content",
  check: (plan) =>
    plan.contentItems.length === 0 ? [makeIssue("section.empty-content", "/contentItems", {})] : [],
};
