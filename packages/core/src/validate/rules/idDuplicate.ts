import type { Plan } from "../../model/Plan";
import { makeIssue } from "../_lib/makeIssue";
import type { Rule } from "../_lib/Rule";
import type { ValidationIssue } from "../ValidationIssue";

/** The lists whose items carry ids, in the order of the document; `audienceStatement` is one item. */
const LISTS = [
  "/purposes",
  "/requirements",
  "/audienceStatement",
  "/contentItems",
  "/formsItems",
  "/activities",
  "/offices",
  "/assigneeGroups",
] as const;

/**
 * Where an id stands, packed in one number so that checking a plan with no
 * duplicate allocates nothing per id: the list, the item's index and, for a
 * sub-task, its index among its activity's sub-tasks (plus one; 0 for none).
 */
const site = (list: number, index: number, sub: number) => (list * 1e6 + index) * 1e4 + sub + 1;

function pathOf(packed: number): string {
  const sub = (packed % 1e4) - 1;
  const rest = Math.floor(packed / 1e4);
  const list = LISTS[Math.floor(rest / 1e6)] as string;
  const index = rest % 1e6;
  if (list === "/audienceStatement") return `${list}/id`;
  return sub < 0 ? `${list}/${index}/id` : `${list}/${index}/subtasks/${sub}/id`;
}

/**
 * id.duplicate: an id used twice in one id space: purposes, requirements,
 * the audience statement, content items, forms items, activities and their
 * sub-tasks share one; offices and assignee groups share another. Reported
 * at every use after the first.
 *
 * @example
 * idDuplicate.check(plan, context)
 * // [{ code: "id.duplicate", path: "/activities/1/id", params: { id: "a1", firstPath: "/activities/0/id" }, … }]
 */
export const idDuplicate: Rule = {
  code: "id.duplicate",
  check: (plan) => {
    const issues: ValidationIssue[] = [];
    let first = new Map<string, number>();
    const see = (id: string, at: number) => {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, at);
      else issues.push(makeIssue("id.duplicate", pathOf(at), { id, firstPath: pathOf(earlier) }));
    };
    const items = (list: number, of: readonly { id: string }[]) => {
      for (let i = 0; i < of.length; i++) see((of[i] as { id: string }).id, site(list, i, -1));
    };
    items(0, plan.purposes);
    items(1, plan.requirements);
    if (plan.audienceStatement) see(plan.audienceStatement.id, site(2, 0, -1));
    items(3, plan.contentItems);
    items(4, plan.formsItems);
    items(5, plan.activities);
    // Sub-tasks share the activities' id space, after the activities.
    const activities: Plan["activities"] = plan.activities;
    for (let i = 0; i < activities.length; i++) {
      const subtasks = activities[i]?.subtasks;
      if (!subtasks) continue;
      for (let j = 0; j < subtasks.length; j++) see((subtasks[j] as { id: string }).id, site(5, i, j));
    }
    first = new Map();
    items(6, plan.offices);
    items(7, plan.assigneeGroups);
    return issues;
  },
};
