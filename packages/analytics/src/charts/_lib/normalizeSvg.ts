const XMLNS = "http://www.w3.org/2000/xmlns/";
const SVG_NS = "http://www.w3.org/2000/svg";

/**
 * Serialises an `<svg>` the same way every time: a deep copy with `xmlns`
 * set, ids renumbered in document order (`plot-clip-7` → `plot-clip-1`, as
 * Observable Plot's own snapshot tests do) with their `url(#…)` and `href`
 * references, numbers rounded to three decimals, and a line break between
 * elements (never inside a `<text>`), so snapshot diffs read well.
 */
export function normalizeSvg(svg: Element): string {
  const copy = svg.cloneNode(true) as Element;
  copy.setAttributeNS(XMLNS, "xmlns", SVG_NS);

  const ids = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const node of [copy, ...copy.querySelectorAll("[id]")]) {
    const id = node.getAttribute("id");
    if (!id) continue;
    const prefix = id.replace(/-?\d+$/, "") || "id";
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const renamed = `${prefix}-${n}`;
    ids.set(id, renamed);
    node.setAttribute("id", renamed);
  }
  if (ids.size > 0) {
    for (const node of copy.querySelectorAll("*")) {
      for (const attr of [...node.attributes]) {
        const value = attr.value.replace(/url\(#([^)]+)\)/g, (whole, id: string) => {
          const renamed = ids.get(id);
          return renamed ? `url(#${renamed})` : whole;
        });
        const href =
          /href$/.test(attr.name) && value.startsWith("#")
            ? `#${ids.get(value.slice(1)) ?? value.slice(1)}`
            : value;
        if (href !== attr.value) node.setAttribute(attr.name, href);
      }
    }
  }

  const Serializer = copy.ownerDocument.defaultView?.XMLSerializer;
  const text = Serializer ? new Serializer().serializeToString(copy) : copy.outerHTML;
  return breakLines(text.replace(/\d+\.\d{4,}/g, (d) => String(+Number(d).toFixed(3))));
}

const CONTAINERS = new Set(["g", "svg", "defs"]);

/** A line break before each element tag that is not inside a `<text>`. */
function breakLines(text: string): string {
  let depth = 0;
  return text
    .replace(
      /<(\/?)([a-zA-Z][\w:-]*)([^>]*?)(\/?)>/g,
      (tag, close: string, name: string, _attrs, selfClose: string) => {
        const insideText = depth > 0;
        if (name === "text") {
          if (close) depth--;
          else if (!selfClose) depth++;
        }
        if (insideText) return tag;
        // Closing tags stay on their element's line, except the containers, so no text gains a line break.
        if (close && !CONTAINERS.has(name)) return tag;
        return `\n${tag}`;
      },
    )
    .replace(/^\n/, "")
    .concat("\n");
}
