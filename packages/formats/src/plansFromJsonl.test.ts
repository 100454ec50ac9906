import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryPlans } from "./_arbitraryPlan";
import { plan003, plan004, realPlans } from "./_testing";
import { plansFromJsonl } from "./plansFromJsonl";
import { plansToJsonl } from "./plansToJsonl";

describe("plansFromJsonl", () => {
  it("gives back the five real plans exactly", () => {
    expect(plansFromJsonl(plansToJsonl(realPlans))).toStrictEqual({
      plans: realPlans,
      errors: [],
      issues: [],
    });
  });

  it("gives back every generated plan exactly, -0 included (property)", () => {
    fc.assert(
      fc.property(arbitraryPlans, (plans) => {
        expect(plansFromJsonl(plansToJsonl(plans))).toStrictEqual({ plans, errors: [], issues: [] });
      }),
      { seed: 19, numRuns: 150 },
    );
  }, 30_000);

  it("reports each bad line with its number and reads the lines after it (004_f3b844502d811123.txt)", () => {
    const line003 = JSON.stringify(plan003);
    const line004 = JSON.stringify(plan004);
    const { status: _, ...unstated } = plan004;
    const text = [line003, "{not json", JSON.stringify(unstated), "", line004].join("\n");
    const { plans, errors } = plansFromJsonl(text);
    expect(plans).toStrictEqual([plan003, plan004]);
    expect(errors).toEqual([
      {
        line: 2,
        code: "jsonl.bad-json",
        message: expect.stringMatching(/^line 2 is not JSON: /),
      },
      {
        line: 3,
        code: "jsonl.invalid-plan",
        message: 'line 3 is not a plan: status: Invalid option: expected one of "draft"|"issued"',
      },
    ]);
  });

  it("reads a draft without title, period, issuer (schema 1.2) as it is, the fields absent, never filled", () => {
    const { title: _t, period: _p, issuer: _i, ...draft } = plan004;
    const { plans, errors, issues } = plansFromJsonl(JSON.stringify(draft));
    expect({ errors, issues }).toEqual({ errors: [], issues: [] });
    expect(plans).toStrictEqual([draft]);
    expect(Object.keys(plans[0] ?? {})).not.toContain("title");
  });

  it("counts lines in a file with a byte order mark and CRLF line ends", () => {
    const text = `\uFEFF${JSON.stringify(plan003)}\r\n\r\n[]\r\n${JSON.stringify(plan004)}\r\n`;
    expect(plansFromJsonl(text)).toStrictEqual({
      plans: [plan003, plan004],
      errors: [
        {
          line: 3,
          code: "jsonl.invalid-plan",
          message: "line 3 is not a plan: (plan): Invalid input: expected object, received array",
        },
      ],
      issues: [],
    });
  });

  it("migrates a line saved in 1.0 with an info issue, and refuses versions no reader knows (003)", () => {
    const saved = { ...plan003, schemaVersion: "1.0", issuer: { body: plan003.issuer.body } };
    if (plan003.issuer.wording) Object.assign(saved.issuer, { wording: plan003.issuer.wording });
    const text = [saved, { ...plan003, schemaVersion: "2.0" }, { ...plan003, schemaVersion: "0.9" }]
      .map((line) => JSON.stringify(line))
      .join("\n");
    expect(plansFromJsonl(text)).toStrictEqual({
      plans: [plan003],
      errors: [
        {
          line: 2,
          code: "jsonl.unknown-version",
          message: 'line 2 is a plan of schema version "2.0", which cannot be read (readable: 1.0, 1.1, 1.2)',
        },
        {
          line: 3,
          code: "jsonl.unknown-version",
          message: 'line 3 is a plan of schema version "0.9", which cannot be read (readable: 1.0, 1.1, 1.2)',
        },
      ],
      issues: [
        {
          code: "schema.migrated",
          severity: "info",
          path: "/schemaVersion",
          params: { from: "1.0", to: "1.2" },
          line: 1,
        },
      ],
    });
    // 003 is issued by the People's Committee of a commune: the migrated issuer sits at the commune tier
    expect(plan003.issuer.level).toBe("commune");
  });

  it("says how many more issues a plan has than it lists", () => {
    const { errors } = plansFromJsonl('{"schemaVersion":"1.1"}');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toMatch(
      /^line 1 is not a plan: id: .*; documentType: .*; status: .* \(and \d+ more\)$/,
    );
  });
});
