import { type Plan, planCompleteness } from "@parcomms/core";
import { adminUnits, childrenOf, plan000, plan001, plan002, plan003, plan004 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

const all: Plan[] = [plan000, plan001, plan002, plan003, plan004];
const sonTay = { era: "three-tier", code: "530" } as const;
const thanhHoa = { era: "two-tier", code: "38" } as const;

// The 9 communes of huyện Sơn Tây in units-three-tier.json (rows with parent 530), in code order.
const SON_TAY_COMMUNES: [string, string][] = [
  ["21331", "Sơn Bua"],
  ["21334", "Sơn Mùa"],
  ["21335", "Sơn Liên"],
  ["21337", "Sơn Tân"],
  ["21338", "Sơn Màu"],
  ["21340", "Sơn Dung"],
  ["21341", "Sơn Long"],
  ["21343", "Sơn Tinh"],
  ["21346", "Sơn Lập"],
];

describe("planCompleteness", () => {
  it("000:5 huyện Sơn Tây in 2024: xã Sơn Mầu (21338) has its plan, the other 8 communes are missing: 1/9", () => {
    const units = SON_TAY_COMMUNES.map(([code, name]) => ({
      code: { era: "three-tier", code },
      name,
      kind: "xa",
      status: code === "21338" ? "has-plan" : "missing",
      plans: code === "21338" ? [plan000.id] : [],
    }));
    expect(planCompleteness(sonTay, childrenOf(sonTay), all, "2024")).toEqual({
      parent: sonTay,
      period: { start: "2024", end: "2024" },
      units,
      expected: 9,
      hasPlan: 1,
      missing: 8,
      notExpected: 0,
      rate: 1 / 9,
      withoutPeriod: [],
    });
  });

  it("Sơn Tây's communes are expected in 2025 (they lasted to 30 June), not in 2026: 0 is not blank", () => {
    // 000 is a 2024 plan, so for 2025 all 9 are missing (rate 0). The three-tier units end on
    // 2025-06-30, so for 2026 none is expected and the rate is blank (undefined).
    const in2025 = planCompleteness(sonTay, childrenOf(sonTay), all, "2025");
    expect([in2025.expected, in2025.hasPlan, in2025.missing, in2025.notExpected, in2025.rate]).toEqual([
      9, 0, 9, 0, 0,
    ]);
    const in2026 = planCompleteness(sonTay, childrenOf(sonTay), all, "2026");
    expect([in2026.expected, in2026.hasPlan, in2026.missing, in2026.notExpected, in2026.rate]).toEqual([
      0,
      0,
      0,
      9,
      undefined,
    ]);
    expect(new Set(in2026.units.map((u) => u.status))).toEqual(new Set(["not-expected"]));
  });

  it("tỉnh Thanh Hóa (two-tier 38) in 2025: phường Trúc Lâm (004, 16624) is 1 of 166 communes", () => {
    // 166 rows of units-two-tier.json have parent 38; adminUnits passes all 3,321 communes and 34
    // provinces, and only Thanh Hóa's children count.
    const result = planCompleteness(thanhHoa, adminUnits("two-tier"), all, { start: "2025", end: "2025" });
    expect([result.units.length, result.expected, result.hasPlan, result.missing, result.rate]).toEqual([
      166,
      166,
      1,
      165,
      1 / 166,
    ]);
    expect(result.units.filter((u) => u.status === "has-plan")).toEqual([
      {
        code: { era: "two-tier", code: "16624" },
        name: "Trúc Lâm",
        kind: "phuong",
        status: "has-plan",
        plans: [plan004.id],
      },
    ]);
  });

  it("two-tier communes are not expected for 2024 or the first half of 2025: blank, not zero", () => {
    for (const period of ["2024", "2025S1"] as const) {
      const result = planCompleteness(thanhHoa, childrenOf(thanhHoa), all, period);
      expect([result.expected, result.notExpected, result.rate]).toEqual([0, 166, undefined]);
    }
  });

  it("cannot match 003 (xã Gia Tân, not found in the lists: no code) to any unit of huyện Gia Lộc", () => {
    const giaLoc = { era: "three-tier", code: "297" } as const;
    const result = planCompleteness(giaLoc, childrenOf(giaLoc), [plan003], "2024");
    expect([result.expected, result.hasPlan, result.rate]).toEqual([14, 0, 0]);
  });
});
