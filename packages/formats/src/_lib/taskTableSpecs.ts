import { Escalation, SubTask } from "@parcomms/core";
import { defineTable, nullable, required } from "./defineTable";
import { lineEnd, lineStart, planId, position } from "./partTableSpecs";

const subtask = SubTask.shape;
const given = (list: string, table: string) =>
  required(
    `${list}_given`,
    "boolean",
    `True when the sub-task gives its own ${list} (the rows of ${table} with this subtask_id, possibly none: an empty list); false when it takes the block's.`,
  );

/**
 * The `subtasks` table: one row per sub-task of an assignment block. A null
 * in a JSON or text column, or a false `*_given` flag, means the sub-task
 * leaves the field to its block (it inherits); `[]` or `""`, or a true flag
 * with no rows, means it gives an empty one.
 */
export const subtasksTableSpec = defineTable(
  "subtasks",
  `${SubTask.description} One row per sub-task, in the order of the block (position). A field the sub-task leaves out is null (JSON and text columns) or has its *_given flag false, and is then the block's; the tasks table shows every sub-task resolved.`,
  [
    planId,
    required("activity_id", "string", "Id of the block (activities.activity_id) the sub-task belongs to."),
    position,
    required("subtask_id", "string", subtask.id.description),
    nullable("ref", "string", subtask.ref.description),
    required("text", "string", subtask.text.description),
    lineStart,
    lineEnd,
    nullable(
      "timeframe_kind",
      "string",
      "Kind of the sub-task's own timeframe, taken from timeframe; null when it takes the block's. Not read back.",
    ),
    nullable(
      "timeframe",
      "json",
      `${subtask.timeframe.description} JSON, tagged by kind; null: the block's.`,
    ),
    nullable("frequency", "json", `${subtask.frequency.description} JSON; null: the block's.`),
    nullable("quotas", "json", `${subtask.quotas.description} JSON array; null: the block's, []: none.`),
    nullable(
      "products",
      "json",
      `${subtask.products.description} JSON array of strings; null: the block's, []: none.`,
    ),
    nullable(
      "condition",
      "string",
      `${subtask.condition.description} May be an empty string ("" in CSV); null: the block's.`,
    ),
    given("themes", "activity_themes"),
    given("channels", "activity_channels"),
    given("audiences", "activity_audiences"),
    given("assignees", "activity_offices"),
    given("targets", "targets"),
    nullable("note", "string", subtask.note.description),
  ],
  { since: "1.1" },
);

const escalation = Escalation.shape;

/** The `escalation` table: one row per escalation arrangement of a plan. */
export const escalationTableSpec = defineTable(
  "escalation",
  `${Escalation.description} One row per arrangement; plans.escalation_given says whether the plan states any.`,
  [
    planId,
    position,
    required("trigger", "string", escalation.trigger.description),
    required(
      "reporters",
      "json",
      `${escalation.reporters.description} JSON array of {ref, wording} (ref: offices.office_id or assignee_groups.group_id).`,
    ),
    required("via", "json", `${escalation.via.description} JSON array of {ref, wording}.`),
    required("to", "json", `${escalation.to.description} JSON array of strings.`),
    nullable("text", "string", escalation.text.description),
    lineStart,
    lineEnd,
  ],
  { since: "1.1" },
);

const refs = (role: string, words: string) =>
  nullable(
    `${role}_refs`,
    "string",
    `Refs (offices.office_id or assignee_groups.group_id) of the task's ${words}, joined with ";"; null when none.`,
  );
const joined = (name: string, what: string) =>
  nullable(name, "string", `${what} codes of the task, joined with ";"; null when none.`);

/**
 * The derived `tasks` table: one row per piece of work of a plan
 * (`planTasks`), each sub-task resolved against its block, for counting work
 * without knowing the inheritance rule. Written, never read back.
 */
export const tasksTableSpec = defineTable(
  "tasks",
  "Derived, read-only: one row per piece of work (planTasks): an activity without sub-tasks, or each sub-task in place of its block, with the fields it leaves out taken from the block. Count work here, never activities and subtasks together. Readers ignore this table; it may be left out.",
  [
    planId,
    required("position", "integer", "Index of the task among the plan's tasks, 0-based (document order)."),
    required("activity_id", "string", "Id of the activity (the block, for a sub-task)."),
    required("task_id", "string", "Id of the task: the sub-task's id, or the activity's when it has none."),
    nullable("subtask_ref", "string", "The sub-task's letter or mark as printed; null for an activity."),
    required("title", "string", "Title of the activity (of the block, for a sub-task)."),
    nullable("text", "string", "The task as written: the sub-task's text, or the activity's description."),
    nullable("timeframe_kind", "string", "Kind of the task's timeframe; null when the plan does not say."),
    nullable(
      "timeframe",
      "json",
      "The task's timeframe, JSON tagged by kind; null when the plan does not say.",
    ),
    nullable(
      "start_date",
      "string",
      "First day the timeframe covers (YYYY-MM-DD, resolveTimeframe in the plan's period); null when it has no date.",
    ),
    nullable("end_date", "string", "Last day the timeframe covers (YYYY-MM-DD); null when it has no date."),
    nullable("frequency", "json", "How often, JSON; null when not stated."),
    required("quotas", "json", "Quotas that bind the task, JSON array."),
    refs("lead", "lead offices or groups (chủ trì)"),
    refs("coordinating", "coordinating offices or groups (phối hợp)"),
    refs("requested", "requested bodies (đề nghị: outside the issuer's authority)"),
    refs("focal_point", "focal points (đầu mối)"),
    joined("theme_codes", "Theme"),
    joined("channel_codes", "Channel"),
    joined("audience_codes", "Audience"),
    nullable("condition", "string", "A condition on the task as written."),
    required("origin_section", "string", "Section of the plan the activity came from."),
    required("origin_ref", "string", "The activity's number as printed."),
    nullable("line_start", "integer", "First line of the task (the sub-task's lines when it has them)."),
    nullable("line_end", "integer", "Last line of the task."),
  ],
  { derived: true },
);
