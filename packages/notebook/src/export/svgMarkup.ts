/**
 * A standalone SVG document of a chart: the `<svg>` (the first one inside a
 * Plot figure) with its namespace, its computed size, a white background and
 * the page's font, so it opens the same outside the notebook.
 *
 * @param element - the chart's element (`<svg>` or a figure holding one)
 * @returns the SVG text, or undefined when the element holds no SVG
 * @example
 * svgMarkup(chart.element)?.startsWith("<svg") // true
 */
export function svgMarkup(element: Element): { text: string; width: number; height: number } | undefined {
  const svg = element instanceof SVGSVGElement ? element : element.querySelector("svg");
  if (!svg) return undefined;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const box = svg.getBoundingClientRect();
  const width = Number(svg.getAttribute("width")) || Math.ceil(box.width) || 640;
  const height = Number(svg.getAttribute("height")) || Math.ceil(box.height) || 400;
  copy.setAttribute("xmlns", "http://www.w3.org/2000/svg");
  copy.setAttribute("width", String(width));
  copy.setAttribute("height", String(height));
  const font = getComputedStyle(svg).fontFamily;
  copy.setAttribute("style", `${copy.getAttribute("style") ?? ""};background:#fff;font-family:${font}`);
  return { text: new XMLSerializer().serializeToString(copy), width, height };
}
