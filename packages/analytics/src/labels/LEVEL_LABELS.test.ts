import { describe, expect, it } from "vitest";
import { LEVEL_LABELS } from "./LEVEL_LABELS";

describe("LEVEL_LABELS", () => {
  it("names the four levels in Vietnamese and English", () => {
    expect(LEVEL_LABELS).toEqual({
      central: { vi: "Trung ương", en: "Central" },
      province: { vi: "Cấp tỉnh", en: "Province" },
      district: { vi: "Cấp huyện", en: "District" },
      commune: { vi: "Cấp xã", en: "Commune" },
    });
  });
});
