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
  // Plain loops and no closure per holder: this runs three times on every plan validated. The
  // holder's path is made only when one of its codes is kept.
  const add = (codes: readonly string[] | undefined, base: string, i: number, j: number) => {
    if (!codes) return;
    for (let k = 0; k < codes.length; k++) {
      const code = codes[k] as string;
      if (keep && !keep(code)) continue;
      const at = i < 0 ? base : j < 0 ? `${base}/${i}` : `${base}/${i}/subtasks/${j}`;
      sites.push({ path: `${at}/${list}/${k}`, code });
    }
  };
  const items = plan.contentItems;
  for (let i = 0; i < items.length; i++) add((items[i] as Holder)[list], "/contentItems", i, -1);
  const forms = plan.formsItems;
  for (let i = 0; i < forms.length; i++) add((forms[i] as Holder)[list], "/formsItems", i, -1);
  const activities = plan.activities;
  for (let i = 0; i < activities.length; i++) {
    const a = activities[i] as Plan["activities"][number];
    add(a[list], "/activities", i, -1);
    const subtasks = a.subtasks;
    if (!subtasks) continue;
    for (let j = 0; j < subtasks.length; j++) add((subtasks[j] as Holder)[list], "/activities", i, j);
  }
  const requirements = plan.childPlanRequirements;
  if (requirements) add((requirements as Holder)[list], "/childPlanRequirements", -1, -1);
  add((plan as Holder)[list], "", -1, -1);
  return sites;
}

type Holder = Partial<Record<CodeListName, readonly string[]>>;
