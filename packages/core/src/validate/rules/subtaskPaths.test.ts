import { describe, expect, it } from "vitest";
import { blockPlan002 } from "../../_testing/blockPlan002";
import { validatePlan } from "../validatePlan";

/** 002 with V.9's info left out, so each test sees only what it plants. */
function plan002() {
  const plan = blockPlan002();
  plan.activities = plan.activities.slice(0, 1);
  return plan;
}

describe("rules that look into 002 V.1's sub-tasks (002:85–95)", () => {
  it("id.duplicate: sub-task ids share the activities' id space", () => {
    const plan = plan002();
    const d = plan.activities[0]?.subtasks?.[3];
    if (!d) throw new Error("fixture changed");
    d.id = "a-assignment-V.1";
    expect(validatePlan(plan).issues).toEqual([
      {
        code: "id.duplicate",
        severity: "error",
        path: "/activities/0/subtasks/3/id",
        params: { id: "a-assignment-V.1", firstPath: "/activities/0/id" },
      },
    ]);
  });

  it("reference.unknown-assignee, -channel: a sub-task's refs and codes, escalation's reporters and via, content items' channels", () => {
    const plan = plan002();
    const b = plan.activities[0]?.subtasks?.[1];
    if (!b) throw new Error("fixture changed");
    b.channels = ["web"];
    b.assignees = [{ ref: "so-tttt", role: "lead" }];
    plan.contentItems = plan.contentItems.map((c) => ({ ...c, channels: ["radio"] }));
    // 002:141 "… báo cáo UBND tỉnh (qua Sở Nội vụ tổng hợp)".
    plan.escalation = [
      {
        trigger: "nếu có phát sinh vướng mắc",
        reporters: [{ ref: "co-quan" }],
        via: [{ ref: "so-noi-vu" }],
        to: ["UBND tỉnh"],
      },
    ];
    expect(validatePlan(plan).issues.map((i) => [i.code, i.path])).toEqual([
      ["reference.unknown-assignee", "/activities/0/subtasks/1/assignees/0/ref"],
      ["reference.unknown-channel", "/activities/0/subtasks/1/channels/0"],
      ["reference.unknown-channel", "/contentItems/0/channels/0"],
      ["reference.unknown-assignee", "/escalation/0/reporters/0/ref"],
    ]);
  });

  it("activity.timeframe-outside-period: a sub-task's own timeframe, 'years' too", () => {
    const plan = plan002();
    const a = plan.activities[0]?.subtasks?.[0];
    if (!a) throw new Error("fixture changed");
    a.timeframe = { kind: "years", start: 2021, end: 2025, raw: "giai đoạn 2021 - 2025" };
    expect(validatePlan(plan).issues).toEqual([
      {
        code: "activity.timeframe-outside-period",
        severity: "warning",
        path: "/activities/0/subtasks/0/timeframe",
        params: {
          activityId: "a-assignment-V.1.a",
          start: "2021-01-01",
          end: "2025-12-31",
          periodStart: "2024-01-01",
          periodEnd: "2024-12-31",
        },
      },
    ]);
  });

  it("quota.unreachable: c)'s one a quarter (002:91) against a sub-task frequency of once a year", () => {
    const plan = plan002();
    const c = plan.activities[0]?.subtasks?.[2];
    if (!c) throw new Error("fixture changed");
    c.frequency = { kind: "frequency", count: 1, per: "year", interval: 1 };
    expect(validatePlan(plan).issues).toEqual([
      {
        code: "quota.unreachable",
        severity: "warning",
        path: "/activities/0/subtasks/2/quotas/0",
        params: {
          activityId: "a-assignment-V.1.c",
          quotaCount: 1,
          output: "article",
          quotaPer: "quarter",
          expected: 0.25,
        },
      },
    ]);
  });
});
