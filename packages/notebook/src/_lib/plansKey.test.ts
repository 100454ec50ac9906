import { plan000, plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { plansKey } from "./plansKey";

describe("plansKey", () => {
  it("is the same for the same plan objects in the same order", () => {
    expect(plansKey([plan000, plan003])).toBe(plansKey([plan000, plan003]));
    expect(plansKey([plan000, plan003])).not.toBe(plansKey([plan003, plan000]));
  });

  it("differs for a copy of a plan with the same id (a file read again)", () => {
    const copy = { ...plan000 };
    expect(copy.id).toBe("000_34833a3694ee8a96");
    expect(plansKey([copy])).not.toBe(plansKey([plan000]));
  });

  it("is empty for no plans", () => {
    expect(plansKey([])).toBe("");
  });
});
