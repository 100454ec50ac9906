import { formatMessage, type Language, type Plan } from "@parcomms/core";
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
 * The titles of a plan's activities, by id, as lines of a tooltip: "• title",
 * at most eight, then "… và N hoạt động khác" / "… and N more activities".
 * Returns "" for no ids, so a tooltip can append it as is.
 */
export function activityTitles(plan: Plan, ids: readonly string[], language: Language): string {
  if (ids.length === 0) return "";
  const byId = titlesOf(plan);
  const lines = ids.slice(0, MAX_TITLES).map((id) => {
    const title = byId.get(id) ?? id;
    return `• ${title.length > MAX_CHARS ? `${title.slice(0, MAX_CHARS - 1).trimEnd()}…` : title}`;
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
    titles = new Map(plan.activities.map((a) => [a.id, a.title.replace(/\s+/g, " ").trim()]));
    cache.set(plan, titles);
  }
  return titles;
}
