import { planTables } from "@parcomms/formats";
import { plan000, plan002, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { planFrames } from "./planFrames";

describe("planFrames", () => {
  const frames = planFrames(realPlans);
  const tables = planTables(realPlans);

  it("has the rows of the tidy tables of planTables", () => {
    expect(frames.plans.numRows()).toBe(tables.plans.rows.length);
    expect(frames.activities.numRows()).toBe(tables.activities.rows.length);
    expect(frames.activityThemes.numRows()).toBe(tables.activity_themes.rows.length);
    expect(frames.activityChannels.numRows()).toBe(tables.activity_channels.rows.length);
    expect(frames.plans.columnNames()).toEqual(tables.plans.columns.map((c) => c.name));
    expect(frames.activities.numRows()).toBe(realPlans.reduce((n, p) => n + p.activities.length, 0));
  });

  it("adds each theme's top-level code", () => {
    const indices = frames.activityThemes
      .filter((d: { theme_top: string }) => d.theme_top === "indices")
      .groupby("plan_id")
      .count()
      .objects();
    expect(indices).toEqual([
      { plan_id: "002_9c9d59d1a9d0f229", count: 2 },
      { plan_id: "003_c2f82bd70c212939", count: 4 },
    ]);
  });

  it("lists offices with roles, the plan's focal point first", () => {
    // 000:135 "Văn hóa – Xã hội: Làm đầu mối"; it leads five tasks, as officeWorkload counts them.
    const own = frames.offices.filter((d: { plan_id: string }) => d.plan_id === "000_34833a3694ee8a96");
    expect(own.objects()[0]).toEqual({
      plan_id: plan000.id,
      activity_id: null,
      assignee_ref: "vhxh",
      assignee_type: "office",
      role: "focal-point",
      wording: "Văn hóa – Xã hội",
      name: "Văn hóa – Xã hội xã",
      office_kind: "culture-information",
    });
    const leads = own
      .filter((d: { role: string; assignee_ref: string }) => d.role === "lead" && d.assignee_ref === "vhxh")
      .numRows();
    expect(leads).toBe(5);
    expect(frames.offices.numRows()).toBe(tables.activity_offices.rows.length + realPlans.length);
  });

  it("is empty for no plans", () => {
    expect(planFrames([]).activities.numRows()).toBe(0);
  });
});

describe("planFrames tasks (model 1.1)", () => {
  const frames = planFrames([plan002]);

  it("has one row per piece of work: 002 V.1's lettered tasks in place of the block, each with its lines", () => {
    // 002:87 a) … "Chậm nhất ngày 20/04/2024"; b)–e) at 002:89, 91, 93, 95 carry no date of their own.
    // Nine blocks V.1-V.9, 23 pieces of work: V.1 a)-e), V.2 a)-d), V.3 a)-d), V.4 a)-c), V.8 a)-c) and four blocks without tasks.
    expect(frames.tasks.numRows()).toBe(
      plan002.activities.reduce((n, a) => n + Math.max(1, a.subtasks?.length ?? 0), 0),
    );
    expect(frames.tasks.numRows()).toBe(23);
    expect(frames.tasks.numRows()).toBeGreaterThan(frames.activities.numRows());
    const v1 = frames.tasks
      .filter((d: { activity_id: string }) => d.activity_id === "a-assignment-V.1")
      .objects() as {
      task_id: string;
      subtask_ref: string | null;
      timeframe_kind: string | null;
      line_start: number;
    }[];
    expect(v1.map((r) => [r.task_id, r.subtask_ref, r.timeframe_kind, r.line_start])).toEqual([
      ["a-assignment-V.1.a", "a", "deadline", 87],
      ["a-assignment-V.1.b", "b", null, 89],
      ["a-assignment-V.1.c", "c", null, 91],
      ["a-assignment-V.1.d", "d", null, 93],
      ["a-assignment-V.1.e", "e", null, 95],
    ]);
  });

  it("gives a sub-task its own assignees, else its block's, and keeps the requested role", () => {
    // 002:95 e) names the districts alone; 002:137 "Đề nghị Ủy ban Mặt trận Tổ quốc…".
    const of = (task: string) =>
      frames.taskAssignees
        .params({ task })
        .filter((d: { task_id: string }, $: { task: string }) => d.task_id === $.task)
        .objects()
        .map((r: object) => {
          const row = r as { assignee_ref: string; role: string };
          return `${row.assignee_ref}:${row.role}`;
        });
    expect(of("a-assignment-V.1.a")).toEqual(["so-ban-nganh:lead", "ubnd-huyen:lead"]);
    expect(of("a-assignment-V.1.e")).toEqual(["ubnd-huyen:lead"]);
    expect(of("a-assignment-V.9")).toEqual(["mttq:requested", "to-chuc-ctxh:requested"]);
    expect(
      frames.taskChannels.filter((d: { task_id: string }) => d.task_id === "a-assignment-V.1.c").objects(),
    ).toEqual([
      {
        plan_id: plan002.id,
        task_id: "a-assignment-V.1.c",
        channel_code: "online.web-portal",
        channel_top: "online",
      },
    ]);
  });
});
