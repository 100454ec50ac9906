import type { Plan } from "../../model/Plan";

/** The codes a plan uses, as coded, from its content items, forms items and activities. */
export interface PlanCodes {
  readonly themes: ReadonlySet<string>;
  readonly channels: ReadonlySet<string>;
}

/** Collects the theme and channel codes a plan uses anywhere a code can stand. */
export function planCodes(plan: Plan): PlanCodes {
  const themes = new Set<string>();
  const channels = new Set<string>();
  for (const item of plan.contentItems) for (const t of item.themes) themes.add(t);
  for (const item of plan.formsItems) {
    for (const t of item.themes) themes.add(t);
    for (const c of item.channels) channels.add(c);
  }
  for (const a of plan.activities) {
    for (const t of a.themes) themes.add(t);
    for (const c of a.channels) channels.add(c);
  }
  return { themes, channels };
}
