import { channels as channelCodelist } from "../codelists/channels";
import { themes as themeCodelist } from "../codelists/themes";
import type { Codelist } from "../model/CodelistEntry";
import type { Plan } from "../model/Plan";
import { type CodeTree, codeTree, sortCodes, topCode } from "./_lib/codeTree";
import { expectedPerYear } from "./_lib/expectedPerYear";
import { NONE } from "./_lib/NONE";

/** Options of {@link themeChannelMatrix}. */
export interface ThemeChannelMatrixOptions {
  /**
   * "leaf" (default): themes and channels as coded ("indices.sipas",
   * "broadcast.commune-radio"); "top": rolled up to their top-level codes
   * ("indices", "broadcast"), each activity counted once per top-level pair.
   */
  readonly level?: "leaf" | "top";
  /** The themes codelist that gives order and parents; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/** Activities and expected outputs a year for one theme, one channel, or one (theme, channel) pair. */
export interface ThemeChannelTally {
  /** Ids of the activities, in plan order. */
  readonly activities: string[];
  /** Sum of the activities' expected outputs a year (quota, else frequency, else 0). */
  readonly expectedPerYear: number;
}

/** One non-empty cell of the matrix. */
export interface ThemeChannelCell extends ThemeChannelTally {
  /** Theme code, or "(none)" for activities without a theme. */
  readonly theme: string;
  /** Channel code, or "(none)" for activities without a channel. */
  readonly channel: string;
}

/** The result of {@link themeChannelMatrix}. */
export interface ThemeChannelMatrix {
  readonly level: "leaf" | "top";
  /** Row totals: each theme with its distinct activities, in codelist order, "(none)" last. */
  readonly themes: (ThemeChannelTally & { readonly theme: string })[];
  /** Column totals: each channel with its distinct activities, in codelist order, "(none)" last. */
  readonly channels: (ThemeChannelTally & { readonly channel: string })[];
  /** Non-empty cells, by theme then channel in the order of `themes` and `channels`. */
  readonly cells: ThemeChannelCell[];
  /** Every activity of the plan once. */
  readonly total: ThemeChannelTally;
}

/**
 * Cross-tabulates a plan's activities by content theme (nội dung) and channel
 * (hình thức tuyên truyền): for each (theme, channel) pair, the activities
 * that carry both and the outputs a year they are expected to produce.
 *
 * An activity with a quota counts its quota (the most demanding per kind of
 * output); with a frequency, its frequency (`frequencyPerYear`); with neither,
 * 0 outputs, but it is still listed. Activities with no theme or no channel go
 * to a "(none)" row or column rather than vanishing. An activity with several
 * themes and channels sits in several cells, so cells must not be added up:
 * the `themes`, `channels` and `total` tallies count each activity once.
 *
 * @param plan - the plan
 * @param options - see {@link ThemeChannelMatrixOptions}
 * @returns the matrix
 * @example
 * // 001:156 "Tuyên truyền nội dung chuyển đổi số trên hệ thống truyền thanh", "Mỗi tuần/1 lần":
 * themeChannelMatrix(plan001).cells.find(
 *   (c) => c.theme === "digital-transformation" && c.channel === "broadcast.commune-radio",
 * )
 * // { theme: "digital-transformation", channel: "broadcast.commune-radio",
 * //   activities: ["a-assignment-IV.5", "a-appendix-row-3"], expectedPerYear: 52 } (IV.5 has no rate)
 */
export function themeChannelMatrix(plan: Plan, options: ThemeChannelMatrixOptions = {}): ThemeChannelMatrix {
  const level = options.level ?? "leaf";
  const themeTree = codeTree(options.themes ?? themeCodelist);
  const channelTree = codeTree(options.channels ?? channelCodelist);
  const codesOf = (tree: CodeTree, codes: readonly string[]) => {
    const rolled = level === "top" ? codes.map((c) => topCode(tree, c)) : codes;
    return rolled.length > 0 ? [...new Set(rolled)] : [NONE];
  };

  const cells = new Map<string, Map<string, string[]>>();
  const rows = new Map<string, string[]>();
  const columns = new Map<string, string[]>();
  const expected = new Map<string, number>();
  const push = <K>(map: Map<K, string[]>, key: K, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const activity of plan.activities) {
    expected.set(activity.id, expectedPerYear(activity));
    const activityThemes = codesOf(themeTree, activity.themes);
    const activityChannels = codesOf(channelTree, activity.channels);
    for (const theme of activityThemes) {
      push(rows, theme, activity.id);
      const row = cells.get(theme) ?? new Map<string, string[]>();
      cells.set(theme, row);
      for (const channel of activityChannels) push(row, channel, activity.id);
    }
    for (const channel of activityChannels) push(columns, channel, activity.id);
  }

  const tally = (ids: readonly string[]): ThemeChannelTally => ({
    activities: [...ids],
    expectedPerYear: ids.reduce((sum, id) => sum + (expected.get(id) ?? 0), 0),
  });
  const themeOrder = sortCodes(themeTree, rows.keys(), NONE);
  const channelOrder = sortCodes(channelTree, columns.keys(), NONE);
  return {
    level,
    themes: themeOrder.map((theme) => ({ theme, ...tally(rows.get(theme) ?? []) })),
    channels: channelOrder.map((channel) => ({ channel, ...tally(columns.get(channel) ?? []) })),
    cells: themeOrder.flatMap((theme) =>
      channelOrder.flatMap((channel) => {
        const ids = cells.get(theme)?.get(channel);
        return ids ? [{ theme, channel, ...tally(ids) }] : [];
      }),
    ),
    total: tally(plan.activities.map((a) => a.id)),
  };
}
