import { plan000, plan001, plan002, plan003, plan004, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { planSimilarity } from "./planSimilarity";

describe("planSimilarity", () => {
  it("scores two plans by the Jaccard index of their leaf codes", () => {
    // 000 covers 29 leaf themes and 9 leaf channels, 003 19 and 12; they share 21 codes: 21 / (38 + 31 − 21).
    // Both code a dedicated column as press.reportage (R5: 000:117 on the web page, 003:142-145 on the
    // commune radio); 003's training classes are a channel, not the civil-service.training theme (R3, 003:197-199).
    const s = planSimilarity([plan000, plan003]);
    expect(s.pairs).toEqual([{ a: plan000.id, b: plan003.id, score: 0.4375, shared: 21, union: 48 }]);
    expect(s.matrix).toEqual([
      [1, 0.4375],
      [0.4375, 1],
    ]);
    expect(s.unitNames).toEqual(["xã Sơn Mầu", "xã Gia Tân"]);
  });

  it("ranks the pairs of the five real plans, most alike first", () => {
    const s = planSimilarity(realPlans);
    expect(s.planIds).toEqual(realPlans.map((p) => p.id));
    expect(s.pairs).toHaveLength(10);
    // 004 now codes its web column press.reportage (004:68), its events in-person.events (004:120, 148, as
    // 002:113), posting at the office official-posting.one-stop (004:66) and the Front's oversight
    // citizen-rights (004:152, as 002:139): it comes closest to 000 and to 002.
    expect(s.pairs.slice(0, 2).map((p) => [p.a, p.b, p.shared, p.union])).toEqual([
      [plan000.id, plan004.id, 26, 52],
      [plan002.id, plan004.id, 27, 55],
    ]);
    // 001 no longer codes digital-government.modernisation beside 000 (R2, 001:45-49), one code fewer shared.
    expect(s.pairs.at(-1)).toMatchObject({ a: plan000.id, b: plan001.id, shared: 22, union: 63 });
    for (const [i, row] of s.matrix.entries()) {
      expect(row[i]).toBe(1);
      for (const [j, v] of row.entries()) expect(v).toBe(s.matrix[j]?.[i]);
    }
  });

  it("compares top-level families, or one dimension, on request", () => {
    // 001 and 002 both cover all six channel families and 21 of 28 theme families, 24 in common.
    const top = planSimilarity([plan001, plan002], { level: "top" });
    expect(top.pairs[0]).toMatchObject({ score: 0.8, shared: 24, union: 30 });
    const channelsOnly = planSimilarity([plan001, plan002], { level: "top", dimensions: "channels" });
    expect(channelsOnly.pairs[0]).toMatchObject({ score: 1, shared: 6, union: 6 });
    expect(planSimilarity(realPlans, { limit: 3 }).pairs).toHaveLength(3);
  });

  it("scores 0 between plans that cover nothing, and handles no plans", () => {
    const empty = { ...plan000, id: "empty", contentItems: [], formsItems: [], activities: [] };
    const s = planSimilarity([empty, { ...empty, id: "empty-2" }]);
    expect(s.pairs[0]?.score).toBe(0);
    expect(planSimilarity([])).toEqual({ planIds: [], unitNames: [], matrix: [], pairs: [] });
  });
});
