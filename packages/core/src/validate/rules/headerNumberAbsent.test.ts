import { describe, expect, it } from "vitest";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { headerNumberAbsent } from "./headerNumberAbsent";

const context = { parent: undefined, unitExists: undefined };

describe("header.number-absent", () => {
  it("000:3 starts at '**KẾ HOẠCH**' with no number line: a note (info), still usable", () => {
    const { number: _, symbol: __, ...plan } = minimalPlan();
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [{ code: "header.number-absent", severity: "info", path: "/number", params: {} }],
    });
  });

  it("is quiet on a stated number (003:289) and on a blank one (001:3 'Số: /KH-UBND')", () => {
    expect(headerNumberAbsent.check(minimalPlan(), context)).toEqual([]);
    expect(headerNumberAbsent.check({ ...minimalPlan(), number: { notStated: true } }, context)).toEqual([]);
  });
});
