import { realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { emptyPlan } from "./_lib/emptyPlan";
import { MEASURES } from "./MEASURES";
import { scorePlan } from "./scorePlan";
import { prf } from "./Tally";

describe("scorePlan", () => {
  it.each(realPlans.map((p) => [p.id, p]))("scores %s as 1 on every measure against itself", (_, plan) => {
    const s = scorePlan(plan, plan);
    for (const m of MEASURES) expect([m.id, prf(s.tallies[m.id]).f1]).toEqual([m.id, 1]);
    expect(s.misses).toEqual([]);
  });

  it("scores an empty extraction with recall 0 on everything it should have found", () => {
    const plan = realPlans[3];
    if (!plan) throw new Error("no plan 003");
    const s = scorePlan(plan, emptyPlan(plan.id));
    expect(s.tallies.parses).toEqual({ tp: 1, fp: 0, fn: 0 });
    for (const id of [
      "references",
      "forms-items",
      "appendix-rows",
      "activities",
      "offices",
      "activity-themes",
      "activity-channels",
    ] as const)
      expect([id, prf(s.tallies[id]).recall]).toEqual([id, 0]);
  });

  it("flags a draft that does not parse", () => {
    const plan = realPlans[0];
    if (!plan) throw new Error("no plan 000");
    const s = scorePlan(plan, { ...plan, title: "" });
    expect(s.tallies.parses).toEqual({ tp: 0, fp: 0, fn: 1 });
  });
});
