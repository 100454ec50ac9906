import type { Plan } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import {
  codedPassages,
  codingGuideProblems,
  parentBesideChild,
  sameWordingCodedTwoWays,
} from "../_lib/codingGuide";
import { plan002 } from "./plan002";
import { plan003 } from "./plan003";
import { realPlans } from "./realPlans";

/** A copy of a plan with one content item changed. */
function withContentItem(plan: Plan, index: number, change: Partial<Plan["contentItems"][number]>): Plan {
  return {
    ...plan,
    contentItems: plan.contentItems.map((c, i) => (i === index ? { ...c, ...change } : c)),
  };
}

describe.each(realPlans.map((plan) => [plan.provenance.document, plan] as const))("%s", (_file, plan) => {
  it("never codes a parent beside its own child (coding guide R1)", () => {
    expect(parentBesideChild(plan)).toEqual([]);
  });

  it("follows the rules of the coding guide that words decide (R2 to R6)", () => {
    expect(codingGuideProblems(plan)).toEqual([]);
  });
});

it("codes the same wording the same way in every plan (coding guide R7)", () => {
  expect(sameWordingCodedTwoWays(realPlans)).toEqual([]);
});

describe("the checks fail where they should", () => {
  it("reports a parent beside its child", () => {
    // 003 c-a (003:64–72) with the family code beside a child code.
    const broken = withContentItem(plan003, 0, { themes: ["policy", "steering", "steering.inspection"] });
    expect(parentBesideChild(broken)).toEqual([
      {
        code: "parent-beside-child",
        path: "/contentItems/0/themes",
        params: { parent: "steering", child: "steering.inspection" },
      },
    ]);
  });

  it("reports a reform plan disseminated without steering (R4)", () => {
    // 003:64–72 names the national programme and the province's reform plans.
    const broken = withContentItem(plan003, 0, { themes: ["policy"], note: undefined });
    expect(codingGuideProblems(broken)).toEqual([
      {
        code: "guide-rule-broken",
        path: "/contentItems/0",
        params: { rule: "R4", what: "missing steering" },
      },
    ]);
  });

  it("reports the same words coded two ways across plans", () => {
    const item = plan003.contentItems[0];
    if (item === undefined) throw new Error("003 has content items");
    const copy = withContentItem(plan002, 0, { text: item.text, heading: undefined, themes: ["policy"] });
    expect(sameWordingCodedTwoWays([plan003, copy])).toEqual([
      {
        code: "coded-two-ways",
        path: "/contentItems/0",
        params: { plan: plan002.id, first: `${plan003.id}/contentItems/0` },
      },
    ]);
  });

  it("reads a sub-task's own words and codes", () => {
    const subtasks = codedPassages(plan002).filter((p) => p.kind === "subtask");
    // 002 V.1 a) (002:87): the units' own plans, with their deadline.
    expect(
      subtasks.some((p) => p.words.startsWith("căn cứ kế hoạch này, xây dựng và tổ chức thực hiện")),
    ).toBe(true);
  });
});
