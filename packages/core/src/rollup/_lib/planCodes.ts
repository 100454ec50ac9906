import type { Plan } from "../../model/Plan";

/** The codes a plan uses, as coded, from its content items, forms items, activities and sub-tasks. */
export interface PlanCodes {
  readonly themes: ReadonlySet<string>;
  readonly channels: ReadonlySet<string>;
}

/**
 * Collects the theme and channel codes a plan uses anywhere a code can stand:
 * content items (themes, and channels where the text ties a message to a
 * medium), forms items, activities and their sub-tasks' own codes.
 */
export function planCodes(plan: Plan): PlanCodes {
  const themes = new Set<string>();
  const channels = new Set<string>();
  for (const item of plan.contentItems) {
    for (const t of item.themes) themes.add(t);
    for (const c of item.channels ?? []) channels.add(c);
  }
  for (const item of plan.formsItems) {
    for (const t of item.themes) themes.add(t);
    for (const c of item.channels) channels.add(c);
  }
  for (const a of plan.activities) {
    for (const t of a.themes) themes.add(t);
    for (const c of a.channels) channels.add(c);
    for (const s of a.subtasks ?? []) {
      for (const t of s.themes ?? []) themes.add(t);
      for (const c of s.channels ?? []) channels.add(c);
    }
  }
  return { themes, channels };
}
