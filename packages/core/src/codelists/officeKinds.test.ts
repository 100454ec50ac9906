import { describe, expect, it } from "vitest";
import { OFFICE_KIND_CODES, officeKinds } from "./officeKinds";

describe("officeKinds", () => {
  it("has exactly the codes of OFFICE_KIND_CODES, each once", () => {
    const codes = officeKinds.entries.map((e) => e.code);
    expect([...codes].sort()).toEqual([...OFFICE_KIND_CODES].sort());
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("ends with `other`, the fallback without phrasings", () => {
    expect(officeKinds.entries.at(-1)).toEqual({
      code: "other",
      label: { vi: "Khác", en: "Other" },
      phrasings: [],
    });
    expect(officeKinds.entries.filter((e) => e.phrasings.length === 0).map((e) => e.code)).toEqual(["other"]);
  });
});
