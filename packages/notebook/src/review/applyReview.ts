import type { LocalizedText, Plan } from "@parcomms/core";
import { REVIEW_FIELDS } from "@parcomms/ingest";
import { correctField, type UnitSearch } from "./correctField";
import type { PlanReview } from "./PlanReview";

/** What {@link applyReview} gives: the plan as reviewed, and the corrections that could not be applied. */
export interface ReviewedPlan {
  readonly plan: Plan;
  readonly problems: readonly { readonly path: string; readonly problem: LocalizedText }[];
}

/** The note a reviewed plan carries in its provenance, so that a person's corrections are never taken for the reader's. */
export const REVIEW_NOTE = "reviewed by a person (người dùng rà soát)";

/**
 * A draft plan with a person's review applied: each corrected field set by
 * {@link correctField} (in the order a person checks them), and the plan
 * marked in `provenance.notes` as reviewed by a person, naming the fields
 * corrected and accepted. A correction that no longer passes (a unit list
 * changed) is left out and returned as a problem. With nothing decided, the
 * plan is returned as it is.
 *
 * @param plan - the draft as read
 * @param review - the fields accepted and corrected
 * @param searchUnits - finds units by name in an era (sample-data's `searchUnits`)
 * @returns the reviewed plan and any problem
 * @example
 * applyReview(draft, { accepted: ["/title"], corrected: { "/period": "2025" } }, searchUnits).plan.period // { start: "2025", end: "2025" }
 */
export function applyReview(plan: Plan, review: PlanReview, searchUnits: UnitSearch): ReviewedPlan {
  let next = plan;
  const problems: { path: string; problem: LocalizedText }[] = [];
  const corrected: string[] = [];
  for (const path of REVIEW_FIELDS) {
    const value = review.corrected[path];
    if (value === undefined) continue;
    const result = correctField(next, path, value, searchUnits);
    if (result.ok) {
      next = result.plan;
      corrected.push(path);
    } else problems.push({ path, problem: result.problem });
  }
  const accepted = review.accepted.filter((path) => !corrected.includes(path));
  if (corrected.length === 0 && accepted.length === 0) return { plan, problems };
  const note = [
    REVIEW_NOTE,
    corrected.length > 0 ? `corrected ${corrected.join(", ")}` : "",
    accepted.length > 0 ? `accepted ${accepted.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  const notes = (next.provenance.notes ?? []).filter((n) => !n.startsWith(REVIEW_NOTE));
  return { plan: { ...next, provenance: { ...next.provenance, notes: [...notes, note] } }, problems };
}
