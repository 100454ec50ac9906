import type { Language } from "@parcomms/core";

/** A chart's data as a plain table: what a screen reader, a spreadsheet or a `<table>` shows. */
export interface ChartTable {
  /** Columns in display order: a stable `key` and a localized `label`. */
  columns: { key: string; label: string }[];
  /** One record per row, keyed by column key. */
  rows: Record<string, string | number | null>[];
}

/**
 * A chart's summary as a reader scans it: a lead sentence, then one item per
 * unit, each with its own list where it has one (a unit's gaps). It says
 * what `summary` says, in the same words, laid out as a list.
 */
export interface ChartOutline {
  /** The lead sentence ("Độ phủ chủ đề và hình thức của 5 đơn vị:"). */
  lead: string;
  /** One item per unit: its sentence, and the entries of its list if any. */
  items: { text: string; list?: string[] }[];
}

/** What every chart function returns. */
export interface ChartResult {
  /** The chart: an `<svg>` with `<title>`, `<desc>` (the summary), `aria-label` and `aria-description`. */
  element: SVGSVGElement | HTMLElement;
  /** The chart's title, localized. */
  title: string;
  /** The accessible name (`aria-label`), localized. */
  ariaLabel: string;
  /** A generated text alternative, localized ("Xã Gia Tân: hoạt động phủ 14/22 chủ đề …"). */
  summary: string;
  /** The summary laid out as a lead and a list, for charts of several units (heatmap, scorecard). */
  outline?: ChartOutline;
  /** The same data as a plain table. */
  table: ChartTable;
}

/** Options every chart accepts. */
export interface ChartOptions {
  /** The DOM document to build the chart in; default `globalThis.document`. In Node pass `new JSDOM("").window.document`. */
  document?: Document;
  /** Language of titles, labels, summary and table; default "vi". */
  language?: Language;
  /** Width of the chart in pixels; each chart has its own default and fits its layout to it. */
  width?: number;
}
