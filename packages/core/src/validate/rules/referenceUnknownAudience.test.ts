import { describe, expect, it } from "vitest";
import { audiences } from "../../codelists/audiences";
import type { Activity } from "../../model/Activity";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { referenceUnknownAudience } from "./referenceUnknownAudience";

const context = { parent: undefined, unitExists: undefined };

describe("reference.unknown-audience", () => {
  it("flags 003:60 'nhân dân' encoded as the made-up code 'people', in the plan's audiences and in an activity", () => {
    const plan = minimalPlan();
    plan.audiences = ["officials", "businesses", "people"];
    plan.activities[0] = { ...(plan.activities[0] as Activity), audiences: ["people"] };
    const issue = (path: string) => ({
      code: "reference.unknown-audience",
      severity: "error",
      path,
      params: { code: "people", version: audiences.version },
    });
    expect(validatePlan(plan).issues).toEqual([issue("/activities/0/audiences/0"), issue("/audiences/2")]);
  });

  it("is quiet on 003:58–60 encoded as officials, businesses and citizens", () => {
    expect(referenceUnknownAudience.check(minimalPlan(), context)).toEqual([]);
  });
});
