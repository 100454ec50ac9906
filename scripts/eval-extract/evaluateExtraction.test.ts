import type { Plan } from "@parcomms/core";
import { realPlans, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { damageVariants, VARIANT_NAMES } from "./damage/damageVariants";
import { runningHeader } from "./damage/runningHeader";
import { type Extractor, evaluateExtraction } from "./evaluateExtraction";
import { meetsGoal } from "./report/_lib/figure";
import { MEASURES } from "./score/MEASURES";
import { prf } from "./score/Tally";

const SEED = 5;

/** Rewrites every `lines` of a plan from clean line numbers to the lines of a damaged variant. */
function toDamagedLines(plan: Plan, cleanLine: readonly number[]): Plan {
  const first = (n: number) => cleanLine.indexOf(n) + 1;
  const last = (n: number) => cleanLine.lastIndexOf(n) + 1;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== "object") return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      const range = v as { start?: unknown; end?: unknown };
      out[key] =
        key === "lines" && typeof range.start === "number" && typeof range.end === "number"
          ? { start: first(range.start), end: last(range.end) }
          : walk(v);
    }
    return out;
  };
  return walk(plan) as Plan;
}

/**
 * A stand-in for extractPlan that knows the answers: it returns the answer
 * key of the seed named in `sourceName`, with its lines moved to where the
 * damage put them, exactly what a perfect extractor would return.
 */
const perfect: Extractor = (_text, { sourceName }) => {
  const [file, variantName] = sourceName.split("#");
  const index = realPlans.findIndex((p) => p.provenance.document === file);
  const plan = realPlans[index] as Plan;
  const variant = damageVariants(seedText(file ?? ""), {
    seed: SEED + index,
    header: runningHeader(plan),
  }).find((v) => v.name === variantName);
  return { plan: toDamagedLines(plan, variant?.cleanLine ?? []), issues: [] };
};

describe("evaluateExtraction", () => {
  const evaluation = evaluateExtraction(perfect, { plans: realPlans, seed: SEED });

  it("runs every variant on every plan", () => {
    expect(evaluation.variants.map((v) => v.variant)).toEqual([...VARIANT_NAMES]);
    for (const v of evaluation.variants)
      expect(v.plans.map((p) => p.plan)).toEqual(realPlans.map((p) => p.id));
  });

  it("meets every goal, and scores 1 on every measure, when the extraction is the answer key", () => {
    for (const v of evaluation.variants) {
      for (const m of MEASURES) {
        expect([v.variant, m.id, prf(v.totals[m.id]).f1]).toEqual([v.variant, m.id, 1]);
        expect(meetsGoal(m, v.totals[m.id])).not.toBe(false);
      }
      expect(v.plans.flatMap((p) => p.misses)).toEqual([]);
    }
  });

  it("fails the line overlap when the lines are not mapped back (hard-wrapped 003 keeps clean numbers)", () => {
    const unmapped: Extractor = (_text, { sourceName }) => ({
      plan: realPlans.find((p) => sourceName.startsWith(p.provenance.document)) as Plan,
    });
    const result = evaluateExtraction(unmapped, { plans: [realPlans[3] as Plan], seed: SEED });
    const clean = result.variants.find((v) => v.variant === "clean");
    const wrapped = result.variants.find((v) => v.variant === "hard-wrap");
    expect(prf(clean?.totals.activities ?? { tp: 0, fp: 1, fn: 1 }).f1).toBe(1);
    expect(prf(wrapped?.totals.activities ?? { tp: 1, fp: 0, fn: 0 }).f1).toBeLessThan(1);
  });

  it("scores an extractor that throws as an empty plan, with the error kept", () => {
    const failing: Extractor = () => {
      throw new Error("boom");
    };
    const result = evaluateExtraction(failing, { plans: [realPlans[0] as Plan], seed: SEED });
    for (const v of result.variants) {
      expect(v.plans[0]?.error).toBe("boom");
      expect(v.totals.parses).toEqual({ tp: 0, fp: 0, fn: 1 });
      expect(prf(v.totals.activities).recall).toBe(0);
    }
  });
});
