import { describe, expect, it } from "vitest";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { eraDistrictAfterReform } from "./eraDistrictAfterReform";

const context = { parent: undefined, unitExists: undefined };

/** The header of phường Trúc Lâm's plan (004:3–8), in the two-tier era. */
function trucLam(): Plan {
  const base = minimalPlan();
  return {
    ...base,
    id: "004-truc-lam-2025",
    title: "Tuyên truyền cải cách hành chính năm 2025",
    unit: {
      name: "Trúc Lâm",
      kind: "phuong",
      level: "commune",
      era: "two-tier",
      parents: [{ kind: "tinh", name: "Thanh Hóa" }],
      match: "not-checked",
    },
    period: { start: "2025", end: "2025" },
    number: { notStated: true, raw: "Số /KH-UBND" },
    issueDate: { year: 2025, month: 8, raw: "ngày tháng 8 năm 2025" },
    references: [],
    activities: [],
    offices: [{ id: "vh-xh", name: "Phòng Văn hóa - Xã hội", kind: "culture-information", aliases: [] }],
    assigneeGroups: [],
    focalPoint: { ref: "vh-xh" },
    budget: undefined,
    reporting: [],
  };
}

describe("era.district-after-reform", () => {
  it("flags 004:112 'Phòng Văn hóa - Xã hội' encoded as an office of a huyện in a plan of August 2025 (004:5)", () => {
    const plan = trucLam();
    plan.offices = [
      { ...(plan.offices[0] as Plan["offices"][number]), unit: { name: "huyện Sơn Tây", level: "district" } },
    ];
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "header.issue-day-not-stated",
          severity: "warning",
          path: "/issueDate",
          params: { date: "2025-08" },
        },
        { code: "header.number-not-stated", severity: "warning", path: "/number", params: {} },
        {
          code: "era.district-after-reform",
          severity: "warning",
          path: "/offices/0/unit/level",
          params: { date: "2025-08", unit: "huyện Sơn Tây" },
        },
      ],
    });
  });

  it("flags a district issuer (thành phố Bắc Giang, 001:5) with a date after the reform, or a period from 2025S2", () => {
    const district: Plan["unit"] = {
      name: "Bắc Giang",
      kind: "thanh-pho",
      level: "district",
      era: "three-tier",
      parents: [{ kind: "tinh", name: "Bắc Giang" }],
      match: "not-checked",
    };
    const dated = { ...minimalPlan(), unit: district, issueDate: { year: 2025, month: 7, day: 1 } };
    expect(eraDistrictAfterReform.check(dated, context)).toEqual([
      {
        code: "era.district-after-reform",
        severity: "warning",
        path: "/unit/level",
        params: { date: "2025-07-01", unit: "thành phố thuộc tỉnh Bắc Giang" },
      },
    ]);
    const { issueDate: _, ...undated } = dated;
    expect(
      eraDistrictAfterReform.check({ ...undated, period: { start: "2025S2", end: "2025S2" } }, context),
    ).toEqual([
      {
        code: "era.district-after-reform",
        severity: "warning",
        path: "/unit/level",
        params: { date: "2025-07-01", unit: "thành phố thuộc tỉnh Bắc Giang" },
      },
    ]);
  });

  it("is quiet for 2024 plans naming district offices (000:158 'Phòng Văn hóa&Thông tin huyện'), before July 2025, and on a bare year 2025", () => {
    const plan = minimalPlan();
    plan.offices.push({
      id: "phong-vhtt-huyen",
      name: "Phòng Văn hóa&Thông tin huyện",
      kind: "culture-information",
      unit: { name: "huyện Sơn Tây", level: "district" },
      aliases: [],
    });
    expect(eraDistrictAfterReform.check(plan, context)).toEqual([]);
    expect(
      eraDistrictAfterReform.check({ ...plan, issueDate: { year: 2025, month: 6, day: 30 } }, context),
    ).toEqual([]);
    expect(eraDistrictAfterReform.check({ ...plan, issueDate: { year: 2025 } }, context)).toEqual([]);
    expect(eraDistrictAfterReform.check(trucLam(), context)).toEqual([]);
  });
});
