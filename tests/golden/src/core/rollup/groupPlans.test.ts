import { groupPlans, type Plan } from "@parcomms/core";
import { plan000, plan001, plan002, plan003, plan004 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

const all: Plan[] = [plan000, plan001, plan002, plan003, plan004];
const summary = (by: Parameters<typeof groupPlans>[1], plans = all) =>
  groupPlans(plans, by).map((g) => ({
    key: g.key,
    label: g.label,
    plans: g.plans.map((p) => p.id.slice(0, 3)),
  }));

describe("groupPlans", () => {
  it("by level: 002 is a province (002:5), 001 a district-level city (001:9), 000, 003, 004 communes", () => {
    expect(summary("level")).toEqual([
      { key: "province", label: "province", plans: ["002"] },
      { key: "district", label: "district", plans: ["001"] },
      { key: "commune", label: "commune", plans: ["000", "003", "004"] },
    ]);
  });

  it("by era: only 004, issued in August 2025 (004:5), belongs to the two-tier era", () => {
    expect(summary("era")).toEqual([
      { key: "three-tier", label: "three-tier", plans: ["000", "001", "002", "003"] },
      { key: "two-tier", label: "two-tier", plans: ["004"] },
    ]);
  });

  it("by province: each plan's province-level parent, or the unit itself for 002", () => {
    // 000 under Quảng Ngãi, 001 under Bắc Giang, 003 under Hải Dương, 004 under Thanh Hóa (their
    // UnitRef.parents, from the official lists; seeds README), 002 is tỉnh Tây Ninh itself.
    expect(summary("province")).toEqual([
      { key: "tinh:bac giang", label: "tỉnh Bắc Giang", plans: ["001"] },
      { key: "tinh:hai duong", label: "tỉnh Hải Dương", plans: ["003"] },
      { key: "tinh:quang ngai", label: "tỉnh Quảng Ngãi", plans: ["000"] },
      { key: "tinh:tay ninh", label: "tỉnh Tây Ninh", plans: ["002"] },
      { key: "tinh:thanh hoa", label: "tỉnh Thanh Hóa", plans: ["004"] },
    ]);
  });

  it("by unit: the path of named units from the province down, spelling marks folded (000:5 'Sơn Mầu' = 'Sơn Màu')", () => {
    const official: Plan = {
      ...plan000,
      id: "000-official-spelling",
      unit: { ...plan000.unit, name: "Sơn Màu" },
    };
    expect(summary("unit", [...all, official])).toEqual([
      { key: "tinh:bac giang/thanh-pho:bac giang", label: "thành phố Bắc Giang", plans: ["001"] },
      { key: "tinh:hai duong/huyen:gia loc/xa:gia tan", label: "xã Gia Tân", plans: ["003"] },
      { key: "tinh:quang ngai/huyen:son tay/xa:son mau", label: "xã Sơn Mầu", plans: ["000", "000"] },
      { key: "tinh:tay ninh", label: "tỉnh Tây Ninh", plans: ["002"] },
      { key: "tinh:thanh hoa/phuong:truc lam", label: "phường Trúc Lâm", plans: ["004"] },
    ]);
  });

  it("puts a plan that names no province-level unit in '(none)', last", () => {
    const orphan: Plan = { ...plan003, unit: { ...plan003.unit, parents: [] } };
    expect(summary("province", [orphan, plan002])).toEqual([
      { key: "tinh:tay ninh", label: "tỉnh Tây Ninh", plans: ["002"] },
      { key: "(none)", label: "(none)", plans: ["003"] },
    ]);
  });

  it("by unit: units with different official codes stay apart though their names fold alike", () => {
    // xã Minh Quán (04516) and xã Minh Quân (04567), both of huyện Trấn Yên, tỉnh Yên Bái (three-tier list).
    const minhQuan = (name: string, code: string): Plan => ({
      ...plan000,
      id: code,
      unit: {
        ...plan000.unit,
        name,
        code: { era: "three-tier", code },
        parents: [
          { kind: "huyen", name: "Trấn Yên" },
          { kind: "tinh", name: "Yên Bái" },
        ],
      },
    });
    const groups = groupPlans(
      [minhQuan("Minh Quân", "04567"), minhQuan("Minh Quán", "04516"), plan000],
      "unit",
    );
    expect(groups.map((g) => [g.key, g.label, g.plans.map((p) => p.id.slice(0, 5))])).toEqual([
      ["tinh:quang ngai/huyen:son tay/xa:son mau", "xã Sơn Mầu", ["000_3"]],
      ["tinh:yen bai/huyen:tran yen/xa:minh quán", "xã Minh Quán", ["04516"]],
      ["tinh:yen bai/huyen:tran yen/xa:minh quân", "xã Minh Quân", ["04567"]],
    ]);
  });
});
