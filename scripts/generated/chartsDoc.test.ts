import { chartRegistry } from "@parcomms/analytics";
import { describe, expect, it } from "vitest";
import { renderChartList, renderChartsDoc } from "./chartsDoc";

describe("docs/charts.md's chart list", () => {
  it("lists every chart of the registry, in its order, with its titles and description in both languages", () => {
    const list = renderChartList();
    expect([...list.matchAll(/^- `([a-z]+)`/gm)].map((m) => m[1])).toEqual(chartRegistry.map((c) => c.id));
    for (const chart of chartRegistry) {
      for (const text of [chart.title.vi, chart.title.en, chart.description.vi, chart.description.en]) {
        expect(list).toContain(text);
      }
    }
    expect(list).toContain(
      "- `cadence`: **Calendar of expected outputs by month** (_Lịch sản phẩm dự kiến theo tháng_), drawn from the plans;",
    );
  });

  it("replaces only the text between the markers", () => {
    const doc = renderChartsDoc();
    expect(doc.startsWith("# Charts\n")).toBe(true);
    expect(doc).toContain("## Adding a chart");
    expect(doc.match(/<!-- chart-list:start/g)).toHaveLength(1);
  });
});
