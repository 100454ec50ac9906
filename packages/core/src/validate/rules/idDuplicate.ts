import type { Plan } from "../../model/Plan";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

interface IdSite {
  readonly path: string;
  readonly id: string;
}

const sites = (base: string, items: readonly { id: string }[]): IdSite[] =>
  items.map((item, i) => ({ path: `${base}/${i}/id`, id: item.id }));

/** The id spaces of a plan, each in the order of the document. */
function idSpaces(plan: Plan): IdSite[][] {
  return [
    [
      ...sites("/purposes", plan.purposes),
      ...sites("/requirements", plan.requirements),
      ...(plan.audienceStatement ? [{ path: "/audienceStatement/id", id: plan.audienceStatement.id }] : []),
      ...sites("/contentItems", plan.contentItems),
      ...sites("/formsItems", plan.formsItems),
      ...sites("/activities", plan.activities),
    ],
    [...sites("/offices", plan.offices), ...sites("/assigneeGroups", plan.assigneeGroups)],
  ];
}

/**
 * id.duplicate: an id used twice in one id space: purposes, requirements,
 * the audience statement, content items, forms items and activities share
 * one; offices and assignee groups share another. Reported at every use
 * after the first.
 *
 * @example
 * idDuplicate.check(plan, context)
 * // [{ code: "id.duplicate", path: "/activities/1/id", params: { id: "a1", firstPath: "/activities/0/id" }, … }]
 */
export const idDuplicate: Rule = {
  code: "id.duplicate",
  check: (plan) => {
    const issues: ValidationIssue[] = [];
    for (const space of idSpaces(plan)) {
      const first = new Map<string, string>();
      for (const { path, id } of space) {
        const earlier = first.get(id);
        if (earlier === undefined) first.set(id, path);
        else issues.push(makeIssue("id.duplicate", path, { id, firstPath: earlier }));
      }
    }
    return issues;
  },
};
