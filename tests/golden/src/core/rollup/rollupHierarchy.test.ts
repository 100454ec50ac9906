import {
  type Plan,
  type RollupHierarchy,
  type RollupNode,
  rollupHierarchy,
  type UnitRef,
} from "@parcomms/core";
import {
  findUnit,
  generateNationalDataset,
  plan000,
  plan001,
  plan002,
  plan003,
  plan004,
} from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

/** The plan's unit; the five real plans all have one. */
function unitOf(plan: Plan) {
  if (plan.unit === undefined) throw new Error(`${plan.id} has no unit`);
  return plan.unit;
}

const all: Plan[] = [plan000, plan001, plan002, plan003, plan004];

// The 28 top-level themes and 6 channel families of the codelists, in codelist order.
const TOP_THEMES = [
  "institutions",
  "procedures",
  "apparatus",
  "civil-service",
  "public-finance",
  "digital-government",
  "steering",
  "policy",
  "leadership",
  "importance",
  "results",
  "indices",
  "one-stop-shop",
  "online-services",
  "project-06",
  "digital-transformation",
  "decentralisation",
  "discipline",
  "anti-corruption",
  "models-initiatives",
  "hotlines-feedback",
  "procedure-posting",
  "satisfaction",
  "grassroots-democracy",
  "iso-9001",
  "investment-climate",
  "emulation",
  "citizen-rights",
];
const CHANNEL_FAMILIES = ["broadcast", "press", "online", "outdoor-print", "in-person", "official-posting"];

const node = (h: RollupHierarchy, id: string): RollupNode => {
  const found = h.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const share = (list: { code: string; share: number | undefined }[], code: string) =>
  list.find((c) => c.code === code)?.share;

describe("rollupHierarchy", () => {
  it("five real plans by their named parents: five provinces, the units between them and the plans", () => {
    // UnitRef.parents of each plan (official lists, seeds README): 000 xã Sơn Mầu < huyện Sơn Tây <
    // tỉnh Quảng Ngãi; 001 thành phố Bắc Giang < tỉnh Bắc Giang; 002 is tỉnh Tây Ninh; 003 xã Gia Tân <
    // huyện Gia Lộc < tỉnh Hải Dương; 004 phường Trúc Lâm < tỉnh Thanh Hóa (two tiers, 004:5). No plan is
    // another's parent, so each sits alone under nodes with no plan of their own.
    const h = rollupHierarchy(all);
    expect(h.roots).toEqual([
      "tinh:bac giang",
      "tinh:hai duong",
      "tinh:quang ngai",
      "tinh:tay ninh",
      "tinh:thanh hoa",
    ]);
    expect(
      h.nodes.map((n) => [
        n.id,
        n.label,
        n.level,
        n.parent,
        n.childIds,
        n.planIds,
        n.own.plans,
        n.children.plans,
      ]),
    ).toEqual([
      [
        "tinh:bac giang",
        "tỉnh Bắc Giang",
        "province",
        undefined,
        ["tinh:bac giang/thanh-pho:bac giang"],
        [],
        0,
        1,
      ],
      [
        "tinh:bac giang/thanh-pho:bac giang",
        "thành phố Bắc Giang",
        "district",
        "tinh:bac giang",
        [],
        [plan001.id],
        1,
        0,
      ],
      ["tinh:hai duong", "tỉnh Hải Dương", "province", undefined, ["tinh:hai duong/huyen:gia loc"], [], 0, 1],
      [
        "tinh:hai duong/huyen:gia loc",
        "huyện Gia Lộc",
        "district",
        "tinh:hai duong",
        ["tinh:hai duong/huyen:gia loc/xa:gia tan"],
        [],
        0,
        1,
      ],
      [
        "tinh:hai duong/huyen:gia loc/xa:gia tan",
        "xã Gia Tân",
        "commune",
        "tinh:hai duong/huyen:gia loc",
        [],
        [plan003.id],
        1,
        0,
      ],
      [
        "tinh:quang ngai",
        "tỉnh Quảng Ngãi",
        "province",
        undefined,
        ["tinh:quang ngai/huyen:son tay"],
        [],
        0,
        1,
      ],
      [
        "tinh:quang ngai/huyen:son tay",
        "huyện Sơn Tây",
        "district",
        "tinh:quang ngai",
        ["tinh:quang ngai/huyen:son tay/xa:son mau"],
        [],
        0,
        1,
      ],
      [
        "tinh:quang ngai/huyen:son tay/xa:son mau",
        "xã Sơn Mầu",
        "commune",
        "tinh:quang ngai/huyen:son tay",
        [],
        [plan000.id],
        1,
        0,
      ],
      ["tinh:tay ninh", "tỉnh Tây Ninh", "province", undefined, [], [plan002.id], 1, 0],
      [
        "tinh:thanh hoa",
        "tỉnh Thanh Hóa",
        "province",
        undefined,
        ["tinh:thanh hoa/phuong:truc lam"],
        [],
        0,
        1,
      ],
      [
        "tinh:thanh hoa/phuong:truc lam",
        "phường Trúc Lâm",
        "commune",
        "tinh:thanh hoa",
        [],
        [plan004.id],
        1,
        0,
      ],
    ]);
  });

  it("tỉnh Quảng Ngãi: its own aggregate is empty, its children's is 000's (18 tasks, 22 themes)", () => {
    // 000 has 18 tasks (9 forms items 000:75-127; 5 assignments 000:135-151, V.2 and V.5 holding three
    // bulleted tasks each: 9 + 3 + 3 + 3), no rate (0 outputs), and covers 22 top-level themes (steering
    // since 000:31 is coded by coding guide R4) and 5 of 6 channel families (see codelistCoverage.test.ts). One unit: shares
    // are 1 or 0. With no plan of its own, the province's own shares are blank (undefined), not 0.
    const covered = new Set([
      "procedures",
      "apparatus",
      "civil-service",
      "public-finance",
      "digital-government",
      "steering",
      "policy",
      "leadership",
      "importance",
      "results",
      "indices",
      "one-stop-shop",
      "online-services",
      "project-06",
      "digital-transformation",
      "decentralisation",
      "discipline",
      "models-initiatives",
      "hotlines-feedback",
      "procedure-posting",
      "satisfaction",
      "citizen-rights",
    ]);
    const one = (code: string, yes: boolean) => ({ code, units: yes ? 1 : 0, share: yes ? 1 : 0 });
    const province = node(rollupHierarchy(all), "tinh:quang ngai");
    expect(province.own).toEqual({
      plans: 0,
      units: 0,
      activities: 0,
      expectedOutputs: 0,
      themeCoverage: TOP_THEMES.map((code) => ({ code, units: 0, share: undefined })),
      channelCoverage: CHANNEL_FAMILIES.map((code) => ({ code, units: 0, share: undefined })),
    });
    expect(province.children).toEqual({
      plans: 1,
      units: 1,
      activities: 18,
      expectedOutputs: 0,
      themeCoverage: TOP_THEMES.map((code) => one(code, covered.has(code))),
      channelCoverage: CHANNEL_FAMILIES.map((code) => one(code, code !== "outdoor-print")),
    });
    expect(province.total).toEqual(province.children);
  });

  it("a unit with its own plan and plans below counts its own once, apart from its children's", () => {
    // A made-up tree over the real plans, to exercise the semantics: 002 (tỉnh Tây Ninh) above 000, 001 and
    // 003; 004 above nothing but under 001. Tasks (planTasks: a block's sub-tasks in place of the block):
    // 000 18 (14 activities, V.2 and V.5 of three tasks each), 001 23 (17 activities; IV.1, IV.2, IV.5 and
    // appendix row 7 of 4, 2, 2 and 2), 002 23 (its 9 assignment blocks, 002:85-139), 003 26 (17 activities;
    // VI.1-VI.4 and VI.8 of 14), 004 15 (IV.1-IV.4 of 14, and IV.5). Outputs a year: 001 52 (001:156
    // weekly), 002 36 (V.1 b) 12 + V.1 c) 4 + V.6 4 + V.7 4 + V.8 a) 12, 002:89-131), 003 12 (003:374
    // monthly), 000 and 004 none.
    const h = rollupHierarchy(all, {
      parentOf: (p) =>
        p === plan002 ? undefined : p === plan004 ? "tinh:bac giang/thanh-pho:bac giang" : "tinh:tay ninh",
      unitOf: (p) =>
        p === plan002 ? "tinh:tay ninh" : p === plan001 ? "tinh:bac giang/thanh-pho:bac giang" : p.id,
    });
    expect(h.roots).toEqual(["tinh:tay ninh"]);
    const top = node(h, "tinh:tay ninh");
    const counts = (a: RollupNode["own"]) => [a.plans, a.units, a.activities, a.expectedOutputs];
    expect([counts(top.own), counts(top.children), counts(top.total)]).toEqual([
      [1, 1, 23, 36],
      [4, 4, 18 + 23 + 26 + 15, 52 + 12],
      [5, 5, 105, 100],
    ]);
    // Thành phố Bắc Giang: its own 001, and 004 below it.
    const city = node(h, "tinh:bac giang/thanh-pho:bac giang");
    expect([counts(city.own), counts(city.children), counts(city.total)]).toEqual([
      [1, 1, 23, 52],
      [1, 1, 15, 0],
      [2, 2, 38, 52],
    ]);
    // Institutional reform: 001 (item 1.4.1, 001:45), 002 (item b, 002:49) and 003 (item b, 003:75) name it;
    // 000 and 004 do not. ISO 9001 only 003 (003:233). Investment climate: 002 (002:57, 002:123) and 003
    // (assignment 4, 003:222).
    // Outdoor and print channels: all but 000.
    const shares = (a: RollupNode["own"]) => [
      share(a.themeCoverage, "institutions"),
      share(a.themeCoverage, "iso-9001"),
      share(a.themeCoverage, "investment-climate"),
      share(a.channelCoverage, "outdoor-print"),
    ];
    expect([shares(top.own), shares(top.children), shares(top.total)]).toEqual([
      [1, 0, 1, 1],
      [2 / 4, 1 / 4, 1 / 4, 3 / 4],
      [3 / 5, 1 / 5, 2 / 5, 4 / 5],
    ]);
  });

  it("sums counts over time but counts a unit once: 000 for 2024 and for 2025", () => {
    const again: Plan = { ...plan000, id: "000-2025", period: { start: "2025", end: "2025" } };
    const h = rollupHierarchy([plan000, again]);
    const commune = node(h, "tinh:quang ngai/huyen:son tay/xa:son mau");
    expect([commune.planIds, commune.own.plans, commune.own.units, commune.own.activities]).toEqual([
      [plan000.id, "000-2025"],
      2,
      1,
      36,
    ]);
    const district = node(h, "tinh:quang ngai/huyen:son tay");
    expect([
      district.children.plans,
      district.children.units,
      share(district.children.themeCoverage, "policy"),
    ]).toEqual([2, 1, 1]);
  });

  it("counts a multi-year plan's outputs over every year of its period", () => {
    // 003:374 "Mỗi tháng 01 kỳ": 12 a year; over 2022-2025, 48.
    const h = rollupHierarchy([{ ...plan003, period: { start: "2022", end: "2025" } }]);
    expect(node(h, "tinh:hai duong/huyen:gia loc/xa:gia tan").own.expectedOutputs).toBe(48);
  });

  it("falls back on the parent-plan reference when a plan names no parents (000:7, 001:11)", () => {
    // 000:7 "Kế hoạch số 31/KH-UBND … của UBND huyện Sơn Tây"; 001:11 "Kế hoạch số 14/KH-UBND … của Chủ
    // tịch UBND tỉnh Bắc Giang". Without UnitRef.parents, the issuers give the parents; 002 has none.
    const orphan = (p: Plan): Plan => ({ ...p, unit: { ...unitOf(p), parents: [] } });
    const h = rollupHierarchy([orphan(plan000), orphan(plan001), orphan(plan002)]);
    expect(h.nodes.map((n) => [n.id, n.label, n.level, n.parent])).toEqual([
      ["huyen:son tay", "huyện Sơn Tây", "district", undefined],
      ["xa:son mau", "xã Sơn Mầu", "commune", "huyen:son tay"],
      ["tinh:bac giang", "tỉnh Bắc Giang", "province", undefined],
      ["thanh-pho:bac giang", "thành phố Bắc Giang", "district", "tinh:bac giang"],
      ["tinh:tay ninh", "tỉnh Tây Ninh", "province", undefined],
    ]);
  });

  it("reads 'TP.' in a commune's parent-plan issuer as the city one level up, not a centrally governed city", () => {
    // A ward of thành phố Bắc Giang (001:5 writes the city "TP. Bắc Giang") citing the city's plan.
    const ward: Plan = {
      ...plan000,
      unit: { ...unitOf(plan000), parents: [] },
      references: plan000.references.map((r) =>
        r.role === "parent-plan" ? { ...r, issuer: "UBND TP. Bắc Giang" } : r,
      ),
    };
    expect(rollupHierarchy([ward]).nodes.map((n) => [n.id, n.label, n.level])).toEqual([
      ["thanh-pho:bac giang", "thành phố Bắc Giang", "district"],
      ["xa:son mau", "xã Sơn Mầu", "commune"],
    ]);
  });

  it("links by official codes when the caller supplies them from the unit tables", () => {
    // 000: Sơn Màu 21338 < Sơn Tây 530 < Quảng Ngãi 51; 001: 213 < Bắc Giang 24; 002: Tây Ninh 72;
    // 004: Trúc Lâm 16624 < Thanh Hóa 38 (two-tier). 003 has no code (not found, see plan003).
    const id = (code: { era: string; code: string }) => `${code.era}:${code.code}`;
    const up = (era: "three-tier" | "two-tier", code: string) => {
      const parent = findUnit({ era, code })?.parent;
      return parent && id(parent);
    };
    const h = rollupHierarchy([plan000, plan001, plan002, plan004], {
      unitOf: (p) => (p.unit?.code ? id(p.unit.code) : p.id),
      parentOf: (p) => p.unit?.code && up(p.unit.code.era, p.unit.code.code),
      parentOfUnit: (unit) => {
        const [era, code] = unit.split(":") as ["three-tier" | "two-tier", string];
        return up(era, code);
      },
    });
    expect(h.nodes.map((n) => [n.id, n.label, n.parent, n.total.plans])).toEqual([
      ["three-tier:24", "three-tier:24", undefined, 1],
      ["three-tier:213", "thành phố Bắc Giang", "three-tier:24", 1],
      ["three-tier:51", "three-tier:51", undefined, 1],
      ["three-tier:530", "three-tier:530", "three-tier:51", 1],
      ["three-tier:21338", "xã Sơn Mầu", "three-tier:530", 1],
      ["three-tier:72", "tỉnh Tây Ninh", undefined, 1],
      ["two-tier:38", "two-tier:38", undefined, 1],
      ["two-tier:16624", "phường Trúc Lâm", "two-tier:38", 1],
    ]);
  });

  it("breaks a cycle of parent links instead of looping", () => {
    const h = rollupHierarchy([plan000, plan001], {
      unitOf: (p) => p.id,
      parentOf: (p) => (p === plan000 ? plan001.id : plan000.id),
    });
    expect(h.nodes.map((n) => n.total.plans).sort()).toEqual([1, 2]);
    expect(h.roots).toHaveLength(1);
  });

  it("never merges official units whose names fold alike: phường Sa Pa (03001) and phường Sa Pả (03002)", () => {
    // Both are phường of thị xã Sa Pa (088), tỉnh Lào Cai (10) in the three-tier list; plans built from 000.
    const saPa = (id: string, name: string, code?: string): Plan => {
      const unit: UnitRef = {
        name,
        kind: "phuong",
        level: "commune",
        era: "three-tier",
        parents: [
          { kind: "thi-xa", name: "Sa Pa" },
          { kind: "tinh", name: "Lào Cai" },
        ],
        match: code ? "exact" : "not-checked",
      };
      return { ...plan000, id, unit: code ? { ...unit, code: { era: "three-tier", code } } : unit };
    };
    // A third plan of Sa Pả without a code, in NFD and upper case: still Sa Pả, by its marks.
    const plans = [
      saPa("a", "Sa Pa", "03001"),
      saPa("b", "Sa Pả", "03002"),
      saPa("c", "SA PẢ".normalize("NFD")),
    ];
    const h = rollupHierarchy(plans);
    expect(h.nodes.map((n) => [n.id, n.label, n.planIds, n.total.units])).toEqual([
      ["tinh:lao cai", "tỉnh Lào Cai", [], 2],
      ["tinh:lao cai/thi-xa:sa pa", "thị xã Sa Pa", [], 2],
      ["tinh:lao cai/thi-xa:sa pa/phuong:sa pa", "phường Sa Pa", ["a"], 1],
      ["tinh:lao cai/thi-xa:sa pa/phuong:sa pả", "phường Sa Pả", ["b", "c"], 1],
    ]);
    // 000's 18 tasks (000:75-151) per plan.
    expect(node(h, "tinh:lao cai").total.activities).toBe(3 * 18);
    // Without a second code, folding still joins the spellings (000:5 "Sơn Mầu", the lists' "Sơn Màu").
    expect(rollupHierarchy([saPa("a", "Sa Pa", "03001"), saPa("c", "Sa Pả")]).nodes).toHaveLength(3);
  });

  it("gives every unit of the national synthetic dataset its own node", () => {
    // 22 pairs of communes there fold alike (Sa Pa 03001/Sa Pả 03002, Minh Quán 04516/Minh Quân 04567 …).
    const plans = generateNationalDataset({ era: "three-tier", seed: 1 }).plans;
    const h = rollupHierarchy(plans);
    expect(h.nodes).toHaveLength(plans.length);
    expect(
      h.nodes.filter((n) => n.id.startsWith("tinh:yen bai/huyen:tran yen/xa:minh qu")).map((n) => n.label),
    ).toEqual(["xã Minh Quán", "xã Minh Quân"]);
  }, 60_000);
});
