import { DuckDBInstance } from "@duckdb/node-api";
import { planTasks, validatePlan } from "@parcomms/core";
import { adminUnits, generateNationalDataset, realPlans, searchUnits } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { DUCKDB_EXAMPLE, DUCKDB_PARQUET_EXAMPLE, renderDataDoc, TYPESCRIPT_EXAMPLE } from "./dataDoc";
import { ROOT } from "./root";

describe("docs/data.md", () => {
  it("shows TypeScript calls whose stated results are true", () => {
    expect(renderDataDoc()).toContain(TYPESCRIPT_EXAMPLE);
    expect(realPlans.map((p) => p.id)).toEqual([
      "000_34833a3694ee8a96",
      "001_ec564b67ad28c11a",
      "002_9c9d59d1a9d0f229",
      "003_c2f82bd70c212939",
      "004_f3b844502d811123",
    ]);
    // 003 VI.9 asks the Front (requested), no lead expected (003:261–265); task 8 is dated Quý IV/2023 (003:430)
    expect(validatePlan(realPlans[3]).issues.map((i) => i.code)).toEqual([
      "activity.requested-only",
      "activity.timeframe-outside-period",
    ]);
    expect(searchUnits("Sơn Mầu", { era: "three-tier" })[0]?.code).toEqual({
      era: "three-tier",
      code: "21338",
    });
    expect(adminUnits("two-tier").length).toBe(3355);
    expect(generateNationalDataset({ era: "two-tier", seed: 1, size: "small" }).plans.length).toBe(80);
  });

  it.each([
    ["CSV", DUCKDB_EXAMPLE],
    ["Parquet", DUCKDB_PARQUET_EXAMPLE],
  ])(
    "shows a DuckDB query that runs on the committed %s files and agrees with the plans",
    async (_format, query) => {
      expect(renderDataDoc()).toContain(query);
      const db = await DuckDBInstance.create(":memory:");
      const connection = await db.connect();
      await connection.run(`set file_search_path = '${ROOT}'`);
      const rows = (await connection.runAndReadAll(query)).getRowObjects();
      const counts = new Map<string, number>();
      for (const plan of realPlans)
        for (const task of planTasks(plan))
          for (const theme of task.themes) {
            const key = `${plan.unit?.name}\t${theme}`;
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
      const expected = [...counts]
        .map(([key, n]) => ({ key, n }))
        .sort((a, b) => b.n - a.n || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
        .slice(0, 5);
      expect(rows.map((r) => ({ key: `${r.unit_name}\t${r.theme_code}`, n: Number(r.tasks) }))).toEqual(
        expected,
      );
      connection.closeSync();
    },
  );
});
