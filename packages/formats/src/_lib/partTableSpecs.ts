import {
  Activity,
  ActivityOrigin,
  Assignee,
  AssigneeGroup,
  ContentItem,
  FormsItem,
  LegalReference,
  LineRange,
  Office,
  PartialDate,
  Target,
} from "@parcomms/core";
import { added, defineTable, nullable, required } from "./defineTable";

/** The columns every table of a plan's parts shares: its plan, its place in its list, its lines. */
export const planId = required("plan_id", "string", "Id of the plan the row belongs to (plans.plan_id).");
export const position = required(
  "position",
  "integer",
  "Index of the row in its list, 0-based; sort by it to keep the order.",
);
export const lineStart = nullable(
  "line_start",
  "integer",
  `${LineRange.shape.start.description} Null when not recorded.`,
);
export const lineEnd = nullable(
  "line_end",
  "integer",
  `${LineRange.shape.end.description} Null when not recorded.`,
);
const activityId = required("activity_id", "string", "Id of the activity (activities.activity_id).");
/** The sub-task a row of an activity's list belongs to; null for the block's own list. */
export const subtaskIdColumn = added(
  "1.1",
  nullable(
    "subtask_id",
    "string",
    "Id of the sub-task (subtasks.subtask_id) whose own list the row is in; null for the activity's (the block's) own list. A sub-task's rows replace the block's for that sub-task (see subtasks.*_given).",
  ),
);
const heading = (description: string | undefined) => added("1.1", nullable("heading", "string", description));
const item = ContentItem.shape;
const activity = Activity.shape;

/** The `content_items` table. */
export const contentItemsTableSpec = defineTable(
  "content_items",
  `${ContentItem.description} One row per item.`,
  [
    planId,
    position,
    required("content_item_id", "string", item.id.description),
    nullable("ref", "string", item.ref.description),
    heading(`${item.heading.description} Stored without its colon.`),
    required("text", "string", item.text.description),
    lineStart,
    lineEnd,
    nullable("note", "string", item.note.description),
    nullable("parent_id", "string", item.parentId.description),
    required("themes", "json", `${item.themes.description} JSON array.`),
    added(
      "1.1",
      nullable(
        "channels",
        "json",
        "Channel codes, where the text ties the message to a medium. JSON array; null when the item names none (absent), [] when it is given as empty.",
      ),
    ),
  ],
);

/** The `forms_items` table. */
export const formsItemsTableSpec = defineTable("forms_items", `${FormsItem.description} One row per item.`, [
  planId,
  position,
  required("forms_item_id", "string", FormsItem.shape.id.description),
  nullable("ref", "string", FormsItem.shape.ref.description),
  heading(`${FormsItem.shape.heading.description} Stored without its colon.`),
  required("text", "string", FormsItem.shape.text.description),
  lineStart,
  lineEnd,
  nullable("note", "string", FormsItem.shape.note.description),
  required("channels", "json", `${FormsItem.shape.channels.description} JSON array.`),
  required("themes", "json", `${FormsItem.shape.themes.description} JSON array.`),
]);

/** The `activities` table. */
export const activitiesTableSpec = defineTable(
  "activities",
  `${Activity.description} One row per activity (an assignment block with sub-tasks among them: its sub-tasks are in subtasks, and the tasks table lists the pieces of work); its themes, channels, audiences, assignees and targets are in tables of their own.`,
  [
    planId,
    position,
    required("activity_id", "string", activity.id.description),
    required("title", "string", activity.title.description),
    nullable("description", "string", activity.description.description),
    nullable(
      "timeframe_kind",
      "string",
      "Kind of the timeframe (continuous, year, years, halves, quarters, months, dateRange, deadline, yearlyDate, trigger, compound), taken from timeframe; not read back.",
    ),
    nullable("timeframe", "json", `${activity.timeframe.description} JSON, tagged by kind.`),
    nullable("frequency", "json", "A regular frequency (count times every interval × per). JSON."),
    required("quotas", "json", `${activity.quotas.description} JSON array.`),
    required("products", "json", `${activity.products.description} JSON array of strings.`),
    nullable("condition", "string", `${activity.condition.description} May be an empty string ("" in CSV).`),
    added(
      "1.1",
      required(
        "subtasks_given",
        "boolean",
        "True when the activity is a block with a list of sub-tasks (its rows in subtasks, possibly none); false when it has no such list.",
      ),
    ),
    required("origin_section", "string", ActivityOrigin.shape.section.description),
    required("origin_ref", "string", ActivityOrigin.shape.ref.description),
    nullable(
      "line_start",
      "integer",
      "First line the activity was read from, 1-based. Null when there is no source text.",
    ),
    nullable(
      "line_end",
      "integer",
      "Last line the activity was read from, inclusive. Null when there is no source text.",
    ),
    nullable("note", "string", activity.note.description),
  ],
);

/** The `activity_themes` table. */
export const activityThemesTableSpec = defineTable(
  "activity_themes",
  "One row per theme code of an activity, or of a sub-task that gives its own themes.",
  [
    planId,
    activityId,
    subtaskIdColumn,
    position,
    required("theme_code", "string", "Theme code from the themes codelist."),
  ],
);

/** The `activity_channels` table. */
export const activityChannelsTableSpec = defineTable(
  "activity_channels",
  "One row per channel code of an activity, or of a sub-task that gives its own channels.",
  [
    planId,
    activityId,
    subtaskIdColumn,
    position,
    required("channel_code", "string", "Channel code from the channels codelist."),
  ],
);

/** The `activity_audiences` table. */
export const activityAudiencesTableSpec = defineTable(
  "activity_audiences",
  "One row per audience code of an activity, or of a sub-task that gives its own audiences.",
  [
    planId,
    activityId,
    subtaskIdColumn,
    position,
    required("audience_code", "string", "Audience code from the audiences codelist."),
  ],
);

/** The `activity_offices` table. */
export const activityOfficesTableSpec = defineTable(
  "activity_offices",
  `${Assignee.description} One row per assignee of an activity, or of a sub-task that gives its own assignees.`,
  [
    planId,
    activityId,
    subtaskIdColumn,
    position,
    required("assignee_ref", "string", Assignee.shape.ref.description),
    nullable(
      "assignee_type",
      "string",
      "office (offices.office_id) or group (assignee_groups.group_id): which list assignee_ref points into; null when it points into neither. Derived; not read back.",
    ),
    required("role", "string", Assignee.shape.role.description),
    nullable("wording", "string", Assignee.shape.wording.description),
  ],
);

/** The `offices` table. */
export const officesTableSpec = defineTable("offices", `${Office.description} One row per office.`, [
  planId,
  position,
  required("office_id", "string", Office.shape.id.description),
  required("name", "string", Office.shape.name.description),
  required("kind", "string", Office.shape.kind.description),
  nullable("unit_name", "string", `${Office.shape.unit.description} Its name as written.`),
  nullable("unit_level", "string", "Level of the unit the office belongs to; null with unit_name."),
  required("aliases", "json", `${Office.shape.aliases.description} JSON array of strings.`),
  nullable("note", "string", "An analyst's note."),
]);

/** The `assignee_groups` table. */
export const assigneeGroupsTableSpec = defineTable(
  "assignee_groups",
  `${AssigneeGroup.description} One row per group.`,
  [
    planId,
    position,
    required("group_id", "string", AssigneeGroup.shape.id.description),
    required("label", "string", AssigneeGroup.shape.label.description),
    required("aliases", "json", `${AssigneeGroup.shape.aliases.description} JSON array of strings.`),
    required("members", "string", AssigneeGroup.shape.members.description),
    required("scope", "string", AssigneeGroup.shape.scope.description),
    nullable("unit_kinds", "json", `${AssigneeGroup.shape.unitKinds.description} JSON array.`),
    nullable("office_kinds", "json", `${AssigneeGroup.shape.officeKinds.description} JSON array.`),
    nullable("note", "string", "An analyst's note."),
  ],
);

/** The `targets` table. */
export const targetsTableSpec = defineTable(
  "targets",
  `${Target.description} One row per target, of the plan as a whole (activity_id null), of one activity, or of a sub-task that gives its own targets.`,
  [
    planId,
    nullable(
      "activity_id",
      "string",
      "Id of the activity the target belongs to; null for a target of the plan as a whole.",
    ),
    added(
      "1.1",
      nullable(
        "subtask_id",
        "string",
        "Id of the sub-task (subtasks.subtask_id) whose own targets the row is in; null for the activity's or the plan's. Set only with activity_id.",
      ),
    ),
    position,
    required("metric", "string", Target.shape.metric.description),
    required("comparator", "string", Target.shape.comparator.description),
    required("value", "number", Target.shape.value.description),
    required("unit", "string", Target.shape.unit.description),
    nullable("per", "string", Target.shape.per.description),
    nullable("applies_to", "json", `${Target.shape.appliesTo.description} JSON array of {ref, wording}.`),
    nullable("raw", "string", "The target as written."),
    lineStart,
    lineEnd,
  ],
);

const reference = LegalReference.shape;
const date = PartialDate.shape;

/** The `references` table. */
export const referencesTableSpec = defineTable(
  "references",
  `${LegalReference.description} One row per cited document (căn cứ), the parent plan among them.`,
  [
    planId,
    position,
    required("type", "string", reference.type.description),
    nullable("number", "string", `${reference.number.description} May be an empty string ("" in CSV).`),
    nullable("type_code", "string", reference.typeCode.description),
    nullable("issuer_code", "string", reference.issuerCode.description),
    nullable("symbol", "string", `${reference.symbol.description} May be an empty string ("" in CSV).`),
    nullable("date_year", "integer", `Date of the document: ${date.year.description} Null when no date.`),
    nullable("date_month", "integer", date.month.description),
    nullable("date_day", "integer", date.day.description),
    nullable("date_raw", "string", date.raw.description),
    nullable("issuer", "string", reference.issuer.description),
    nullable("title", "string", reference.title.description),
    required("role", "string", reference.role.description),
    nullable("raw", "string", reference.raw.description),
    lineStart,
    lineEnd,
    nullable("note", "string", reference.note.description),
  ],
);
