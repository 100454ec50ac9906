import type { NationalRollup } from "./NationalRollup";
import { rollupDifferences } from "./rollupDifferences";

/**
 * Fails loudly unless every implementation computed the same national rollup as the first (ours):
 * throws with the first differences of each that disagrees.
 *
 * @example
 * checkRollupsAgree({ ours, "hand loop": hand, arquero, duckdb }) // throws when one differs
 */
export function checkRollupsAgree(results: Record<string, NationalRollup>): void {
  const [[firstName, first] = ["", undefined], ...rest] = Object.entries(results);
  if (!first) throw new Error("no rollup to compare");
  const problems = rest.flatMap(([name, rollup]) => {
    const diffs = rollupDifferences(first, rollup);
    return diffs.length > 0 ? [`${name} differs from ${firstName}:\n  ${diffs.join("\n  ")}`] : [];
  });
  if (problems.length > 0) throw new Error(`the rollup implementations disagree\n${problems.join("\n")}`);
}
