import { channels, officeKinds, type Plan, planTasks, themes } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { plan000 } from "../plans/plan000";
import { plan001 } from "../plans/plan001";
import { plan002 } from "../plans/plan002";
import { plan003 } from "../plans/plan003";
import { plan004 } from "../plans/plan004";
import { learnDistributions } from "./_lib/learnDistributions";
import { distributions } from "./distributions";

const PLANS: readonly Plan[] = [plan000, plan001, plan002, plan003, plan004];
const learned = learnDistributions(PLANS);
const { levels, leadKindsByChannel, childPlans } = distributions;

/** For each code the items carry, how many items carry it: counted afresh from the plans. */
function recount<T>(items: readonly T[], codes: (item: T) => readonly string[]): Record<string, number> {
  const all = [...new Set(items.flatMap(codes))];
  return Object.fromEntries(
    all.map((code) => [code, items.filter((item) => codes(item).includes(code)).length]),
  );
}

describe("distributions", () => {
  it("are exactly what the five real plans give, table for table (000-004)", () => {
    expect({ levels, leadKindsByChannel, childPlans }).toEqual(learned);
  });

  it("count themes and channels per level as the plans carry them, recomputed item by item (pieces of work for activities)", () => {
    const byLevel: Record<keyof typeof levels, readonly Plan[]> = {
      province: [plan002],
      district: [plan001],
      commune: [plan000, plan003, plan004],
    };
    for (const [level, plans] of Object.entries(byLevel)) {
      const content = plans.flatMap((p) => p.contentItems);
      const forms = plans.flatMap((p) => p.formsItems);
      const activities = plans.flatMap((p) => planTasks(p));
      const table = levels[level as keyof typeof levels];
      expect({
        contentThemes: table.contentThemes,
        formsChannels: table.formsChannels,
        formsThemes: table.formsThemes,
        activityThemes: table.activityThemes,
        activityChannels: table.activityChannels,
      }).toEqual({
        contentThemes: recount(content, (c) => c.themes),
        formsChannels: recount(forms, (f) => f.channels),
        formsThemes: recount(forms, (f) => f.themes),
        activityThemes: recount(activities, (a) => a.themes),
        activityChannels: recount(activities, (a) => a.channels),
      });
    }
  });

  it("counts 'policy' in four content items of tỉnh Tây Ninh's plan (002:41-59)", () => {
    expect(levels.province.contentThemes.policy).toBe(4);
    expect(plan002.contentItems.filter((c) => c.themes.includes("policy")).length).toBe(4);
  });

  it("counts the commune radio in the forms items of 000 and 003 and 004 (000:75-123, 003:115-159, 004:96-104)", () => {
    expect(levels.commune.formsChannels["broadcast.commune-radio"]).toBe(4);
  });

  it("learns the monthly column of 003 and the weekly task of 001 as frequencies (003:374, 001:156)", () => {
    expect(levels.commune.frequencies).toEqual([
      { kind: "frequency", count: 1, per: "month", interval: 1, output: "issue" },
    ]);
    expect(levels.district.frequencies).toEqual([
      { kind: "frequency", count: 1, per: "week", interval: 1, output: "occurrence" },
    ]);
  });

  it("learns what tỉnh Tây Ninh requires of the plans below it (002:85-95)", () => {
    expect(childPlans).toEqual({
      plans: ["002_9c9d59d1a9d0f229"],
      // 002:89 names online filing and payment: online-services.payment alone, not its parent beside it (coding guide R1).
      themes: [4],
      channels: [5],
      quotaLists: [
        [
          { kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year" },
          { kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" },
        ],
      ],
      reporting: [["integrated"]],
    });
  });

  it("counts each piece of work once: 002's nine blocks are 23 tasks, V.1 a)-e) in place of V.1 (002:85-95)", () => {
    expect(levels.province.activities).toEqual([9]);
    expect(levels.province.activitySections).toEqual({ assignment: 23 });
    // V.1 a) alone has the 20/04/2024 deadline (002:87); the rest of the block runs through the year.
    expect(levels.province.timeframeKinds).toEqual({ none: 20, continuous: 1, deadline: 1, yearlyDate: 1 });
    // 12 articles a year in V.1 b) (002:89) and one a quarter in V.1 c) (002:91), no longer one list on the block.
    expect(levels.province.quotaLists.slice(0, 2)).toEqual([
      [{ kind: "quota", comparator: "atLeast", count: 12, output: "article", per: "year" }],
      [{ kind: "quota", comparator: "atLeast", count: 1, output: "article", per: "quarter" }],
    ]);
    expect(
      Object.values(levels).map((t) => Object.values(t.activitySections).reduce((a, b) => a + b, 0)),
    ).toEqual([23, 23, 59]);
  });

  it("learns the sub-tasks of the blocks: V.1 a)-e), V.2-V.3 a)-d), V.4 and V.8 a)-c) of 002 (002:85-135), 001 IV.1 (001:101-107)", () => {
    expect(levels.province.subtasksPerActivity).toEqual({ "0": 4, "3": 2, "4": 2, "5": 1 });
    // IV.1's four bullets; two in IV.2 (001:111-113), IV.5 (001:121-123) and appendix row 7 (001:162).
    expect(levels.district.subtasksPerActivity).toEqual({ "0": 13, "2": 3, "4": 1 });
    // 004 IV.1's seven bullets (004:114-128) are the most of any block.
    expect(levels.commune.subtasksPerActivity["7"]).toBe(1);
    const blocks = (plans: readonly Plan[]) => plans.flatMap((p) => p.activities);
    expect(
      blocks([plan002])
        .filter((a) => a.subtasks)
        .map((a) => `${a.origin.ref} ${a.subtasks?.map((s) => s.ref).join("")}`),
    ).toEqual(["V.1 abcde", "V.2 abcd", "V.3 abcd", "V.4 abc", "V.8 abc"]);
  });

  it("learns requested bodies (đề nghị) only where the texts ask: 002 V.9, 001 IV.6, 003 VI.9, 004 IV.5 (002:137, 001:125, 003:261, 004:150)", () => {
    expect([levels.province.requestedPerTask, levels.district.requestedPerTask]).toEqual([
      { "0": 22, "2": 1 },
      { "0": 22, "2": 1 },
    ]);
    expect(levels.commune.requestedPerTask).toEqual({ "0": 57, "1": 1, "2": 1 });
    // Those tasks have no lead, so they are not in the lead tables: 22 of 002's 23 tasks are led.
    expect(Object.values(levels.province.leadsPerActivity).reduce((a, b) => a + b, 0)).toBe(22);
    // The Front was coded as a lead in 001 IV.6, 003 VI.9 and 004 IV.5 before model 1.1; it leads nothing now.
    expect(Object.values(levels).flatMap((t) => Object.keys(t.leadOfficeKinds))).not.toContain(
      "front-mass-organisations",
    );
  });

  it("uses only codes of the themes, channels and office-kinds codelists", () => {
    const known = {
      themes: new Set(themes.entries.map((e) => e.code)),
      channels: new Set(channels.entries.map((e) => e.code)),
      kinds: new Set<string>(officeKinds.entries.map((e) => e.code)),
    };
    const unknown = Object.values(levels).flatMap((table) => [
      ...[table.contentThemes, table.formsThemes, table.activityThemes]
        .flatMap(Object.keys)
        .filter((c) => !known.themes.has(c)),
      ...[table.formsChannels, table.activityChannels]
        .flatMap(Object.keys)
        .filter((c) => !known.channels.has(c)),
      ...[table.leadOfficeKinds, table.focalPointKinds]
        .flatMap(Object.keys)
        .filter((c) => !known.kinds.has(c)),
    ]);
    const unknownByChannel = Object.entries(leadKindsByChannel).flatMap(([channel, kinds]) => [
      ...(known.channels.has(channel) ? [] : [channel]),
      ...Object.keys(kinds).filter((k) => !known.kinds.has(k)),
    ]);
    expect([...unknown, ...unknownByChannel]).toEqual([]);
  });
});
