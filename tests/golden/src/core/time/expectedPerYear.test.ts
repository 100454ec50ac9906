import { expectedPerYear, type PlanTask, planTasks } from "@parcomms/core";
import { plan002 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

/** A piece of work of plan 002 (an activity, or a resolved sub-task), by its id. */
function task(id: string): PlanTask {
  const found = planTasks(plan002).find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id} in plan 002`);
  return found;
}

describe("expectedPerYear", () => {
  it("002:89 and 002:91 are two tasks of V.1: 12 articles a year on the units' own media, 1 a quarter sent to the province's portal", () => {
    // b) "đảm bảo đăng tải tối thiểu 12 tin/bài trong năm qua các phương tiện thông tin đại chúng" (002:89)
    expect(task("a-assignment-V.1.b").quotas.map((q) => [q.count, q.per])).toEqual([[12, "year"]]);
    expect(expectedPerYear(task("a-assignment-V.1.b"))).toBe(12);
    // c) "Hàng quý, … có ít nhất 01 tin/bài về thực hiện CCHC gửi đăng trên Cổng thông tin điện tử tỉnh" (002:91)
    expect(task("a-assignment-V.1.c").quotas.map((q) => [q.count, q.per])).toEqual([[1, "quarter"]]);
    expect(expectedPerYear(task("a-assignment-V.1.c"))).toBe(4);
    // a) the sub-plan by 20/04/2024 (002:87) promises no output
    expect(expectedPerYear(task("a-assignment-V.1.a"))).toBe(0);
  });

  it("002:121-123 'Hàng quý, có ít nhất 01 tin/bài' is 4 a year", () => {
    expect(expectedPerYear(task("a-assignment-V.6"))).toBe(4);
  });

  it("without a quota the frequency counts: 002's V.8 a) '01 lần/1 tháng' (002:131) is 12 a year, b) and c) (002:133-135) none", () => {
    const monthly = task("a-assignment-V.8.a");
    expect(monthly.quotas).toEqual([]);
    expect(monthly.frequency?.raw).toBe("01 lần/1 tháng");
    expect(expectedPerYear(monthly)).toBe(12);
    expect(expectedPerYear(task("a-assignment-V.8.b"))).toBe(0);
    expect(expectedPerYear(task("a-assignment-V.8.c"))).toBe(0);
  });

  it("an 'at most' quota promises nothing, and with neither quota nor frequency it is 0", () => {
    const base = task("a-assignment-V.6");
    const atMost = { ...base, quotas: base.quotas.map((q) => ({ ...q, comparator: "atMost" as const })) };
    expect(expectedPerYear(atMost)).toBe(0);
    expect(expectedPerYear(task("a-assignment-V.4.b"))).toBe(0);
  });
});
