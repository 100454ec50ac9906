import type { Plan } from "@parcomms/core";
import type { Miss } from "./Miss";
import type { Tally } from "./Tally";

/** The sections whose items are counted. */
export const COUNTED_SECTIONS = [
  "purposes",
  "requirements",
  "contentItems",
  "formsItems",
  "activities:forms-item",
  "activities:appendix-row",
  "activities:assignment",
] as const;

function countOf(plan: Plan, section: (typeof COUNTED_SECTIONS)[number]): number {
  if (section.startsWith("activities:")) {
    const kind = section.slice("activities:".length);
    return plan.activities.filter((a) => a.origin.section === kind).length;
  }
  return plan[section as "purposes" | "requirements" | "contentItems" | "formsItems"].length;
}

/**
 * Compares the number of items per section: purposes, requirements, content
 * items, forms items, and activities by origin (forms item, appendix row,
 * assignment). A section with the same count in both is right.
 *
 * @param expected - the answer key
 * @param got - the extracted plan
 * @returns equal sections as true positives, unequal ones as false negatives, one miss each
 * @example
 * scoreSectionCounts(plan002, plan002).tally // { tp: 7, fp: 0, fn: 0 }
 */
export function scoreSectionCounts(expected: Plan, got: Plan): { tally: Tally; misses: Miss[] } {
  const tally: Tally = { tp: 0, fp: 0, fn: 0 };
  const misses: Miss[] = [];
  for (const section of COUNTED_SECTIONS) {
    const want = countOf(expected, section);
    const have = countOf(got, section);
    if (want === have) tally.tp += 1;
    else {
      tally.fn += 1;
      misses.push({ measure: "section-counts", where: section, expected: String(want), got: String(have) });
    }
  }
  return { tally, misses };
}
