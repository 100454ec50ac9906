import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { headerIssueDateAbsent } from "./headerIssueDateAbsent";

const context = { parent: undefined, unitExists: undefined };

describe("header.issue-date-absent", () => {
  it("002:3 starts at '**KẾ HOẠCH**' with neither number nor date line: two notes (info), still usable", () => {
    const { number: _, symbol: __, issueDate: ___, ...plan } = minimalPlan();
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        { code: "header.issue-date-absent", severity: "info", path: "/issueDate", params: {} },
        { code: "header.number-absent", severity: "info", path: "/number", params: {} },
      ],
    });
  });

  it("is quiet on a date, even one without a day (001:5)", () => {
    expect(headerIssueDateAbsent.check(minimalPlan(), context)).toEqual([]);
    expect(
      headerIssueDateAbsent.check({ ...minimalPlan(), issueDate: { year: 2024, month: 1 } }, context),
    ).toEqual([]);
  });
});
