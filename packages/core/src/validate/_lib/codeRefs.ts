import type { Plan } from "../../model/Plan";

/** Which codelist a code belongs to. */
export type CodeListName = "themes" | "channels" | "audiences";

/** A codelist code used in a plan, with where it is. */
export interface CodeSite {
  /** JSON Pointer to the code. */
  readonly path: string;
  readonly code: string;
}

/**
 * Every place a plan uses a code of the given codelist: content and forms
 * items, activities, childPlanRequirements and the plan's audiences.
 */
export function codeRefs(plan: Plan, list: CodeListName): CodeSite[] {
  const sites: CodeSite[] = [];
  const add = (base: string, codes: readonly string[] | undefined) =>
    codes?.forEach((code, i) => {
      sites.push({ path: `${base}/${i}`, code });
    });
  const pick = (holder: Partial<Record<CodeListName, readonly string[]>>) => holder[list];
  plan.contentItems.forEach((item, i) => {
    add(`/contentItems/${i}/${list}`, pick(item));
  });
  plan.formsItems.forEach((item, i) => {
    add(`/formsItems/${i}/${list}`, pick(item));
  });
  plan.activities.forEach((a, i) => {
    add(`/activities/${i}/${list}`, pick(a));
  });
  if (plan.childPlanRequirements) add(`/childPlanRequirements/${list}`, pick(plan.childPlanRequirements));
  add(`/${list}`, pick(plan));
  return sites;
}
