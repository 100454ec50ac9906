import type { Evaluation } from "../evaluateExtraction";
import { MEASURES } from "../score/MEASURES";
import { figure, meetsGoal } from "./_lib/figure";

const fixed = (x: number) => x.toFixed(2);

/**
 * The evaluation as a Markdown table: one row per measure (Vietnamese label,
 * English in brackets), its goal, and per variant the figure with ✓ when it
 * meets the goal and ✗ when not (no mark for measures without a goal).
 *
 * @param evaluation - from `evaluateExtraction`
 * @returns the table, one line per row
 * @example
 * formatTable(evaluation).split("\n")[0]
 * // "| Chỉ số (measure) | Mục tiêu (goal) | clean | crlf | nfd | hard-wrap | double-blank | page-furniture | all |"
 */
export function formatTable(evaluation: Evaluation): string {
  const names = evaluation.variants.map((v) => v.variant);
  const rows = [
    `| Chỉ số (measure) | Mục tiêu (goal) | ${names.join(" | ")} |`,
    `|---|---|${names.map(() => "---:").join("|")}|`,
  ];
  for (const m of MEASURES) {
    const goal =
      "goal" in m
        ? `${m.stat === "f1" ? "F1" : m.stat === "recall" ? "recall" : "acc."} ≥ ${m.goal}`
        : m.stat === "f1"
          ? "F1"
          : m.stat;
    const cells = evaluation.variants.map((v) => {
      const ok = meetsGoal(m, v.totals[m.id]);
      return `${fixed(figure(m, v.totals[m.id]))}${ok === undefined ? "" : ok ? " ✓" : " ✗"}`;
    });
    rows.push(`| ${m.label.vi} (${m.label.en}) | ${goal} | ${cells.join(" | ")} |`);
  }
  return rows.join("\n");
}
