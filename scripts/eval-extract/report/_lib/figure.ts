import type { MeasureDefinition } from "../../score/MEASURES";
import { prf, type Tally } from "../../score/Tally";

/** The figure a measure shows for a tally: recall for accuracy and recall measures, else F1. */
export function figure(measure: MeasureDefinition, tally: Tally): number {
  const { recall, f1 } = prf(tally);
  return measure.stat === "f1" ? f1 : recall;
}

/** True when the figure reaches the goal, undefined for a measure without a goal. */
export function meetsGoal(measure: MeasureDefinition, tally: Tally): boolean | undefined {
  return measure.goal === undefined ? undefined : figure(measure, tally) >= measure.goal - 1e-9;
}
