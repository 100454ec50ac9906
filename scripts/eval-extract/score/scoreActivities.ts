import type { Activity, Plan, Role } from "@parcomms/core";
import { matchParties, partyOf, quoted } from "./_lib/parties";
import { describeSetDiff, setTally } from "./_lib/sets";
import { timeframeKey } from "./_lib/timeframeKey";
import { type LineMapper, sameLines } from "./LineMapper";
import type { Miss } from "./Miss";
import { matchByOverlap } from "./matchByOverlap";
import { addTally, emptyTally, type Tally } from "./Tally";

/** The tallies of {@link scoreActivities}. */
export interface ActivityScores {
  readonly activities: Tally;
  readonly appendixRows: Tally;
  readonly lead: Tally;
  readonly coordinating: Tally;
  readonly offices: Tally;
  readonly timeframe: Tally;
  readonly themes: Tally;
  readonly channels: Tally;
  readonly misses: Miss[];
}

const ROLES: readonly Role[] = ["lead", "coordinating", "focal-point"];
const activityText = (a: Activity) => `${a.title} ${a.description ?? ""}`;
const where = (i: number, a: Activity) => `/activities/${i} (${a.origin.section} ${a.origin.ref})`;

/**
 * Compares activities. Answer-key activities are matched one to one to
 * extracted ones by {@link matchByOverlap} (title and description words,
 * origin lines in the clean text). Then, per matched pair:
 *
 * - lead and coordinating offices: the assignees of each role, resolved to
 *   the plan's offices and groups, matched by a shared name or alias (after
 *   folding) or else by office kind; `offices` counts both roles and the
 *   focal point, a party in the wrong role counting as one miss and one
 *   false positive;
 * - timeframe: kind and dates equal (text ignored);
 * - themes and channels: code sets.
 *
 * All set measures are micro-averaged over the plan; an unmatched answer-key
 * activity counts all its offices, codes and timeframe as misses (recall), a
 * spurious extracted activity all its own as false positives (precision).
 * `appendixRows` is the recall of the answer key's appendix-row activities.
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
  const s = {
    activities: { tp: match.pairs.length, fp: match.unmatchedGot.length, fn: match.unmatchedExpected.length },
    appendixRows: emptyTally(),
    lead: emptyTally(),
    coordinating: emptyTally(),
    offices: emptyTally(),
    timeframe: emptyTally(),
    themes: emptyTally(),
    channels: emptyTally(),
    misses: [] as Miss[],
  };
  const partiesOf = (plan: Plan, a: Activity | undefined, role: Role) =>
    (a?.assignees ?? []).filter((x) => x.role === role).map((x) => partyOf(plan, x));

  const compare = (i: number | undefined, j: number | undefined) => {
    const w = i === undefined ? undefined : want[i];
    const h = j === undefined ? undefined : have[j];
    const label =
      w && i !== undefined
        ? where(i, w)
        : `extracted ${h?.origin.section} ${h?.origin.ref}: ${h?.title.slice(0, 60)}`;
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
      ["activity-themes", s.themes, (a?: Activity) => a?.themes ?? []],
      ["activity-channels", s.channels, (a?: Activity) => a?.channels ?? []],
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
    s.misses.push(...misses);
  };

  for (const pair of match.pairs) compare(pair.expected, pair.got);
  for (const i of match.unmatchedExpected) {
    compare(i, undefined);
    const w = want[i] as Activity;
    s.misses.push({
      measure: w.origin.section === "appendix-row" ? "appendix-rows" : "activities",
      where: where(i, w),
      expected: w.title,
      got: "—",
    });
  }
  for (const j of match.unmatchedGot) {
    compare(undefined, j);
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
