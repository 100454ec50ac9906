import { plan001 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { emptyPlan } from "./_lib/emptyPlan";
import { scoreReferences } from "./scoreReferences";

describe("scoreReferences", () => {
  it("finds all 8 references of 001 fully correct against themselves", () => {
    const r = scoreReferences(plan001, plan001);
    expect(r.found).toEqual({ tp: 8, fp: 0, fn: 0 });
    expect(r.correct).toEqual({ tp: 8, fp: 0, fn: 0 });
    expect(r.misses).toEqual([]);
  });

  it("matches by symbol whatever its spacing and case (001:11 '14/KH-UBND')", () => {
    const references = plan001.references.map((r) =>
      r.symbol === "14/KH-UBND" ? { ...r, symbol: "14 / kh-ubnd" } : r,
    );
    expect(scoreReferences(plan001, { ...plan001, references }).found.fn).toBe(0);
  });

  it("catches the parent plan 14/KH-UBND (001:11) read as a basis", () => {
    const references = plan001.references.map((r) =>
      r.role === "parent-plan" ? { ...r, role: "basis" as const } : r,
    );
    const r = scoreReferences(plan001, { ...plan001, references });
    expect(r.found).toEqual({ tp: 8, fp: 0, fn: 0 });
    expect(r.correct).toEqual({ tp: 7, fp: 1, fn: 1 });
    expect(r.misses).toEqual([
      {
        measure: "reference-fields",
        where: "ke-hoach 14/KH-UBND",
        expected: "ke-hoach, 2024-01-21, parent-plan",
        got: "ke-hoach, 2024-01-21, basis",
      },
    ]);
  });

  it("scores an empty extraction with recall 0", () => {
    const r = scoreReferences(plan001, emptyPlan(plan001.id));
    expect(r.found).toEqual({ tp: 0, fp: 0, fn: 8 });
  });

  it("counts an invented reference as a false positive", () => {
    const extra = { type: "luat" as const, symbol: "99/2099/QH15", role: "basis" as const };
    const r = scoreReferences(plan001, { ...plan001, references: [...plan001.references, extra] });
    expect(r.found).toEqual({ tp: 8, fp: 1, fn: 0 });
  });
});
