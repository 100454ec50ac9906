import { plan001, plan003, plan004, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { snapshotPath, testDocument } from "./_lib/testDocument";
import { ChartError } from "./ChartError";
import { svgToString } from "./svgToString";
import { themeChannelHeatmap } from "./themeChannelHeatmap";

/** The tooltip texts (`<title>` of the marks) of a chart, without the chart's own title. */
function tooltips(element: Element): string[] {
  return Array.from(element.querySelectorAll("title"))
    .slice(1)
    .map((t) => t.textContent ?? "");
}

describe("themeChannelHeatmap", () => {
  for (const language of ["vi", "en"] as const) {
    it(`matches the SVG snapshot of the five real plans (${language})`, { timeout: 30_000 }, async () => {
      const { element } = themeChannelHeatmap(realPlans, { document: testDocument(), language });
      await expect(svgToString(element)).toMatchFileSnapshot(snapshotPath(`themeChannelHeatmap.${language}`));
    });
  }

  it("marks 001's weekly radio item on digital transformation as planned with a rate", () => {
    // 001:156 (appendix row 3) "Tuyên truyền nội dung chuyển đổi số trên hệ thống truyền thanh … Mỗi tuần/1 lần":
    // 52 a year, the only activity in the cell. In 1.0 assignment IV.5 joined it, as one block with the radio
    // of 001:121 and the slogans on chuyển đổi số of 001:123; as two sub-tasks neither pairs the two.
    const { table } = themeChannelHeatmap([plan001], { document: testDocument(), language: "en" });
    expect(table.rows.find((r) => r.theme === "Digital transformation" && r.channel === "Broadcast")).toEqual(
      {
        unit: "Bắc Giang provincial city",
        theme: "Digital transformation",
        channel: "Broadcast",
        state: "Planned, with a quota or frequency",
        activities: 1,
        expectedPerYear: 52,
      },
    );
  });

  it("summarises each unit: themes its activities cover of those its plan names, and unused channel groups", () => {
    // 003: 13 top-level themes on activities (appendix 003:360-432 and the tasks of VI.1-VI.9), 22 named anywhere
    // in the plan: the civil service is named by content items only, the training classes of 003:197-199 being a
    // channel (R3). Its only rate is the radio column "Mỗi tháng 01 kỳ" (003:374), an activity with no theme,
    // coded broadcast and press.reportage (R5, 003:362): two of 26 planned cells; no activity uses outdoor
    // visuals or print.
    const { summary } = themeChannelHeatmap([plan003], { document: testDocument() });
    expect(summary).toBe(
      "Xã Gia Tân: hoạt động phủ 13/22 chủ đề mà kế hoạch nêu (28 chủ đề trong danh mục), 2/26 ô có chỉ tiêu hoặc tần suất; không hoạt động nào dùng “Trực quan và ấn phẩm”.",
    );
  });

  it("lays the summary out as a lead and one line per unit, in both languages", () => {
    const { outline, summary } = themeChannelHeatmap([plan003, plan004], { document: testDocument() });
    expect(outline?.lead).toBe("Độ phủ chủ đề và hình thức, từng đơn vị (2):");
    expect(outline?.items.map((i) => i.text)).toEqual(summary.split(/(?<=\.) (?=Xã|Phường)/));
    expect(outline?.items[0]?.text).toBe(
      "Xã Gia Tân: hoạt động phủ 13/22 chủ đề mà kế hoạch nêu (28 chủ đề trong danh mục), 2/26 ô có chỉ tiêu hoặc tần suất; không hoạt động nào dùng “Trực quan và ấn phẩm”.",
    );
    const en = themeChannelHeatmap([plan003, plan004], { document: testDocument(), language: "en" }).outline;
    expect(en?.lead).toBe("Theme and channel coverage, unit by unit (2):");
    expect(en?.items[1]?.text).toMatch(/^Trúc Lâm ward: activities cover /);
  });

  it("gives the svg a title, a description and aria attributes", { timeout: 30_000 }, () => {
    const result = themeChannelHeatmap(realPlans, { document: testDocument(), language: "en" });
    const svg = result.element;
    expect(svg.querySelector("title")?.textContent).toBe("Themes × channels of each unit");
    expect(svg.querySelector("desc")?.textContent).toBe(result.summary);
    expect(svg.getAttribute("aria-label")).toBe(result.ariaLabel);
    expect(svg.getAttribute("aria-description")).toBe(result.summary);
    // One facet label per unit.
    expect(svgToString(svg)).toContain(">Trúc Lâm ward</text>");
  });

  it("lists every codelist theme with themes: 'all' and only used ones by default", () => {
    const used = themeChannelHeatmap([plan003], { document: testDocument(), language: "en" });
    const all = themeChannelHeatmap([plan003], { document: testDocument(), language: "en", themes: "all" });
    // 13 used themes + "(No theme)" vs 28 top-level themes + "(No theme)"; 7 columns (6 groups + "(No channel)").
    expect(used.element.querySelectorAll("rect[fill]").length - 3).toBe(14 * 7);
    expect(all.element.querySelectorAll("rect[fill]").length - 3).toBe(29 * 7);
  });

  it("lists the titles of the activities behind a cell in its tooltip", () => {
    // The second bullet of 003 VI.1 (003:181-186), on the results of procedure reform, is the only task with an
    // administrative-procedures theme; it names no medium (only the first bullet, 003:178-179, names the web
    // page), so it lies in the "(No channel)" column, named by its block's title and its place in the block.
    const { element } = themeChannelHeatmap([plan003], { document: testDocument(), language: "en" });
    const cell = tooltips(element).find((t) => t.includes("Administrative-procedure reform × (No channel)"));
    expect(cell?.split("\n").slice(2)).toEqual([
      "Planned, no quota or frequency: 1 activity",
      "• Tuyên truyền cải cách hành chính trên Cổng Thông tin điện tử xã · 2",
    ]);
    expect(tooltips(element).find((t) => t.includes("Administrative-procedure reform × Online"))).toMatch(
      /Not planned$/,
    );
    // Cells with no activity list none.
    expect(
      tooltips(element)
        .filter((t) => t.endsWith("Not planned"))
        .every((t) => !t.includes("•")),
    ).toBe(true);
  });

  it("throws coded errors for no plans and no document", () => {
    expect(() => themeChannelHeatmap([], { document: testDocument() })).toThrow(
      expect.objectContaining({ code: "chart/no-plans" }),
    );
    expect(() => themeChannelHeatmap(realPlans, { language: "en" })).toThrow(ChartError);
    try {
      themeChannelHeatmap(realPlans);
    } catch (error) {
      expect((error as ChartError).code).toBe("chart/no-document");
      expect((error as ChartError).messages.en).toMatch(/pass the `document` option/);
    }
  });
});
