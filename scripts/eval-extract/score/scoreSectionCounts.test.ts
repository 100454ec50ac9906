import { plan002, plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { COUNTED_SECTIONS, scoreSectionCounts } from "./scoreSectionCounts";

describe("scoreSectionCounts", () => {
  it("finds every count of 002 equal to itself", () => {
    expect(scoreSectionCounts(plan002, plan002)).toEqual({
      tally: { tp: COUNTED_SECTIONS.length, fp: 0, fn: 0 },
      misses: [],
    });
  });

  it("catches a missing appendix row of 003 (8 rows, 003:293-430)", () => {
    const activities = plan003.activities.filter((a) => a.id !== "a-appendix-8");
    const r = scoreSectionCounts(plan003, { ...plan003, activities });
    expect(r.misses).toEqual([
      { measure: "section-counts", where: "activities:appendix-row", expected: "8", got: "7" },
    ]);
  });
});
