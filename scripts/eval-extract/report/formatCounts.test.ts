import { realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { type Extractor, evaluateExtraction } from "../evaluateExtraction";
import { emptyPlan } from "../score/_lib/emptyPlan";
import { formatCounts } from "./formatCounts";

// An extractor that reads nothing, on 000 alone (9 forms items, 000:75-123).
const empty: Extractor = () => ({ plan: emptyPlan("x") });
const evaluation = evaluateExtraction(empty, { plans: realPlans.slice(0, 1), seed: 1 });

describe("formatCounts", () => {
  it("prints the clean counts: all 9 forms items of 000 missed", () => {
    expect(formatCounts(evaluation)).toContain("| Forms items found | 0 | 0 | 9 | 0.00 | 0.00 | 0.00 |");
  });
});
