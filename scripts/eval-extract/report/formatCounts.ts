import type { Evaluation } from "../evaluateExtraction";
import { MEASURES } from "../score/MEASURES";
import { prf } from "../score/Tally";

const fixed = (x: number) => x.toFixed(2);

/**
 * The clean variant's counts per measure: true positives, false positives,
 * false negatives, precision, recall and F1, as a Markdown table.
 *
 * @param evaluation - from `evaluateExtraction`
 * @param variant - which variant; "clean" by default
 * @example
 * formatCounts(evaluation).includes("| Task themes |") // true
 */
export function formatCounts(evaluation: Evaluation, variant = "clean"): string {
  const v = evaluation.variants.find((x) => x.variant === variant);
  if (!v) return "";
  const rows = ["| Measure | TP | FP | FN | P | R | F1 |", "|---|---:|---:|---:|---:|---:|---:|"];
  for (const m of MEASURES) {
    const t = v.totals[m.id];
    const p = prf(t);
    rows.push(
      `| ${m.label.en} | ${t.tp} | ${t.fp} | ${t.fn} | ${fixed(p.precision)} | ${fixed(p.recall)} | ${fixed(p.f1)} |`,
    );
  }
  return rows.join("\n");
}
