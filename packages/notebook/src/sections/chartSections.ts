import { type ChartId, type CoverageGaps, chartRegistry } from "@parcomms/analytics";
import type { Language } from "@parcomms/core";
import type { Section } from "./Context";
import { type ChartSectionExtras, chartSection } from "./chartSection";
import { peerGapList } from "./peerGapList";

/** The notebook's own additions to some charts' sections, by chart id; a chart not listed needs none. */
const EXTRAS: Partial<Record<ChartId, ChartSectionExtras>> = {
  heatmap: { hint: "heatmap.hint" },
  scorecard: {
    below: (language, gaps, context) => peerGapList(language, gaps as CoverageGaps, context.peers.length),
  },
};

/**
 * One section per chart of the analytics `chartRegistry`, in its order: a
 * chart added to the registry appears in the notebook with no change here.
 *
 * @param language - the interface language
 * @returns the chart sections
 * @example
 * chartSections("vi").map((s) => s.element.id) // ["heatmap", "scorecard", "timeline", "workload", "cadence"]
 */
export function chartSections(language: Language): Section[] {
  return chartRegistry.map((chart) => chartSection(language, chart, EXTRAS[chart.id]));
}
