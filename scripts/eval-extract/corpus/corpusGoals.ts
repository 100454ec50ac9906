import type { LocalizedText } from "@parcomms/core";
import { prf } from "../score/Tally";
import { CORPUS_FIELDS } from "./CORPUS_FIELDS";
import { type CorpusTotals, fieldAccuracy } from "./CorpusTotals";

/** One goal of issue 12 on the corpus, its figure and whether it is met. */
export interface CorpusGoalResult {
  /** A corpus field, `references` or `confident-wrong`. */
  readonly id: string;
  readonly label: LocalizedText;
  /** The goal in words: "acc. ≥ 0.9", "F1 ≥ 0.9", "= 0". */
  readonly goal: string;
  /** The figure; `undefined` when nothing was there to measure (no document states the field). */
  readonly figure: number | undefined;
  /** `undefined` when not measured. */
  readonly met: boolean | undefined;
}

/** References' F1 goal of issue 12. */
const REFERENCES_F1 = 0.9;

/**
 * The goals of issue 12 on the corpus, in the order of the table: each field
 * with a goal in `CORPUS_FIELDS` (accuracy among the documents that state it;
 * `documentKind` among all), references F1 ≥ 0.9, and no value wrong with
 * confidence ≥ 0.8.
 *
 * @param totals - the totals of one variant (all kinds, usually)
 * @returns one result per goal
 * @example
 * corpusGoals(evaluation.variants[0].totals.all).filter((g) => g.met === false).map((g) => g.id)
 * // ["number", "title", "references", "confident-wrong"]
 */
export function corpusGoals(totals: CorpusTotals): CorpusGoalResult[] {
  const results: CorpusGoalResult[] = [];
  for (const field of CORPUS_FIELDS) {
    if (!("goal" in field)) continue;
    const figure = fieldAccuracy(totals.fields[field.id]);
    results.push({
      id: field.id,
      label: field.label,
      goal: `acc. ≥ ${field.goal}`,
      figure,
      met: figure === undefined ? undefined : figure >= field.goal - 1e-9,
    });
  }
  const refs = totals.references;
  const measured = refs.tp + refs.fp + refs.fn > 0;
  const f1 = prf(refs).f1;
  results.push({
    id: "references",
    label: { vi: "Văn bản viện dẫn, F1", en: "References F1" },
    goal: `F1 ≥ ${REFERENCES_F1}`,
    figure: measured ? f1 : undefined,
    met: measured ? f1 >= REFERENCES_F1 - 1e-9 : undefined,
  });
  results.push({
    id: "confident-wrong",
    label: { vi: "Sai mà độ tin cậy ≥ 0,8", en: "Wrong with confidence ≥ 0.8" },
    goal: "= 0",
    figure: totals.confidentWrong,
    met: totals.documents === 0 ? undefined : totals.confidentWrong === 0,
  });
  return results;
}
