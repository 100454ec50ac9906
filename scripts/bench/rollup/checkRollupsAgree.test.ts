import { planTasks } from "@parcomms/core";
import { planTables } from "@parcomms/formats";
import { generateNationalDataset } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { arqueroRollup } from "./arqueroRollup";
import { checkRollupsAgree } from "./checkRollupsAgree";
import { duckdbRollup } from "./duckdbRollup";
import { handLoopRollup } from "./handLoopRollup";
import type { NationalRollup } from "./NationalRollup";
import { oursRollup, oursToRollup } from "./oursRollup";
import { rollupDifferences } from "./rollupDifferences";

// The benchmark's correctness guard, on the small dataset (the two smallest provinces and every unit
// below them): the four implementations must compute the same numbers.
const { plans } = generateNationalDataset({ era: "three-tier", seed: 1, size: "small" });

describe("the four national rollups", () => {
  it("agree on every cross-tab cell and every node of the small dataset", async () => {
    const ours = oursToRollup(oursRollup(plans));
    const tables = planTables(plans);
    const results = {
      ours,
      "hand loop": handLoopRollup(plans),
      arquero: arqueroRollup(tables),
      duckdb: await duckdbRollup(tables),
    };
    expect(() => checkRollupsAgree(results)).not.toThrow();
    // One node per unit: every unit of the small dataset has its plan.
    expect(ours.nodes.size).toBe(plans.length);
    const provinces = plans.filter((p) => p.unit?.level === "province");
    expect(provinces).toHaveLength(2);
    for (const province of provinces) {
      const units = plans.filter(
        (p) =>
          p === province ||
          (p.unit?.parents ?? []).some(
            (s) => s.kind === province.unit?.kind && s.name === province.unit?.name,
          ),
      );
      const node = [...ours.nodes.values()].find((n) => n.plans === units.length);
      expect(node?.activities).toBe(units.reduce((sum, p) => sum + planTasks(p).length, 0));
    }
  });

  it("report a changed number", () => {
    const ours = oursToRollup(oursRollup(plans));
    const [key, value] = [...ours.crosstab][0] as [string, number];
    const changed: NationalRollup = {
      crosstab: new Map(ours.crosstab).set(key, value + 1),
      nodes: ours.nodes,
    };
    expect(rollupDifferences(ours, changed)).toEqual([`cross-tab ${key}: ${value} vs ${value + 1}`]);
    expect(() => checkRollupsAgree({ ours, other: changed })).toThrow(/other differs from ours/);
  });
});
