import { type Plan, Plan as PlanSchema } from "@parcomms/core";
import { plan003, plan004 } from "@parcomms/sample-data";
import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { testDocument } from "./_lib/testDocument";
import { chartRegistry } from "./chartRegistry";
import { renderChartSvg } from "./renderChartSvg";

/** Markup and script in text: each would run, or break out of the SVG, if a chart wrote it as markup. */
const HOSTILE = {
  unit: '<img src=x onerror="window.__pwned=1">',
  title: "<script>window.__pwned=1</script>",
  activity: '</svg><svg onload="window.__pwned=1">',
  office: '"><g onmouseover="window.__pwned=1">&amp;',
};

/** Plan 003 (seed 003) with markup in its unit name, title, every activity title and every office name. */
function hostilePlan(plan: Plan): Plan {
  return PlanSchema.parse({
    ...plan,
    title: HOSTILE.title,
    unit: plan.unit ? { ...plan.unit, name: HOSTILE.unit } : plan.unit,
    offices: plan.offices.map((office) => ({ ...office, name: HOSTILE.office })),
    activities: plan.activities.map((activity) => ({ ...activity, title: HOSTILE.activity })),
  });
}

const PLANS = [hostilePlan(plan003), plan004];
const KINDS = chartRegistry.map((chart) => chart.id);

/** The SVG parsed back as a browser would load the exported file. */
const parse = (svg: string) => new JSDOM(svg, { contentType: "image/svg+xml" }).window.document;

describe("the charts with markup in every text field of a plan (jsdom)", { timeout: 60_000 }, () => {
  it.each(KINDS)(
    "%s: the SVG has no element or handler from the text, and shows the text literally",
    (kind) => {
      for (const language of ["vi", "en"] as const) {
        const svg = renderChartSvg(kind, PLANS, { document: testDocument(), language });
        const doc = parse(svg);
        expect(doc.querySelector("parsererror")).toBeNull();
        const elements = [...doc.querySelectorAll("*")];
        expect(elements.filter((e) => ["script", "img", "foreignObject"].includes(e.localName))).toEqual([]);
        // One svg: the root (a chart that nests one for a facet would have them all under it, none from text).
        expect(doc.documentElement.localName).toBe("svg");
        expect(elements.filter((e) => e.localName === "svg" && e.closest("g") !== null)).toEqual([]);
        const handlers = elements.flatMap((e) => e.getAttributeNames().filter((name) => /^on/i.test(name)));
        expect(handlers).toEqual([]);
        // The unit's name is in every chart (a facet, a row or a bar label), as text.
        expect(doc.documentElement.textContent).toContain(HOSTILE.unit);
      }
    },
  );

  it("shows an activity's and an office's markup as text where the chart names them", () => {
    const timeline = parse(renderChartSvg("timeline", PLANS, { document: testDocument(), language: "en" }));
    expect(timeline.documentElement.textContent).toContain(HOSTILE.activity);
    const workload = parse(renderChartSvg("workload", PLANS, { document: testDocument(), language: "en" }));
    expect(workload.documentElement.textContent).toContain(HOSTILE.office);
  });
});
