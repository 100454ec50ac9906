import type { Plan } from "@parcomms/core";
import {
  type Codelist,
  channels as channelCodelist,
  planTasks,
  themes as themeCodelist,
} from "@parcomms/core";
import { type Cell, planTables } from "@parcomms/formats";
import { type ColumnTable, table } from "arquero";
import { tableColumns } from "../_lib/tableColumns";

/** Options of {@link planFrames}. */
export interface PlanFramesOptions {
  /** The themes codelist that gives each theme code its top-level code; default the built-in `themes`. */
  readonly themes?: Codelist;
  /** The channels codelist; default the built-in `channels`. */
  readonly channels?: Codelist;
}

/**
 * Arquero tables of a list of plans, for querying further. Each is built from
 * the tidy tables of `planTables` (@parcomms/formats), with the same
 * snake_case columns (see docs/data.md), so the frames and the CSV/Arrow files
 * agree.
 */
export interface PlanFrames {
  /** One row per plan: the `plans` table (plan_id, unit_name, unit_kind, unit_level, unit_era, period_start …). */
  readonly plans: ColumnTable;
  /** One row per activity: the `activities` table (plan_id, activity_id, position, title, timeframe_kind …). */
  readonly activities: ColumnTable;
  /** One row per (activity, theme): plan_id, activity_id, position, theme_code, and theme_top (its top-level code). */
  readonly activityThemes: ColumnTable;
  /** One row per (activity, channel): plan_id, activity_id, position, channel_code, and channel_top. */
  readonly activityChannels: ColumnTable;
  /**
   * One row per (activity or plan, office or group, role): plan_id; activity_id
   * (null for the plan's own focal point, đầu mối); assignee_ref; assignee_type
   * ("office", "group", or null for a ref the plan does not define); role
   * ("lead", "coordinating", "focal-point"); wording; name (the office's name or
   * the group's label, else the wording); office_kind (null for groups).
   */
  readonly offices: ColumnTable;
  /**
   * One row per piece of work (`planTasks`: an activity without sub-tasks, or
   * each sub-task of a block in its place, with the block's fields it leaves
   * out): plan_id, task_id, activity_id (the block's), subtask_ref (its
   * letter, null for an activity), position (in the plan's tasks), title (the
   * block's), text, timeframe_kind, timeframe_raw, line_start, line_end.
   * Count work here, not in `activities`, where a block stands once for all
   * its sub-tasks.
   */
  readonly tasks: ColumnTable;
  /** One row per (task, theme): plan_id, task_id, theme_code, theme_top. */
  readonly taskThemes: ColumnTable;
  /** One row per (task, channel): plan_id, task_id, channel_code, channel_top. */
  readonly taskChannels: ColumnTable;
  /** One row per (task, assignee): plan_id, task_id, assignee_ref, role ("lead", "coordinating", "requested", "focal-point"), wording. */
  readonly taskAssignees: ColumnTable;
}

/**
 * Arquero tables (bảng arquero) of plans: plans, activities, their themes and
 * channels exploded one per row, and offices with their roles, for users who
 * want to filter, join and roll up themselves; and the pieces of work
 * (`tasks`, sub-tasks in place of their block) with their themes, channels
 * and assignees, to count work once.
 *
 * @param plans - plans with distinct ids
 * @param options - see {@link PlanFramesOptions}
 * @returns the frames
 * @throws {TableFormatError} `table.duplicate-key` when two plans, or two activities of one plan, share an id
 * @example
 * const { activityThemes } = planFrames(realPlans);
 * activityThemes.filter((d) => d.theme_top === "indices").groupby("plan_id").count().objects()
 * // [{ plan_id: "000_34833a3694ee8a96", count: 2 }, …]
 */
export function planFrames(plans: readonly Plan[], options: PlanFramesOptions = {}): PlanFrames {
  const tables = planTables(plans);
  const activityThemes = tableColumns(tables.activity_themes);
  activityThemes.theme_top = topCodes(activityThemes.theme_code ?? [], options.themes ?? themeCodelist);
  const activityChannels = tableColumns(tables.activity_channels);
  activityChannels.channel_top = topCodes(
    activityChannels.channel_code ?? [],
    options.channels ?? channelCodelist,
  );
  return {
    plans: table(tableColumns(tables.plans)),
    activities: table(tableColumns(tables.activities)),
    activityThemes: table(activityThemes),
    activityChannels: table(activityChannels),
    offices: table(officeColumns(tables)),
    ...taskFrames(plans, options),
  };
}

function taskFrames(
  plans: readonly Plan[],
  options: PlanFramesOptions,
): Pick<PlanFrames, "tasks" | "taskThemes" | "taskChannels" | "taskAssignees"> {
  const columns = <K extends string>(...names: K[]) =>
    Object.fromEntries(names.map((n) => [n, [] as Cell[]])) as Record<K, Cell[]>;
  const tasks = columns(
    "plan_id",
    "task_id",
    "activity_id",
    "subtask_ref",
    "position",
    "title",
    "text",
    "timeframe_kind",
    "timeframe_raw",
    "line_start",
    "line_end",
  );
  const themes = columns("plan_id", "task_id", "theme_code");
  const channels = columns("plan_id", "task_id", "channel_code");
  const assignees = columns("plan_id", "task_id", "assignee_ref", "role", "wording");
  const push = <K extends string>(into: Record<K, Cell[]>, row: Record<K, Cell>) => {
    for (const key of Object.keys(into) as K[]) into[key].push(row[key]);
  };
  for (const plan of plans) {
    planTasks(plan).forEach((task, position) => {
      const ids = { plan_id: plan.id, task_id: task.id };
      push(tasks, {
        ...ids,
        activity_id: task.activityId,
        subtask_ref: task.subtask?.ref ?? null,
        position,
        title: task.title,
        text: task.description ?? null,
        timeframe_kind: task.timeframe?.kind ?? null,
        timeframe_raw: task.timeframe?.raw ?? null,
        line_start: task.origin.lines?.start ?? null,
        line_end: task.origin.lines?.end ?? null,
      });
      for (const theme_code of task.themes) push(themes, { ...ids, theme_code });
      for (const channel_code of task.channels) push(channels, { ...ids, channel_code });
      for (const a of task.assignees) {
        push(assignees, { ...ids, assignee_ref: a.ref, role: a.role, wording: a.wording ?? null });
      }
    });
  }
  return {
    tasks: table(tasks),
    taskThemes: table({
      ...themes,
      theme_top: topCodes(themes.theme_code, options.themes ?? themeCodelist),
    }),
    taskChannels: table({
      ...channels,
      channel_top: topCodes(channels.channel_code, options.channels ?? channelCodelist),
    }),
    taskAssignees: table(assignees),
  };
}

/** Each code's top-level code: its parent in the codelist, else the code before its first dot. */
function topCodes(codes: readonly Cell[], codelist: Codelist): Cell[] {
  const parent = new Map(codelist.entries.map((e) => [e.code, e.parent]));
  return codes.map((c) => {
    if (typeof c !== "string") return c;
    return parent.has(c) ? (parent.get(c) ?? c) : (c.split(".")[0] ?? c);
  });
}

function officeColumns(tables: ReturnType<typeof planTables>): Record<string, Cell[]> {
  const offices = tableColumns(tables.offices);
  const groups = tableColumns(tables.assignee_groups);
  const names = new Map<string, { name: Cell; kind: Cell }>();
  offices.office_id?.forEach((id, i) => {
    names.set(`${offices.plan_id?.[i]}\u0000${id}`, {
      name: offices.name?.[i] ?? null,
      kind: offices.kind?.[i] ?? null,
    });
  });
  groups.group_id?.forEach((id, i) => {
    const k = `${groups.plan_id?.[i]}\u0000${id}`;
    if (!names.has(k)) names.set(k, { name: groups.label?.[i] ?? null, kind: null });
  });

  const links = tableColumns(tables.activity_offices);
  const out: Record<string, Cell[]> = {
    plan_id: [],
    activity_id: [],
    assignee_ref: [],
    assignee_type: [],
    role: [],
    wording: [],
    name: [],
    office_kind: [],
  };
  const push = (row: Record<string, Cell>) => {
    for (const [column, cells] of Object.entries(out)) cells.push(row[column] ?? null);
  };
  const plansCols = tableColumns(tables.plans);
  plansCols.plan_id?.forEach((planId, i) => {
    const focal = plansCols.focal_point?.[i];
    if (typeof focal !== "string") return;
    const { ref, wording } = JSON.parse(focal) as { ref: string; wording?: string };
    const known = names.get(`${planId}\u0000${ref}`);
    push({
      plan_id: planId,
      activity_id: null,
      assignee_ref: ref,
      assignee_type: known ? (known.kind === null ? "group" : "office") : null,
      role: "focal-point",
      wording: wording ?? null,
      name: known?.name ?? wording ?? ref,
      office_kind: known?.kind ?? null,
    });
  });
  links.plan_id?.forEach((planId, i) => {
    const ref = links.assignee_ref?.[i] ?? null;
    const wording = links.wording?.[i] ?? null;
    const known = names.get(`${planId}\u0000${ref}`);
    push({
      plan_id: planId,
      activity_id: links.activity_id?.[i] ?? null,
      assignee_ref: ref,
      assignee_type: links.assignee_type?.[i] ?? null,
      role: links.role?.[i] ?? null,
      wording,
      name: known?.name ?? wording ?? ref,
      office_kind: known?.kind ?? null,
    });
  });
  return out;
}
