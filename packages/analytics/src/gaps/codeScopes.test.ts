import { channels, themes, unitKinds } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { codeScopes } from "./codeScopes";

describe("codeScopes", () => {
  it("names only codes of the built-in codelists, at levels that have units, with both languages", () => {
    for (const scope of codeScopes) {
      const codelist = scope.kind === "theme" ? themes : channels;
      expect(codelist.entries.map((e) => e.code)).toContain(scope.code);
      for (const level of scope.levels) expect(unitKinds.entries.some((k) => k.level === level)).toBe(true);
      expect(scope.reason.vi.length > 0 && scope.reason.en.length > 0).toBe(true);
    }
  });

  it("ties the district radio to the district level, a level of the three-tier era only", () => {
    expect(codeScopes.find((s) => s.code === "broadcast.district-radio")?.levels).toEqual(["district"]);
    const eras = new Set(unitKinds.entries.filter((k) => k.level === "district").flatMap((k) => k.eras));
    expect([...eras]).toEqual(["three-tier"]);
  });
});
