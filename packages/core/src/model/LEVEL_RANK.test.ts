import { describe, expect, it } from "vitest";
import { AdministrativeLevel } from "./AdministrativeLevel";
import { LEVEL_RANK } from "./LEVEL_RANK";

describe("LEVEL_RANK", () => {
  it("ranks every level, the centre highest: central > province > district > commune", () => {
    const levels = [...AdministrativeLevel.options].sort((a, b) => LEVEL_RANK[b] - LEVEL_RANK[a]);
    expect(levels).toEqual(["central", "province", "district", "commune"]);
    expect(Object.keys(LEVEL_RANK).sort()).toEqual([...AdministrativeLevel.options].sort());
  });
});
