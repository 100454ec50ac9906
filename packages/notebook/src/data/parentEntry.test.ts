import { plan002, plan003, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { entryOfPlan } from "./entryOfPlan";
import { parentEntry } from "./parentEntry";

describe("parentEntry", () => {
  const entries = realPlans.map((p) => entryOfPlan(p, "real"));

  it("finds no parent among the five real plans: none is another's parent (000:7, 003:4)", () => {
    for (const entry of entries) expect(parentEntry(entry, entries)).toBeUndefined();
  });

  it("finds the plan of the unit one step up the path, same era and year", () => {
    // 003 is xã Gia Tân, huyện Gia Lộc, tỉnh Hải Dương (003:1-3): a plan of huyện Gia Lộc is its parent.
    const district = entryOfPlan(
      {
        ...plan002,
        id: "gia-loc",
        unit: {
          ...plan003.unit,
          name: "Gia Lộc",
          kind: "huyen",
          level: "district",
          parents: [{ kind: "tinh", name: "Hải Dương" }],
        },
      },
      "own",
    );
    const child = entryOfPlan(plan003, "real");
    expect(parentEntry(child, [...entries, district])?.id).toBe("gia-loc");
    expect(parentEntry(child, [...entries, { ...district, year: 2025 }])).toBeUndefined();
  });
});
