import { plan003 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { testDocument } from "./_lib/testDocument";
import { ChartError } from "./ChartError";
import { quarterTimelineChart } from "./quarterTimelineChart";
import { renderChartSvg } from "./renderChartSvg";
import { svgToString } from "./svgToString";

describe("renderChartSvg", () => {
  it("returns the same SVG as drawing the chart and serialising it", () => {
    const svg = renderChartSvg("timeline", [plan003], { document: testDocument() });
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toBe(svgToString(quarterTimelineChart([plan003], { document: testDocument() }).element));
  });

  it("throws chart/unknown-kind with the known kinds", () => {
    let error: unknown;
    try {
      renderChartSvg("pie", [plan003], { document: testDocument(), language: "en" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ChartError);
    expect((error as ChartError).code).toBe("chart/unknown-kind");
    expect((error as ChartError).message).toBe(
      "No chart kind “pie”; the kinds are: heatmap, scorecard, timeline, workload, cadence.",
    );
    expect((error as ChartError).messages.vi).toContain("Không có loại biểu đồ “pie”");
  });

  it("does not take inherited properties for kinds", () => {
    expect(() => renderChartSvg("toString", [plan003], { document: testDocument() })).toThrow(ChartError);
  });
});
