import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashSeed } from "./hashSeed";
import { Rng } from "./Rng";

const counts = fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 9 }), {
  maxKeys: 12,
});

describe("Rng", () => {
  it("draws integers within the bounds, both included", () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.nat(100), (seed, from, span) => {
        const n = new Rng(seed).int(from, from + span);
        return Number.isInteger(n) && n >= from && n <= from + span;
      }),
    );
  });

  it("draws distinct keys with a positive count, as many as asked or as there are", () => {
    fc.assert(
      fc.property(fc.integer(), counts, fc.nat(15), (seed, table, n) => {
        const drawn = new Rng(seed).weightedDistinct(table, n);
        const positive = Object.keys(table).filter((k) => (table[k] ?? 0) > 0);
        expect(new Set(drawn).size).toBe(drawn.length);
        expect(drawn.every((k) => positive.includes(k))).toBe(true);
        expect(drawn.length).toBe(Math.min(n, positive.length));
      }),
    );
  });

  it("never draws a key whose count is 0, and gives undefined when every count is 0", () => {
    const rng = new Rng(1);
    const draws = Array.from({ length: 200 }, () => rng.weighted({ a: 0, b: 3, c: 0, d: 1 }));
    expect(new Set(draws)).toEqual(new Set(["b", "d"]));
    expect(rng.weighted({ a: 0 })).toBeUndefined();
  });

  it("repeats itself for the same seed and differs for seeds hashed from different unit codes", () => {
    const draw = (seed: number) => {
      const rng = new Rng(seed);
      return Array.from({ length: 8 }, () => rng.int(0, 1000));
    };
    expect(draw(hashSeed("7|three-tier|2024|21338"))).toEqual(draw(hashSeed("7|three-tier|2024|21338")));
    expect(draw(hashSeed("7|three-tier|2024|21338"))).not.toEqual(draw(hashSeed("7|three-tier|2024|21339")));
  });

  it("keeps only the keys it is told to accept", () => {
    const rng = new Rng(5);
    const draws = Array.from({ length: 100 }, () =>
      rng.weightedWhere({ a: 5, b: 1, c: 1 }, (k) => k !== "a"),
    );
    expect(new Set(draws)).toEqual(new Set(["b", "c"]));
    expect(rng.weightedWhere({ a: 1 }, () => false)).toBeUndefined();
  });
});
