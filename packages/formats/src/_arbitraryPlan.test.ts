import { Plan } from "@parcomms/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPlan } from "./_arbitraryPlan";

describe("arbitraryPlan", () => {
  it("generates only plans that pass Plan.parse unchanged", () => {
    fc.assert(
      fc.property(arbitraryPlan, (plan) => {
        expect(Plan.parse(plan)).toStrictEqual(plan);
      }),
      { seed: 20240205, numRuns: 300 },
    );
  });

  it("covers every timeframe kind, NotStated numbers, absent numbers and empty lists", () => {
    const plans = fc.sample(arbitraryPlan, { seed: 20240205, numRuns: 300 });
    const kinds = new Set(
      plans.flatMap((p) => p.activities.flatMap((a) => (a.timeframe ? [a.timeframe.kind] : []))),
    );
    expect([...kinds].sort()).toEqual(
      [
        "compound",
        "continuous",
        "dateRange",
        "deadline",
        "halves",
        "months",
        "quarters",
        "trigger",
        "year",
        "years",
        "yearlyDate",
      ].sort(),
    );
    expect(plans.some((p) => typeof p.number === "object")).toBe(true);
    expect(plans.some((p) => p.number === undefined)).toBe(true);
    expect(plans.some((p) => p.activities.length === 0)).toBe(true);
    expect(plans.some((p) => p.issueDate !== undefined && p.issueDate.month === undefined)).toBe(true);
    expect(plans.some((p) => p.title !== undefined && p.title !== p.title.normalize("NFC"))).toBe(true);
  });

  it("covers schema 1.1: sub-tasks that give or leave each field, requested roles, headings, escalation, central plans", () => {
    const plans = fc.sample(arbitraryPlan, { seed: 20240205, numRuns: 300 });
    const subtasks = plans.flatMap((p) => p.activities.flatMap((a) => a.subtasks ?? []));
    for (const field of [
      "themes",
      "channels",
      "audiences",
      "assignees",
      "quotas",
      "products",
      "targets",
    ] as const) {
      expect(subtasks.some((t) => t[field] === undefined)).toBe(true);
      expect(subtasks.some((t) => t[field]?.length === 0)).toBe(true);
      expect(subtasks.some((t) => (t[field]?.length ?? 0) > 0)).toBe(true);
    }
    for (const field of ["timeframe", "frequency", "condition"] as const) {
      expect(subtasks.some((t) => t[field] === undefined)).toBe(true);
      expect(subtasks.some((t) => t[field] !== undefined)).toBe(true);
    }
    expect(subtasks.some((t) => t.condition === "")).toBe(true);
    const roles = plans.flatMap((p) => p.activities.flatMap((a) => a.assignees.map((x) => x.role)));
    expect(roles).toContain("requested");
    const content = plans.flatMap((p) => p.contentItems);
    expect(content.some((c) => c.heading !== undefined)).toBe(true);
    expect(content.some((c) => c.channels === undefined)).toBe(true);
    expect(content.some((c) => c.channels?.length === 0)).toBe(true);
    expect(plans.flatMap((p) => p.formsItems).some((f) => f.heading !== undefined)).toBe(true);
    expect(plans.some((p) => p.escalation === undefined)).toBe(true);
    expect(plans.some((p) => p.escalation?.length === 0)).toBe(true);
    expect(plans.some((p) => (p.escalation?.length ?? 0) > 0)).toBe(true);
    expect(plans.some((p) => p.unit === undefined && p.issuer?.level === "central")).toBe(true);
    expect(plans.some((p) => p.period?.horizon !== undefined)).toBe(true);
  });

  it("covers schema 1.2: drafts without a title, a period, an issuer, or the issuer's level", () => {
    const plans = fc.sample(arbitraryPlan, { seed: 20240205, numRuns: 300 });
    expect(plans.some((p) => p.title === undefined)).toBe(true);
    expect(plans.some((p) => p.period === undefined)).toBe(true);
    expect(plans.some((p) => p.issuer === undefined)).toBe(true);
    expect(plans.some((p) => p.issuer !== undefined && p.issuer.level === undefined)).toBe(true);
    expect(plans.some((p) => p.title === undefined && p.period === undefined && p.issuer === undefined)).toBe(
      true,
    );
  });
});
