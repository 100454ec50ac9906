import { plan000 } from "../../packages/sample-data/src/plans/plan000";
import { plan001 } from "../../packages/sample-data/src/plans/plan001";
import { plan002 } from "../../packages/sample-data/src/plans/plan002";
import { plan003 } from "../../packages/sample-data/src/plans/plan003";
import { plan004 } from "../../packages/sample-data/src/plans/plan004";
import type { GeneratedFile } from "./registry";

/** One JSON file per real plan, in packages/sample-data/data/plans/, for users who do not write TypeScript. */
export function realPlanJsonFiles(): GeneratedFile[] {
  return [plan000, plan001, plan002, plan003, plan004].map((plan) => ({
    path: `packages/sample-data/data/plans/${plan.id}.json`,
    render: () => `${JSON.stringify(plan, null, 2)}\n`,
  }));
}
