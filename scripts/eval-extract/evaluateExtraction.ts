import type { Plan } from "@parcomms/core";
import { seedText } from "@parcomms/sample-data";
import { damageVariants, type VariantName } from "./damage/damageVariants";
import { runningHeader } from "./damage/runningHeader";
import type { ScanVariantName } from "./scan/ScanVariantName";
import { emptyPlan } from "./score/_lib/emptyPlan";
import { toCleanRange } from "./score/_lib/lines";
import type { LineMapper } from "./score/LineMapper";
import { MEASURES, type MeasureId } from "./score/MEASURES";
import type { Miss } from "./score/Miss";
import { scorePlan } from "./score/scorePlan";
import { addTally, emptyTally, type Tally } from "./score/Tally";

/** What the harness needs of an extractor; `extractPlan` of `@parcomms/core/extract` is one. */
export type Extractor = (
  text: string,
  options: { sourceName: string },
) => { plan: Plan; issues?: readonly { code: string }[] };

/** One plan's scores on one variant. */
export interface PlanEvaluation {
  readonly plan: string;
  readonly tallies: Record<MeasureId, Tally>;
  readonly misses: readonly Miss[];
  /** Issues the extractor reported. */
  readonly issueCount: number;
  /** Set when the extractor threw or returned something the scorer could not read. */
  readonly error?: string;
}

/** All plans' scores on one variant, with the micro-averaged totals. */
export interface VariantEvaluation {
  /** A damage of `damageVariants`, or a document format the text was read through (`evaluateReadPlans`, scans). */
  readonly variant: VariantName | "pdf" | ScanVariantName;
  readonly plans: readonly PlanEvaluation[];
  readonly totals: Record<MeasureId, Tally>;
}

/** The whole evaluation. */
export interface Evaluation {
  readonly seed: number;
  readonly variants: readonly VariantEvaluation[];
}

/** Options of {@link evaluateExtraction}. */
export interface EvaluateExtractionOptions {
  /** The answer keys; each names its seed text in `provenance.document`. */
  readonly plans: readonly Plan[];
  /** The text of a plan; by default its seed text. */
  readonly textOf?: (plan: Plan) => string;
  /** Seed of the damage; plan `i` uses `seed + i`. 1 by default. */
  readonly seed?: number;
}

function scoreSafely(expected: Plan, run: () => { plan: Plan; issueCount: number }, mapLines: LineMapper) {
  let issueCount = 0;
  try {
    const out = run();
    issueCount = out.issueCount;
    return { ...scorePlan(expected, out.plan, mapLines), issueCount };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const empty = scorePlan(expected, emptyPlan(expected.id), mapLines);
    return {
      tallies: { ...empty.tallies, parses: { tp: 0, fp: 0, fn: 1 } },
      misses: [
        { measure: "parses" as const, where: "/", expected: "an extraction", got: `error: ${message}` },
        ...empty.misses,
      ],
      issueCount,
      error: message,
    };
  }
}

/**
 * Runs an extractor on every answer key's text, clean and in each damaged
 * variant (see `damageVariants`), and scores each extraction against the
 * answer key with `scorePlan`, mapping the extractor's line numbers back to
 * the clean text. An extractor that throws scores as an empty plan.
 *
 * @param extract - the extractor, called as `extract(text, { sourceName })`
 * @param options - the answer keys, how to get their texts, and the damage seed
 * @returns per variant: each plan's tallies and misses, and the totals
 * @example
 * const evaluation = evaluateExtraction(extractPlan, { plans: realPlans });
 * prf(evaluation.variants[0].totals["activity-themes"]).f1
 */
export function evaluateExtraction(extract: Extractor, options: EvaluateExtractionOptions): Evaluation {
  const seed = options.seed ?? 1;
  const textOf = options.textOf ?? ((plan: Plan) => seedText(plan.provenance.document));
  const perPlan = options.plans.map((plan, index) =>
    damageVariants(textOf(plan), { seed: seed + index, header: runningHeader(plan) }).map((variant) => {
      const mapLines: LineMapper = (lines) => (lines ? toCleanRange(lines, variant.cleanLine) : undefined);
      const scored = scoreSafely(
        plan,
        () => {
          const out = extract(variant.text, { sourceName: `${plan.provenance.document}#${variant.name}` });
          return { plan: out.plan, issueCount: out.issues?.length ?? 0 };
        },
        mapLines,
      );
      return { variant: variant.name, evaluation: { plan: plan.id, ...scored } as PlanEvaluation };
    }),
  );
  const names = perPlan[0]?.map((v) => v.variant) ?? [];
  const variants = names.map((variant, v) => {
    const plans = perPlan.map((runs) => (runs[v] as { evaluation: PlanEvaluation }).evaluation);
    const totals = Object.fromEntries(MEASURES.map((m) => [m.id, emptyTally()])) as Record<MeasureId, Tally>;
    for (const p of plans) for (const m of MEASURES) addTally(totals[m.id], p.tallies[m.id]);
    return { variant, plans, totals };
  });
  return { seed, variants };
}
