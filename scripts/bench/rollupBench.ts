import { planTables } from "@parcomms/formats";
import type { Benchmark, Ratio } from "./_lib/Benchmark";
import { arqueroRollup } from "./rollup/arqueroRollup";
import { checkRollupsAgree } from "./rollup/checkRollupsAgree";
import { duckdbRollup } from "./rollup/duckdbRollup";
import { handLoopRollup } from "./rollup/handLoopRollup";
import { oursRollup, oursToRollup } from "./rollup/oursRollup";

/** Ours within 1.5× of the hand-written loop. */
const GOAL_VS_LOOP = 1.5;

/**
 * The national rollup — province × top-level theme × top-level channel activity counts, and the hierarchy
 * rollup (plans, units, activities and the units covering each top-level theme and channel, at every
 * province, district and commune) — four ways: our core functions, a hand-written loop (the floor),
 * arquero and DuckDB, the last two from the tidy tables of `planTables` with their loading timed. All four
 * must agree before anything is reported.
 */
export const rollupBench: Benchmark = {
  id: "rollup",
  title: "National rollup: core vs hand loop, arquero, DuckDB",
  async run({ dataset, reps, measure, phase, log }) {
    const { plans } = dataset();
    const items = { count: plans.length, unit: "plans" };
    const ours = await measure("ours (groupPlans + themeChannelMatrix + rollupHierarchy)", reps.fast, () =>
      oursRollup(plans),
    );
    phase("rollup: ours");
    const hand = await measure("hand-written loop (floor)", reps.fast, () => handLoopRollup(plans));
    phase("rollup: hand loop");
    log("building the tidy tables (planTables) for arquero and DuckDB…");
    const tablesRun = await measure(
      "planTables (input of arquero and DuckDB; not in their times)",
      1,
      () => planTables(plans),
      { baseline: true },
    );
    const tables = tablesRun.result;
    phase("rollup: planTables", { baseline: true });
    const arquero = await measure("arquero (load + group-by)", reps.slow, () => arqueroRollup(tables), {
      baseline: true,
    });
    phase("rollup: arquero", { baseline: true });
    const duckdb = await measure(
      "DuckDB in memory (appender load + SQL)",
      reps.slow,
      () => duckdbRollup(tables),
      {
        baseline: true,
      },
    );
    phase("rollup: duckdb", { baseline: true });

    const oursResult = oursToRollup(ours.result);
    checkRollupsAgree({
      ours: oursResult,
      "hand loop": hand.result,
      arquero: arquero.result,
      duckdb: duckdb.result,
    });

    const median = ours.timing.medianMs;
    const ratio = (name: string, other: number, goal: string, met: (r: number) => boolean): Ratio => {
      const value = median / other;
      return { name, value, goal, met: met(value) };
    };
    return {
      id: this.id,
      title: this.title,
      measurements: [
        { name: "ours", timing: ours.timing, items },
        { name: "hand-written loop (floor)", timing: hand.timing, items },
        { name: "arquero (load + group-by)", timing: arquero.timing, items },
        { name: "DuckDB in memory (appender load + SQL)", timing: duckdb.timing, items },
        { name: "planTables (baselines' input, not in their times)", timing: tablesRun.timing, items },
      ],
      ratios: [
        ratio("ours / hand loop", hand.timing.medianMs, `≤ ${GOAL_VS_LOOP}×`, (r) => r <= GOAL_VS_LOOP),
        ratio("ours / arquero", arquero.timing.medianMs, "< 1×", (r) => r < 1),
        ratio("ours / DuckDB", duckdb.timing.medianMs, "< 1×", (r) => r < 1),
      ],
      notes: [
        `all four agree: ${oursResult.crosstab.size} province × theme × channel cells, ${oursResult.nodes.size} hierarchy nodes (plans, units, activities, units covering each top-level theme and channel)`,
      ],
    };
  },
};
