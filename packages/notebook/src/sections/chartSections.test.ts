// @vitest-environment jsdom
import { chartRegistry } from "@parcomms/analytics";
import { realPlans } from "@parcomms/sample-data";
import { beforeAll, describe, expect, it } from "vitest";
import type { Context } from "./Context";
import { chartSections } from "./chartSections";

beforeAll(() => {
  // jsdom has no layout: the sections' width observer observes nothing.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

// 003:374 "Mỗi tháng 01 kỳ": one issue of the radio column every month.
const SUMMARY = {
  vi: "Xã Gia Tân (2024): 1 tần suất/chỉ tiêu, 12 sản phẩm dự kiến trong năm.",
  en: "Gia Tân rural commune (2024): frequencies and quotas: 1; expected outputs in the year: 12.",
};

/** A context with the five real plans chosen and compared with each other. */
const context = { plans: realPlans, peers: realPlans } as unknown as Context;

describe("chartSections", () => {
  it("gives every chart of the registry a section, in its order, headed by its name, introduced by its description", () => {
    for (const language of ["vi", "en"] as const) {
      const sections = chartSections(language);
      expect(sections.map((s) => s.element.id)).toEqual(chartRegistry.map((c) => c.id));
      for (const [i, chart] of chartRegistry.entries()) {
        const element = sections[i]?.element;
        expect(element?.querySelector("h2")?.textContent).toBe(chart.name[language]);
        expect(element?.querySelector(".intro")?.textContent?.startsWith(chart.description[language])).toBe(
          true,
        );
      }
    }
    expect(chartSections("en")[0]?.element.querySelector(".intro")?.textContent).toMatch(
      / Hover a cell to see the activities behind it\.$/,
    );
  });

  it("shows the cadence calendar of the five real plans with its summary, table and exports, in both languages", {
    timeout: 60_000,
  }, () => {
    for (const language of ["vi", "en"] as const) {
      const cadence = chartSections(language).find((s) => s.element.id === "cadence");
      cadence?.update(context);
      const figure = cadence?.element.querySelector("#chart-cadence");
      expect(figure?.querySelector("svg")).not.toBeNull();
      expect(figure?.querySelector(".summary")?.textContent).toContain(SUMMARY[language]);
      expect(
        [...(figure?.querySelectorAll(".export") ?? [])].map((b) => b.getAttribute("data-export")),
      ).toEqual(["csv", "json", "svg", "png"]);
      const table = figure?.querySelector("details.table-view") as HTMLDetailsElement;
      table.open = true;
      table.dispatchEvent(new Event("toggle"));
      // One row per frequency or quota: 001's weekly radio item, 002's five, 003's monthly radio column.
      expect(table.querySelectorAll("tbody tr").length).toBe(7);
    }
  });

  it("redraws the scorecard when the peers change, and not the heatmap", () => {
    const [heatmap, scorecard] = chartSections("vi");
    const fewer = { plans: realPlans, peers: realPlans.slice(0, 2) } as unknown as Context;
    expect(heatmap?.key?.(context)).toBe(heatmap?.key?.(fewer));
    expect(scorecard?.key?.(context)).not.toBe(scorecard?.key?.(fewer));
  });

  it("lists each unit's peer gaps under the scorecard", () => {
    const scorecard = chartSections("en").find((s) => s.element.id === "scorecard");
    scorecard?.update(context);
    expect(scorecard?.element.querySelector(".peer-gaps h3")?.textContent).toBe("Peer gaps");
    expect(scorecard?.element.querySelectorAll(".peer-gaps li[data-plan]").length).toBe(5);
  });
});
