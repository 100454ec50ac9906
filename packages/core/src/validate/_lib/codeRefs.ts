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
 * Every place a plan uses a code of the given codelist: content items (their
 * themes, and the channels they tie a message to) and forms items,
 * activities and their sub-tasks, childPlanRequirements and the plan's audiences; with
 * `keep`, only the codes it keeps.
 */
export function codeRefs(plan: Plan, list: CodeListName, keep?: (code: string) => boolean): CodeSite[] {
  const sites: CodeSite[] = [];
  // The path of the holder is made only when one of its codes is kept.
  const add = (base: () => string, codes: readonly string[] | undefined) => {
    if (!codes) return;
    for (let i = 0; i < codes.length; i++) {
      const code = codes[i] as string;
      if (!keep || keep(code)) sites.push({ path: `${base()}/${i}`, code });
    }
  };
  const pick = (holder: Partial<Record<CodeListName, readonly string[]>>) => holder[list];
  for (const [i, item] of plan.contentItems.entries()) add(() => `/contentItems/${i}/${list}`, pick(item));
  for (const [i, item] of plan.formsItems.entries()) add(() => `/formsItems/${i}/${list}`, pick(item));
  for (const [i, a] of plan.activities.entries()) {
    add(() => `/activities/${i}/${list}`, pick(a));
    if (!a.subtasks) continue;
    for (const [j, s] of a.subtasks.entries()) add(() => `/activities/${i}/subtasks/${j}/${list}`, pick(s));
  }
  const requirements = plan.childPlanRequirements;
  if (requirements) add(() => `/childPlanRequirements/${list}`, pick(requirements));
  add(() => `/${list}`, pick(plan));
  return sites;
}
