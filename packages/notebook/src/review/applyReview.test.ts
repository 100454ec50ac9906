import { readPlanFiles } from "@parcomms/ingest";
import { searchUnits, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { applyReview } from "./applyReview";

// The draft read from seed 000: xã Sơn Mầu (000:4-7), 2024, no number or date line.
const draft = () => {
  const bytes = new TextEncoder().encode(seedText("000_34833a3694ee8a96.txt"));
  const plan = readPlanFiles([{ name: "000.txt", bytes }]).plans[0]?.plan;
  if (!plan) throw new Error("seed 000 gave no plan");
  return plan;
};

describe("applyReview", () => {
  it("applies the corrections, marks the plan as reviewed by a person and returns the refused ones", () => {
    const plan = draft();
    expect(plan.number).toBeUndefined();
    const { plan: reviewed, problems } = applyReview(
      plan,
      { accepted: ["/title", "/unit"], corrected: { "/number": "45/KH-UBND", "/issueDate": "31/02/2024" } },
      searchUnits,
    );
    expect([reviewed.number, reviewed.symbol]).toEqual(["45", "KH-UBND"]);
    expect(reviewed.issueDate).toEqual(plan.issueDate);
    expect(problems.map((p) => [p.path, p.problem.en])).toEqual([
      ["/issueDate", "“31/02/2024” is not a date (e.g. 05/03/2024 or ngày 5 tháng 3 năm 2024)."],
    ]);
    expect(reviewed.provenance.notes?.at(-1)).toBe(
      "reviewed by a person (người dùng rà soát); corrected /number; accepted /title, /unit",
    );
    // Reviewed again: one note, the latest.
    const again = applyReview(reviewed, { accepted: ["/title"], corrected: {} }, searchUnits).plan;
    expect(again.provenance.notes?.filter((n) => n.startsWith("reviewed by a person"))).toEqual([
      "reviewed by a person (người dùng rà soát); accepted /title",
    ]);
  });

  it("gives the plan back unchanged when nothing was decided", () => {
    const plan = draft();
    expect(applyReview(plan, { accepted: [], corrected: {} }, searchUnits).plan).toBe(plan);
  });
});
