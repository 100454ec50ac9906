import { textWidth } from "./textWidth";

/** One entry of a chart's legend: a swatch and its label. */
export interface LegendItem {
  readonly label: string;
  readonly fill: string;
  /** A symbol drawn on the swatch, the same one the cells carry (so colour is never the only cue). */
  readonly symbol?: string;
  /** Colour of the symbol; default white. */
  readonly symbolFill?: string;
}

/** What {@link decorateSvg} adds to a Plot figure. */
export interface Decoration {
  readonly title: string;
  readonly ariaLabel: string;
  readonly summary: string;
  readonly legend?: readonly LegendItem[];
}

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 10;
const TITLE_SIZE = 16;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 20;

/**
 * Gives a Plot `<svg>` a visible title and legend above the plot, and its
 * text alternative: `<title>`, `<desc>` (the summary), `aria-label` and
 * `aria-description`. Everything stays inside one `<svg>`, so the file
 * written by the command line and the PNG made from it carry the same
 * title and legend as the page.
 */
export function decorateSvg(svg: SVGSVGElement, decoration: Decoration, document: Document): SVGSVGElement {
  const width = Number(svg.getAttribute("width"));
  const height = Number(svg.getAttribute("height"));
  const el = (name: string, attrs: Record<string, string | number>, text?: string) => {
    const node = document.createElementNS(SVG_NS, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };

  // Lay out the legend in rows that fit the width.
  const placed: { item: LegendItem; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const item of decoration.legend ?? []) {
    const w = LEGEND_SIZE + 6 + textWidth(item.label, 11) + 18;
    if (x > PAD && x + w > width - PAD) {
      row++;
      x = PAD;
    }
    placed.push({ item, x, row });
    x += w;
  }
  const legendRows = placed.length > 0 ? row + 1 : 0;
  const header = PAD + TITLE_SIZE + 8 + legendRows * LEGEND_ROW + (legendRows > 0 ? 6 : 0);

  const body = el("g", { transform: `translate(0,${header})` });
  for (const child of [...svg.childNodes]) {
    if (child.nodeName.toLowerCase() !== "style") body.appendChild(child);
  }
  const head = el("g", {
    "aria-hidden": "true",
    "font-family": "system-ui, sans-serif",
    "text-anchor": "start",
  });
  head.appendChild(
    el(
      "text",
      {
        x: PAD,
        y: PAD + TITLE_SIZE - 2,
        "font-size": TITLE_SIZE,
        "font-weight": "bold",
        fill: "currentColor",
      },
      decoration.title,
    ),
  );
  for (const { item, x: lx, row: r } of placed) {
    const y = PAD + TITLE_SIZE + 8 + r * LEGEND_ROW;
    head.appendChild(
      el("rect", { x: lx, y, width: LEGEND_SIZE, height: LEGEND_SIZE, fill: item.fill, stroke: "#999999" }),
    );
    if (item.symbol) {
      head.appendChild(
        el(
          "text",
          {
            x: lx + LEGEND_SIZE / 2,
            y: y + LEGEND_SIZE / 2,
            "font-size": 9,
            "text-anchor": "middle",
            dy: "0.35em",
            fill: item.symbolFill ?? "#FFFFFF",
          },
          item.symbol,
        ),
      );
    }
    head.appendChild(
      el(
        "text",
        {
          x: lx + LEGEND_SIZE + 6,
          y: y + LEGEND_SIZE / 2,
          dy: "0.35em",
          "font-size": 11,
          fill: "currentColor",
        },
        item.label,
      ),
    );
  }

  const titleEl = el("title", {}, decoration.title);
  const descEl = el("desc", {}, decoration.summary);
  const firstStyle = [...svg.childNodes].find((c) => c.nodeName.toLowerCase() === "style");
  svg.insertBefore(descEl, svg.firstChild);
  svg.insertBefore(titleEl, descEl);
  if (firstStyle) svg.insertBefore(firstStyle, descEl.nextSibling);
  svg.appendChild(head);
  svg.appendChild(body);

  const total = height + header;
  svg.setAttribute("height", String(total));
  svg.setAttribute("viewBox", `0 0 ${width} ${total}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", decoration.ariaLabel);
  svg.setAttribute("aria-description", decoration.summary);
  return svg;
}
