import { describe, expect, it } from "vitest";
import type { Activity } from "../model/Activity";
import { minimalPlan } from "./_lib/minimalPlan";
import { validatePlan } from "./validatePlan";

describe("validatePlan", () => {
  it("finds nothing in a clean plan quoting 003 (xã Gia Tân, 2024) and returns it as parsed", () => {
    expect(validatePlan(minimalPlan())).toEqual({ usable: true, plan: minimalPlan(), issues: [] });
  });

  it("reports structural errors with stable codes, JSON Pointer paths and params, and no plan", () => {
    const plan = minimalPlan();
    const input = {
      ...plan,
      title: "",
      number: 13,
      period: { start: "2024-Q1" },
      issueDate: { year: 2024, day: 5 },
      activities: [
        {
          ...plan.activities[0],
          timeframe: { kind: "quarter", year: 2024, quarters: [1], raw: "Quý I/2024" },
        },
        { ...plan.activities[1], frequency: { kind: "frequency", count: 1, per: "month", interval: 0 } },
      ],
    };
    expect(validatePlan(input)).toEqual({
      usable: false,
      issues: [
        {
          code: "structure.invalid-value",
          severity: "error",
          path: "/activities/0/timeframe/kind",
          params: {
            expected:
              '"continuous" | "year" | "years" | "halves" | "quarters" | "months" | "dateRange" | "deadline" | "yearlyDate" | "trigger" | "compound"',
            received: '"quarter"',
          },
        },
        {
          code: "structure.too-small",
          severity: "error",
          path: "/activities/1/frequency/interval",
          params: { minimum: 1, received: 0 },
        },
        {
          code: "structure.constraint-failed",
          severity: "error",
          path: "/issueDate/day",
          params: { constraint: "a day needs a month" },
        },
        {
          code: "structure.invalid-variant",
          severity: "error",
          path: "/number",
          params: { expected: "string | object", received: "number" },
        },
        { code: "structure.missing", severity: "error", path: "/period/end", params: { expected: "string" } },
        {
          code: "structure.invalid-format",
          severity: "error",
          path: "/period/start",
          params: {
            format: "regex",
            pattern: "/^\\d{4}(?:S[12]|Q[1-4]|-(?:0[1-9]|1[0-2]))?$/",
            received: '"2024-Q1"',
          },
        },
        {
          code: "structure.too-short",
          severity: "error",
          path: "/title",
          params: { minimum: 1, received: 0 },
        },
      ],
    });
  });

  it("reports the branch a union value meant: a NotStated number (001:3) with notStated false", () => {
    expect(
      validatePlan({ ...minimalPlan(), number: { notStated: false, raw: "Số: /KH-UBND" } }).issues,
    ).toEqual([
      {
        code: "structure.invalid-value",
        severity: "error",
        path: "/number/notStated",
        params: { expected: "true", received: "false" },
      },
    ]);
  });

  it("reports input that is not an object at the root", () => {
    const root = (expected: string, received?: string) =>
      received === undefined
        ? [{ code: "structure.missing", severity: "error", path: "", params: { expected } }]
        : [{ code: "structure.invalid-type", severity: "error", path: "", params: { expected, received } }];
    expect(validatePlan(undefined)).toEqual({ usable: false, issues: root("object") });
    expect(validatePlan(null)).toEqual({ usable: false, issues: root("object", "null") });
    expect(validatePlan("Kế hoạch")).toEqual({ usable: false, issues: root("object", "string") });
    expect(validatePlan([minimalPlan()])).toEqual({ usable: false, issues: root("object", "array") });
  });

  it("flags every key the model does not define, at any depth, and keeps the plan usable without them", () => {
    const plan = minimalPlan();
    const [row3, row5] = plan.activities as [Activity, Activity];
    const input = {
      ...plan,
      colour: "red",
      number: { notStated: true, raw: "Số: /KH-UBND", reason: "draft" },
      activities: [
        { ...row3, timeFrame: "Quý I/2024", timeframe: { ...row3.timeframe, note: "appendix" } },
        { ...row5, frequency: { ...row5.frequency, every: "month" } },
      ],
      reporting: plan.reporting.map((r) => ({ ...r, via: { ...r.via, office: "Nội vụ" } })),
    };
    expect(validatePlan(input)).toEqual({
      usable: true,
      plan: { ...plan, number: { notStated: true, raw: "Số: /KH-UBND" } },
      issues: [
        {
          code: "structure.unknown-key",
          severity: "warning",
          path: "/activities/0/timeFrame",
          params: { key: "timeFrame" },
        },
        {
          code: "structure.unknown-key",
          severity: "warning",
          path: "/activities/0/timeframe/note",
          params: { key: "note" },
        },
        {
          code: "structure.unknown-key",
          severity: "warning",
          path: "/activities/1/frequency/every",
          params: { key: "every" },
        },
        { code: "structure.unknown-key", severity: "warning", path: "/colour", params: { key: "colour" } },
        { code: "header.number-not-stated", severity: "warning", path: "/number", params: {} },
        {
          code: "structure.unknown-key",
          severity: "warning",
          path: "/number/reason",
          params: { key: "reason" },
        },
        {
          code: "structure.unknown-key",
          severity: "warning",
          path: "/reporting/0/via/office",
          params: { key: "office" },
        },
      ],
    });
  });

  it("flags unknown keys of structurally broken input too, and escapes them in paths", () => {
    expect(validatePlan({ ...minimalPlan(), status: "ban hành", "a/b~c": 1 }).issues).toEqual([
      { code: "structure.unknown-key", severity: "warning", path: "/a~1b~0c", params: { key: "a/b~c" } },
      {
        code: "structure.invalid-value",
        severity: "error",
        path: "/status",
        params: { expected: '"draft" | "issued"', received: '"ban hành"' },
      },
    ]);
  });

  it("treats a '__proto__' key of parsed JSON as an unknown key, never as a prototype", () => {
    const json = JSON.stringify(minimalPlan()).replace(/^\{/, '{"__proto__":{"usable":false},');
    const result = validatePlan(JSON.parse(json));
    expect(result).toEqual({
      usable: true,
      plan: minimalPlan(),
      issues: [
        {
          code: "structure.unknown-key",
          severity: "warning",
          path: "/__proto__",
          params: { key: "__proto__" },
        },
      ],
    });
    expect(Object.getPrototypeOf(result.plan)).toBe(Object.prototype);
  });

  it("sorts issues by path with list indexes in numeric order, then by code", () => {
    const plan = minimalPlan();
    const row3 = plan.activities[0] as Activity;
    plan.activities = Array.from({ length: 12 }, (_, i) => ({
      ...row3,
      id: `t${i}`,
      assignees: i === 2 || i === 10 ? [] : row3.assignees,
    }));
    expect(validatePlan(plan).issues.map((i) => i.path)).toEqual([
      "/activities/2/assignees",
      "/activities/10/assignees",
    ]);
  });
});
