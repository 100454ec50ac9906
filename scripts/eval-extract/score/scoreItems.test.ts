import { plan000, plan001 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { emptyPlan } from "./_lib/emptyPlan";
import { scoreItems } from "./scoreItems";

describe("scoreItems", () => {
  it("finds all 9 forms items of 000 and their codes in the answer key", () => {
    const s = scoreItems(plan000, plan000);
    expect(s.formsFound).toEqual({ tp: 9, fp: 0, fn: 0 });
    expect(s.contentThemes.fp + s.contentThemes.fn).toBe(0);
    expect(s.formsChannels.fp + s.formsChannels.fn).toBe(0);
    expect(s.misses).toEqual([]);
  });

  it("catches forms item 2.3 of 001 (001:85-87) missing and counts its channels as missed", () => {
    const formsItems = plan001.formsItems.filter((f) => f.ref !== "2.3");
    const s = scoreItems(plan001, { ...plan001, formsItems });
    expect(s.formsFound).toEqual({ tp: 3, fp: 0, fn: 1 });
    expect(s.formsChannels.fn).toBe(2);
    expect(s.misses.map((m) => m.where)).toEqual(["/formsItems/2 (2.3)"]);
  });

  it("scores an empty extraction with recall 0", () => {
    const s = scoreItems(plan000, emptyPlan(plan000.id));
    expect(s.formsFound).toEqual({ tp: 0, fp: 0, fn: 9 });
    expect(s.contentThemes.tp).toBe(0);
  });
});
