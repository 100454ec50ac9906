import { type Activity, type Plan, type PlanTask, planTasks, type Role } from "@parcomms/core";
import { matchParties, partyOf, quoted } from "./_lib/parties";
import { describeSetDiff, setTally } from "./_lib/sets";
import { timeframeKey } from "./_lib/timeframeKey";
import { type LineMapper, sameLines } from "./LineMapper";
import type { Miss } from "./Miss";
import { matchByOverlap } from "./matchByOverlap";
import { matchTasks } from "./matchTasks";
import { addTally, emptyTally, type Tally } from "./Tally";

/** The tallies of {@link scoreActivities}. */
export interface ActivityScores {
  /** Activities (assignment blocks, appendix rows, forms items) matched. */
  readonly activities: Tally;
  readonly appendixRows: Tally;
  /** Pieces of work (`planTasks`) matched. */
  readonly tasks: Tally;
  readonly lead: Tally;
  readonly coordinating: Tally;
  readonly offices: Tally;
  readonly timeframe: Tally;
  readonly themes: Tally;
  readonly channels: Tally;
  readonly misses: Miss[];
}

const ROLES: readonly Role[] = ["lead", "coordinating", "requested", "focal-point"];
const activityText = (a: Activity) => `${a.title} ${a.description ?? ""}`;
const where = (i: number, a: Activity) => `/activities/${i} (${a.origin.section} ${a.origin.ref})`;

/** Where a task of the answer key is: a JSON Pointer to its activity or sub-task, with its origin. */
function taskWhere(plan: Plan, t: PlanTask): string {
  const i = plan.activities.findIndex((a) => a.id === t.activityId);
  const k = t.subtask ? (plan.activities[i]?.subtasks ?? []).indexOf(t.subtask) : -1;
  const mark = t.subtask ? ` ${t.subtask.ref ?? `#${k}`}` : "";
  return `/activities/${i}${k >= 0 ? `/subtasks/${k}` : ""} (${t.origin.section} ${t.origin.ref}${mark})`;
}

/**
 * Compares activities and the pieces of work in them. Activities (assignment
 * blocks, appendix rows, forms items) are matched one to one by
 * {@link matchByOverlap} (title and description words, origin lines in the
 * clean text): `activities`, and `appendixRows`, the recall of the answer
 * key's appendix rows. Everything a task says is then compared on tasks:
 * `planTasks` of both plans (an activity without sub-tasks, or each sub-task
 * with what it leaves out taken from its block), matched by
 * {@link matchTasks} (same block by origin ref, then sub-task letter, then
 * position in the text): `tasks`. Per matched pair of tasks:
 *
 * - lead and coordinating offices: the assignees of each role, resolved to
 *   the plan's offices and groups, matched by a shared name or alias (after
 *   folding) or else by office kind; `offices` counts both roles, requested
 *   bodies and the focal point, a party in the wrong role counting as one
 *   miss and one false positive;
 * - timeframe: kind and dates equal (text ignored);
 * - themes and channels: code sets.
 *
 * All set measures are micro-averaged over the plan; an unmatched answer-key
 * task counts all its offices, codes and timeframe as misses (recall), a
 * spurious extracted task all its own as false positives (precision).
 *
 * @param expected - the answer key
 * @param got - the extracted plan
 * @param mapLines - maps the extraction's lines to the clean text
 * @returns the tallies and the misses
 * @example
 * scoreActivities(plan001, plan001).appendixRows // { tp: 10, fp: 0, fn: 0 }
 */
export function scoreActivities(expected: Plan, got: Plan, mapLines: LineMapper = sameLines): ActivityScores {
  const want = expected.activities;
  const have = got.activities;
  const match = matchByOverlap(
    want.map((a) => ({ text: activityText(a), lines: a.origin.lines })),
    have.map((a) => ({ text: activityText(a), lines: mapLines(a.origin.lines) })),
  );
  const wantTasks = planTasks(expected);
  const haveTasks = planTasks(got);
  const taskMatch = matchTasks(wantTasks, haveTasks, mapLines);
  const s = {
    activities: { tp: match.pairs.length, fp: match.unmatchedGot.length, fn: match.unmatchedExpected.length },
    appendixRows: emptyTally(),
    tasks: {
      tp: taskMatch.pairs.length,
      fp: taskMatch.unmatchedGot.length,
      fn: taskMatch.unmatchedExpected.length,
    },
    lead: emptyTally(),
    coordinating: emptyTally(),
    offices: emptyTally(),
    timeframe: emptyTally(),
    themes: emptyTally(),
    channels: emptyTally(),
    misses: [] as Miss[],
  };
  const partiesOf = (plan: Plan, t: PlanTask | undefined, role: Role) =>
    (t?.assignees ?? []).filter((x) => x.role === role).map((x) => partyOf(plan, x));

  const compare = (i: number | undefined, j: number | undefined) => {
    const w = i === undefined ? undefined : wantTasks[i];
    const h = j === undefined ? undefined : haveTasks[j];
    const label = w
      ? taskWhere(expected, w)
      : `extracted ${h?.origin.section} ${h?.origin.ref}${h?.subtask ? ` ${h.subtask.ref ?? h.id}` : ""}: ${(h?.description ?? h?.title ?? "").slice(0, 60)}`;
    const misses: Miss[] = [];
    for (const role of ROLES) {
      const m = matchParties(partiesOf(expected, w, role), partiesOf(got, h, role));
      if (role === "lead") addTally(s.lead, m);
      if (role === "coordinating") addTally(s.coordinating, m);
      addTally(s.offices, m);
      if (w && h && m.fp + m.fn > 0)
        misses.push({
          measure: "offices",
          where: `${label} ${role}`,
          expected: partiesOf(expected, w, role).map(quoted).join(", ") || "—",
          got: describeSetDiff(m),
        });
    }
    const tw = timeframeKey(w?.timeframe);
    const th = timeframeKey(h?.timeframe);
    if (tw !== undefined && tw === th) s.timeframe.tp += 1;
    else {
      if (tw !== undefined) s.timeframe.fn += 1;
      if (th !== undefined) s.timeframe.fp += 1;
      if (w && h && tw !== th)
        misses.push({ measure: "timeframe", where: label, expected: tw ?? "—", got: th ?? "—" });
    }
    for (const [measure, tally, codes] of [
      ["activity-themes", s.themes, (t?: PlanTask) => t?.themes ?? []],
      ["activity-channels", s.channels, (t?: PlanTask) => t?.channels ?? []],
    ] as const) {
      const diff = setTally(codes(w), codes(h));
      addTally(tally, diff);
      if (w && h && diff.fp + diff.fn > 0)
        misses.push({
          measure,
          where: label,
          expected: codes(w).join(", ") || "—",
          got: describeSetDiff(diff),
        });
    }
    for (const item of misses) s.misses.push(item);
  };

  for (const pair of taskMatch.pairs) compare(pair.expected, pair.got);
  for (const i of taskMatch.unmatchedExpected) {
    compare(i, undefined);
    const w = wantTasks[i] as PlanTask;
    s.misses.push({
      measure: "tasks",
      where: taskWhere(expected, w),
      expected: (w.description ?? w.title).slice(0, 80),
      got: "—",
    });
  }
  for (const j of taskMatch.unmatchedGot) {
    compare(undefined, j);
    const h = haveTasks[j] as PlanTask;
    s.misses.push({
      measure: "tasks",
      where: `extracted ${h.origin.section} ${h.origin.ref}${h.subtask ? ` ${h.subtask.ref ?? h.id}` : ""}`,
      expected: "—",
      got: (h.description ?? h.title).slice(0, 80),
    });
  }
  for (const i of match.unmatchedExpected) {
    const w = want[i] as Activity;
    s.misses.push({
      measure: w.origin.section === "appendix-row" ? "appendix-rows" : "activities",
      where: where(i, w),
      expected: w.title,
      got: "—",
    });
  }
  for (const j of match.unmatchedGot) {
    const h = have[j] as Activity;
    s.misses.push({
      measure: "activities",
      where: `extracted ${h.origin.section} ${h.origin.ref}`,
      expected: "—",
      got: h.title,
    });
  }
  want.forEach((a, i) => {
    if (a.origin.section !== "appendix-row") return;
    if (match.pairs.some((p) => p.expected === i)) s.appendixRows.tp += 1;
    else s.appendixRows.fn += 1;
  });
  return s;
}
