import { describe, expect, it } from "vitest";
import { adminUnits } from "./adminUnits";
import { childrenOf } from "./childrenOf";
import { findUnit } from "./findUnit";
import { loadAdminUnits } from "./loadAdminUnits";

describe("loadAdminUnits", () => {
  it("loads the two-tier units as adminUnits gives them: 34 provinces, 3,321 communes", async () => {
    const table = await loadAdminUnits("two-tier");
    expect(table.era).toBe("two-tier");
    expect(table.units).toEqual(adminUnits("two-tier"));
    expect(table.units.filter((u) => u.level === "province")).toHaveLength(34);
    expect(table.units.filter((u) => u.level === "commune")).toHaveLength(3321);
    // phường Trúc Lâm (004), under tỉnh Thanh Hóa (38)
    expect(table.findUnit("16624")).toEqual(findUnit({ era: "two-tier", code: "16624" }));
    expect(table.findUnit("16624")?.parent).toEqual({ era: "two-tier", code: "38" });
  });

  it("loads the three-tier units with their successors by default, as adminUnits gives them", async () => {
    const table = await loadAdminUnits("three-tier");
    expect(table.units).toEqual(adminUnits("three-tier"));
    expect(table.units).toHaveLength(63 + 696 + 10035);
    expect(table.findUnit("21338")?.name).toBe("Sơn Màu");
    expect(table.findUnit("24")?.successors).toEqual([
      { code: { era: "two-tier", code: "24" }, share: "full" },
    ]);
    expect(table.childrenOf("530")).toEqual(childrenOf({ era: "three-tier", code: "530" }));
    expect(table.childrenOf("21338")).toEqual([]);
    expect(table.findUnit("99999")).toBeUndefined();
  });

  it("leaves the successors out on request, and nothing else", async () => {
    const table = await loadAdminUnits("three-tier", { successors: false });
    expect(table.units.some((u) => u.successors !== undefined)).toBe(false);
    const { successors: _dropped, ...sonMau } = findUnit({ era: "three-tier", code: "21338" }) ?? {};
    expect(table.findUnit("21338")).toEqual(sonMau);
    expect(table.units.map((u) => u.code.code)).toEqual(adminUnits("three-tier").map((u) => u.code.code));
  });

  it("loads each era once: later calls share the table", async () => {
    const [a, b] = await Promise.all([loadAdminUnits("two-tier"), loadAdminUnits("two-tier")]);
    expect(a).toBe(b);
    expect(await loadAdminUnits("three-tier", { successors: false })).not.toBe(
      await loadAdminUnits("three-tier"),
    );
  });

  it("rejects an era that is neither, with a RangeError", async () => {
    // @ts-expect-error: not an era
    await expect(loadAdminUnits("one-tier")).rejects.toThrow(new RangeError('unknown era "one-tier"'));
  });
});
