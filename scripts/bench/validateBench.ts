import { Plan, validatePlan } from "@parcomms/core";
import Ajv2020 from "ajv/dist/2020";
import { renderPlanSchema } from "../generated/planSchema";
import type { Benchmark } from "./_lib/Benchmark";
import { timingOf } from "./_lib/timingOf";

/** 2× ajv: the brief's goal for `validatePlan` against the structural floor. */
const GOAL = 2;
/** The fewest rounds, whatever `--slow` says: the ratio is judged over at least five. */
const MIN_ROUNDS = 5;

/**
 * `validatePlan` over every plan of the national dataset, against ajv 8 (draft 2020-12, `allErrors`, as
 * `validatePlan` reports every issue) compiling the JSON Schema generated from our zod schema — the same
 * text as `docs/plan.schema.json`. Zod's `Plan.safeParse` alone is measured too, to show how much of
 * `validatePlan` is the structural parse and how much the semantic rules.
 */
export const validateBench: Benchmark = {
  id: "validate",
  title: "validatePlan vs ajv (JSON Schema from our zod schema)",
  async run({ dataset, reps, measure, phase }) {
    const { plans } = dataset();
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const compiled = await measure("ajv compile (once)", 1, () =>
      ajv.compile(JSON.parse(renderPlanSchema())),
    );
    const check = compiled.result;
    const items = { count: plans.length, unit: "plans" };

    // Interleaved rounds (ajv, zod, validatePlan, then again), at least MIN_ROUNDS: on a busy machine
    // the load changes over a run, and a peer timed minutes apart from ours would not see the same load.
    const rounds = Math.max(MIN_ROUNDS, reps.slow);
    const samples = { ajv: [] as number[], zod: [] as number[], ours: [] as number[] };
    const counts = { ajv: 0, zod: 0, ours: 0 };
    for (let round = 1; round <= rounds; round++) {
      const a = await measure(`ajv validate (round ${round})`, 1, () => plans.filter((p) => check(p)).length);
      samples.ajv.push(a.timing.minMs);
      counts.ajv = a.result;
      const z = await measure(
        `zod Plan.safeParse (round ${round})`,
        1,
        () => plans.filter((p) => Plan.safeParse(p).success).length,
      );
      samples.zod.push(z.timing.minMs);
      counts.zod = z.result;
      const o = await measure(
        `validatePlan (round ${round})`,
        1,
        () => plans.filter((p) => validatePlan(p).usable).length,
      );
      samples.ours.push(o.timing.minMs);
      counts.ours = o.result;
    }
    phase("validate: ajv, zod, validatePlan");
    const ajvRun = { timing: timingOf(samples.ajv), result: counts.ajv };
    const zodRun = { timing: timingOf(samples.zod), result: counts.zod };
    const oursRun = { timing: timingOf(samples.ours), result: counts.ours };
    const ratio = oursRun.timing.medianMs / ajvRun.timing.medianMs;
    const minRatio = oursRun.timing.minMs / ajvRun.timing.minMs;
    const roundRatios = timingOf(samples.ours.map((ms, i) => ms / (samples.ajv[i] as number)));
    return {
      id: this.id,
      title: this.title,
      measurements: [
        { name: "ajv compile (once)", timing: compiled.timing },
        { name: "ajv validate", timing: ajvRun.timing, items },
        { name: "zod Plan.safeParse", timing: zodRun.timing, items },
        { name: "validatePlan", timing: oursRun.timing, items },
      ],
      ratios: [
        { name: "validatePlan / ajv (medians)", value: ratio, goal: `≤ ${GOAL}×`, met: ratio <= GOAL },
        { name: "validatePlan / ajv (minimums)", value: minRatio, goal: `≤ ${GOAL}×`, met: minRatio <= GOAL },
      ],
      notes: [
        `valid by ajv: ${ajvRun.result}/${plans.length}; parsed by zod: ${zodRun.result}; usable by validatePlan: ${oursRun.result} (planted defects are semantic, so the structural checks pass them)`,
        `${rounds} interleaved rounds; the ratio within each round: median ${roundRatios.medianMs.toFixed(2)}×, lowest ${roundRatios.minMs.toFixed(2)}×`,
        `zod parse is ${Math.round((zodRun.timing.medianMs / oursRun.timing.medianMs) * 100)}% of validatePlan; the rest is the input snapshot and the semantic rules`,
      ],
    };
  },
};
