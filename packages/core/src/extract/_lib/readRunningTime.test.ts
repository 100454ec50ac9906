import { describe, expect, it } from "vitest";
import { seedLines } from "../../_testing/seedLines";
import { readRunningTime } from "./readRunningTime";

describe("readRunningTime", () => {
  it("reads a deadline at the end of a long task (002:87)", () => {
    expect(readRunningTime(seedLines("002", 87).replaceAll("**", ""), 2024)).toEqual({
      kind: "deadline",
      by: { year: 2024, month: 4, day: 20, raw: "20/04/2024" },
      exclusive: false,
      raw: "Chậm nhất ngày 20/04/2024",
    });
  });

  it("reads a yearly occasion with its date (004:120)", () => {
    expect(readRunningTime(seedLines("004", 120), 2025)).toMatchObject({
      kind: "yearlyDate",
      month: 10,
      day: 10,
    });
  });

  it("reads 'thường xuyên' as a sentence opener or inside the task (002:119, 001:117)", () => {
    expect(readRunningTime(seedLines("002", 119), 2024)).toEqual({ kind: "continuous", raw: "Thường xuyên" });
    expect(readRunningTime(seedLines("001", 117), 2024)).toEqual({
      kind: "continuous",
      raw: "định kỳ và thường xuyên",
    });
  });

  it("reads 'trong năm' as the plan's year, but not as the period of a count (000:143, 002:89)", () => {
    // 002:89 "… tối thiểu 12 tin/bài trong năm …" and "… xuất hiện nhiều hồ sơ trong năm."
    expect(readRunningTime(seedLines("000", 143), 2024)).toEqual({
      kind: "year",
      year: 2024,
      raw: "trong năm",
    });
    expect(readRunningTime(seedLines("002", 89), 2024)).toBeUndefined();
  });

  it("does not take monitoring done 'thường xuyên' for the task's time (000:149)", () => {
    expect(readRunningTime(seedLines("000", 149), 2024)).toBeUndefined();
  });
});
