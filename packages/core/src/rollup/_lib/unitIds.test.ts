import { describe, expect, it } from "vitest";
import type { Plan } from "../../model/Plan";
import type { UnitRef } from "../../model/UnitRef";
import { minimalPlan } from "../../validate/_lib/minimalPlan";
import { unitIds } from "./unitIds";
import { unitSteps } from "./unitPath";

/** 000's unit, xã Sơn Mầu as the plan writes it (000:5, 000:9), on a small plan of core's own. */
const plan000: Plan & { unit: UnitRef } = {
  ...minimalPlan(),
  id: "000_34833a3694ee8a96",
  unit: {
    name: "Sơn Mầu",
    kind: "xa",
    level: "commune",
    era: "three-tier",
    code: { era: "three-tier", code: "21338" },
    officialName: "Sơn Màu",
    parents: [
      { kind: "huyen", name: "Sơn Tây" },
      { kind: "tinh", name: "Quảng Ngãi" },
    ],
    match: "spelling-differs",
  },
};

/** A copy of 000 issued by another unit. */
const planOf = (
  id: string,
  unit: Partial<UnitRef> & Pick<UnitRef, "name" | "kind" | "level">,
): Plan & { unit: UnitRef } => {
  const { code: _code, officialName: _official, note: _note, ...rest } = plan000.unit;
  return { ...plan000, id, unit: { ...rest, match: "not-checked", parents: [], ...unit } };
};
const code = (digits: string) => ({ era: "three-tier" as const, code: digits });
const idOf = (ids: ReturnType<typeof unitIds>, plan: Plan & { unit: UnitRef }) =>
  ids(unitSteps(plan.unit), plan.unit.code).join("/");

describe("unitIds", () => {
  it("folds names when no two codes meet: 000:5 'Sơn Mầu' and the lists' 'Sơn Màu' are one unit", () => {
    const official = { ...plan000, unit: { ...plan000.unit, name: "Sơn Màu" } };
    const ids = unitIds([plan000, official]);
    expect(idOf(ids, plan000)).toBe("tinh:quang ngai/huyen:son tay/xa:son mau");
    expect(idOf(ids, official)).toBe("tinh:quang ngai/huyen:son tay/xa:son mau");
  });

  it("splits by code as the last resort when two codes share one spelling", () => {
    // Hypothetical: two communes written alike under one district, told apart only by their codes.
    const parents = [{ kind: "huyen" as const, name: "Sơn Tây" }];
    const a = planOf("a", { name: "Sơn Bua", kind: "xa", level: "commune", parents, code: code("21334") });
    const b = planOf("b", { name: "Sơn  Bua", kind: "xa", level: "commune", parents, code: code("21335") });
    const ids = unitIds([a, b]);
    expect([idOf(ids, a), idOf(ids, b)]).toEqual([
      "huyen:son tay/xa:sơn bua#21334",
      "huyen:son tay/xa:sơn bua#21335",
    ]);
  });

  it("carries the children of a split parent with the parent they name by its marks", () => {
    // Hypothetical: two districts of one province whose names differ only in marks, each with a commune.
    const province = { kind: "tinh" as const, name: "Lào Cai" };
    const hoa = planOf("h1", {
      name: "Hòa An",
      kind: "huyen",
      level: "district",
      parents: [province],
      code: code("901"),
    });
    const hoaAn = planOf("h2", {
      name: "Hoà Ấn",
      kind: "huyen",
      level: "district",
      parents: [province],
      code: code("902"),
    });
    const commune = (id: string, district: string) =>
      planOf(id, {
        name: "Tân Lập",
        kind: "xa",
        level: "commune",
        parents: [{ kind: "huyen", name: district }, province],
      });
    // "Hoà An" places the tone mark otherwise than "Hòa An" (nameKey ignores that), and "HOÀ ẤN" is in capitals.
    const [c1, c2] = [commune("c1", "Hoà An"), commune("c2", "HOÀ ẤN")];
    const ids = unitIds([c1, c2, hoa, hoaAn]);
    expect([hoa, hoaAn, c1, c2].map((p) => idOf(ids, p))).toEqual([
      "tinh:lao cai/huyen:hòa an",
      "tinh:lao cai/huyen:hoà ấn",
      "tinh:lao cai/huyen:hòa an/xa:tan lap",
      "tinh:lao cai/huyen:hoà ấn/xa:tan lap",
    ]);
  });
});
