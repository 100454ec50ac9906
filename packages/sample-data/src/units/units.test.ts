import { describe, expect, it } from "vitest";
import { adminUnits } from "./adminUnits";
import { childrenOf } from "./childrenOf";
import { findUnit } from "./findUnit";
import { predecessorsOf } from "./predecessorsOf";
import { searchUnits } from "./searchUnits";
import { successorsOf } from "./successorsOf";
import { unitDataCaveats } from "./unitDataCaveats";

const count = (era: "three-tier" | "two-tier", level: string) =>
  adminUnits(era).filter((u) => u.level === level).length;

describe("administrative units", () => {
  it("has 63 provinces, 696 districts and 10,035 communes on 1 March 2025", () => {
    expect([
      count("three-tier", "province"),
      count("three-tier", "district"),
      count("three-tier", "commune"),
    ]).toEqual([63, 696, 10035]);
  });
  it("has 34 provinces and 3,321 communes (2,621 xã, 687 phường, 13 đặc khu) from 1 July 2025", () => {
    const two = adminUnits("two-tier");
    expect([count("two-tier", "province"), count("two-tier", "commune")]).toEqual([34, 3321]);
    expect(["xa", "phuong", "dac-khu"].map((k) => two.filter((u) => u.kind === k).length)).toEqual([
      2621, 687, 13,
    ]);
    expect(two.some((u) => u.level === "district")).toBe(false);
  });
  it("finds the unit of 000 (xã Sơn Mầu, huyện Sơn Tây, Quảng Ngãi) under its official spelling", () => {
    expect(findUnit({ era: "three-tier", code: "21338" })).toEqual({
      code: { era: "three-tier", code: "21338" },
      name: "Sơn Màu",
      kind: "xa",
      level: "commune",
      parent: { era: "three-tier", code: "530" },
      validTo: "2025-06-30",
      successors: successorsOf({ era: "three-tier", code: "21338" }),
    });
    expect(findUnit({ era: "three-tier", code: "530" })?.name).toBe("Sơn Tây");
    expect(findUnit({ era: "three-tier", code: "51" })?.name).toBe("Quảng Ngãi");
  });
  it("reads a code only with its era: 24 is Bắc Giang, then Bắc Ninh", () => {
    expect(findUnit({ era: "three-tier", code: "24" })?.name).toBe("Bắc Giang");
    expect(findUnit({ era: "two-tier", code: "24" })?.name).toBe("Bắc Ninh");
    expect(findUnit({ era: "three-tier", code: "01" })).toMatchObject({
      kind: "thanh-pho-tw",
      level: "province",
    });
  });
  it("finds 'Sơn Mầu' (000:5), 'Son Mau' and NFD text alike", () => {
    const codes = (q: string) => searchUnits(q, { era: "three-tier" }).map((u) => u.code.code);
    expect(codes("Sơn Mầu")).toEqual(["21338"]);
    expect(codes("son mau")).toEqual(["21338"]);
    expect(codes("Sơn Màu".normalize("NFD"))).toEqual(["21338"]);
  });
  it("filters by kind, level and ancestor, and matches prefixes", () => {
    expect(searchUnits("Gia Tân", { era: "three-tier" }).map((u) => u.code.code)).toEqual(["14503"]);
    expect(searchUnits("Gia Tân", { era: "three-tier", within: "30" })).toEqual([]); // not in Hải Dương
    expect(searchUnits("Trúc Lâm", { era: "two-tier", kinds: ["phuong"] }).map((u) => u.code.code)).toEqual([
      "16624",
    ]);
    expect(
      searchUnits("Bắc", { era: "two-tier", level: "province", match: "prefix" }).map((u) => u.name),
    ).toEqual(["Bắc Ninh"]);
  });
  it("lists the children of a unit", () => {
    const giaLoc = searchUnits("Gia Lộc", { era: "three-tier", level: "district" })[0];
    expect(giaLoc?.code.code).toBeDefined();
    expect(childrenOf(giaLoc?.code ?? { era: "three-tier", code: "0" }).map((c) => c.name)).toContain(
      "Gia Phúc",
    );
    expect(childrenOf({ era: "two-tier", code: "38" }).some((c) => c.name === "Trúc Lâm")).toBe(true);
  });
  it("follows units across 2025: Bắc Giang into Bắc Ninh, Long An and Tây Ninh into Tây Ninh, Trúc Lâm 16630 → 16624", () => {
    expect(successorsOf({ era: "three-tier", code: "24" })).toEqual([
      { code: { era: "two-tier", code: "24" }, share: "full" },
    ]);
    expect(
      predecessorsOf({ era: "two-tier", code: "80" })
        .map((p) => p.code.code)
        .sort(),
    ).toEqual(["72", "80"]);
    expect(successorsOf({ era: "three-tier", code: "16630" }).map((s) => s.code.code)).toContain("16624");
    expect(successorsOf({ era: "two-tier", code: "24" })).toEqual([]);
  });
  it("surfaces the known caveats, computed from the data", () => {
    const caveats = Object.fromEntries(unitDataCaveats().map((c) => [c.id, c.codes]));
    expect(caveats["districts-without-communes"]).toEqual(["318", "471", "498", "536", "755"]);
    expect(caveats["mapping-codes-differ"]).toEqual(["06970", "23737"]);
    expect(caveats["mapping-lists-more-old-communes"]?.length).toBe(12);
  });
});
