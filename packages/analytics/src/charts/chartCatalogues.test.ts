import { checkCatalogues, messageCatalogues } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { chartCatalogues } from "./chartCatalogues";
import { chartMessages } from "./chartMessages";

describe("chartCatalogues", () => {
  it("registers the charts' catalogue, which core's catalogues check against without a problem", () => {
    expect(chartCatalogues).toEqual({ "analytics/charts": chartMessages });
    expect(checkCatalogues({ ...messageCatalogues, ...chartCatalogues })).toEqual([]);
    expect(chartCatalogues["analytics/charts"]?.["chart.timelineTitle"]?.en).toBe("Activities by quarter");
  });
});
