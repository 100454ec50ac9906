import { planTables } from "@parcomms/formats";
import { plan000, realPlans } from "@parcomms/sample-data";
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
