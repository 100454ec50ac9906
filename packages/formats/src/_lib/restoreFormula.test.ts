import { describe, expect, it } from "vitest";
import { restoreFormula } from "./restoreFormula";

describe("restoreFormula", () => {
  it("removes only the apostrophe neutralising added before a formula start", () => {
    expect(["'=SUM(1,2)", "''+1", "'-2", "'\tx", "'trích'", "=1", "''"].map(restoreFormula)).toEqual([
      "=SUM(1,2)",
      "'+1",
      "-2",
      "\tx",
      "'trích'",
      "=1",
      "''",
    ]);
  });
});
