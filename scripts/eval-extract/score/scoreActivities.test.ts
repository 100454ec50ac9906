import { type Activity, type Assignee, type Plan, planTasks } from "@parcomms/core";
import { plan000, plan001, plan002, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { emptyPlan } from "./_lib/emptyPlan";
import { scoreActivities } from "./scoreActivities";
import { prf } from "./Tally";

const withActivity = (plan: Plan, id: string, change: (a: Activity) => Activity): Plan => ({
  ...plan,
  activities: plan.activities.map((a) => (a.id === id ? change(a) : a)),
});

describe("scoreActivities", () => {
  it.each(realPlans.map((p) => [p.id, p]))(
    "scores the answer key %s as perfect against itself",
    (_, plan) => {
      const s = scoreActivities(plan, plan);
      for (const t of [
        s.activities,
        s.tasks,
        s.lead,
        s.coordinating,
        s.offices,
        s.timeframe,
        s.themes,
        s.channels,
      ])
        expect(prf(t).f1).toBe(1);
      expect(s.misses).toEqual([]);
    },
  );

  it("finds all 10 appendix rows of 001 (001:154-165)", () => {
    expect(scoreActivities(plan001, plan001).appendixRows).toEqual({ tp: 10, fp: 0, fn: 0 });
  });

  it("catches a swapped lead: row 10 of 001 (001:165) led by Trung tâm VH TT&TT, not Phòng VH TT", () => {
    const got = withActivity(plan001, "a-appendix-row-10", (a) => ({
      ...a,
      assignees: a.assignees.map((x) => ({ ...x, role: x.role === "lead" ? "coordinating" : "lead" })),
    }));
    const s = scoreActivities(plan001, got);
    expect(s.lead.fp).toBe(1);
    expect(s.lead.fn).toBe(1);
    expect(s.coordinating.fp).toBe(1);
    expect(s.offices.fn).toBe(2);
    expect(s.misses.filter((m) => m.measure === "offices").map((m) => m.where)).toEqual([
      "/activities/16 (appendix-row row 10) lead",
      "/activities/16 (appendix-row row 10) coordinating",
    ]);
  });

  it("matches an office by kind when the extraction names it otherwise ('Phòng VHTT' for vhtt)", () => {
    const rename = (x: Assignee): Assignee => (x.ref === "vhtt" ? { ref: "x1", role: x.role } : x);
    const got: Plan = {
      ...plan001,
      offices: plan001.offices.map((o) =>
        o.id === "vhtt" ? { ...o, id: "x1", name: "Phòng VHTT", aliases: [] } : o,
      ),
      activities: plan001.activities.map((a: Activity) => ({
        ...a,
        assignees: a.assignees.map(rename),
        ...(a.subtasks
          ? {
              subtasks: a.subtasks.map((t) =>
                t.assignees ? { ...t, assignees: t.assignees.map(rename) } : t,
              ),
            }
          : {}),
      })),
    };
    expect(prf(scoreActivities(plan001, got).offices).f1).toBe(1);
  });

  it("catches a wrong timeframe and changed themes on 000", () => {
    const target = plan000.activities.find((a) => a.timeframe !== undefined) as Activity;
    const got = withActivity(plan000, target.id, (a) => ({
      ...a,
      timeframe: { kind: "year", year: 2023 },
      themes: [...a.themes.slice(1), "no-such-theme"],
    }));
    const s = scoreActivities(plan000, got);
    expect(s.timeframe.fn).toBe(1);
    expect(s.timeframe.fp).toBe(1);
    expect(s.themes.fp).toBe(1);
    expect(s.themes.fn).toBe(target.themes.length > 0 ? 1 : 0);
  });

  it("scores an empty extraction with recall 0 and counts every answer-key code as missed", () => {
    const s = scoreActivities(plan001, emptyPlan(plan001.id));
    expect(s.activities).toEqual({ tp: 0, fp: 0, fn: plan001.activities.length });
    expect(prf(s.themes).recall).toBe(0);
    expect(prf(s.channels).recall).toBe(0);
    expect(prf(s.offices).recall).toBe(0);
    expect(s.appendixRows).toEqual({ tp: 0, fp: 0, fn: 10 });
  });

  it("counts a spurious activity's tasks, codes and offices as false positives", () => {
    // 001 IV.1 (001:99-107): four bullets, so four tasks with their own channels.
    const block = plan001.activities.find((a) => a.origin.ref === "IV.1") as Activity;
    const extra = {
      ...block,
      id: "spurious",
      origin: { section: "other" as const, ref: "x", lines: { start: 2, end: 2 } },
    };
    const s = scoreActivities(plan001, { ...plan001, activities: [...plan001.activities, extra] });
    const tasks = planTasks({ activities: [extra] });
    expect(s.activities.fp).toBe(1);
    expect(s.tasks.fp).toBe(4);
    expect(s.channels.fp).toBe(tasks.reduce((n, t) => n + t.channels.length, 0));
    expect(s.channels.fp).toBeGreaterThan(0);
    expect(prf(s.channels).recall).toBe(1);
  });

  it("scores the themes of 002 V.8's sub-tasks, not of the block (002:131-135)", () => {
    // A draft that gives every letter the inspection teams of c) (002:135) gains two false positives.
    const got = withActivity(plan002, "a-assignment-V.8", (a) => ({
      ...a,
      subtasks: a.subtasks?.map((t) => ({ ...t, themes: ["results", "steering.inspection"] })),
    }));
    const s = scoreActivities(plan002, got);
    expect(s.themes.fp).toBe(4);
    expect(s.themes.fn).toBe(0);
    expect(s.misses.filter((m) => m.measure === "activity-themes").map((m) => m.where)).toEqual([
      expect.stringMatching(/\/subtasks\/0 \(assignment V\.8 a\)$/),
      expect.stringMatching(/\/subtasks\/1 \(assignment V\.8 b\)$/),
    ]);
  });

  it("counts the monthly frequency's task, not its block: a draft that dates V.1 b) instead of a) misses one and adds one (002:87-89)", () => {
    const got = withActivity(plan002, "a-assignment-V.1", (a) => ({
      ...a,
      subtasks: a.subtasks?.map((t) =>
        t.ref === "a"
          ? (({ timeframe: _t, ...rest }) => rest)(t)
          : t.ref === "b"
            ? { ...t, timeframe: a.subtasks?.[0]?.timeframe }
            : t,
      ),
    }));
    const s = scoreActivities(plan002, got);
    expect([s.timeframe.fn, s.timeframe.fp]).toEqual([1, 1]);
    expect(s.tasks).toEqual({ tp: planTasks(plan002).length, fp: 0, fn: 0 });
  });

  it("pairs an unsplit block with the sub-task it overlaps most, the others missed", () => {
    // 002 V.1 read as one task over 002:85-95 overlaps each of a)-e) on one line of eleven.
    const got = withActivity(plan002, "a-assignment-V.1", ({ subtasks: _s, ...a }) => a);
    const s = scoreActivities(plan002, got);
    expect(s.tasks).toEqual({ tp: planTasks(plan002).length - 4, fp: 0, fn: 4 });
  });
});
