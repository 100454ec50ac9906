import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import { centralPlan } from "../_testing/centralPlan";
import { draftPlan } from "../_testing/draftPlan";
import type { AdminUnit } from "../model/AdminUnit";
import { planCompleteness } from "./planCompleteness";

const taynh = { era: "three-tier", code: "72" } as const;
/** tỉnh Tây Ninh as a child of a hypothetical parent, for the count. */
const units: AdminUnit[] = [
  {
    code: taynh,
    name: "Tây Ninh",
    kind: "tinh",
    level: "province",
    parent: { era: "three-tier", code: "0" },
  },
];

describe("planCompleteness", () => {
  it("matches a plan by its unit's code, and never a central plan (no unit) to a unit", () => {
    const province = { ...blockPlan002(), unit: { ...blockPlan002().unit, code: taynh } };
    const parent = { era: "three-tier", code: "0" } as const;
    expect(planCompleteness(parent, units, [centralPlan()], "2024")).toMatchObject({
      hasPlan: 0,
      missing: 1,
    });
    expect(planCompleteness(parent, units, [province, centralPlan()], "2024").units).toMatchObject([
      { status: "has-plan", plans: ["002-tay-ninh-2024"] },
    ]);
  });

  it("counts a child's plan without a period for no unit, and lists it", () => {
    const parent = { era: "three-tier", code: "0" } as const;
    const undated = { ...draftPlan(), unit: { ...blockPlan002().unit, code: taynh } };
    expect(planCompleteness(parent, units, [undated, centralPlan()], "2024")).toMatchObject({
      hasPlan: 0,
      missing: 1,
      units: [{ status: "missing", plans: [] }],
      withoutPeriod: ["draft-ubnd"],
    });
  });
});
