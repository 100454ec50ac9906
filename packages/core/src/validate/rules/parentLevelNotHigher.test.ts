import { describe, expect, it } from "vitest";
import type { LegalReference } from "../../model/LegalReference";
import type { Plan } from "../../model/Plan";
import { minimalPlan } from "../_lib/minimalPlan";
import { validatePlan } from "../validatePlan";
import { parentLevelNotHigher } from "./parentLevelNotHigher";

const context = { parent: undefined, unitExists: undefined };

/** 000:7, xã Sơn Mầu's parent plan. */
const sonTay: LegalReference = {
  type: "ke-hoach",
  number: "31",
  symbol: "31/KH-UBND",
  date: { year: 2024, month: 2, day: 21 },
  issuer: "UBND huyện Sơn Tây",
  role: "parent-plan",
  raw: "Kế hoạch số 31/KH-UBND ngày 21/02/2024 của UBND huyện Sơn Tây",
};

/** thành phố Bắc Giang (001), a district-level city. */
const bacGiang: Plan["unit"] = {
  name: "Bắc Giang",
  kind: "thanh-pho",
  level: "district",
  era: "three-tier",
  parents: [{ kind: "tinh", name: "Bắc Giang" }],
  match: "not-checked",
};

describe("parent.level-not-higher", () => {
  it("flags 000:7 'UBND huyện Sơn Tây' cited as the parent plan of a district (thành phố Bắc Giang)", () => {
    const plan: Plan = {
      ...minimalPlan(),
      unit: bacGiang,
      issuer: { body: "chair", level: "district" },
      references: [sonTay],
      issueDate: { year: 2024, month: 3, day: 1 },
    };
    expect(validatePlan(plan)).toEqual({
      usable: true,
      plan,
      issues: [
        {
          code: "parent.level-not-higher",
          severity: "warning",
          path: "/references/0/issuer",
          params: { level: "district", parentLevel: "district", source: "reference" },
        },
      ],
    });
  });

  it("with options.parent, compares its unit level and ignores the references", () => {
    const plan = minimalPlan();
    const parent = { unit: { level: "commune" } };
    expect(validatePlan(plan, { parent }).issues).toEqual([
      {
        code: "parent.level-not-higher",
        severity: "warning",
        path: "/unit/level",
        params: { level: "commune", parentLevel: "commune", source: "parent" },
      },
    ]);
    expect(
      validatePlan(
        { ...plan, unit: bacGiang, issuer: { body: "chair", level: "district" } },
        { parent: { unit: { level: "province" } } },
      ).issues,
    ).toEqual([]);
  });

  it("is quiet on 003:4 'UBND huyện Gia Lộc' above xã Gia Tân, on 001:11 'Chủ tịch UBND tỉnh Bắc Giang' above a district, and on issuers without a unit kind", () => {
    expect(parentLevelNotHigher.check(minimalPlan(), context)).toEqual([]);
    const province = { ...sonTay, issuer: "Chủ tịch UBND tỉnh Bắc Giang" };
    expect(
      parentLevelNotHigher.check({ ...minimalPlan(), unit: bacGiang, references: [province] }, context),
    ).toEqual([]);
    const unknown = { ...sonTay, issuer: "Thủ tướng Chính phủ" };
    expect(
      parentLevelNotHigher.check({ ...minimalPlan(), unit: bacGiang, references: [unknown] }, context),
    ).toEqual([]);
    const basis = { ...sonTay, role: "basis" } as const;
    expect(
      parentLevelNotHigher.check({ ...minimalPlan(), unit: bacGiang, references: [basis] }, context),
    ).toEqual([]);
  });

  it("lets a department carry out its own tier's plan: a Sở Nội vụ under a UBND tỉnh plan is in order, a commune's is not", () => {
    const department: Plan = {
      ...minimalPlan(),
      unit: {
        name: "Tây Ninh",
        kind: "tinh",
        level: "province",
        era: "three-tier",
        parents: [],
        match: "not-checked",
      },
      issuer: { body: "department", level: "province", wording: "Sở Nội vụ tỉnh Tây Ninh" },
    };
    expect(parentLevelNotHigher.check(department, { ...context, parent: { level: "province" } })).toEqual([]);
    expect(parentLevelNotHigher.check(department, { ...context, parent: { level: "commune" } })).toEqual([
      {
        code: "parent.level-not-higher",
        severity: "warning",
        path: "/unit/level",
        params: { level: "province", parentLevel: "commune", source: "parent" },
      },
    ]);
  });
});
