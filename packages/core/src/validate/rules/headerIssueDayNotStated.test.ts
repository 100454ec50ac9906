import { describe, expect, it } from "vitest";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { headerIssueDayNotStated } from "./headerIssueDayNotStated";

const context = { parent: undefined, unitExists: undefined };

describe("header.issue-day-not-stated", () => {
  it("001:5 'TP. Bắc Giang, ngày tháng 01 năm 2024' is a warning; the plan stays usable", () => {
    const plan: Plan = {
      ...minimalPlan(),
      issueDate: { year: 2024, month: 1, raw: "ngày tháng 01 năm 2024" },
      place: "TP. Bắc Giang",
      references: [],
    };
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "header.issue-day-not-stated",
          severity: "warning",
          path: "/issueDate",
          params: { date: "2024-01" },
        },
      ],
    });
  });

  it("004:5 'Trúc Lâm, ngày tháng 8 năm 2025' too, and a date with the year alone", () => {
    const trucLam: Plan = {
      ...minimalPlan(),
      issueDate: { year: 2025, month: 8, raw: "ngày tháng 8 năm 2025" },
    };
    expect(headerIssueDayNotStated.check(trucLam, context)).toEqual([
      {
        code: "header.issue-day-not-stated",
        severity: "warning",
        path: "/issueDate",
        params: { date: "2025-08" },
      },
    ]);
    expect(headerIssueDayNotStated.check({ ...minimalPlan(), issueDate: { year: 2024 } }, context)).toEqual([
      {
        code: "header.issue-day-not-stated",
        severity: "warning",
        path: "/issueDate",
        params: { date: "2024" },
      },
    ]);
  });

  it("is quiet on a full date (003:289 'ngày 05 tháng 02 năm 2024') and on no date", () => {
    expect(headerIssueDayNotStated.check(minimalPlan(), context)).toEqual([]);
    const { issueDate: _, ...plan } = minimalPlan();
    expect(headerIssueDayNotStated.check(plan, context)).toEqual([]);
  });
});
