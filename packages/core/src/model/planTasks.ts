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
  return task(activity, subtask);
}

/**
 * A task as one object literal of fixed shape: copying an activity with
 * spread and rest made a large dictionary object per task (1.7 KB each on
 * the national dataset, 360 MB of garbage per pass over its 215,000 tasks).
 * Optional fields left out stay absent, as in the activity.
 */
function task(activity: Activity, subtask?: SubTask): PlanTask {
  const s = subtask;
  const out: Mutable<PlanTask> = {
    id: s ? s.id : activity.id,
    activityId: activity.id,
    title: activity.title,
    themes: s?.themes ?? activity.themes,
    channels: s?.channels ?? activity.channels,
    audiences: s?.audiences ?? activity.audiences,
    assignees: s?.assignees ?? activity.assignees,
    quotas: s?.quotas ?? activity.quotas,
    products: s?.products ?? activity.products,
    targets: s?.targets ?? activity.targets,
    origin: s?.lines ? { ...activity.origin, lines: s.lines } : activity.origin,
  };
  const description = s ? s.text : activity.description;
  if (description !== undefined) out.description = description;
  const timeframe = s?.timeframe ?? activity.timeframe;
  if (timeframe !== undefined) out.timeframe = timeframe;
  const frequency = s?.frequency ?? activity.frequency;
  if (frequency !== undefined) out.frequency = frequency;
  const condition = s?.condition ?? activity.condition;
  if (condition !== undefined) out.condition = condition;
  const note = s?.note ?? activity.note;
  if (note !== undefined) out.note = note;
  if (s) out.subtask = s;
  return out;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

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
      return activity.subtasks.map((subtask) => task(activity, subtask));
    }
    return [task(activity)];
  });
}
