import type { Activity, SubTask } from "./Activity";

/**
 * A piece of work of a plan: an activity without sub-tasks, or one sub-task
 * with the fields it leaves out taken from its block. Its `id` is the
 * sub-task's (or the activity's); `activityId` is the block's.
 */
export interface PlanTask extends Omit<Activity, "subtasks"> {
  /** Id of the activity (assignment block) the task belongs to. */
  readonly activityId: string;
  /** The sub-task, when the task is one; absent for an activity without sub-tasks. */
  readonly subtask?: SubTask;
}

/**
 * The sub-task with the fields it leaves out taken from its block: what the
 * block states once applies to all its sub-tasks unless one says otherwise.
 * Its origin is the block's, with the sub-task's lines when it has them.
 */
export function resolveSubTask(activity: Activity, subtask: SubTask): PlanTask {
  const { subtasks: _subtasks, ...block } = activity;
  return {
    ...block,
    id: subtask.id,
    activityId: activity.id,
    subtask,
    description: subtask.text,
    themes: subtask.themes ?? block.themes,
    channels: subtask.channels ?? block.channels,
    audiences: subtask.audiences ?? block.audiences,
    assignees: subtask.assignees ?? block.assignees,
    timeframe: subtask.timeframe ?? block.timeframe,
    frequency: subtask.frequency ?? block.frequency,
    quotas: subtask.quotas ?? block.quotas,
    products: subtask.products ?? block.products,
    targets: subtask.targets ?? block.targets,
    condition: subtask.condition ?? block.condition,
    origin: subtask.lines ? { ...block.origin, lines: subtask.lines } : block.origin,
    note: subtask.note ?? block.note,
  };
}

/**
 * Every piece of work of a plan once: each activity without sub-tasks, and
 * each sub-task (resolved against its block) in place of a block that has
 * them. Rollups, workload and time count these, so a block is never counted
 * as well as its sub-tasks.
 *
 * @example
 * // 002 V.1 is one block of five lettered tasks; only a) has the 20/04/2024 deadline
 * planTasks(plan002).filter((t) => t.activityId === "a-assignment-V.1").length // 5
 */
export function planTasks(plan: { readonly activities: readonly Activity[] }): PlanTask[] {
  return plan.activities.flatMap((activity): PlanTask[] => {
    if (activity.subtasks && activity.subtasks.length > 0) {
      return activity.subtasks.map((subtask) => resolveSubTask(activity, subtask));
    }
    const { subtasks: _subtasks, ...task } = activity;
    return [{ ...task, activityId: activity.id }];
  });
}
