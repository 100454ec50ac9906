import { codelistCoverage } from "@parcomms/core";
import { plan003, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { coverageGaps } from "../gaps/index";
import { snapshotPath, testDocument } from "./_lib/testDocument";
import { gapScorecardChart } from "./gapScorecardChart";
import { svgToString } from "./svgToString";

describe("gapScorecardChart", () => {
  it("matches the SVG snapshot of the five real plans", { timeout: 30_000 }, async () => {
    const { element } = gapScorecardChart(coverageGaps(realPlans), { document: testDocument() });
    await expect(svgToString(element)).toMatchFileSnapshot(snapshotPath("gapScorecardChart.vi"));
  });

  it("has one cell per unit and theme, and agrees with the plan's own coverage", () => {
    const gaps = coverageGaps(realPlans);
    const { table, summary } = gapScorecardChart(gaps, { document: testDocument(), language: "en" });
    expect(table.rows).toHaveLength(5 * 28);
    // 003 names 22 of the 28 top-level themes (codelistCoverage), every theme applying to a commune.
    const giaTan = table.rows.filter((r) => r.unit === "Xã Gia Tân");
    expect(giaTan.filter((r) => r.state === "Covered")).toHaveLength(22);
    expect(codelistCoverage(plan003).themes.top.covered).toHaveLength(22);
    expect(summary).toContain("Xã Gia Tân covers 22 of 28 applicable themes; gaps: “Why reform matters”");
  });

  it("lays the summary out as a lead and one item per unit, its gaps as a list, saying what the summary says", () => {
    const gaps = coverageGaps(realPlans);
    const { outline, summary } = gapScorecardChart(gaps, { document: testDocument(), language: "en" });
    expect(outline?.lead).toBe("Themes covered and gaps, unit by unit (5):");
    expect(outline?.items).toHaveLength(5);
    const giaTan = outline?.items[3];
    expect(giaTan?.text).toBe("Xã Gia Tân covers 22 of 28 applicable themes; gaps (6):");
    expect(giaTan?.list).toHaveLength(6);
    expect(giaTan?.list?.[0]).toBe("Why reform matters");
    // Every gap the paragraph names is an entry of a list, and every unit's counts are in its item.
    for (const item of outline?.items ?? []) {
      expect(summary).toContain(item.text.replace(/; gaps \(\d+\):$/, "").replace(/\.$/, ""));
      for (const gap of item.list ?? []) expect(summary).toContain(`“${gap}”`);
    }
    const vi = gapScorecardChart(gaps, { document: testDocument() }).outline;
    expect(vi?.lead).toBe("Chủ đề đã phủ và khoảng trống, từng đơn vị (5):");
    expect(vi?.items[3]?.text).toBe("Xã Gia Tân phủ 22/28 chủ đề áp dụng được; khoảng trống (6):");
  });

  it("draws a symbol in every cell, so colour is not the only cue", () => {
    const { element } = gapScorecardChart(coverageGaps(realPlans), { document: testDocument() });
    const symbols = [...element.querySelectorAll("text")].filter((t) => /^[✓✗–]$/.test(t.textContent ?? ""));
    expect(symbols.length).toBe(5 * 28 + 3); // the cells and the legend's three swatches
  });
});
