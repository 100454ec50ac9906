import { validatePlan } from "@parcomms/core";
import { plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { linesFor } from "./linesFor";

describe("linesFor", () => {
  it("links 003's 'Quý IV/2023' warning to its appendix row (003:430)", () => {
    const issue = validatePlan(plan003).issues.find((i) => i.code === "activity.timeframe-outside-period");
    expect(issue).toBeDefined();
    const lines = linesFor(plan003, issue?.path ?? "");
    expect(lines?.start).toBeLessThanOrEqual(430);
    expect(lines?.end).toBeGreaterThanOrEqual(430);
  });

  it("gives nothing for the whole plan or a place with no lines on the way", () => {
    expect(linesFor(plan003, "")).toBeUndefined();
    expect(linesFor(plan003, "/issueDate")).toBeUndefined();
  });
});
