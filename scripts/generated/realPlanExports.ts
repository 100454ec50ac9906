import { plansToJsonl, planTables, tablesToCsv, tablesToParquet } from "@parcomms/formats";
import { realPlans } from "@parcomms/sample-data";
import type { GeneratedFile } from "./GeneratedFile";

/**
 * The five real plans as CSV tables (packages/sample-data/data/csv/), as
 * Parquet tables (packages/sample-data/data/parquet/, the same bytes on every
 * run) and as JSON Lines (packages/sample-data/data/real-plans.jsonl), for researchers
 * who load them into pandas, R or DuckDB without writing TypeScript.
 */
export function realPlanExportFiles(): GeneratedFile[] {
  const tables = planTables(realPlans);
  const csv = tablesToCsv(tables);
  const parquet = tablesToParquet(tables);
  return [
    ...Object.keys(csv)
      .sort()
      .map((name) => ({ path: `packages/sample-data/data/csv/${name}`, render: () => csv[name] as string })),
    ...Object.keys(parquet)
      .sort()
      .map((name) => ({
        path: `packages/sample-data/data/parquet/${name}`,
        render: () => parquet[name] as Uint8Array,
      })),
    { path: "packages/sample-data/data/real-plans.jsonl", render: () => plansToJsonl(realPlans) },
  ];
}
