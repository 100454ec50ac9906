import { unitKinds } from "@parcomms/core";
import type { PlanTables } from "@parcomms/formats";
import * as aq from "arquero";
import { tableColumns } from "../_lib/tableColumns";
import { codeTops } from "./codeTops";
import { crosstabKey, type NationalRollup, type NodeTotals } from "./NationalRollup";
import { unitPathsOfTable } from "./unitSteps";

const PROVINCE_KINDS = new Set<string>(
  unitKinds.entries.filter((k) => k.level === "province").map((k) => k.code),
);

type Row = Record<string, unknown>;
const TASK_KEY = ["plan_id", "task_id"];

/**
 * The national rollup with arquero, from the tidy tables of `planTables`: loads the columns it needs into
 * arquero tables, explodes the codes of content items, forms items and activities, rolls top-level codes up
 * with a lookup table of the codelists, and groups. The unit path (a JSON list of parents) is read with an
 * escaped function, the one step that is not relational. Loading is timed with the rest.
 *
 * @example
 * arqueroRollup(planTables(plans)).crosstab.size // the non-empty cells, as for oursRollup
 */
export function arqueroRollup(tables: PlanTables): NationalRollup {
  const tops = codeTops();
  const topTable = (list: typeof tops.themes) =>
    aq.table({ code: [...list.topOf.keys()], top: [...list.topOf.values()] });
  const themeTops = topTable(tops.themes);
  const channelTops = topTable(tops.channels);

  // The unit paths need every plan at once (units with different codes that fold alike are split).
  const plans = aq
    .table({ ...tableColumns(tables.plans, ["plan_id"]), steps: unitPathsOfTable(tables.plans) })
    .derive({
      unit: aq.escape((d: Row) => (d.steps as string[]).join("/")),
      nodes: aq.escape((d: Row) => (d.steps as string[]).map((_, i, all) => all.slice(0, i + 1).join("/"))),
      province: aq.escape(
        (d: Row) =>
          (d.steps as string[]).find((s) => PROVINCE_KINDS.has(s.split(":")[0] as string)) ?? "(none)",
      ),
    })
    .select("plan_id", "unit", "nodes", "province");
  // One row per piece of work, its resolved codes joined with ";".
  const tasks = aq.table(tableColumns(tables.tasks, ["plan_id", "task_id", "theme_codes", "channel_codes"]));
  const activityThemes = aq
    .table(tableColumns(tables.activity_themes, ["plan_id", "activity_id", "theme_code"]))
    .rename({ theme_code: "code" });
  const activityChannels = aq
    .table(tableColumns(tables.activity_channels, ["plan_id", "activity_id", "channel_code"]))
    .rename({ channel_code: "code" });
  const exploded = (table: aq.ColumnTable, column: string) =>
    table
      .derive({ code: aq.escape((d: Row) => JSON.parse(d[column] as string) as string[]) })
      .select("plan_id", "code")
      .unroll("code");
  const contentItems = aq.table(tableColumns(tables.content_items, ["plan_id", "themes", "channels"]));
  const formsItems = aq.table(tableColumns(tables.forms_items, ["plan_id", "themes", "channels"]));
  const withTop = (table: aq.ColumnTable, lookup: aq.ColumnTable) =>
    table
      .lookup(lookup, "code", "top")
      .derive({ top: "d => d.top != null ? d.top : op.split(d.code, '.')[0]" });

  // Coverage: units covering each top-level code, at every node above them.
  const coverage = (codes: aq.ColumnTable, lookup: aq.ColumnTable) =>
    withTop(codes, lookup)
      .join(plans, "plan_id")
      .dedupe("unit", "top")
      .select("nodes", "top")
      .unroll("nodes")
      .groupby("nodes", "top")
      .count()
      .objects() as Row[];
  const themeRows = coverage(
    exploded(contentItems, "themes").concat(
      exploded(formsItems, "themes"),
      activityThemes.select("plan_id", "code"),
    ),
    themeTops,
  );
  const channelRows = coverage(
    exploded(formsItems, "channels").concat(
      exploded(contentItems.filter(aq.escape((d: Row) => d.channels != null)), "channels"),
      activityChannels.select("plan_id", "code"),
    ),
    channelTops,
  );
  const totals = plans
    .join_left(tasks.groupby("plan_id").count({ as: "n" }), "plan_id")
    .select("nodes", "unit", "n")
    .unroll("nodes")
    .groupby("nodes")
    .rollup({
      plans: "() => op.count()",
      units: "d => op.distinct(d.unit)",
      activities: "d => op.sum(d.n)",
    })
    .objects() as Row[];

  const distinctTops = (column: string, lookup: aq.ColumnTable, as: string) =>
    withTop(
      tasks
        .filter(aq.escape((d: Row) => d[column] != null))
        .derive({ code: aq.escape((d: Row) => (d[column] as string).split(";")) })
        .select("plan_id", "task_id", "code")
        .unroll("code"),
      lookup,
    )
      .select("plan_id", "task_id", { top: as })
      .dedupe();
  const crosstabRows = tasks
    .join_left(distinctTops("theme_codes", themeTops, "theme"), [TASK_KEY, TASK_KEY])
    .join_left(distinctTops("channel_codes", channelTops, "channel"), [TASK_KEY, TASK_KEY])
    .lookup(plans, "plan_id", "province")
    .derive({
      theme: "d => d.theme != null ? d.theme : '(none)'",
      channel: "d => d.channel != null ? d.channel : '(none)'",
    })
    .groupby("province", "theme", "channel")
    .count()
    .objects() as Row[];

  const crosstab = new Map<string, number>();
  for (const r of crosstabRows)
    crosstab.set(
      crosstabKey(r.province as string, r.theme as string, r.channel as string),
      r.count as number,
    );
  const themeIndex = new Map(tops.themes.top.map((c, i) => [c, i]));
  const channelIndex = new Map(tops.channels.top.map((c, i) => [c, i]));
  const nodes = new Map<string, NodeTotals>();
  for (const r of totals) {
    nodes.set(r.nodes as string, {
      plans: r.plans as number,
      units: r.units as number,
      activities: (r.activities as number) ?? 0,
      themes: new Array<number>(tops.themes.top.length).fill(0),
      channels: new Array<number>(tops.channels.top.length).fill(0),
    });
  }
  const fill = (rows: Row[], index: Map<string, number>, pick: "themes" | "channels") => {
    for (const r of rows) {
      const i = index.get(r.top as string);
      const node = nodes.get(r.nodes as string);
      if (i !== undefined && node) (node[pick] as number[])[i] = r.count as number;
    }
  };
  fill(themeRows, themeIndex, "themes");
  fill(channelRows, channelIndex, "channels");
  return { crosstab, nodes };
}
