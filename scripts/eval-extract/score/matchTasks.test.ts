import { type Activity, type Plan, planTasks } from "@parcomms/core";
import { plan000, plan002, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { matchTasks } from "./matchTasks";

const withBlock = (plan: Plan, id: string, change: (a: Activity) => Activity) =>
  planTasks({ activities: plan.activities.map((a) => (a.id === id ? change(a) : a)) });
const ids = (plan: Plan, got: ReturnType<typeof planTasks>) => {
  const want = planTasks(plan);
  const m = matchTasks(want, got);
  return {
    pairs: m.pairs.map((p) => `${want[p.expected]?.id}=${got[p.got]?.id}`),
    missed: m.unmatchedExpected.map((i) => want[i]?.id),
    extra: m.unmatchedGot.map((j) => got[j]?.id),
  };
};

describe("matchTasks", () => {
  it.each(realPlans.map((p) => [p.id, p]))("pairs every task of %s with itself", (_, plan) => {
    const tasks = planTasks(plan);
    const m = matchTasks(tasks, tasks);
    expect(m.pairs.map((p) => [p.expected, p.got])).toEqual(tasks.map((_, i) => [i, i]));
  });

  it("pairs 002 V.8's sub-tasks by letter whatever their order and lines (002:131-135)", () => {
    const got = withBlock(plan002, "a-assignment-V.8", (a) => ({
      ...a,
      subtasks: [...(a.subtasks ?? [])]
        .reverse()
        .map((t) => ({ ...t, id: `x-${t.ref}`, lines: { start: 2, end: 2 } })),
    }));
    const r = ids(plan002, got);
    expect(r.pairs.filter((p) => p.includes("V.8"))).toEqual([
      "a-assignment-V.8.a=x-a",
      "a-assignment-V.8.b=x-b",
      "a-assignment-V.8.c=x-c",
    ]);
    expect([r.missed, r.extra]).toEqual([[], []]);
  });

  it("pairs bullets by their lines, so a missed lead-in task shifts nothing (000 V.2, 000:137-141)", () => {
    const got = withBlock(plan000, "a-assignment-V.2", (a) => ({
      ...a,
      subtasks: a.subtasks
        ?.filter((t) => t.id !== "a-assignment-V.2.0")
        .map((t, i) => ({ ...t, id: `x-${i}` })),
    }));
    const r = ids(plan000, got);
    expect(r.pairs.filter((p) => p.includes("V.2"))).toEqual([
      "a-assignment-V.2.1=x-0",
      "a-assignment-V.2.2=x-1",
    ]);
    expect([r.missed, r.extra]).toEqual([["a-assignment-V.2.0"], []]);
  });

  it("pairs tasks without lines in order", () => {
    const strip = (plan: Plan) =>
      planTasks(plan).map((t) => ({
        ...t,
        origin: { section: t.origin.section, ref: t.origin.ref },
        ...(t.subtask ? { subtask: { ...t.subtask, ref: "-" } } : {}),
      }));
    const tasks = strip(plan000);
    expect(matchTasks(tasks, tasks).pairs.map((p) => [p.expected, p.got])).toEqual(
      tasks.map((_, i) => [i, i]),
    );
  });

  it("leaves the tasks of a block read under another ref unmatched", () => {
    const got = withBlock(plan002, "a-assignment-V.9", (a) => ({
      ...a,
      origin: { ...a.origin, ref: "V.10" },
    }));
    const r = ids(plan002, got);
    expect([r.missed, r.extra]).toEqual([["a-assignment-V.9"], ["a-assignment-V.9"]]);
  });
});
