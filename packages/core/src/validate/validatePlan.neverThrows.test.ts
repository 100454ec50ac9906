import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Plan } from "../model/Plan";
import { compareIssues } from "./_lib/compareIssues";
import { minimalPlan } from "./_lib/minimalPlan";
import type { RuleDescription } from "./RuleDescription";
import { rules } from "./rules";
import { type ValidationResult, validatePlan } from "./validatePlan";

const catalogue: Readonly<Record<string, RuleDescription>> = rules;
const PROPERTY = { seed: 20240205, numRuns: 200 } as const;

/** What every result must satisfy, whatever the input. */
function expectWellFormed(result: ValidationResult): void {
  for (const issue of result.issues) {
    const entry = catalogue[issue.code];
    expect(entry?.severity).toBe(issue.severity);
    expect(Object.keys(issue.params).sort()).toEqual(Object.keys(entry?.params ?? {}).sort());
    expect(issue.path === "" || issue.path.startsWith("/")).toBe(true);
  }
  expect(result.issues).toEqual([...result.issues].sort(compareIssues));
  expect(result.usable).toBe(result.plan !== undefined && !result.issues.some((i) => i.severity === "error"));
  if (result.plan) expect(Plan.safeParse(result.plan).success).toBe(true);
}

describe("validatePlan never throws", () => {
  it("reports a cyclic reference where it closes, and gives no plan", () => {
    const input: Record<string, unknown> = { ...minimalPlan() };
    input.purposes = [input];
    expect(validatePlan(input)).toEqual({
      usable: false,
      issues: [{ code: "structure.cycle", severity: "error", path: "/purposes/0", params: {} }],
    });
  });

  it("reports a getter that throws, and a proxy that cannot list its keys", () => {
    const input = minimalPlan();
    Object.defineProperty(input, "title", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(validatePlan(input)).toEqual({
      usable: false,
      issues: [
        {
          code: "structure.unreadable",
          severity: "error",
          path: "/title",
          params: { reason: "Error: boom" },
        },
      ],
    });
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new RangeError("no keys");
        },
      },
    );
    expect(validatePlan(proxy)).toEqual({
      usable: false,
      issues: [
        {
          code: "structure.unreadable",
          severity: "error",
          path: "",
          params: { reason: "RangeError: no keys" },
        },
      ],
    });
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(validatePlan(revocable.proxy)).toEqual({
      usable: false,
      issues: [
        {
          code: "structure.unreadable",
          severity: "error",
          path: "",
          params: { reason: expect.stringMatching(/^TypeError/) },
        },
      ],
    });
  });

  it("stops reading below 64 levels of nesting", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(validatePlan({ ...minimalPlan(), purposes: deep })).toEqual({
      usable: false,
      issues: [
        {
          code: "structure.invalid-type",
          severity: "error",
          path: "/purposes/0",
          params: { expected: "object", received: "array" },
        },
        {
          code: "structure.too-deep",
          severity: "error",
          path: `/purposes${"/0".repeat(63)}`,
          params: { maxDepth: 64 },
        },
      ],
    });
  });

  it("refuses input of more than a million values, including shared structure that would expand exponentially", () => {
    const tooLarge = [
      { code: "structure.too-large", severity: "error", path: "", params: { maxNodes: 1_000_000 } },
    ];
    expect(validatePlan({ ...minimalPlan(), audiences: new Array(1_000_001).fill("citizens") })).toEqual({
      usable: false,
      issues: tooLarge,
    });
    let shared: unknown = "citizens";
    for (let i = 0; i < 40; i++) shared = [shared, shared];
    expect(validatePlan({ ...minimalPlan(), audiences: shared })).toEqual({
      usable: false,
      issues: tooLarge,
    });
  });

  it("reports a rule that throws (a failing unitExists) and runs the others", () => {
    const plan = minimalPlan();
    plan.unit = { ...plan.unit, code: { era: "three-tier", code: "99999" } };
    plan.contentItems = [];
    const unitExists = () => {
      throw new Error("lookup down");
    };
    expect(validatePlan(plan, { unitExists })).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "validation.rule-failed",
          severity: "warning",
          path: "",
          params: { rule: "reference.unknown-unit", reason: "Error: lookup down" },
        },
        { code: "section.empty-content", severity: "warning", path: "/contentItems", params: {} },
      ],
    });
  });

  it("reads options defensively: null options, throwing getters, a parent that is not a plan", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.unit = cyclic;
    const hostile = Object.defineProperty({}, "parent", {
      get() {
        throw new Error("no parent");
      },
    });
    for (const options of [null, hostile, { parent: 5 }, { parent: cyclic }, { unitExists: "yes" }]) {
      expect(validatePlan(minimalPlan(), options as never)).toEqual({
        usable: true,
        plan: minimalPlan(),
        issues: [],
      });
    }
  });

  it("returns a well-formed result for anything (fc.anything)", () => {
    const anything = fc.anything({
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (input) => {
        expectWellFormed(validatePlan(input));
      }),
      PROPERTY,
    );
  });

  it("returns a well-formed result for any JSON value, the same each time (fc.jsonValue)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        const result = validatePlan(input);
        expectWellFormed(result);
        expect(validatePlan(input)).toEqual(result);
      }),
      PROPERTY,
    );
  });

  it("returns a well-formed result for random mutations of a valid plan", () => {
    const mutation = fc.record({
      at: fc.nat(),
      op: fc.constantFrom("set", "delete", "add"),
      key: fc.string(),
      value: fc.jsonValue({ maxDepth: 3 }),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const input: unknown = structuredClone(minimalPlan());
        for (const m of mutations) mutate(input, m);
        expectWellFormed(validatePlan(input));
      }),
      PROPERTY,
    );
  });
});

type Container = Record<string, unknown> | unknown[];

/** Every object and list inside a value, with itself first. */
function containers(value: unknown): Container[] {
  if (typeof value !== "object" || value === null) return [];
  const children = Array.isArray(value) ? value : Object.values(value);
  return [value as Container, ...children.flatMap(containers)];
}

/** Sets, deletes or adds one entry of one container of `root`, in place. */
function mutate(root: unknown, m: { at: number; op: string; key: string; value: unknown }): void {
  const all = containers(root);
  const target = all[m.at % all.length];
  if (!target) return;
  const keys = Object.keys(target);
  const key = m.op === "add" || keys.length === 0 ? m.key : (keys[m.at % keys.length] as string);
  if (Array.isArray(target)) {
    const index = Number.parseInt(key, 10);
    if (m.op === "delete") target.splice(Number.isNaN(index) ? 0 : index, 1);
    else target[Number.isNaN(index) ? target.length : Math.min(index, target.length)] = m.value;
  } else if (m.op === "delete") delete target[key];
  else
    Object.defineProperty(target, key, {
      value: m.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}
