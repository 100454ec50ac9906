import { extractPlan } from "@parcomms/core/extract";
import { describe, expect, it } from "vitest";
import { documentTexts } from "./documentTexts";

// Needs core's classifier (issue 12 §2): what the other packages' tests of these texts rely on.
describe("documentTexts, as extractPlan reads them", () => {
  it("a decision issuing a plan: its own number and date, apart from the plan's", () => {
    const read = extractPlan(documentTexts.decisionWithPlan, { sourceName: "qd-512.txt" });
    expect(read.documentKind).toBe("decision-with-plan");
    expect(read.decision).toMatchObject({
      number: "512",
      symbol: "QĐ-UBND",
      issueDate: { year: 2025, month: 3, day: 5 },
    });
    expect(read.plan.unit?.name).toBe("Định Quán");
  });

  it("a news item: about a plan, the one it names read as a mention", () => {
    const read = extractPlan(documentTexts.aboutPlan, { sourceName: "tin-bai.txt" });
    expect(read.documentKind).toBe("about-plan");
    expect(read.mentions).toHaveLength(1);
    expect(read.mentions[0]).toMatchObject({
      number: "45",
      symbol: "KH-UBND",
      issueDate: { year: 2025, month: 3, day: 12 },
    });
  });

  it("a notice about water supply: other", () => {
    expect(extractPlan(documentTexts.other).documentKind).toBe("other");
    expect(extractPlan(documentTexts.other).mentions).toEqual([]);
  });
});
