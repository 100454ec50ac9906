import { plan000, plan001, plan002, plan003, plan004, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { planSimilarity } from "./planSimilarity";

describe("planSimilarity", () => {
  it("scores two plans by the Jaccard index of their leaf codes", () => {
    // 000 covers 29 leaf themes and 9 leaf channels, 003 20 and 12; they share 20 codes: 20 / (38 + 32 − 20).
    const s = planSimilarity([plan000, plan003]);
    expect(s.pairs).toEqual([{ a: plan000.id, b: plan003.id, score: 0.4, shared: 20, union: 50 }]);
    expect(s.matrix).toEqual([
      [1, 0.4],
      [0.4, 1],
    ]);
    expect(s.unitNames).toEqual(["xã Sơn Mầu", "xã Gia Tân"]);
  });

  it("ranks the pairs of the five real plans, most alike first", () => {
    const s = planSimilarity(realPlans);
    expect(s.planIds).toEqual(realPlans.map((p) => p.id));
    expect(s.pairs).toHaveLength(10);
    expect(s.pairs.slice(0, 2).map((p) => [p.a, p.b, p.shared, p.union])).toEqual([
      [plan000.id, plan004.id, 23, 51],
      [plan002.id, plan003.id, 22, 51],
    ]);
    expect(s.pairs.at(-1)).toMatchObject({ a: plan000.id, b: plan001.id, shared: 23, union: 63 });
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
