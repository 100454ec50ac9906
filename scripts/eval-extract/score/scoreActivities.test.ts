import type { Activity, Plan } from "@parcomms/core";
import { plan000, plan001, realPlans } from "@parcomms/sample-data";
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
      for (const t of [s.activities, s.lead, s.coordinating, s.offices, s.timeframe, s.themes, s.channels])
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
    const got: Plan = {
      ...plan001,
      offices: plan001.offices.map((o) =>
        o.id === "vhtt" ? { ...o, id: "x1", name: "Phòng VHTT", aliases: [] } : o,
      ),
      activities: plan001.activities.map((a) => ({
        ...a,
        assignees: a.assignees.map((x) => (x.ref === "vhtt" ? { ref: "x1", role: x.role } : x)),
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

  it("counts a spurious activity's codes and offices as false positives", () => {
    const extra = {
      ...(plan001.activities[0] as Activity),
      id: "spurious",
      origin: { section: "other" as const, ref: "x", lines: { start: 2, end: 2 } },
    };
    const s = scoreActivities(plan001, { ...plan001, activities: [...plan001.activities, extra] });
    expect(s.activities.fp).toBe(1);
    expect(s.channels.fp).toBe(extra.channels.length);
    expect(prf(s.channels).recall).toBe(1);
  });
});
