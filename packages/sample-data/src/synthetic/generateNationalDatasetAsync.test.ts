import { describe, expect, it } from "vitest";
import { generateNationalDataset } from "./generateNationalDataset";
import { generateNationalDatasetAsync } from "./generateNationalDatasetAsync";

describe("generateNationalDatasetAsync", () => {
  it("gives the same dataset as generateNationalDataset, byte for byte (small, both eras)", async () => {
    for (const era of ["three-tier", "two-tier"] as const) {
      const options = { era, seed: 7, size: "small" } as const;
      const [sync, async] = [generateNationalDataset(options), await generateNationalDatasetAsync(options)];
      expect(sync.plans.length).toBeGreaterThan(30);
      expect(JSON.stringify(async)).toBe(JSON.stringify(sync));
    }
  });

  it("gives the same plans for one province as the whole dataset does (the notebook's batches)", async () => {
    const province = await generateNationalDatasetAsync({ era: "three-tier", seed: 42, provinces: ["51"] });
    // tỉnh Quảng Ngãi first, then its units; xã Sơn Màu (21338, plan 000's unit) among them
    expect(province.plans[0]?.id).toBe("syn-42-3t-2024-51");
    expect(province.plans.some((p) => p.id === "syn-42-3t-2024-21338")).toBe(true);
    const whole = generateNationalDataset({ era: "three-tier", seed: 42, provinces: ["51"] });
    expect(JSON.stringify(province.plans)).toBe(JSON.stringify(whole.plans));
  });

  it("rejects options out of range as generateNationalDataset throws them", async () => {
    await expect(generateNationalDatasetAsync({ era: "two-tier", seed: 1, year: 2024 })).rejects.toThrow(
      new RangeError("the two-tier era began in 2025, got 2024"),
    );
    await expect(generateNationalDatasetAsync({ era: "three-tier", seed: 1.5 })).rejects.toThrow(
      new RangeError("seed must be an integer, got 1.5"),
    );
  });
});
