import { plan001, plan003, plan004, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { centralPlan } from "../_testing/plans11";
import { snapshotPath, testDocument } from "./_lib/testDocument";
import { quarterTimelineChart } from "./quarterTimelineChart";
import { svgToString } from "./svgToString";

/** The tooltip texts (`<title>` of the marks) of a chart, without the chart's own title. */
function tooltips(element: Element): string[] {
  return Array.from(element.querySelectorAll("title"))
    .slice(1)
    .map((t) => t.textContent ?? "");
}

describe("quarterTimelineChart", () => {
  it("matches the SVG snapshot of the five real plans", { timeout: 30_000 }, async () => {
    const { element } = quarterTimelineChart(realPlans, { document: testDocument() });
    await expect(svgToString(element)).toMatchFileSnapshot(snapshotPath("quarterTimelineChart.vi"));
  });

  it("keeps 003's task dated Quý IV/2023 in its own column, outside the 2024 period", () => {
    // 003:430 "Quý IV/2023" in a 2024 plan; the nine assignments VI.1–VI.9 carry no date, and
    // their eighteen bullets are eighteen undated pieces of work (coding guide S1).
    const { table } = quarterTimelineChart([plan003], { document: testDocument(), language: "en" });
    expect(table.rows.map((r) => [r.column, r.activities, r.expectedOutputs])).toEqual([
      ["Quarter I", 6, 3],
      ["Quarter II", 5, 3],
      ["Quarter III", 5, 3],
      ["Quarter IV", 6, 3],
      ["Unscheduled", 18, null],
      ["Outside the plan period", 1, null],
    ]);
  });

  it("names the activities behind a cell in its tooltip, at most eight", () => {
    // The one task outside the period is appendix row 8 (003:418-430) "Tổ chức các lớp bồi dưỡng nghiệp vụ
    // công tác CCHC"; the eighteen unscheduled ones are the bullets of assignments VI.1–VI.9 (003:176-265),
    // listed up to eight, a bullet named by its block's title and its place in the block.
    const { element } = quarterTimelineChart([plan003], { document: testDocument(), language: "en" });
    const outside = tooltips(element).find((t) => t.includes("Outside the plan period"));
    expect(outside?.split("\n").slice(2)).toEqual(["• Tổ chức các lớp bồi dưỡng nghiệp vụ công tác CCHC"]);
    const unscheduled = tooltips(element).find((t) => t.includes("Unscheduled")) ?? "";
    const lines = unscheduled.split("\n");
    expect(lines.slice(2, 4)).toEqual([
      "• Tuyên truyền cải cách hành chính trên Cổng Thông tin điện tử xã · 1",
      "• Tuyên truyền cải cách hành chính trên Cổng Thông tin điện tử xã · 2",
    ]);
    expect(lines.filter((l) => l.startsWith("• "))).toHaveLength(8);
    expect(lines.at(-1)).toBe("… and 10 more activities");
  });

  it("counts 001's weekly radio item as 13 outputs a quarter", () => {
    // 001:156 "Mỗi tuần/1 lần": 52 weeks of 2024, 13 in each quarter.
    const { table } = quarterTimelineChart([plan001], { document: testDocument() });
    expect(table.rows.slice(0, 4).map((r) => r.expectedOutputs)).toEqual([13, 13, 13, 13]);
  });

  it("summarises activities per quarter", () => {
    // 004 IV.1: the standing office's six undated duties run through the year (004:114-128), its events
    // bullet (004:120) and IV.4's (004:148) fall on 10-10 in quarter IV; 1.0 put the whole block on 10-10.
    const { summary } = quarterTimelineChart([plan003, plan004], { document: testDocument() });
    expect(summary).toBe(
      "Xã Gia Tân (2024): 6, 5, 5, 6 hoạt động trong quý I–IV; 18 hoạt động không định thời gian, 1 hoạt động ngoài kỳ kế hoạch. " +
        "Phường Trúc Lâm (2025): 6, 6, 6, 8 hoạt động trong quý I–IV; 7 hoạt động không định thời gian.",
    );
  });
});

describe("quarterTimelineChart of a plan with no unit (model 1.1)", () => {
  it("heads a central plan (Bộ Nội vụ) 'Trung ương' / 'Central' rather than failing", () => {
    const en = quarterTimelineChart([centralPlan()], { document: testDocument(), language: "en" });
    expect(en.table.rows[0]?.unit).toBe("Central (2024)");
    const vi = quarterTimelineChart([centralPlan()], { document: testDocument() });
    expect(vi.table.rows[0]?.unit).toBe("Trung ương (2024)");
  });
});
