import { describe, expect, it } from "vitest";
import { uniqueIds } from "./uniqueIds";

describe("uniqueIds", () => {
  it("keeps a first id, gives the second -bis and later ones -bis3, -bis4", () => {
    const unique = uniqueIds();
    expect(["c-a", "c-a", "c-b", "c-a", "c-a"].map(unique)).toEqual([
      "c-a",
      "c-a-bis",
      "c-b",
      "c-a-bis3",
      "c-a-bis4",
    ]);
  });

  it("skips a suffix another item already holds", () => {
    const unique = uniqueIds();
    expect(["c-a-bis", "c-a", "c-a", "c-a"].map(unique)).toEqual(["c-a-bis", "c-a", "c-a-bis3", "c-a-bis4"]);
  });

  it("gives ids of bounded length however often one repeats", () => {
    const unique = uniqueIds();
    const ids = Array.from({ length: 5000 }, () => unique("c-a"));
    expect(new Set(ids).size).toBe(5000);
    expect(ids.map((id) => id.length).reduce((m, v) => Math.max(m, v), -Infinity)).toBeLessThanOrEqual(
      "c-a-bis5000".length,
    );
  });
});
