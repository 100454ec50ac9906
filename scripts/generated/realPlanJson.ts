import { plan000, plan001, plan002, plan003, plan004 } from "@parcomms/sample-data";
import type { GeneratedFile } from "./GeneratedFile";

/** One JSON file per real plan, in packages/sample-data/data/plans/, for users who do not write TypeScript. */
export function realPlanJsonFiles(): GeneratedFile[] {
  return [plan000, plan001, plan002, plan003, plan004].map((plan) => ({
    path: `packages/sample-data/data/plans/${plan.id}.json`,
    render: () => `${JSON.stringify(plan, null, 2)}\n`,
  }));
}
