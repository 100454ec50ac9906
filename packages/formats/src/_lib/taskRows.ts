import { type Plan, type PlanTask, planTasks, type Role, resolveTimeframe } from "@parcomms/core";
import { json, optJson, type PlanRows, push } from "./planRows";
import { typedPlanTableSpecs as specs } from "./typedPlanTableSpecs";

const joined = (values: readonly string[]): string | null => (values.length === 0 ? null : values.join(";"));
const refsOf = (task: PlanTask, role: Role) =>
  joined(task.assignees.filter((a) => a.role === role).map((a) => a.ref));
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** A local date as YYYY-MM-DD, or null when it is not a date. */
function day(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** First and last day of a task's timeframe in the plan's period, null when it has no date (or cannot be read), or the plan no period. */
function dates(task: PlanTask, plan: Plan): { start_date: string | null; end_date: string | null } {
  if (!task.timeframe || !plan.period) return { start_date: null, end_date: null };
  try {
    const interval = resolveTimeframe(task.timeframe, plan.period);
    return interval
      ? { start_date: day(interval.start), end_date: day(interval.end) }
      : { start_date: null, end_date: null };
  } catch {
    return { start_date: null, end_date: null };
  }
}

/** The rows of the derived `tasks` table of a plan: one per piece of work of `planTasks`. */
export function addTasks(rows: PlanRows, plan: Plan): void {
  planTasks(plan).forEach((task, position) => {
    push(rows.tasks, specs.tasks, {
      plan_id: plan.id,
      position,
      activity_id: task.activityId,
      task_id: task.id,
      subtask_ref: task.subtask?.ref ?? null,
      title: task.title,
      text: task.description ?? null,
      timeframe_kind: task.timeframe?.kind ?? null,
      timeframe: optJson(task.timeframe),
      ...dates(task, plan),
      frequency: optJson(task.frequency),
      quotas: json(task.quotas),
      lead_refs: refsOf(task, "lead"),
      coordinating_refs: refsOf(task, "coordinating"),
      requested_refs: refsOf(task, "requested"),
      focal_point_refs: refsOf(task, "focal-point"),
      theme_codes: joined(task.themes),
      channel_codes: joined(task.channels),
      audience_codes: joined(task.audiences),
      condition: task.condition ?? null,
      origin_section: task.origin.section,
      origin_ref: task.origin.ref,
      line_start: task.origin.lines?.start ?? null,
      line_end: task.origin.lines?.end ?? null,
    });
  });
}
