import { type Activity, expectedPerYear } from "@parcomms/core";
import { plan002 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

function activity(id: string): Activity {
  const found = plan002.activities.find((a) => a.id === id);
  if (!found) throw new Error(`no activity ${id} in plan 002`);
  return found;
}

describe("expectedPerYear", () => {
  it("002:89 and 002:91 bind the same articles: at least 12 a year and 1 a quarter make 12, not 16", () => {
    expect(activity("a-assignment-V.1").quotas.map((q) => q.count)).toEqual([12, 1]);
    expect(expectedPerYear(activity("a-assignment-V.1"))).toBe(12);
  });

  it("002:121-123 'Hàng quý, có ít nhất 01 tin/bài' is 4 a year", () => {
    expect(expectedPerYear(activity("a-assignment-V.6"))).toBe(4);
  });

  it("without a quota the frequency counts: 002's V.8 once a month is 12 a year", () => {
    const monthly = activity("a-assignment-V.8");
    expect(monthly.quotas).toEqual([]);
    expect(expectedPerYear(monthly)).toBe(12);
  });

  it("an 'at most' quota promises nothing, and with neither quota nor frequency it is 0", () => {
    const base = activity("a-assignment-V.6");
    const atMost = { ...base, quotas: base.quotas.map((q) => ({ ...q, comparator: "atMost" as const })) };
    expect(expectedPerYear(atMost)).toBe(0);
  });
});
