import { Plan } from "@parcomms/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPlan } from "./_arbitraryPlan";

describe("arbitraryPlan", () => {
  it("generates only plans that pass Plan.parse unchanged", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(Plan.parse(plan)).toStrictEqual(plan);
      }),
      { seed: 20240205, numRuns: 300 },
    );
  });

  it("covers every timeframe kind, NotStated numbers, absent numbers and empty lists", () => {
    const plans = fc.sample(arbitraryPlan, { seed: 20240205, numRuns: 300 });
    const kinds = new Set(
      plans.flatMap((p) => p.activities.flatMap((a) => (a.timeframe ? [a.timeframe.kind] : []))),
    );
    expect([...kinds].sort()).toEqual(
      [
        "compound",
        "continuous",
        "dateRange",
        "deadline",
        "halves",
        "months",
        "quarters",
        "trigger",
        "year",
        "yearlyDate",
      ].sort(),
    );
    expect(plans.some((p) => typeof p.number === "object")).toBe(true);
    expect(plans.some((p) => p.number === undefined)).toBe(true);
    expect(plans.some((p) => p.activities.length === 0)).toBe(true);
    expect(plans.some((p) => p.issueDate !== undefined && p.issueDate.month === undefined)).toBe(true);
    expect(plans.some((p) => p.title !== p.title.normalize("NFC"))).toBe(true);
  });
});
