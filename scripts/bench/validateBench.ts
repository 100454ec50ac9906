import { Plan, validatePlan } from "@parcomms/core";
import Ajv2020 from "ajv/dist/2020";
import { renderPlanSchema } from "../generated/planSchema";
import type { Benchmark } from "./_lib/Benchmark";

/** 2× ajv: the brief's goal for `validatePlan` against the structural floor. */
const GOAL = 2;

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

    const ajvRun = await measure("ajv validate", reps.slow, () => plans.filter((p) => check(p)).length);
    phase("validate: ajv");
    const zodRun = await measure(
      "zod Plan.safeParse",
      reps.slow,
      () => plans.filter((p) => Plan.safeParse(p).success).length,
    );
    phase("validate: zod");
    const oursRun = await measure(
      "validatePlan",
      reps.slow,
      () => plans.filter((p) => validatePlan(p).usable).length,
    );
    phase("validate: validatePlan");

    const ratio = oursRun.timing.medianMs / ajvRun.timing.medianMs;
    return {
      id: this.id,
      title: this.title,
      measurements: [
        { name: "ajv compile (once)", timing: compiled.timing },
        { name: "ajv validate", timing: ajvRun.timing, items },
        { name: "zod Plan.safeParse", timing: zodRun.timing, items },
        { name: "validatePlan", timing: oursRun.timing, items },
      ],
      ratios: [{ name: "validatePlan / ajv", value: ratio, goal: `≤ ${GOAL}×`, met: ratio <= GOAL }],
      notes: [
        `valid by ajv: ${ajvRun.result}/${plans.length}; parsed by zod: ${zodRun.result}; usable by validatePlan: ${oursRun.result} (planted defects are semantic, so the structural checks pass them)`,
        `zod parse is ${Math.round((zodRun.timing.medianMs / oursRun.timing.medianMs) * 100)}% of validatePlan; the rest is the input snapshot and the semantic rules`,
      ],
    };
  },
};
