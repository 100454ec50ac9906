import {
  type Activity,
  type ActivityOrigin,
  type Assignee,
  type AssigneeGroup,
  type FormsItem,
  type Frequency,
  frequencyPerYear,
  type Office,
  type Quota,
  type SubTask,
  UNITS_PER_YEAR,
} from "@parcomms/core";
import type { Counts, LearnedFrequency, LearnedQuota, LevelDistribution } from "./LevelDistribution";
import { GROUP_IDS } from "./planBody";
import type { Rng } from "./Rng";
import { deepFreeze, emptyList, numbered, sharedCache } from "./shared";
import { activityTitle } from "./texts";
import { frequencyWithRaw, makeTimeframe, quotaWithRaw } from "./timeframes";

/** What the activities of one plan are drawn from. */
export interface ActivityContext {
  readonly rng: Rng;
  readonly dist: LevelDistribution;
  readonly leadKindsByChannel: Readonly<Record<string, Counts>>;
  readonly offices: readonly Office[];
  readonly groups: readonly AssigneeGroup[];
  readonly focalPoint: Office;
  readonly formsItems: readonly FormsItem[];
  readonly year: number;
  readonly issueDay: number;
}

const SECTION_PREFIX: Readonly<Record<ActivityOrigin["section"], string>> = {
  "forms-item": "",
  assignment: "IV.",
  "appendix-row": "row ",
  "content-item": "",
  other: "",
};

function chooseLeadOffice(
  ctx: ActivityContext,
  channels: readonly string[],
  free: readonly Office[],
): Office {
  const { rng } = ctx;
  const has = (kind: string) => free.some((o) => o.kind === kind);
  const [channel] = channels;
  const byChannel = channel === undefined ? undefined : ctx.leadKindsByChannel[channel];
  const kind =
    (byChannel && rng.weightedWhere(byChannel, has)) ?? rng.weightedWhere(ctx.dist.leadOfficeKinds, has);
  const candidates = free.filter((o) => o.kind === kind);
  if (candidates.length > 0) return rng.pick(candidates);
  return free.find((o) => o.id === ctx.focalPoint.id) ?? rng.pick(free);
}

const sharedAssignees = sharedCache<Assignee>();
const assignee = (ref: string, role: Assignee["role"]) => sharedAssignees([role, ref], () => ({ ref, role }));
const frequencies = new WeakMap<object, Frequency>();
const quotaLists = new WeakMap<object, Quota[]>();

function sharedFrequency(f: LearnedFrequency): Frequency {
  let frequency = frequencies.get(f);
  if (!frequency) {
    frequency = deepFreeze(frequencyWithRaw(f));
    frequencies.set(f, frequency);
  }
  return frequency;
}

function sharedQuotas(list: readonly LearnedQuota[]): Quota[] {
  let quotas = quotaLists.get(list);
  if (!quotas) {
    quotas = deepFreeze(list.map(quotaWithRaw));
    quotaLists.set(list, quotas);
  }
  return quotas;
}

function assigneesFor(ctx: ActivityContext, channels: readonly string[]): Assignee[] {
  const { rng, dist, groups, offices } = ctx;
  const taken: string[] = [];
  const free = <T extends { id: string }>(pool: readonly T[]) => pool.filter((x) => !taken.includes(x.id));
  const assignees: Assignee[] = [];
  // Requested bodies (đề nghị) are outside the issuer's authority: the Front and the mass organisations.
  // Every task of the real plans that names one has no lead (002:137, 001:125, 003:261, 004:150), so neither has
  // a generated one: such a task is asked, not led (validatePlan says so with activity.requested-only, an info).
  const requested = hasNonZero(dist.requestedPerTask) ? rng.weightedNumber(dist.requestedPerTask) : 0;
  const requestable = [
    ...offices.filter((o) => o.kind === "front-mass-organisations"),
    ...groups.filter((g) => g.id === GROUP_IDS.massOrganisations),
  ];
  if (requested > 0 && requestable.length > 0) {
    for (const target of requestable.slice(0, requested)) {
      taken.push(target.id);
      assignees.push(assignee(target.id, "requested"));
    }
  } else {
    const leads = Math.max(1, rng.weightedNumber(dist.leadsPerActivity));
    for (let i = 0; i < leads; i++) {
      const freeGroups = free(groups).filter((g) => g.id !== GROUP_IDS.related);
      const freeOffices = free(offices);
      const toGroup = rng.weighted(dist.leadTargets) === "group" || freeOffices.length === 0;
      if (toGroup && freeGroups.length > 0) {
        const group = rng.pick(freeGroups);
        taken.push(group.id);
        assignees.push(assignee(group.id, "lead"));
      } else if (freeOffices.length > 0) {
        const office = chooseLeadOffice(ctx, channels, freeOffices);
        taken.push(office.id);
        assignees.push(assignee(office.id, "lead"));
      }
    }
  }
  const coordinating = rng.weightedNumber(dist.coordinatingPerActivity);
  for (let i = 0; i < coordinating; i++) {
    const pool = free<Office | AssigneeGroup>(
      rng.weighted(dist.coordinatingTargets) === "group" ? groups : offices,
    );
    if (pool.length === 0) continue;
    const target = rng.pick(pool);
    taken.push(target.id);
    assignees.push(assignee(target.id, "coordinating"));
  }
  return assignees;
}

/** Whether a table of counts has seen any value but 0: a feature no real plan has is never drawn (nor is the rng). */
function hasNonZero(counts: Counts): boolean {
  return Object.entries(counts).some(([value, n]) => value !== "0" && n > 0);
}

const LETTERS = "abcdeghiklmnopqrstuvxy";

/**
 * The lettered tasks of a block, at the rate the real plans have them (the
 * table counts every block, whatever its section: 001's appendix row 7 has
 * two, 001:162): each carries one of the block's themes in its text and
 * leaves every other field to the block, so each resolved task is drawn
 * from the tables per piece of work as the block is.
 */
function subtasksFor(
  ctx: ActivityContext,
  id: string,
  themes: readonly string[],
  channels: readonly string[],
): SubTask[] {
  const { rng, dist } = ctx;
  if (!hasNonZero(dist.subtasksPerActivity)) return [];
  const n = rng.weightedNumber(dist.subtasksPerActivity);
  return Array.from({ length: n }, (_, k) => {
    const theme = themes.length > 0 ? [themes[k % themes.length] as string] : [];
    const ref = LETTERS[k] ?? String(k + 1);
    return { id: `${id}-${ref}`, ref, text: activityTitle(theme, channels) };
  });
}

/**
 * The activities of one plan: how many, their themes, channels, lead and
 * coordinating offices or groups, timeframes, frequencies and quotas, all
 * drawn from the level's learned distribution; sub-tasks of blocks and
 * requested bodies (đề nghị) at the rates the real plans have them (no draw
 * at all for a level whose table has seen none). Every task has a lead,
 * except those asked of a requested body, which have none as in the real
 * plans; every task lies inside the plan's year and has quotas its own
 * frequency can meet: defects are planted afterwards, on purpose.
 */
export function buildActivities(ctx: ActivityContext, count: number): Activity[] {
  const { rng, dist, year, issueDay } = ctx;
  // Frequencies and quotas are listed per piece of work, so their shares are of pieces of work, not of blocks.
  const total = Object.values(dist.activitySections).reduce((a, b) => a + b, 0);
  const frequencyShare = total > 0 ? dist.frequencies.length / total : 0;
  const quotaShare = total > 0 ? dist.quotaLists.length / total : 0;
  const seen: Record<string, number> = {};
  const activities: Activity[] = [];
  for (let i = 0; i < count; i++) {
    const themes = rng.weightedDistinct(dist.activityThemes, rng.weightedNumber(dist.themesPerActivity));
    const channels = rng.weightedDistinct(
      dist.activityChannels,
      rng.weightedNumber(dist.channelsPerActivity),
    );
    let section = (rng.weighted(dist.activitySections) ?? "assignment") as ActivityOrigin["section"];
    if (section === "forms-item" && ctx.formsItems.length === 0) section = "assignment";
    const n = (seen[section] ?? 0) + 1;
    seen[section] = n;
    const formsItem = ctx.formsItems[(n - 1) % Math.max(1, ctx.formsItems.length)];
    const ref =
      section === "forms-item" && formsItem
        ? (formsItem.ref ?? numbered("", n))
        : numbered(SECTION_PREFIX[section], n);
    const timeframe = makeTimeframe(rng.weighted(dist.timeframeKinds) ?? "none", year, issueDay, rng);
    const learnedFrequency = rng.chance(frequencyShare) ? rng.pick(dist.frequencies) : undefined;
    const frequency = learnedFrequency && sharedFrequency(learnedFrequency);
    let quotas = rng.chance(quotaShare) ? sharedQuotas(rng.pick(dist.quotaLists)) : emptyList<Quota>();
    if (frequency) {
      // A clean plan keeps only quotas its own frequency can meet (the rule of quota.unreachable).
      quotas = quotas.filter(
        (q) =>
          q.comparator === "atMost" ||
          (frequency.output !== undefined && frequency.output !== q.output) ||
          q.count <= frequencyPerYear(frequency) / UNITS_PER_YEAR[q.per] + 1e-9,
      );
    }
    const activity: Activity = {
      id: numbered("a-", i + 1),
      title: activityTitle(themes, channels),
      themes,
      channels,
      audiences: emptyList(),
      assignees: assigneesFor(ctx, channels),
      quotas,
      products: emptyList(),
      targets: emptyList(),
      // A synthetic plan has no source text, so its activities have no lines.
      origin: { section, ref },
    };
    if (timeframe) activity.timeframe = timeframe;
    if (frequency) activity.frequency = frequency;
    const subtasks = subtasksFor(ctx, activity.id, themes, channels);
    if (subtasks.length > 0) activity.subtasks = subtasks;
    activities.push(activity);
  }
  return activities;
}
