import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Plan } from "../../model/Plan";
import { minimalPlan } from "./minimalPlan";
import { strippedKeys } from "./strippedKeys";
import { unknownKeys } from "./unknownKeys";

// Core's own small plan (items of 003, quoted with their lines); tests/golden
// plants keys in the five real plans and reads them back from validatePlan.
const plan003Items = minimalPlan();
const plans = [plan003Items];

/** Every object in a value, with a path to it, so that a key can be planted anywhere. */
function objectsIn(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) objectsIn(v, [...at, i], out);
  } else if (typeof value === "object" && value !== null) {
    out.push(at);
    for (const [k, v] of Object.entries(value)) objectsIn(v, [...at, k], out);
  }
  return out;
}

function plant(plan: Plan, where: (string | number)[], key: string): unknown {
  const copy = structuredClone(plan) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const step of where) target = target[step] as Record<string | number, unknown>;
  // defineProperty, so that "__proto__" is planted as a key, as JSON.parse makes it.
  Object.defineProperty(target, key, { value: "?", enumerable: true, writable: true, configurable: true });
  return copy;
}

describe("strippedKeys", () => {
  it("finds a key planted in a plan's first activity and in its unit, as unknownKeys does", () => {
    const input = plant(plant(plan003Items, ["activities", 0], "ghiChu") as Plan, ["unit"], "maTinh");
    const output = Plan.parse(input);
    expect(strippedKeys(input, output)).toEqual([
      { code: "structure.unknown-key", severity: "warning", path: "/unit/maTinh", params: { key: "maTinh" } },
      {
        code: "structure.unknown-key",
        severity: "warning",
        path: "/activities/0/ghiChu",
        params: { key: "ghiChu" },
      },
    ]);
    expect(strippedKeys(plan003Items, Plan.parse(plan003Items))).toEqual([]);
  });

  it("agrees with the schema walk of unknownKeys wherever a key is planted in a plan", () => {
    const cases = plans.map((plan) => ({ plan, places: objectsIn(plan) }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cases.length - 1 }),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("x", "__proto__", "kind", "ghi chú", "~/"),
        (p, q, r, key) => {
          const { plan, places } = cases[p] as (typeof cases)[number];
          let input = plant(plan, places[q % places.length] as (string | number)[], key);
          input = plant(input as Plan, places[r % places.length] as (string | number)[], "y");
          const parsed = Plan.safeParse(input);
          // A planted "kind" can break a union's branch; only parses that succeed are compared.
          if (!parsed.success) return;
          expect(strippedKeys(input, parsed.data)).toEqual(unknownKeys(Plan, input));
        },
      ),
      { seed: 20261127, numRuns: 300 },
    );
  });
});
