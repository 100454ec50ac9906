import { realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { centralPlan } from "../_testing/plans11";
import { unitLabels } from "./unitLabels";

describe("unitLabels", () => {
  it("labels the five real plans' units with their kind words, and their provinces", () => {
    expect(realPlans.map((plan) => unitLabels(plan))).toEqual([
      { unit: "xã Sơn Mầu", province: "tỉnh Quảng Ngãi" },
      { unit: "thành phố Bắc Giang", province: "tỉnh Bắc Giang" },
      { unit: "tỉnh Tây Ninh", province: "tỉnh Tây Ninh" },
      { unit: "xã Gia Tân", province: "tỉnh Hải Dương" },
      { unit: "phường Trúc Lâm", province: "tỉnh Thanh Hóa" },
    ]);
  });
});

describe("unitLabels of a plan with no unit (model 1.1)", () => {
  it("labels a central plan (Bộ Nội vụ) 'Trung ương' / 'Central', with no province", () => {
    expect(unitLabels(centralPlan())).toEqual({ unit: "Trung ương", province: undefined });
    expect(unitLabels(centralPlan(), "en")).toEqual({ unit: "Central", province: undefined });
  });
});
