import type { PlanTask } from "@parcomms/core";
import { lineJaccard } from "./_lib/lines";
import { type LineMapper, sameLines } from "./LineMapper";
import { type MatchPair, type MatchResult, matchResult, pickPairs } from "./matchByOverlap";

/** The block a task belongs to, as printed: origin section and ref ("assignment V.1", "appendix-row row 3"). */
export const blockKey = (task: PlanTask) => `${task.origin.section} ${task.origin.ref}`;

/** A sub-task's letter ("a"), or undefined for a bullet ("-"), an unmarked lead-in or a task without sub-tasks. */
export const letterOf = (task: PlanTask) =>
  task.subtask?.ref && task.subtask.ref !== "-" ? task.subtask.ref : undefined;

/**
 * Matches answer-key tasks to extracted tasks one to one (both from
 * `planTasks`), within the block each comes from. The rule:
 *
 * 1. block: the two tasks' origins have the same section and ref ("assignment
 *    V.8"); tasks of a block only one side has are left unmatched;
 * 2. letter: in a block, sub-tasks with the same letter are paired ("a" with "a");
 * 3. position: the tasks left in the block are paired by where they stand in
 *    the text, best line overlap (Jaccard, lines mapped to the clean text)
 *    first, ties in order; when either side has no lines, the n-th left
 *    with the n-th left. So an unsplit block pairs with the one sub-task it
 *    overlaps most, and a draft that reads an extra lead-in task does not
 *    shift every bullet after it.
 *
 * @param expected - the answer key's tasks
 * @param got - the extraction's tasks
 * @param mapLines - maps the extraction's lines to the clean text
 * @returns pairs by index, and the tasks left unmatched on each side
 * @example
 * const tasks = planTasks(plan002);
 * matchTasks(tasks, tasks).pairs.length === tasks.length // true
 */
export function matchTasks(
  expected: readonly PlanTask[],
  got: readonly PlanTask[],
  mapLines: LineMapper = sameLines,
): MatchResult {
  const pairs: MatchPair[] = [];
  const usedExpected = new Set<number>();
  const usedGot = new Set<number>();
  const blocks = [...new Set(expected.map(blockKey))];
  for (const block of blocks) {
    const want = expected.flatMap((t, i) => (blockKey(t) === block ? [i] : []));
    const have = got.flatMap((t, j) => (blockKey(t) === block ? [j] : []));
    for (const i of want) {
      const letter = letterOf(expected[i] as PlanTask);
      if (letter === undefined) continue;
      const j = have.find((k) => !usedGot.has(k) && letterOf(got[k] as PlanTask) === letter);
      if (j === undefined) continue;
      pairs.push({ expected: i, got: j, score: 1 });
      usedExpected.add(i);
      usedGot.add(j);
    }
    const restWant = want.filter((i) => !usedExpected.has(i));
    const restHave = have.filter((j) => !usedGot.has(j));
    const candidates: MatchPair[] = [];
    restWant.forEach((i, a) => {
      restHave.forEach((j, b) => {
        const e = (expected[i] as PlanTask).origin.lines;
        const g = mapLines((got[j] as PlanTask).origin.lines);
        const score = e && g ? lineJaccard(e, g) : a === b ? 1 : 0;
        if (score > 0) candidates.push({ expected: i, got: j, score });
      });
    });
    for (const item of pickPairs(candidates, usedExpected, usedGot)) pairs.push(item);
  }
  pairs.sort((a, b) => a.expected - b.expected);
  return matchResult(pairs, expected.length, got.length, usedExpected, usedGot);
}
