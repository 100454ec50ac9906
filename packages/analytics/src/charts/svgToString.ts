import { normalizeSvg } from "./_lib/normalizeSvg";

/**
 * Serialises a chart's element as a standalone SVG document: the `xmlns`
 * attributes set, ids renumbered in document order, and numbers rounded to
 * three decimals, so the same chart always gives the same bytes (what the
 * snapshot tests and `parcomms chart … --out chart.svg` rely on). When the
 * element is an HTML figure, its first `<svg>` is serialised.
 *
 * @param element - a chart's `element`
 * @returns the SVG text, starting with `<svg`
 * @example
 * svgToString(themeChannelHeatmap(realPlans, { document }).element) // '<svg width="…" height="…" … xmlns="http://www.w3.org/2000/svg">…'
 */
export function svgToString(element: Element): string {
  const svg = element.tagName.toLowerCase() === "svg" ? element : element.querySelector("svg");
  if (!svg) return "";
  return normalizeSvg(svg);
}
