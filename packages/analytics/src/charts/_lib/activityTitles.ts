import { formatMessage, type Language, type Plan, type PlanTask, planTasks } from "@parcomms/core";
import { chartMessages } from "../chartMessages";

/** Most activity titles a tooltip lists; the rest are counted. */
const MAX_TITLES = 8;
/** Titles longer than this are cut with "…". */
const MAX_CHARS = 110;

/** "3 hoạt động" / "3 activities", "1 activity". */
export function activityCount(count: number, language: Language): string {
  return count === 1
    ? formatMessage(chartMessages, "chart.oneActivity", {}, language)
    : formatMessage(chartMessages, "chart.activityCount", { count }, language);
}

/**
 * How a piece of work is named in a tooltip or a row: an activity by its
 * title; a sub-task by its block's title and its letter ("Xây dựng kế
 * hoạch… · a)"), or its place in the block when it has no letter.
 */
export function taskTitle(task: PlanTask, index = 0, maxChars = Number.POSITIVE_INFINITY): string {
  const title = task.title.replace(/\s+/g, " ").trim();
  const ref = task.subtask?.ref;
  const suffix = !task.subtask ? "" : ` · ${ref && ref !== "-" ? `${ref})` : `${index + 1}`}`;
  // Cut the block's title, never the letter that tells its sub-tasks apart.
  const room = maxChars - suffix.length;
  return `${title.length > room ? `${title.slice(0, room - 1).trimEnd()}…` : title}${suffix}`;
}

/**
 * The titles of a plan's pieces of work (activities and sub-tasks, as
 * `planTasks` gives them), by id, as lines of a tooltip: "• title",
 * at most eight, then "… và N hoạt động khác" / "… and N more activities".
 * Returns "" for no ids, so a tooltip can append it as is.
 */
export function activityTitles(plan: Plan, ids: readonly string[], language: Language): string {
  if (ids.length === 0) return "";
  const byId = titlesOf(plan);
  const lines = ids.slice(0, MAX_TITLES).map((id) => {
    const title = byId.get(id) ?? id;
    return `• ${title}`;
  });
  const more = ids.length - MAX_TITLES;
  if (more === 1) lines.push(formatMessage(chartMessages, "chart.oneMoreActivity", {}, language));
  else if (more > 1)
    lines.push(formatMessage(chartMessages, "chart.moreActivities", { count: more }, language));
  return `\n${lines.join("\n")}`;
}

const cache = new WeakMap<Plan, Map<string, string>>();

function titlesOf(plan: Plan): Map<string, string> {
  let titles = cache.get(plan);
  if (!titles) {
    const within = new Map<string, number>();
    titles = new Map<string, string>();
    for (const task of planTasks(plan)) {
      const index = within.get(task.activityId) ?? 0;
      within.set(task.activityId, index + 1);
      titles.set(task.id, taskTitle(task, index, MAX_CHARS));
    }
    // A block's own id still names the block (a rollup that has not been told about sub-tasks).
    for (const a of plan.activities)
      if (!titles.has(a.id)) titles.set(a.id, a.title.replace(/\s+/g, " ").trim());
    cache.set(plan, titles);
  }
  return titles;
}
