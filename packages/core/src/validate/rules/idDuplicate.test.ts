import { describe, expect, it } from "vitest";
import type { Activity } from "../../model/Activity";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { idDuplicate } from "./idDuplicate";

const context = { parent: undefined, unitExists: undefined };

describe("id.duplicate", () => {
  it("flags rows 3 and 5 of 003's appendix (003:337, 003:360) encoded with one id, at the second use", () => {
    const plan = minimalPlan();
    plan.activities[1] = { ...(plan.activities[1] as Activity), id: "t3" };
    expect(validatePlan(plan)).toEqual({
      usable: false,
      plan,
      issues: [
        {
          code: "id.duplicate",
          severity: "error",
          path: "/activities/1/id",
          params: { id: "t3", firstPath: "/activities/0/id" },
        },
      ],
    });
  });

  it("shares one id space among purposes, requirements, audience statement, content and forms items and activities", () => {
    const base = minimalPlan();
    const item = (lines: number) => ({ id: "x", text: "Tuyên truyền", lines: { start: lines, end: lines } });
    const plan: Plan = {
      ...base,
      purposes: [item(12)],
      requirements: [item(34)],
      audienceStatement: item(58),
      contentItems: base.contentItems.map((c) => ({ ...c, id: "x" })),
      formsItems: base.formsItems.map((f) => ({ ...f, id: "x" })),
    };
    const issue = (path: string) => ({
      code: "id.duplicate",
      severity: "error",
      path,
      params: { id: "x", firstPath: "/purposes/0/id" },
    });
    expect(idDuplicate.check(plan, context)).toEqual([
      issue("/requirements/0/id"),
      issue("/audienceStatement/id"),
      issue("/contentItems/0/id"),
      issue("/formsItems/0/id"),
    ]);
  });

  it("shares another between offices and assignee groups, and keeps the two spaces apart", () => {
    const base = minimalPlan();
    const plan: Plan = {
      ...base,
      assigneeGroups: base.assigneeGroups.map((g) => ({ ...g, id: "dai-truyen-thanh" })),
      contentItems: base.contentItems.map((c) => ({ ...c, id: "vp-hdnd-ubnd" })),
      reporting: [],
    };
    expect(idDuplicate.check(plan, context)).toEqual([
      {
        code: "id.duplicate",
        severity: "error",
        path: "/assigneeGroups/0/id",
        params: { id: "dai-truyen-thanh", firstPath: "/offices/2/id" },
      },
    ]);
  });

  it("is quiet when ids are unique", () => {
    expect(idDuplicate.check(minimalPlan(), context)).toEqual([]);
  });
});
