import type { Plan } from "@parcomms/core";
import { type Codelist, channels as channelCodelist, themes as themeCodelist } from "@parcomms/core";
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
}

/**
 * Arquero tables (bảng arquero) of plans: plans, activities, their themes and
 * channels exploded one per row, and offices with their roles, for users who
 * want to filter, join and roll up themselves.
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
