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

  it("draws a symbol in every cell, so colour is not the only cue", () => {
    const { element } = gapScorecardChart(coverageGaps(realPlans), { document: testDocument() });
    const symbols = [...element.querySelectorAll("text")].filter((t) => /^[✓✗–]$/.test(t.textContent ?? ""));
    expect(symbols.length).toBe(5 * 28 + 3); // the cells and the legend's three swatches
  });
});
