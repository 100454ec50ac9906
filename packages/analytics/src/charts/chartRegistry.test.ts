import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { plan003, realPlans } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { draftPlan } from "../_testing/draftPlan";
import { testDocument } from "./_lib/testDocument";
import type { ChartInput } from "./ChartDescriptor";
import { chartRegistry } from "./chartRegistry";
import { scorecardChart } from "./gapScorecardChart";
import { svgToString } from "./svgToString";

const snapshots = fileURLToPath(new URL("./__snapshots__/", import.meta.url));
const snapshotTexts = readdirSync(snapshots)
  .filter((name) => name.endsWith(".svg"))
  .map((name) => readFileSync(`${snapshots}${name}`, "utf8"));

describe("chartRegistry", () => {
  it("lists the five charts in display order, each with its title, name and description in both languages", () => {
    expect(chartRegistry.map((c) => c.id)).toEqual([
      "heatmap",
      "scorecard",
      "timeline",
      "workload",
      "cadence",
    ]);
    expect(chartRegistry[2]?.title).toEqual({ vi: "Hoạt động theo quý", en: "Activities by quarter" });
    expect(chartRegistry.map((c) => c.needs)).toEqual([
      "plans",
      "plans and peers",
      "plans",
      "plans",
      "plans",
    ]);
    for (const chart of chartRegistry) {
      for (const text of [chart.title, chart.name, chart.description]) {
        expect(text.vi.trim()).not.toBe("");
        expect(text.en.trim()).not.toBe("");
        expect(text.vi).not.toBe(text.en);
      }
    }
    expect(new Set(chartRegistry.map((c) => c.id)).size).toBe(chartRegistry.length);
  });

  it("draws every chart from the plans with the registry's title in each language", {
    timeout: 60_000,
  }, () => {
    for (const chart of chartRegistry) {
      for (const language of ["vi", "en"] as const) {
        const result = chart.render(chart.prepare({ plans: realPlans.slice(2, 4) }), {
          document: testDocument(),
          language,
        });
        expect([chart.id, result.title]).toEqual([chart.id, chart.title[language]]);
        expect(result.table.rows.length).toBeGreaterThan(0);
      }
    }
  });

  it("has, for every chart, a committed SVG snapshot of the five real plans that its descriptor draws byte for byte", {
    timeout: 120_000,
  }, () => {
    for (const chart of chartRegistry) {
      const drawn = (["vi", "en"] as const).map((language) =>
        svgToString(
          chart.render(chart.prepare({ plans: realPlans }), { document: testDocument(), language }).element,
        ),
      );
      expect([chart.id, drawn.some((svg) => snapshotTexts.includes(svg))]).toEqual([chart.id, true]);
    }
  });

  it("compares the scorecard's units with the peers when given, and with each other when not", () => {
    expect(chartRegistry[1]).toBe(scorecardChart);
    const peerCounts = (input: ChartInput) =>
      scorecardChart.prepare(input).units.map((u) => [u.unitName, u.peerCount]);
    expect(peerCounts({ plans: realPlans.slice(2, 4) })).toEqual([
      ["tỉnh Tây Ninh", 0],
      ["xã Gia Tân", 0],
    ]);
    // Against the five real plans, Gia Tân (commune) has the two other units of its level (Trúc Lâm ward, Sơn Mầu commune).
    expect(peerCounts({ plans: realPlans.slice(2, 4), peers: realPlans })).toEqual([
      ["tỉnh Tây Ninh", 0],
      ["xã Gia Tân", 2],
    ]);
  });
});

describe("chartRegistry with a draft that states no title, period, unit or tier (schema 1.2)", () => {
  it("draws every chart with the draft among the plans and alone, labelled '(chưa rõ)', no year guessed", {
    timeout: 60_000,
  }, () => {
    for (const chart of chartRegistry) {
      for (const plans of [[plan003, draftPlan()], [draftPlan({ issuer: false })]]) {
        const result = chart.render(chart.prepare({ plans }), { document: testDocument(), language: "vi" });
        expect([chart.id, result.title]).toEqual([chart.id, chart.title.vi]);
        expect(result.summary).toContain("(chưa rõ)");
        expect(result.summary).not.toMatch(/\b(2000|undefined|NaN)\b/);
      }
    }
    const timeline = chartRegistry.find((c) => c.id === "timeline");
    const cadence = chartRegistry.find((c) => c.id === "cadence");
    const draw = (chart: typeof timeline, language: "vi" | "en") =>
      chart?.render(chart.prepare({ plans: [draftPlan()] }), { document: testDocument(), language }).summary;
    // 003's body: 17 activities, their sub-tasks counted in their place (planTasks).
    expect(draw(timeline, "vi")).toMatch(
      /^\(chưa rõ\) \(chưa rõ\): kế hoạch không nêu thời kỳ, \d+ hoạt động không xếp được theo quý\.$/,
    );
    expect(draw(cadence, "en")).toBe(
      "(unknown) (unknown): the plan states no period; its frequencies and quotas are not placed on the calendar.",
    );
  });
});
