import type { Activity, Assignee, Plan, SubTask, Target } from "@parcomms/core";
import { TableFormatError } from "../TableFormatError";
import { json, lineCells, optJson, type PlanRows, push } from "./planRows";
import { typedPlanTableSpecs as specs } from "./typedPlanTableSpecs";

/**
 * The rows of a plan's activities: one row of `activities` per activity, one
 * of `subtasks` per sub-task, and the rows of their lists (themes, channels,
 * audiences, assignees, targets), a sub-task's own lists under its
 * `subtask_id`. Activity and sub-task ids must be distinct in the plan.
 */
export function addActivities(rows: PlanRows, plan: Plan): void {
  const plan_id = plan.id;
  const officeIds = new Set(plan.offices.map((o) => o.id));
  const groupIds = new Set(plan.assigneeGroups.map((g) => g.id));
  const ids = new Set<string>();
  const claim = (id: string, table: "activities" | "subtasks") => {
    if (ids.has(id)) {
      throw new TableFormatError(
        "table.duplicate-key",
        table,
        `plan ${JSON.stringify(plan_id)} has two activities or sub-tasks with the id ${JSON.stringify(id)}`,
        { column: table === "activities" ? "activity_id" : "subtask_id" },
      );
    }
    ids.add(id);
  };
  // The key cells every row of an activity's or a sub-task's list starts with.
  const keys = (activity_id: string, subtask_id: string | null, position: number) => ({
    plan_id,
    activity_id,
    subtask_id,
    position,
  });
  const lists = (activity_id: string, subtask_id: string | null, owner: Partial<Lists>) => {
    owner.themes?.forEach((theme_code, i) => {
      push(rows.activity_themes, specs.activity_themes, { ...keys(activity_id, subtask_id, i), theme_code });
    });
    owner.channels?.forEach((channel_code, i) => {
      push(rows.activity_channels, specs.activity_channels, {
        ...keys(activity_id, subtask_id, i),
        channel_code,
      });
    });
    owner.audiences?.forEach((audience_code, i) => {
      push(rows.activity_audiences, specs.activity_audiences, {
        ...keys(activity_id, subtask_id, i),
        audience_code,
      });
    });
    owner.assignees?.forEach((assignee, i) => {
      push(rows.activity_offices, specs.activity_offices, {
        ...keys(activity_id, subtask_id, i),
        assignee_ref: assignee.ref,
        assignee_type: officeIds.has(assignee.ref) ? "office" : groupIds.has(assignee.ref) ? "group" : null,
        role: assignee.role,
        wording: assignee.wording ?? null,
      });
    });
    owner.targets?.forEach((target, i) => {
      addTarget(rows, plan_id, activity_id, subtask_id, target, i);
    });
  };
  plan.activities.forEach((activity, position) => {
    const activity_id = activity.id;
    claim(activity_id, "activities");
    push(rows.activities, specs.activities, {
      plan_id,
      position,
      activity_id,
      title: activity.title,
      description: activity.description ?? null,
      timeframe_kind: activity.timeframe?.kind ?? null,
      timeframe: optJson(activity.timeframe),
      frequency: optJson(activity.frequency),
      quotas: json(activity.quotas),
      products: json(activity.products),
      condition: activity.condition ?? null,
      subtasks_given: activity.subtasks !== undefined,
      origin_section: activity.origin.section,
      origin_ref: activity.origin.ref,
      line_start: activity.origin.lines?.start ?? null,
      line_end: activity.origin.lines?.end ?? null,
      note: activity.note ?? null,
    });
    lists(activity_id, null, activity);
    activity.subtasks?.forEach((subtask, i) => {
      claim(subtask.id, "subtasks");
      addSubtask(rows, plan_id, activity_id, subtask, i);
      lists(activity_id, subtask.id, subtask);
    });
  });
}

type Lists = Pick<Activity, "themes" | "channels" | "audiences" | "targets"> & {
  assignees: readonly Assignee[];
};

function addSubtask(
  rows: PlanRows,
  plan_id: string,
  activity_id: string,
  subtask: SubTask,
  position: number,
) {
  push(rows.subtasks, specs.subtasks, {
    plan_id,
    activity_id,
    position,
    subtask_id: subtask.id,
    ref: subtask.ref ?? null,
    text: subtask.text,
    ...lineCells(subtask.lines),
    timeframe_kind: subtask.timeframe?.kind ?? null,
    timeframe: optJson(subtask.timeframe),
    frequency: optJson(subtask.frequency),
    quotas: optJson(subtask.quotas),
    products: optJson(subtask.products),
    condition: subtask.condition ?? null,
    themes_given: subtask.themes !== undefined,
    channels_given: subtask.channels !== undefined,
    audiences_given: subtask.audiences !== undefined,
    assignees_given: subtask.assignees !== undefined,
    targets_given: subtask.targets !== undefined,
    note: subtask.note ?? null,
  });
}

/** A row of `targets`: of the plan (activity_id null), of an activity, or of a sub-task. */
export function addTarget(
  rows: PlanRows,
  plan_id: string,
  activity_id: string | null,
  subtask_id: string | null,
  target: Target,
  position: number,
): void {
  push(rows.targets, specs.targets, {
    plan_id,
    activity_id,
    subtask_id,
    position,
    metric: target.metric,
    comparator: target.comparator,
    value: target.value,
    unit: target.unit,
    per: target.per ?? null,
    applies_to: optJson(target.appliesTo),
    raw: target.raw ?? null,
    ...lineCells(target.lines),
  });
}
