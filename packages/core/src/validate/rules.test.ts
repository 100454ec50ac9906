import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../_testing/blockPlan002";
import type { Activity } from "../model/Activity";
import { minimalPlan } from "./_lib/minimalPlan";
import { semanticRules } from "./_lib/semanticRules";
import { formatIssue } from "./formatIssue";
import type { RuleDescription } from "./RuleDescription";
import { rules } from "./rules";
import type { ValidationIssue } from "./ValidationIssue";
import { type ValidatePlanOptions, validatePlan } from "./validatePlan";

const entries: [string, RuleDescription][] = Object.entries(rules);
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);

/** Inputs that together raise every code validatePlan can reach with the Plan model. */
function corpus(): [unknown, ValidatePlanOptions?][] {
  const plan = minimalPlan();
  const [row3, row5] = plan.activities as [Activity, Activity];
  const broken = {
    ...plan,
    title: "",
    number: 13,
    period: { start: "2024-Q1" },
    issueDate: { year: 2024, day: 5 },
    status: "ban hành",
    colour: "red",
    activities: [
      { ...row3, timeframe: { kind: "quarters", year: "2024", quarters: [5] } },
      { ...row5, origin: { ...row5.origin, lines: { start: 0, end: 374 } } },
    ],
  };
  const unreadable = Object.defineProperty(minimalPlan(), "title", {
    enumerable: true,
    get() {
      throw new Error("boom");
    },
  });
  const cyclic: Record<string, unknown> = { ...minimalPlan() };
  cyclic.purposes = [cyclic];
  let deep: unknown = [];
  for (let i = 0; i < 80; i++) deep = [deep];
  let shared: unknown = "citizens";
  for (let i = 0; i < 25; i++) shared = [shared, shared];
  const faulty = {
    ...minimalPlan(),
    number: { notStated: true, raw: "Số /KH-UBND" },
    issueDate: { year: 2025, month: 8, raw: "ngày tháng 8 năm 2025" },
    unit: { ...plan.unit, code: { era: "three-tier", code: "99999" } },
    focalPoint: { ref: "van-hoa-xa-hoi" },
    audiences: ["people"],
    offices: [
      ...plan.offices,
      {
        id: "vp-hdnd-ubnd",
        name: "Phòng Nội vụ huyện",
        kind: "home-affairs",
        unit: { name: "huyện Gia Lộc", level: "district" },
        aliases: [],
      },
    ],
    activities: [
      { ...row3, themes: ["one-stop"], channels: ["radio"], assignees: [] },
      {
        ...row5,
        quotas: [{ kind: "quota", comparator: "atLeast", count: 20, output: "issue", per: "quarter" }],
      },
      { ...row3, id: "t8", timeframe: { kind: "quarters", year: 2023, quarters: [4], raw: "Quý IV/2023" } },
    ],
  };
  const { number: _, issueDate: __, ...bare } = minimalPlan();
  const { unit: ___, ...unitless } = minimalPlan();
  const { title: _t, period: _p, issuer: _i, ...draft } = minimalPlan();
  const parent = {
    unit: { level: "commune" },
    issueDate: { year: 2024, month: 3 },
    reporting: [{ cadences: ["monthly"] }],
  };
  return [
    [broken],
    [unreadable],
    [cyclic],
    [{ ...minimalPlan(), purposes: deep }],
    [{ ...minimalPlan(), audiences: shared }],
    [faulty, { unitExists: () => false }],
    [minimalPlan(), { parent }],
    [{ ...bare, contentItems: [], formsItems: [] }],
    [{ ...minimalPlan(), schemaVersion: "1.0", issuer: { body: "people-committee" } }],
    [blockPlan002()],
    [{ ...unitless, issuer: { body: "department", level: "province", wording: "Sở Nội vụ" } }],
    [{ ...minimalPlan(), issuer: { body: "people-committee", level: "district" } }],
    [draft],
    [{ ...draft, issuer: { body: "people-committee", wording: "Ủy ban nhân dân" } }],
    [
      { ...minimalPlan(), unit: faulty.unit },
      {
        unitExists: () => {
          throw new Error("lookup down");
        },
      },
    ],
  ] as [unknown, ValidatePlanOptions?][];
}

describe("rules (the catalogue)", () => {
  it("keys every entry by its code, with a title and message in English and Vietnamese, a meaning and a fix", () => {
    for (const [code, entry] of entries) {
      expect(entry.code).toBe(code);
      expect(code).toMatch(/^[a-z]+\.[a-z]+(?:-[a-z]+)*$/);
      for (const text of [
        entry.title.en,
        entry.title.vi,
        entry.message.en,
        entry.message.vi,
        entry.description,
        entry.fix,
      ]) {
        expect(text.trim()).not.toBe("");
      }
    }
  });

  it("uses in each message only declared params, the same in English and in Vietnamese", () => {
    for (const [, entry] of entries) {
      const en = [...new Set(placeholders(entry.message.en))].sort();
      const vi = [...new Set(placeholders(entry.message.vi))].sort();
      expect(vi).toEqual(en);
      for (const name of en) expect(Object.keys(entry.params)).toContain(name);
    }
  });

  it("has one semantic rule for each code outside the structure, validation and schema families (schema.migrated comes from migratePlan)", () => {
    const semantic = entries.map(([code]) => code).filter((c) => !/^(structure|validation|schema)\./.test(c));
    expect(semanticRules.map((r) => r.code).sort()).toEqual(semantic.sort());
  });

  it("holds every code validatePlan emits, with each message's placeholders filled by the issue's params", () => {
    const issues: ValidationIssue[] = corpus().flatMap(
      ([input, options]) => validatePlan(input, options).issues,
    );
    // Not reachable through the Plan model: it has no maximum lengths, every zod issue it yields has its own
    // code, and validatePlan's last-resort catch has nothing left to catch.
    const unreachable = ["structure.too-long", "structure.invalid", "validation.internal-error"];
    expect([...new Set(issues.map((i) => i.code))].sort()).toEqual(
      entries
        .map(([code]) => code)
        .filter((c) => !unreachable.includes(c))
        .sort(),
    );
    for (const issue of issues) {
      const entry = (rules as Readonly<Record<string, RuleDescription>>)[issue.code];
      expect(Object.keys(issue.params).sort()).toEqual(Object.keys(entry?.params ?? { missing: 1 }).sort());
      for (const language of ["en", "vi"] as const) {
        const names = placeholders(entry?.message[language] ?? "");
        for (const name of names) expect(Object.keys(issue.params)).toContain(name);
        for (const name of names) expect(formatIssue(issue, language)).not.toContain(`{${name}}`);
      }
    }
  });
});
