import { describe, expect, it } from "vitest";
import { UNIT_KIND_CODES, unitKinds } from "./unitKinds";

describe("unitKinds", () => {
  it("has the codes of UNIT_KIND_CODES, in order", () => {
    expect(unitKinds.entries.map((e) => e.code)).toEqual([...UNIT_KIND_CODES]);
  });

  it("has district-level kinds only in the three-tier era", () => {
    expect(
      unitKinds.entries
        .filter((e) => e.level === "district" && (e.eras as readonly string[]).includes("two-tier"))
        .map((e) => e.code),
    ).toEqual([]);
  });
});
