import { channels as channelCodelist } from "../codelists/channels";
import { themes as themeCodelist } from "../codelists/themes";
import type { Codelist } from "../model/CodelistEntry";
import type { Plan } from "../model/Plan";
import { planTasks } from "../model/planTasks";
import { expectedPerYear } from "../time/expectedPerYear";
import { type CodeTree, codeTree, sortCodes, topCode } from "./_lib/codeTree";
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
  /** Every task of the plan once (`planTasks`). */
  readonly total: ThemeChannelTally;
}

/**
 * Cross-tabulates a plan's activities by content theme (nội dung) and channel
 * (hình thức tuyên truyền): for each (theme, channel) pair, the activities
 * that carry both and the outputs a year they are expected to produce.
 * Activities here are `planTasks`: a block with sub-tasks is counted through
 * its sub-tasks (with the block's codes and rates where they give none),
 * never as well as them.
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
  const codesOf = (tree: CodeTree, codes: readonly string[]): readonly string[] => {
    if (codes.length === 0) return NO_CODE;
    if (codes.length === 1) return level === "top" ? [topCode(tree, codes[0] as string)] : codes;
    const out: string[] = [];
    for (const code of codes) {
      const c = level === "top" ? topCode(tree, code) : code;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  };

  // Each list is built here and handed out once, so the result owns it without a copy.
  const cells = new Map<string, Map<string, Tally>>();
  const rows = new Map<string, Tally>();
  const columns = new Map<string, Tally>();
  const expected = new Map<string, number>();
  const tasks = planTasks(plan);
  for (const activity of tasks) expected.set(activity.id, expectedPerYear(activity));
  for (const activity of tasks) {
    // The last activity of an id sets its value, as the ids are summed by value.
    const value = expected.get(activity.id) as number;
    const activityThemes = codesOf(themeTree, activity.themes);
    const activityChannels = codesOf(channelTree, activity.channels);
    for (const theme of activityThemes) {
      add(rows, theme, activity.id, value);
      let row = cells.get(theme);
      if (!row) {
        row = new Map();
        cells.set(theme, row);
      }
      for (const channel of activityChannels) add(row, channel, activity.id, value);
    }
    for (const channel of activityChannels) add(columns, channel, activity.id, value);
  }

  const themeOrder = sortCodes(themeTree, rows.keys(), NONE);
  const channelOrder = sortCodes(channelTree, columns.keys(), NONE);
  const themes: ThemeChannelMatrix["themes"] = [];
  for (const theme of themeOrder) {
    const t = rows.get(theme) as Tally;
    themes.push({ theme, activities: t.activities, expectedPerYear: t.expectedPerYear });
  }
  const channels: ThemeChannelMatrix["channels"] = [];
  for (const channel of channelOrder) {
    const t = columns.get(channel) as Tally;
    channels.push({ channel, activities: t.activities, expectedPerYear: t.expectedPerYear });
  }
  const matrixCells: ThemeChannelCell[] = [];
  for (const theme of themeOrder) {
    const row = cells.get(theme);
    if (!row) continue;
    for (const channel of channelOrder) {
      const t = row.get(channel);
      if (t)
        matrixCells.push({ theme, channel, activities: t.activities, expectedPerYear: t.expectedPerYear });
    }
  }
  const total: Tally = { activities: [], expectedPerYear: 0 };
  for (const activity of tasks) {
    total.activities.push(activity.id);
    total.expectedPerYear += expected.get(activity.id) as number;
  }
  return { level, themes, channels, cells: matrixCells, total };
}

const NO_CODE: readonly string[] = [NONE];

interface Tally {
  readonly activities: string[];
  expectedPerYear: number;
}

function add(map: Map<string, Tally>, key: string, id: string, value: number): void {
  const tally = map.get(key);
  if (tally) {
    tally.activities.push(id);
    tally.expectedPerYear += value;
  } else map.set(key, { activities: [id], expectedPerYear: value });
}
