import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { restoreFormula } from "./_lib/restoreFormula";
import { neutraliseFormula } from "./neutraliseFormula";

describe("neutraliseFormula", () => {
  it("puts an apostrophe before each start OWASP lists (= + - @ tab CR) and leaves other text alone", () => {
    expect(
      ['=HYPERLINK("http://x")', "+84 912", "-2+3+cmd|' /C calc'!A0", "@SUM(1,2)", "\tx", "\rx"].map(
        neutraliseFormula,
      ),
    ).toEqual([
      '\'=HYPERLINK("http://x")',
      "'+84 912",
      "'-2+3+cmd|' /C calc'!A0",
      "'@SUM(1,2)",
      "'\tx",
      "'\rx",
    ]);
    // 003:3 xã Gia Tân; a quote that is not before a formula start; the empty text.
    expect(["xã Gia Tân", "'trích'", ""].map(neutraliseFormula)).toEqual(["xã Gia Tân", "'trích'", ""]);
    expect(neutraliseFormula("'=1+1")).toBe("''=1+1");
  });

  it("is undone exactly by the reader's restoreFormula, for any text (property)", () => {
    const text = fc.oneof(
      fc.string(),
      fc.string({ unit: fc.constantFrom("'", "=", "+", "-", "@", "\t", "\r", "a", "đ", " ") }),
    );
    fc.assert(
      fc.property(text, (t) => restoreFormula(neutraliseFormula(t)) === t),
      { seed: 14, numRuns: 10_000 },
    );
  });
});
