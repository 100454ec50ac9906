/** How a measure combines across units or across time. */
export type Aggregation = "sum" | "share" | "max";

/** How one measure of {@link rollupHierarchy} is aggregated. */
export interface MeasureSemantics {
  /** Across the units under a node: add up (sum), take the share of units (share), or the largest (max). */
  readonly overUnits: Aggregation;
  /** Across the plans of one unit (several years, or a yearly and a multi-year plan). */
  readonly overTime: Aggregation;
  /** What the measure counts, and what its aggregations mean. */
  readonly description: string;
}

/**
 * The aggregation semantics of every measure that `rollupHierarchy` reports,
 * written as data (as DHIS2 gives each data element an aggregation type), so
 * tables, charts and docs/rollups.md can say how each number was formed.
 *
 * Counts add up over units and over time. "Covers theme X" is a yes/no fact
 * per unit: over a unit's plans it is the largest (yes if any plan covers X),
 * and over units it becomes the share of units that cover X, never a sum.
 *
 * @example
 * AGGREGATION_SEMANTICS.themeCoverage.overUnits // "share"
 * AGGREGATION_SEMANTICS.activities.overTime // "sum"
 */
export const AGGREGATION_SEMANTICS = {
  plans: {
    overUnits: "sum",
    overTime: "sum",
    description:
      'Number of plans. Each plan counts once, at the node of the unit that issued it; a central body\'s plan (no unit) at the root node "central", any other plan without a unit (a draft of no stated tier among them) at the root node "(none)".',
  },
  units: {
    overUnits: "sum",
    overTime: "max",
    description:
      "Number of units with at least one plan. A unit with plans for several years counts once; the denominator of every share.",
  },
  activities: {
    overUnits: "sum",
    overTime: "sum",
    description:
      "Number of tasks in the plans (planTasks): an activity without sub-tasks counts once; an activity with sub-tasks counts as its sub-tasks, never as well as them. A task asked only of requested bodies (đề nghị) is still a task of the plan and counts; workload and compliance keep such bodies apart.",
  },
  expectedOutputs: {
    overUnits: "sum",
    overTime: "sum",
    description:
      "Outputs the plans expect over their whole period: each task's outputs a year (planTasks: a sub-task takes its block's quota or frequency unless it states its own; the block itself is not counted; its most demanding quota per kind of output, else its frequency, else 0) times the plan's length in years. A plan without a period (a draft) adds nothing and is listed in withoutPeriod.",
  },
  themeCoverage: {
    overUnits: "share",
    overTime: "max",
    description:
      "For each theme code: the share of units with plans that cover it (a unit covers a theme when any of its plans names the theme or a code below it, in content items, forms items, activities or their sub-tasks). Undefined when no unit has a plan.",
  },
  channelCoverage: {
    overUnits: "share",
    overTime: "max",
    description:
      "For each channel code: the share of units with plans that cover it, as for themeCoverage (content items count where they tie a message to a channel). Undefined when no unit has a plan.",
  },
} as const satisfies Readonly<Record<string, MeasureSemantics>>;
