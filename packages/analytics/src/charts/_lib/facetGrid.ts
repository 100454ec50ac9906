/** Sizes of a wrapped grid of equal facets, in pixels. */
export interface FacetGridSpec {
  /** Number of facets. */
  readonly count: number;
  /** Width and height of one facet's frame. */
  readonly facetWidth: number;
  readonly facetHeight: number;
  /** Space left of the grid (the y axis of the first column) and right of it. */
  readonly marginLeft: number;
  readonly marginRight: number;
  /** Space above each facet (its label) and below each facet (its x axis). */
  readonly labelHeight: number;
  readonly axisHeight: number;
  /** Space between facet columns. */
  readonly gapX: number;
  /** Chart width asked for; when absent the grid takes `defaultColumns` columns. */
  readonly width?: number;
  readonly defaultColumns: number;
}

/** Where a facet goes and the Plot options that draw the grid. */
export interface FacetGrid {
  readonly columns: number;
  readonly rows: number;
  readonly width: number;
  readonly height: number;
  /** Facet column and row of the i-th facet. */
  readonly at: (i: number) => { fx: number; fy: number };
  /** Options for Plot's fx and fy scales and the margins, for `Plot.plot`. */
  readonly plotOptions: Record<string, unknown>;
}

/**
 * Lays facets out in rows that wrap (Plot has no facet wrap of its own): the
 * i-th facet goes to column i mod n, row i div n, and band paddings are set
 * so that each row keeps room for its label above and its x axis below.
 */
export function facetGrid(spec: FacetGridSpec): FacetGrid {
  const { facetWidth: fw, facetHeight: fh, gapX, marginLeft, marginRight } = spec;
  const fit = spec.width ? Math.floor((spec.width - marginLeft - marginRight + gapX) / (fw + gapX)) : 0;
  const columns = Math.max(1, Math.min(spec.count, spec.width ? fit : spec.defaultColumns));
  const rows = Math.max(1, Math.ceil(spec.count / columns));
  const gapY = spec.labelHeight + spec.axisHeight;
  const width = spec.width ?? marginLeft + columns * fw + (columns - 1) * gapX + marginRight;
  const height = spec.labelHeight + rows * fh + (rows - 1) * gapY + spec.axisHeight;
  return {
    columns,
    rows,
    width,
    height,
    at: (i) => ({ fx: i % columns, fy: Math.floor(i / columns) }),
    plotOptions: {
      width,
      height,
      marginLeft,
      marginRight,
      marginTop: spec.labelHeight,
      marginBottom: spec.axisHeight,
      fx: {
        axis: null,
        domain: range(columns),
        paddingInner: columns > 1 ? gapX / (fw + gapX) : 0,
        paddingOuter: 0,
      },
      fy: {
        axis: null,
        domain: range(rows),
        paddingInner: rows > 1 ? gapY / (fh + gapY) : 0,
        paddingOuter: 0,
      },
    },
  };
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
