import { type Plan, validatePlan } from "@parcomms/core";
import { plan000, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

function plant(plan: Plan, where: (string | number)[], key: string): unknown {
  const copy = structuredClone(plan) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const step of where) target = target[step] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value: "?", enumerable: true, writable: true, configurable: true });
  return copy;
}

const unknownKeyIssues = (input: unknown) =>
  validatePlan(input).issues.filter((issue) => issue.code === "structure.unknown-key");

describe("validatePlan on the five real plans", () => {
  it("finds a key planted in 000's first activity (000:41) and in its unit", () => {
    const input = plant(plant(plan000, ["activities", 0], "ghiChu") as Plan, ["unit"], "maTinh");
    expect(unknownKeyIssues(input)).toEqual([
      {
        code: "structure.unknown-key",
        severity: "warning",
        path: "/activities/0/ghiChu",
        params: { key: "ghiChu" },
      },
      { code: "structure.unknown-key", severity: "warning", path: "/unit/maTinh", params: { key: "maTinh" } },
    ]);
  });

  it("finds no unknown key in any of them as encoded", () => {
    expect(realPlans.map((plan) => [plan.id, unknownKeyIssues(plan)])).toEqual(
      realPlans.map((plan) => [plan.id, []]),
    );
  });
});
