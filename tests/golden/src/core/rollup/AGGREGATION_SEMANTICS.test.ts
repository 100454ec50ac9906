import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { AGGREGATION_SEMANTICS, rollupHierarchy } from "@parcomms/core";
import { plan000 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

const guide = readFileSync(fileURLToPath(new URL("../../../../../docs/rollups.md", import.meta.url)), "utf8");

describe("AGGREGATION_SEMANTICS", () => {
  it("has one entry for each measure rollupHierarchy reports, and no other", () => {
    const [root] = rollupHierarchy([plan000]).nodes;
    expect(Object.keys(AGGREGATION_SEMANTICS).sort()).toEqual(Object.keys(root?.own ?? {}).sort());
  });

  it("counts sum over units and time; coverage is a share over units and the largest over time", () => {
    expect(
      Object.fromEntries(
        Object.entries(AGGREGATION_SEMANTICS).map(([k, v]) => [k, [v.overUnits, v.overTime]]),
      ),
    ).toEqual({
      plans: ["sum", "sum"],
      units: ["sum", "max"],
      activities: ["sum", "sum"],
      expectedOutputs: ["sum", "sum"],
      themeCoverage: ["share", "max"],
      channelCoverage: ["share", "max"],
    });
  });

  it("names every measure in docs/rollups.md, in a table row with the same aggregations", () => {
    // Rows of the guide's tables, as cells: | `plans` | sum | sum | … |
    const rows = guide
      .split("\n")
      .filter((line) => line.startsWith("| `"))
      .map((line) => line.split("|").map((cell) => cell.trim()));
    const documented = rows.map(([, measure, overUnits, overTime]) => [measure, overUnits, overTime]);
    expect(documented).toEqual(
      Object.entries(AGGREGATION_SEMANTICS).map(([measure, { overUnits, overTime }]) => [
        `\`${measure}\``,
        overUnits,
        overTime,
      ]),
    );
  });
});
