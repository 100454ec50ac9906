import { realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { type Extractor, evaluateExtraction } from "../evaluateExtraction";
import { emptyPlan } from "../score/_lib/emptyPlan";
import { formatMisses } from "./formatMisses";

// An extractor that reads nothing, on 000 alone (9 forms items, 000:75-123).
const empty: Extractor = () => ({ plan: emptyPlan("x") });
const evaluation = evaluateExtraction(empty, { plans: realPlans.slice(0, 1), seed: 1 });

describe("formatMisses", () => {
  it("lists the clean misses and, for damaged variants, only new ones", () => {
    const text = formatMisses(evaluation);
    expect(text).toContain("## clean\n### 000_34833a3694ee8a96");
    expect(text).toContain("[forms-items] /formsItems/0");
    expect(text).toContain("## crlf (only misses not on the clean text)\n## nfd");
  });
});
