import type { CorpusGoalResult } from "../../corpus/corpusGoals";

/** A figure with two decimals, "—" when not measured. */
export const fixedOrDash = (x: number | undefined) => (x === undefined ? "—" : x.toFixed(2));

/** ✓ or ✗ after a figure with a goal; nothing when not measured. */
export const goalMark = (met: boolean | undefined) => (met === undefined ? "" : met ? " ✓" : " ✗");

/** A goal's figure as a cell: a count for `confident-wrong`, else two decimals; then its mark. */
export function goalCell(goal: CorpusGoalResult | undefined): string {
  if (!goal) return "—";
  const figure = goal.id === "confident-wrong" ? String(goal.figure ?? "—") : fixedOrDash(goal.figure);
  return `${figure}${goalMark(goal.met)}`;
}
