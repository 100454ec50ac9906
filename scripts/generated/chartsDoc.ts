import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chartRegistry } from "@parcomms/analytics";
import { ROOT } from "./root";

const START = "<!-- chart-list:start: generated from chartRegistry by `pnpm run docs`; do not edit -->";
const END = "<!-- chart-list:end -->";

/** The chart list: one item per chart of the registry, with its id, titles, section name and description in both languages. */
export function renderChartList(): string {
  return chartRegistry
    .map((chart) =>
      [
        `- \`${chart.id}\`: **${chart.title.en}** (_${chart.title.vi}_), drawn from the ${chart.needs};`,
        `  notebook section “${chart.name.en}” (_${chart.name.vi}_).`,
        `  ${chart.description.en}`,
        `  _${chart.description.vi}_`,
      ].join("\n"),
    )
    .join("\n");
}

/**
 * docs/charts.md, written by hand but for its chart list: the text between
 * the `chart-list` markers is generated from the analytics `chartRegistry`,
 * so a chart added to the registry is listed and a changed title or
 * description shows up as drift.
 */
export function renderChartsDoc(): string {
  const doc = readFileSync(join(ROOT, "docs/charts.md"), "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/charts.md must hold the lines ${START} and ${END}`);
  return `${doc.slice(0, start + START.length)}\n\n${renderChartList()}\n\n${doc.slice(end)}`;
}
