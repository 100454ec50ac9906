import { corpusGoals } from "../corpus/corpusGoals";
import type { CorpusEvaluation } from "../corpus/evaluateCorpus";
import { goalCell } from "./_lib/corpusCells";

/**
 * The corpus goals on every variant (all document kinds together) as a
 * Markdown table: one row per goal of `corpusGoals`, one column per variant
 * (clean, docx, each damage), ✓ or ✗ after each figure.
 *
 * @param evaluation - from `evaluateCorpus`
 * @returns the table, one line per row
 * @example
 * formatCorpusVariants(evaluation).split("\n")[0]
 * // "| Mục tiêu trên ngữ liệu (corpus goal) | Mục tiêu (goal) | clean | docx | crlf | nfd | hard-wrap | double-blank | page-furniture | all |"
 */
export function formatCorpusVariants(evaluation: CorpusEvaluation): string {
  const perVariant = evaluation.variants.map((v) => new Map(corpusGoals(v.totals.all).map((g) => [g.id, g])));
  const first = evaluation.variants[0] ? corpusGoals(evaluation.variants[0].totals.all) : [];
  const rows = [
    `| Mục tiêu trên ngữ liệu (corpus goal) | Mục tiêu (goal) | ${evaluation.variants.map((v) => v.variant).join(" | ")} |`,
    `|---|---|${evaluation.variants.map(() => "---:").join("|")}|`,
  ];
  for (const goal of first)
    rows.push(
      `| ${goal.label.vi} (${goal.label.en}) | ${goal.goal} | ${perVariant.map((m) => goalCell(m.get(goal.id))).join(" | ")} |`,
    );
  return rows.join("\n");
}
