import type { MessageCatalogue } from "@parcomms/core";
import { chartMessages } from "./chartMessages";

/**
 * The charts' message catalogue by name, for core's `checkCatalogues`
 * beside core's `messageCatalogues` and the other packages' catalogues:
 * every text the charts draw, and each chart's title, name and description,
 * with codes that start with "chart.".
 *
 * @example
 * checkCatalogues({ ...messageCatalogues, ...chartCatalogues }) // []
 * chartCatalogues["analytics/charts"]?.["chart.timelineTitle"]?.en // "Activities by quarter"
 */
export const chartCatalogues: Readonly<Record<string, MessageCatalogue>> = {
  "analytics/charts": chartMessages,
};
