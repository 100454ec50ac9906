import { describe, expect, it } from "vitest";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { parentIssuedAfterChild } from "./parentIssuedAfterChild";

const context = { parent: undefined, unitExists: undefined };

describe("parent.issued-after-child", () => {
  it("is quiet on 003: parent 13/KH-UBND of 26/01/2024 (l.4), issued 05/02/2024 (l.289)", () => {
    expect(parentIssuedAfterChild.check(minimalPlan(), context)).toEqual([]);
  });

  it("flags 003's parent plan (26/01/2024, l.4) when the plan is dated 20/01/2024", () => {
    const plan: Plan = { ...minimalPlan(), issueDate: { year: 2024, month: 1, day: 20 } };
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "parent.issued-after-child",
          severity: "warning",
          path: "/references/0/date",
          params: { parentDate: "2024-01-26", childDate: "2024-01-20", source: "reference" },
        },
      ],
    });
  });

  it("compares at the precision both dates have: 001:5 'ngày tháng 01 năm 2024' is not before a parent of 21/01/2024 (001:11)", () => {
    const plan = minimalPlan();
    const reference = {
      ...(plan.references[0] as Plan["references"][number]),
      date: { year: 2024, month: 1, day: 21 },
    };
    const undated = { ...plan, references: [reference], issueDate: { year: 2024, month: 1 } };
    expect(parentIssuedAfterChild.check(undated, context)).toEqual([]);
    const december = { ...undated, issueDate: { year: 2023, month: 12 } };
    expect(parentIssuedAfterChild.check(december, context)).toEqual([
      {
        code: "parent.issued-after-child",
        severity: "warning",
        path: "/references/0/date",
        params: { parentDate: "2024-01-21", childDate: "2023-12", source: "reference" },
      },
    ]);
  });

  it("with options.parent, compares its issue date and ignores the references", () => {
    const plan = minimalPlan();
    expect(validatePlan(plan, { parent: { issueDate: { year: 2024, month: 3 } } }).issues).toEqual([
      {
        code: "parent.issued-after-child",
        severity: "warning",
        path: "/issueDate",
        params: { parentDate: "2024-03", childDate: "2024-02-05", source: "parent" },
      },
    ]);
    expect(validatePlan(plan, { parent: { issueDate: { year: 2024, month: 2 } } }).issues).toEqual([]);
  });

  it("needs the plan's issue date (000 and 002 have none)", () => {
    const { issueDate: _, ...plan } = minimalPlan();
    expect(
      parentIssuedAfterChild.check({ ...plan }, { ...context, parent: { issueDate: { year: 2030 } } }),
    ).toEqual([]);
  });
});
