/** The numbers every implementation of the national rollup computes, in one comparable shape. */
export interface NationalRollup {
  /**
   * Province × top-level theme × top-level channel: distinct pieces of work (planTasks), keyed
   * `province|theme|channel` ("thanh-pho-tw:ha noi|procedures|broadcast"), "(none)"
   * for an activity without a theme or without a channel.
   */
  readonly crosstab: Map<string, number>;
  /** Every unit of the hierarchy, keyed by its folded path id ("tinh:quang ngai/huyen:son tay"). */
  readonly nodes: Map<string, NodeTotals>;
}

/** The `total` aggregate of one node: its own plans and every plan below it. */
export interface NodeTotals {
  readonly plans: number;
  readonly units: number;
  readonly activities: number;
  /** Units covering each top-level theme, in codelist order. */
  readonly themes: readonly number[];
  /** Units covering each top-level channel, in codelist order. */
  readonly channels: readonly number[];
}

/**
 * The key of a cross-tab cell.
 *
 * @example
 * crosstabKey("tinh:bac ninh", "procedures", "broadcast") // "tinh:bac ninh|procedures|broadcast"
 */
export function crosstabKey(province: string, theme: string, channel: string): string {
  return `${province}|${theme}|${channel}`;
}
