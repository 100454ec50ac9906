import type { Plan } from "@parcomms/core";
import { seedText } from "@parcomms/sample-data";
import { alignLines } from "./alignLines";
import type { PlanEvaluation, VariantEvaluation } from "./evaluateExtraction";
import { emptyPlan } from "./score/_lib/emptyPlan";
import { toCleanRange } from "./score/_lib/lines";
import type { LineMapper } from "./score/LineMapper";
import { MEASURES, type MeasureId } from "./score/MEASURES";
import { scorePlan } from "./score/scorePlan";
import { addTally, emptyTally, type Tally } from "./score/Tally";

/** Reads a plan's text through a document format: the draft and the text the reader gave. */
export type DocumentPlanReader = (
  text: string,
  name: string,
) => Promise<{ readonly plan: Plan; readonly text: string; readonly issueCount: number }>;

/**
 * Scores the answer keys' plans read through a document format (the `pdf`
 * variant: each seed text written to a PDF and read back by the real
 * reader), as `evaluateExtraction` scores a damaged text: the read text's
 * lines are mapped to the clean text's by {@link alignLines}. A reader that
 * throws scores as an empty plan, its error kept.
 *
 * @param variant - the variant's name ("pdf")
 * @param read - the reader
 * @param plans - the answer keys; each names its seed text in `provenance.document`
 * @returns the variant's scores, as one of `evaluateExtraction`'s variants
 * @example
 * const pdf = await evaluateReadPlans("pdf", readPdfPlan, realPlans);
 */
export async function evaluateReadPlans(
  variant: "pdf",
  read: DocumentPlanReader,
  plans: readonly Plan[],
): Promise<VariantEvaluation> {
  const evaluations: PlanEvaluation[] = [];
  for (const expected of plans) {
    const clean = seedText(expected.provenance.document);
    try {
      const got = await read(clean, expected.provenance.document.replace(/\.txt$/, `.${variant}`));
      const cleanLine = alignLines(clean, got.text);
      const mapLines: LineMapper = (lines) => (lines ? toCleanRange(lines, cleanLine) : undefined);
      evaluations.push({
        plan: expected.id,
        ...scorePlan(expected, got.plan, mapLines),
        issueCount: got.issueCount,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const empty = scorePlan(expected, emptyPlan(expected.id), (lines) => lines);
      evaluations.push({
        plan: expected.id,
        tallies: { ...empty.tallies, parses: { tp: 0, fp: 0, fn: 1 } },
        misses: empty.misses,
        issueCount: 0,
        error: message,
      });
    }
  }
  const totals = Object.fromEntries(MEASURES.map((m) => [m.id, emptyTally()])) as Record<MeasureId, Tally>;
  for (const p of evaluations) for (const m of MEASURES) addTally(totals[m.id], p.tallies[m.id]);
  return { variant, plans: evaluations, totals };
}
