import { plan000, plan001, plan003, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { entryOfPlan } from "./entryOfPlan";
import type { PlanEntry } from "./PlanEntry";
import { MAX_PEERS, peerIds } from "./peerIds";

const REAL = realPlans.map((p) => entryOfPlan(p, "real"));
const REAL_IDS = [
  "000_34833a3694ee8a96",
  "001_ec564b67ad28c11a",
  "002_9c9d59d1a9d0f229",
  "003_c2f82bd70c212939",
  "004_f3b844502d811123",
];

/** A synthetic entry shaped like a real plan's (same level, era and province), under a synthetic id. */
const synthetic = (from: PlanEntry, id: string, provinceKey = from.provinceKey): PlanEntry => ({
  ...from,
  id,
  origin: "synthetic",
  provinceKey,
});

describe("peerIds", () => {
  it("compares a real plan with every real and own plan, itself included", () => {
    const own = { ...entryOfPlan(plan001, "own", "bg.json"), id: "001_ec564b67ad28c11a (bg.json)" };
    expect(peerIds([REAL[0] as PlanEntry], [...REAL, own])).toEqual([...REAL_IDS, own.id]);
  });

  it("gives nothing when nothing is chosen", () => {
    expect(peerIds([], REAL)).toEqual([]);
  });

  it("compares a synthetic commune with the synthetic communes of its era and province only", () => {
    const commune = entryOfPlan(plan000, "real"); // xã Sơn Mầu, tỉnh Quảng Ngãi, three-tier
    const a = synthetic(commune, "syn-42-3t-2024-21338");
    const b = synthetic(commune, "syn-42-3t-2024-21340");
    const elsewhere = synthetic(commune, "syn-42-3t-2024-25000", "tinh:phu tho");
    const district = synthetic(entryOfPlan(plan001, "real"), "syn-42-3t-2024-213");
    const twoTier = {
      ...synthetic(entryOfPlan(plan003, "real"), "syn-42-2t-2025-21338"),
      era: "two-tier" as const,
    };
    const entries = [...REAL, a, b, elsewhere, district, twoTier];
    expect(peerIds([a], entries)).toEqual([a.id, b.id]);
    // A real plan chosen too adds the local group once; a second commune of the same group adds nothing.
    expect(peerIds([a, REAL[3] as PlanEntry, b], entries)).toEqual([a.id, b.id, ...REAL_IDS]);
  });

  it(`keeps at most ${MAX_PEERS} peers per group, the first in the open order`, () => {
    const province = entryOfPlan(realPlans[2] as (typeof realPlans)[number], "real"); // tỉnh Tây Ninh
    const many = Array.from({ length: MAX_PEERS + 5 }, (_, i) =>
      synthetic(province, `syn-42-3t-2024-p${i}`, `tinh:p${i}`),
    );
    const ids = peerIds([many[402] as PlanEntry], many);
    // Provinces are peers across provinces; the cap keeps the first 400.
    expect(ids).toHaveLength(400);
    expect(ids[0]).toBe("syn-42-3t-2024-p0");
    expect(ids.at(-1)).toBe("syn-42-3t-2024-p399");
  });
});
