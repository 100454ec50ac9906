import { Plan } from "@parcomms/core";
import { type LineMapper, sameLines } from "./LineMapper";
import type { MeasureId } from "./MEASURES";
import type { Miss } from "./Miss";
import { scoreActivities } from "./scoreActivities";
import { scoreHeader } from "./scoreHeader";
import { scoreItems } from "./scoreItems";
import { scoreReferences } from "./scoreReferences";
import { scoreSectionCounts } from "./scoreSectionCounts";
import type { Tally } from "./Tally";

/** Every measure's tally for one plan, with the misses. */
export interface PlanScore {
  readonly tallies: Record<MeasureId, Tally>;
  readonly misses: readonly Miss[];
}

/**
 * Scores one extracted plan against its answer key on every measure of
 * `MEASURES`: whether the draft parses with the zod `Plan` schema, header
 * fields, references, items per section, forms items, appendix rows,
 * activities, tasks (`planTasks`) with their offices, timeframes, themes and
 * channels, and the codes of content and forms items.
 *
 * @param expected - the answer key (a hand-encoded plan)
 * @param got - the extracted draft (need not parse; it is scored as far as its shape allows)
 * @param mapLines - maps the extraction's lines to the clean text; the identity by default
 * @returns the tallies by measure and the list of misses
 * @example
 * const { tallies } = scorePlan(plan000, plan000);
 * tallies["activity-themes"] // { tp: …, fp: 0, fn: 0 }
 */
export function scorePlan(expected: Plan, got: Plan, mapLines: LineMapper = sameLines): PlanScore {
  const parses = Plan.safeParse(got).success;
  const header = scoreHeader(expected, got);
  const references = scoreReferences(expected, got);
  const counts = scoreSectionCounts(expected, got);
  const items = scoreItems(expected, got, mapLines);
  const activities = scoreActivities(expected, got, mapLines);
  return {
    tallies: {
      parses: { tp: parses ? 1 : 0, fp: 0, fn: parses ? 0 : 1 },
      header: header.tally,
      references: references.found,
      "reference-fields": references.correct,
      "section-counts": counts.tally,
      "forms-items": items.formsFound,
      "appendix-rows": activities.appendixRows,
      activities: activities.activities,
      tasks: activities.tasks,
      lead: activities.lead,
      coordinating: activities.coordinating,
      offices: activities.offices,
      timeframe: activities.timeframe,
      "activity-themes": activities.themes,
      "activity-channels": activities.channels,
      "content-themes": items.contentThemes,
      "forms-channels": items.formsChannels,
    },
    misses: [
      ...(parses
        ? []
        : [
            { measure: "parses" as const, where: "/", expected: "Plan.parse succeeds", got: "schema errors" },
          ]),
      ...header.misses,
      ...references.misses,
      ...counts.misses,
      ...items.misses,
      ...activities.misses,
    ],
  };
}
