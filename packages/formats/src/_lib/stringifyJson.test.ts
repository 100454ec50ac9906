import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringifyJson } from "./stringifyJson";

const hasNegativeZero = (value: unknown): boolean =>
  Object.is(value, -0) ||
  (typeof value === "object" && value !== null && Object.values(value).some(hasNegativeZero));

describe("stringifyJson", () => {
  it("writes what JSON.stringify writes, for any JSON value", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = stringifyJson(value);
        expect(JSON.parse(text)).toStrictEqual(value);
        if (!hasNegativeZero(value)) expect(text).toBe(JSON.stringify(value));
      }),
      { seed: 29, numRuns: 300 },
    );
  });

  it("keeps -0 and leaves out undefined keys", () => {
    expect(stringifyJson({ a: -0, b: undefined, c: [0, -0, "-0"], d: { e: null } })).toBe(
      '{"a":-0,"c":[0,-0,"-0"],"d":{"e":null}}',
    );
    expect(Object.is(JSON.parse(stringifyJson(-0)), -0)).toBe(true);
  });
});
