import { checkCatalogues, formatMessage, messageCatalogues, vocabulary } from "@parcomms/core";
import { describe, expect, it } from "vitest";
import { chartMessages } from "./chartMessages";

describe("chartMessages", () => {
  it("has only chart. codes, each in both languages with the same placeholders, none shared with core", () => {
    expect(Object.keys(chartMessages).filter((code) => !code.startsWith("chart."))).toEqual([]);
    expect(checkCatalogues({ ...messageCatalogues, "analytics/charts": chartMessages })).toEqual([]);
  });

  it("takes the shared words from core's vocabulary", () => {
    expect(chartMessages["chart.unit"]).toBe(vocabulary.words.unit.one);
    expect(chartMessages["chart.yes"]).toBe(vocabulary.values.yes);
    expect(formatMessage(chartMessages, "chart.year", {}, "vi")).toBe("Năm");
  });

  it("fills numbers as they were written before, in both languages", () => {
    expect(formatMessage(chartMessages, "chart.activityCount", { count: 12 }, "vi")).toBe("12 hoạt động");
    expect(formatMessage(chartMessages, "chart.moreActivities", { count: 10794 }, "en")).toBe(
      "… and 10794 more activities",
    );
  });
});
