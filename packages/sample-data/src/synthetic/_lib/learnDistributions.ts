import { type Plan, planLevel, planTasks } from "@parcomms/core";
import type { Counts, LearnedDistributions, LevelDistribution } from "./LevelDistribution";

type Level = keyof LearnedDistributions["levels"];
const LEVELS: readonly Level[] = ["province", "district", "commune"];

function tally(values: Iterable<string | number>): Counts {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function learnLevel(plans: readonly Plan[]): LevelDistribution {
  const content = plans.flatMap((p) => p.contentItems);
  const forms = plans.flatMap((p) => p.formsItems);
  // Pieces of work, each once: a block's sub-tasks in place of the block.
  const activities = plans.flatMap((p) => planTasks(p));
  const assignees = plans.flatMap((p) => {
    const offices = new Map(p.offices.map((o) => [o.id, o]));
    return planTasks(p).flatMap((a) => a.assignees.map((x) => ({ ...x, office: offices.get(x.ref) })));
  });
  const leads = assignees.filter((a) => a.role === "lead");
  const coordinating = assignees.filter((a) => a.role === "coordinating");
  const leadCounts = activities.map((a) => a.assignees.filter((x) => x.role === "lead").length);
  return {
    plans: plans.map((p) => p.id),
    contentItems: plans.map((p) => p.contentItems.length),
    formsItems: plans.map((p) => p.formsItems.length),
    activities: plans.map((p) => p.activities.length),
    contentThemes: tally(content.flatMap((c) => c.themes)),
    formsChannels: tally(forms.flatMap((f) => f.channels)),
    formsThemes: tally(forms.flatMap((f) => f.themes)),
    activityThemes: tally(activities.flatMap((a) => a.themes)),
    activityChannels: tally(activities.flatMap((a) => a.channels)),
    themesPerContentItem: tally(content.map((c) => c.themes.length)),
    channelsPerFormsItem: tally(forms.map((f) => f.channels.length)),
    themesPerFormsItem: tally(forms.map((f) => f.themes.length)),
    themesPerActivity: tally(activities.map((a) => a.themes.length)),
    channelsPerActivity: tally(activities.map((a) => a.channels.length)),
    activitySections: tally(activities.map((a) => a.origin.section)),
    timeframeKinds: tally(activities.map((a) => a.timeframe?.kind ?? "none")),
    frequencies: activities.flatMap((a) => {
      if (!a.frequency) return [];
      const { raw: _raw, ...frequency } = a.frequency;
      return [frequency];
    }),
    quotaLists: activities
      .filter((a) => a.quotas.length > 0)
      .map((a) => a.quotas.map(({ raw: _raw, ...quota }) => quota)),
    // Activities without a lead are a defect of the document (002:137-139), made only on purpose.
    leadsPerActivity: tally(leadCounts.filter((n) => n > 0)),
    coordinatingPerActivity: tally(
      activities.map((a) => a.assignees.filter((x) => x.role === "coordinating").length),
    ),
    leadTargets: tally(leads.map((a) => (a.office ? "office" : "group"))),
    coordinatingTargets: tally(coordinating.map((a) => (a.office ? "office" : "group"))),
    leadOfficeKinds: tally(leads.flatMap((a) => (a.office ? [a.office.kind] : []))),
    reporting: plans.map((p) => p.reporting.map((r) => r.cadences)),
    audiences: tally(plans.flatMap((p) => p.audiences)),
    focalPointKinds: tally(
      plans.flatMap((p) => {
        const office = p.offices.find((o) => o.id === p.focalPoint?.ref);
        return office ? [office.kind] : [];
      }),
    ),
    budgetSources: plans.flatMap((p) => (p.budget ? [p.budget.sources] : [])),
    // A plan that names no issuer (a draft) adds nothing to the issuers' distribution.
    issuerBodies: tally(plans.flatMap((p) => (p.issuer ? [p.issuer.body] : []))),
    signatoryForms: tally(plans.flatMap((p) => (p.signatory ? [p.signatory.form] : []))),
    subtasksPerActivity: tally(plans.flatMap((p) => p.activities.map((a) => a.subtasks?.length ?? 0))),
    requestedPerTask: tally(activities.map((a) => a.assignees.filter((x) => x.role === "requested").length)),
  };
}

function learnLeadKindsByChannel(plans: readonly Plan[]): Record<string, Counts> {
  const byChannel: Record<string, Record<string, number>> = {};
  for (const plan of plans) {
    const kinds = new Map(plan.offices.map((o) => [o.id, o.kind]));
    for (const activity of planTasks(plan)) {
      for (const assignee of activity.assignees) {
        const kind = kinds.get(assignee.ref);
        if (assignee.role !== "lead" || kind === undefined) continue;
        for (const channel of activity.channels) {
          const counts = byChannel[channel] ?? {};
          counts[kind] = (counts[kind] ?? 0) + 1;
          byChannel[channel] = counts;
        }
      }
    }
  }
  return byChannel;
}

/**
 * Recomputes the distribution tables from real plans: per level, how many
 * items and activities they have (activities counted as pieces of work,
 * `planTasks`, in every per-activity table; how many sub-tasks blocks have,
 * and how many requested bodies a task names), which themes, channels, timeframes,
 * frequencies, quotas, assignees and reporting cadences they use. The tables
 * in `distributions.ts` are this function's output over the five seed plans,
 * kept as data; a test recomputes them so they cannot drift.
 *
 * @param plans - real (not synthetic) plans; their `unit.level` decides the table they count in
 * @returns the learned tables
 * @example
 * learnDistributions([plan002]).levels.province.contentItems // [10]
 */
export function learnDistributions(plans: readonly Plan[]): LearnedDistributions {
  // A plan's level is its unit's, else its issuer's; a central plan (no unit) has no table of its own.
  const levelOf = planLevel;
  const at = (level: Level) => learnLevel(plans.filter((p) => levelOf(p) === level));
  const [province, district, commune] = LEVELS.map(at) as [
    LevelDistribution,
    LevelDistribution,
    LevelDistribution,
  ];
  const parents = plans.filter(
    (p) => (levelOf(p) === "province" || levelOf(p) === "district") && p.childPlanRequirements,
  );
  return {
    levels: { province, district, commune },
    leadKindsByChannel: learnLeadKindsByChannel(plans),
    childPlans: {
      plans: parents.map((p) => p.id),
      themes: parents.map((p) => p.childPlanRequirements?.themes.length ?? 0),
      channels: parents.map((p) => p.childPlanRequirements?.channels.length ?? 0),
      quotaLists: parents.map((p) => (p.childPlanRequirements?.quotas ?? []).map(({ raw: _raw, ...q }) => q)),
      reporting: parents.map((p) => p.childPlanRequirements?.reporting ?? []),
    },
  };
}
