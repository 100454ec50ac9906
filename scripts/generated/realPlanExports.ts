import { plansToJsonl, planTables, tablesToCsv } from "@parcomms/formats";
import { realPlans } from "@parcomms/sample-data";
import type { GeneratedFile } from "./registry";

/**
 * The five real plans as CSV tables (packages/sample-data/data/csv/) and as
 * JSON Lines (packages/sample-data/data/real-plans.jsonl), for researchers
 * who load them into pandas, R or DuckDB without writing TypeScript.
 */
export function realPlanExportFiles(): GeneratedFile[] {
  const csv = tablesToCsv(planTables(realPlans));
  return [
    ...Object.keys(csv)
      .sort()
      .map((name) => ({ path: `packages/sample-data/data/csv/${name}`, render: () => csv[name] as string })),
    { path: "packages/sample-data/data/real-plans.jsonl", render: () => plansToJsonl(realPlans) },
  ];
}
