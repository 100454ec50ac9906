import { realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { testDocument } from "./_lib/testDocument";
import { chartKinds } from "./chartKinds";

describe("chartKinds", () => {
  it("lists the five charts with their titles in both languages", () => {
    expect(Object.keys(chartKinds)).toEqual(["heatmap", "scorecard", "timeline", "workload", "cadence"]);
    expect(chartKinds.timeline.title).toEqual({ vi: "Hoạt động theo quý", en: "Activities by quarter" });
  });

  it("renders each kind from plans, with the registry's title", { timeout: 60_000 }, () => {
    for (const [kind, entry] of Object.entries(chartKinds)) {
      const result = entry.render(realPlans.slice(2, 4), { document: testDocument(), language: "en" });
      expect([kind, result.title]).toEqual([kind, entry.title.en]);
      expect(result.table.rows.length).toBeGreaterThan(0);
    }
  });
});
