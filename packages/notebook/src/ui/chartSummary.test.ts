// @vitest-environment jsdom
import {
  coverageGaps,
  gapScorecardChart,
  quarterTimelineChart,
  themeChannelHeatmap,
} from "@parcomms/analytics";
import { plan003, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { chartSummary } from "./chartSummary";

describe("chartSummary", () => {
  it("shows the heatmap's summary as a lead and one line per unit", () => {
    const caption = chartSummary(themeChannelHeatmap(realPlans, { language: "vi" }));
    expect(caption.querySelector(".summary-lead")?.textContent).toBe(
      "Độ phủ chủ đề và hình thức, từng đơn vị (5):",
    );
    const units = [...caption.querySelectorAll(":scope > ul > li")].map((li) => li.textContent ?? "");
    expect(units).toHaveLength(5);
    // 000's activities cover 4 of the 22 top-level themes its plan names (steering added by R4, 000:31).
    expect(units[0]).toMatch(/^Xã Sơn Mầu: hoạt động phủ 4\/22 chủ đề/);
    expect(units[4]).toMatch(/^Phường Trúc Lâm: /);
  });

  it("lists each unit's gaps in the scorecard, in English too, and leaves out nothing the paragraph says", () => {
    const chart = gapScorecardChart(coverageGaps(realPlans), { language: "en" });
    const caption = chartSummary(chart);
    const giaTan = caption.querySelectorAll(":scope > ul > li")[3];
    expect(giaTan?.firstChild?.textContent).toBe("Xã Gia Tân covers 22 of 28 applicable themes; gaps (6):");
    const gaps = [...(giaTan?.querySelectorAll("ul.summary-gaps > li") ?? [])].map((li) => li.textContent);
    expect(gaps).toHaveLength(6);
    expect(gaps[0]).toBe("Why reform matters");
    // Every quoted gap of the one-paragraph summary (the SVG's <desc>) is an item here.
    const quoted = [...chart.summary.matchAll(/“([^”]+)”/g)].map((m) => m[1]);
    const items = [...caption.querySelectorAll("ul.summary-gaps > li")].map((li) => li.textContent);
    expect(items).toEqual(quoted);
  });

  it("keeps one paragraph for a chart without an outline (the timeline)", () => {
    const chart = quarterTimelineChart([plan003]);
    const caption = chartSummary(chart);
    expect(caption.querySelector("ul")).toBeNull();
    expect(caption.textContent).toBe(chart.summary);
  });
});
