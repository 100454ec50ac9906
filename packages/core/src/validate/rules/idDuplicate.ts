import type { Plan } from "../../model/Plan";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

/** An id and where it stands: the path is made only when an issue needs it. */
interface IdSite {
  readonly base: string;
  readonly index?: number;
  readonly id: string;
}

const sites = (base: string, items: readonly { id: string }[]): IdSite[] =>
  items.map((item, index) => ({ base, index, id: item.id }));
const pathOf = (site: IdSite) =>
  site.index === undefined ? `${site.base}/id` : `${site.base}/${site.index}/id`;

/** The id spaces of a plan, each in the order of the document. */
function idSpaces(plan: Plan): IdSite[][] {
  const items = [
    ...sites("/purposes", plan.purposes),
    ...sites("/requirements", plan.requirements),
    ...(plan.audienceStatement ? [{ base: "/audienceStatement", id: plan.audienceStatement.id }] : []),
    ...sites("/contentItems", plan.contentItems),
    ...sites("/formsItems", plan.formsItems),
    ...sites("/activities", plan.activities),
  ];
  // Sub-tasks share the activities' id space.
  for (let i = 0; i < plan.activities.length; i++) {
    const subtasks = plan.activities[i]?.subtasks;
    if (!subtasks) continue;
    for (const [index, s] of subtasks.entries())
      items.push({ base: `/activities/${i}/subtasks`, index, id: s.id });
  }
  return [items, [...sites("/offices", plan.offices), ...sites("/assigneeGroups", plan.assigneeGroups)]];
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
      const first = new Map<string, IdSite>();
      for (const site of space) {
        const earlier = first.get(site.id);
        if (earlier === undefined) first.set(site.id, site);
        else
          issues.push(makeIssue("id.duplicate", pathOf(site), { id: site.id, firstPath: pathOf(earlier) }));
      }
    }
    return issues;
  },
};
