import type { BudgetSource, Frequency, Quota, ReportingCadence } from "@parcomms/core";

/** How often each value was seen: value → count. Keys of per-item tables are numbers written as strings. */
export type Counts = Readonly<Record<string, number>>;

/** A frequency as learned: without the wording, which the generator writes itself. */
export type LearnedFrequency = Omit<Frequency, "raw">;

/** A quota as learned: without the wording, which the generator writes itself. */
export type LearnedQuota = Omit<Quota, "raw">;

/**
 * What the real plans of one administrative level look like, as counts and
 * observed values: the generator samples from these.
 */
export interface LevelDistribution {
  /** Ids of the real plans the tables were learned from. */
  readonly plans: readonly string[];
  /** Number of content items (nội dung) of each plan. */
  readonly contentItems: readonly number[];
  /** Number of forms items (hình thức) of each plan. */
  readonly formsItems: readonly number[];
  /** Number of activities (nhiệm vụ, an assignment block counting once) of each plan. */
  readonly activities: readonly number[];
  /** Content items carrying each theme code. */
  readonly contentThemes: Counts;
  /** Forms items naming each channel code. */
  readonly formsChannels: Counts;
  /** Forms items carrying each theme code. */
  readonly formsThemes: Counts;
  /**
   * Every table "per activity" below counts pieces of work (`planTasks`: a
   * block's sub-tasks, resolved, in place of the block), so a block is never
   * counted as well as its sub-tasks.
   */
  /** Activities carrying each theme code. */
  readonly activityThemes: Counts;
  /** Activities naming each channel code. */
  readonly activityChannels: Counts;
  /** Content items by their number of themes. */
  readonly themesPerContentItem: Counts;
  /** Forms items by their number of channels. */
  readonly channelsPerFormsItem: Counts;
  /** Forms items by their number of themes. */
  readonly themesPerFormsItem: Counts;
  /** Activities by their number of themes. */
  readonly themesPerActivity: Counts;
  /** Activities by their number of channels. */
  readonly channelsPerActivity: Counts;
  /** Activities by the section they were read from (forms-item, assignment, appendix-row …). */
  readonly activitySections: Counts;
  /** Activities by the kind of their timeframe; "none" when they have none. */
  readonly timeframeKinds: Counts;
  /** Every frequency an activity carries. */
  readonly frequencies: readonly LearnedFrequency[];
  /** The quotas of each activity that has any. */
  readonly quotaLists: readonly (readonly LearnedQuota[])[];
  /** Activities that have a lead, by their number of leads. */
  readonly leadsPerActivity: Counts;
  /** Activities by their number of coordinating assignees. */
  readonly coordinatingPerActivity: Counts;
  /** Lead assignees that are an office or an assignee group. */
  readonly leadTargets: Counts;
  /** Coordinating assignees that are an office or an assignee group. */
  readonly coordinatingTargets: Counts;
  /** Lead assignees that are offices, by office kind. */
  readonly leadOfficeKinds: Counts;
  /** The reporting arrangements of each plan: the cadences of each arrangement. */
  readonly reporting: readonly (readonly (readonly ReportingCadence[])[])[];
  /** Plans naming each audience code. */
  readonly audiences: Counts;
  /** Plans by the office kind of their focal point (đầu mối). */
  readonly focalPointKinds: Counts;
  /** The budget sources of each plan that has a budget section. */
  readonly budgetSources: readonly (readonly BudgetSource[])[];
  /** Plans by who issues them (people-committee, chair). */
  readonly issuerBodies: Counts;
  /** Plans by the form of their signature (direct, KT, TM). */
  readonly signatoryForms: Counts;
  /** Activities by their number of sub-tasks (a), b) … inside an assignment block); 0 for none. */
  readonly subtasksPerActivity: Counts;
  /** Pieces of work (`planTasks`) by their number of requested bodies (đề nghị: the Front, mass organisations). */
  readonly requestedPerTask: Counts;
}

/** What plans with units below them ask of their children's plans. */
export interface ChildPlanDistribution {
  /** Ids of the real plans the table was learned from. */
  readonly plans: readonly string[];
  /** Number of theme codes each requires. */
  readonly themes: readonly number[];
  /** Number of channel codes each requires. */
  readonly channels: readonly number[];
  /** The quotas each requires. */
  readonly quotaLists: readonly (readonly LearnedQuota[])[];
  /** The reporting cadences each requires. */
  readonly reporting: readonly (readonly ReportingCadence[])[];
}

/** Everything learned from the real plans. */
export interface LearnedDistributions {
  readonly levels: {
    readonly province: LevelDistribution;
    readonly district: LevelDistribution;
    readonly commune: LevelDistribution;
  };
  /** For each channel code: lead offices of activities naming it, by office kind, over all plans. */
  readonly leadKindsByChannel: Readonly<Record<string, Counts>>;
  /** What province and district plans require of the plans below them. */
  readonly childPlans: ChildPlanDistribution;
}
