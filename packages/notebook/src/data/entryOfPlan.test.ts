import { plan000, plan002, plan004 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { entryOfPlan } from "./entryOfPlan";

describe("entryOfPlan", () => {
  it("describes xã Sơn Mầu with its province and official spelling for search (000:5, 000:9)", () => {
    const entry = entryOfPlan(plan000, "real");
    expect(entry).toMatchObject({
      id: "000_34833a3694ee8a96",
      unit: "xã Sơn Mầu",
      province: "tỉnh Quảng Ngãi",
      level: "commune",
      era: "three-tier",
      year: 2024,
      code: "21338",
    });
    expect(entry.search).toContain("son mau");
    expect(entry.search).toContain("quang ngai");
  });

  it("uses the province itself as the province of a provincial plan (002: UBND tỉnh Tây Ninh)", () => {
    expect(entryOfPlan(plan002, "real")).toMatchObject({ unit: "tỉnh Tây Ninh", province: "tỉnh Tây Ninh" });
  });

  it("puts phường Trúc Lâm in the two-tier era of 2025 and keeps the file of an own plan", () => {
    expect(entryOfPlan(plan004, "own", "tl.json")).toMatchObject({
      era: "two-tier",
      year: 2025,
      origin: "own",
      file: "tl.json",
    });
  });
});
