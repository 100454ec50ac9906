import { officeWorkload } from "@parcomms/core";
import { plan000, plan002, realPlans } from "@parcomms/sample-data";
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
    // Văn phòng UBND xã leads most: III.1, III.2, III.6, III.8 and V.2's three tasks, its lead-in
    // sentence and two bullets (000:137-141, coding guide S1).
    const { table, summary } = officeWorkloadChart([plan000], { document: testDocument() });
    expect(table.rows[0]).toEqual({
      unit: "Xã Sơn Mầu",
      office: "Văn hóa – Xã hội xã",
      kind: "Cơ quan",
      leads: 5,
      coordinates: 0,
      requested: 0,
      focalPoint: "có",
    });
    expect(table.rows).toHaveLength(9);
    expect(summary).toBe(
      "Xã Sơn Mầu: chủ trì nhiều nhất (7 hoạt động): Văn phòng UBND xã; đầu mối: Văn hóa – Xã hội xã; 2/9 cơ quan, nhóm không được giao việc.",
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
      "Requested",
      "Focal point",
    ]);
  });
});

describe("officeWorkloadChart with sub-tasks and requested bodies (model 1.1)", () => {
  const plan = plan002;

  it("counts each lettered task of 002 V.1 once, never the block as well", () => {
    // 002:85 "Các Sở, ban, ngành tỉnh; UBND các huyện…" share a)–d); e) names the districts alone (002:95).
    const { table } = officeWorkloadChart([plan], { document: testDocument(), language: "en" });
    const row = (office: string) => table.rows.find((r) => r.office === office);
    expect(row("UBND các huyện, thị xã, thành phố")).toMatchObject({
      leads: 5,
      requested: 0,
    });
    expect(row("Các Sở, ban, ngành tỉnh")).toMatchObject({ leads: 4, requested: 0 });
  });

  it("draws the Front as requested, apart from lead and coordinating, in the legend, table and summary", () => {
    // 002:137 "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội".
    const vi = officeWorkloadChart([plan], { document: testDocument() });
    expect(vi.table.rows.find((r) => r.office === "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")).toMatchObject({
      leads: 0,
      coordinates: 0,
      requested: 1,
      focalPoint: "không",
    });
    // Văn phòng UBND tỉnh leads V.3 a)-d) and V.2 c), "Phối hợp với Văn phòng UBND tỉnh" (002:101, S2).
    // The one body given no task is UBND xã, phường, thị trấn, named only by the sub-plan
    // requirement (002:23), which is not an activity.
    expect(vi.summary).toBe(
      "Tỉnh Tây Ninh: chủ trì nhiều nhất (5 hoạt động): Văn phòng UBND tỉnh, UBND các huyện, thị xã, thành phố; đầu mối: Sở Nội vụ; 1/15 cơ quan, nhóm không được giao việc; được đề nghị tham gia: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội.",
    );
    expect(svgToString(vi.element)).toContain(">Đề nghị<");
    expect(vi.element.innerHTML).toContain("#CC79A7");
    const en = officeWorkloadChart([plan], { document: testDocument(), language: "en" });
    expect(en.summary).toContain(
      "; requested to take part: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội.",
    );
    expect(tooltips(en.element)).toContain(
      "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\nRequested: 1\n• Phối hợp tuyên truyền, vận động đoàn viên, hội viên, Nhân dân",
    );
  });

  it("names a sub-task in a tooltip by its block's title and its letter", () => {
    const { element } = officeWorkloadChart([plan], { document: testDocument(), language: "en" });
    const bar =
      tooltips(element).find((t) => t.startsWith("UBND các huyện, thị xã, thành phố\nLeads: 5")) ?? "";
    expect(bar.split("\n").slice(2)).toEqual(
      ["a", "b", "c", "d", "e"].map(
        (letter) =>
          `• xây dựng và tổ chức thực hiện kế hoạch thông tin, tuyên truyền CCHC năm 2024 của cơ quan, đơn vị, địa ph… · ${letter})`,
      ),
    );
  });
});
