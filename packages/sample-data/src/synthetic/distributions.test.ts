import { channels, officeKinds, type Plan, themes } from "@parcomms/core";
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

  it("count themes and channels per level as the plans carry them, recomputed item by item", () => {
    const byLevel: Record<keyof typeof levels, readonly Plan[]> = {
      province: [plan002],
      district: [plan001],
      commune: [plan000, plan003, plan004],
    };
    for (const [level, plans] of Object.entries(byLevel)) {
      const content = plans.flatMap((p) => p.contentItems);
      const forms = plans.flatMap((p) => p.formsItems);
      const activities = plans.flatMap((p) => p.activities);
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
      themes: [5],
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
