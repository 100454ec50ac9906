import { describe, expect, it } from "vitest";
import { canonicalCode, MIXED_CASE_CODES } from "./canonicalCode";

describe("canonicalCode", () => {
  it.each([
    ["kh", "KH"],
    ["ubnd", "UBND"],
    ["qđ", "QĐ"],
    ["ttg", "TTg"],
    ["TTG", "TTg"],
    ["ctr", "CTr"],
    ["ttr", "TTr"],
    ["qđi", "QĐi"],
    ["btttt-ptth&ttđt", "BTTTT-PTTH&TTĐT"],
    ["qh13", "QH13"],
    ["KH-BCĐ", "KH-BCĐ"],
  ])("%j is %j", (written, canonical) => {
    expect(canonicalCode(written)).toBe(canonical);
  });

  it("lists the mixed-case codes: the codelist's type codes and the Prime Minister's issuer code", () => {
    expect([...MIXED_CASE_CODES].sort()).toEqual(["CTr", "QyĐ", "QĐi", "TTg", "TTr"].sort());
  });
});
