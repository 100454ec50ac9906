import { officeWorkload } from "@parcomms/core";
import { plan000, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { snapshotPath, testDocument } from "./_lib/testDocument";
import { officeWorkloadChart } from "./officeWorkloadChart";
import { svgToString } from "./svgToString";

/** The tooltip texts (`<title>` of the marks) of a chart, without the chart's own title. */
function tooltips(element: Element): string[] {
  return Array.from(element.querySelectorAll("title"))
    .slice(1)
    .map((t) => t.textContent ?? "");
}

describe("officeWorkloadChart", () => {
  it("matches the SVG snapshot of the five real plans", { timeout: 30_000 }, async () => {
    const { element } = officeWorkloadChart(realPlans, { document: testDocument() });
    await expect(svgToString(element)).toMatchFileSnapshot(snapshotPath("officeWorkloadChart.vi"));
  });

  it("shows 000's focal point, Văn hóa – Xã hội, with the five activities it leads", () => {
    // 000:135 "Văn hóa – Xã hội: Làm đầu mối …"; it leads forms items III.3, III.4, III.5, III.7 and V.1.
    const { table, summary } = officeWorkloadChart([plan000], { document: testDocument() });
    expect(table.rows[0]).toEqual({
      unit: "Xã Sơn Mầu",
      office: "Văn hóa – Xã hội xã",
      kind: "Cơ quan",
      leads: 5,
      coordinates: 0,
      focalPoint: "có",
    });
    expect(table.rows).toHaveLength(9);
    expect(summary).toBe(
      "Xã Sơn Mầu: chủ trì nhiều nhất (5 hoạt động): Văn hóa – Xã hội xã, Văn phòng UBND xã; đầu mối: Văn hóa – Xã hội xã; 2/9 cơ quan, nhóm không được giao việc.",
    );
  });

  it("names the activities an office leads in the tooltip of its bar", () => {
    // 000's focal point Văn hóa – Xã hội leads five activities; each title appears in its "lead" bar's tooltip.
    const { element } = officeWorkloadChart([plan000], { document: testDocument(), language: "en" });
    const row = officeWorkload(plan000)[0];
    expect(row?.name).toBe("Văn hóa – Xã hội xã");
    const bar = tooltips(element).find((t) => t.startsWith("Văn hóa – Xã hội xã\nLeads: 5")) ?? "";
    const expected = (row?.leadActivities ?? []).map(
      (id) =>
        `• ${plan000.activities
          .find((a) => a.id === id)
          ?.title.replace(/\s+/g, " ")
          .trim()}`,
    );
    expect(expected).toHaveLength(5);
    expect(bar.split("\n").slice(2)).toEqual(expected);
  });

  it("marks the focal point with a star in the chart and in English", () => {
    const { element, table } = officeWorkloadChart([plan000], { document: testDocument(), language: "en" });
    expect(svgToString(element)).toContain("★ Văn hóa – Xã hội xã");
    expect(table.columns.map((c) => c.label)).toEqual([
      "Unit",
      "Office",
      "Kind",
      "Leads",
      "Coordinates",
      "Focal point",
    ]);
  });
});
