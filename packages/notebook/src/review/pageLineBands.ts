/** A run of text as pdf.js's `getTextContent` gives it: its string, its transform (PDF user space, y up), its width. */
export interface PageTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

/** Where one visual line of a page lies, as fractions (0..1) of the page's width and height from its top left corner. */
export interface LineBand {
  readonly top: number;
  readonly bottom: number;
  readonly left: number;
  readonly right: number;
}

/**
 * The visual lines of a PDF page (dòng trên trang) from its text layer, top
 * to bottom, counted as ingest's PDF reader counts them for `origins`
 * (`{ page, line }`): the non-blank items whose baselines lie within 0.35 of
 * the font size make one line. Band `i` is line `i + 1` of the page, so a
 * field read from line 3 of page 2 is marked over band 2 of page 2. Each
 * band spans from a little above the tallest item's top to below its
 * baseline, as fractions of the page, ready to place over the page's image.
 *
 * @param items - the page's text items (pdf.js `getTextContent().items`; marked content without `str` is skipped)
 * @param view - the page's box in PDF user space, `[x0, y0, x1, y1]` (pdf.js `page.view`)
 * @returns one band a line, top first
 * @example
 * pageLineBands([{ str: "KẾ HOẠCH", transform: [13, 0, 0, 13, 250, 700], width: 80, height: 13 }], [0, 0, 595, 842])
 * // [{ top: 0.155…, bottom: 0.172…, left: 0.420…, right: 0.554… }]
 */
export function pageLineBands(items: readonly PageTextItem[], view: readonly number[]): LineBand[] {
  const [x0 = 0, y0 = 0, x1 = 612, y1 = 792] = view;
  const width = x1 - x0 || 1;
  const height = y1 - y0 || 1;
  const runs = items
    .filter((item) => typeof item.str === "string" && item.str.trim() !== "")
    .map((item) => {
      const [, , c = 0, d = 0, x = 0, y = 0] = item.transform;
      return { x, y, width: item.width, size: Math.hypot(c, d) || item.height };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof runs)[] = [];
  for (const run of runs) {
    const group = groups[groups.length - 1];
    const head = group?.[0];
    if (group && head && Math.abs(head.y - run.y) <= 0.35 * Math.max(head.size, run.size)) group.push(run);
    else groups.push([run]);
  }
  const clamp = (v: number) => Math.min(1, Math.max(0, v));
  return groups.map((group) => {
    const top = group.reduce((m, r) => Math.max(m, r.y + 0.9 * r.size), -Infinity);
    const bottom = group.reduce((m, r) => Math.min(m, r.y - 0.3 * r.size), Infinity);
    const left = group.reduce((m, r) => Math.min(m, r.x), Infinity);
    const right = group.reduce((m, r) => Math.max(m, r.x + r.width), -Infinity);
    return {
      top: clamp((y1 - top) / height),
      bottom: clamp((y1 - bottom) / height),
      left: clamp((left - x0) / width),
      right: clamp((right - x0) / width),
    };
  });
}
