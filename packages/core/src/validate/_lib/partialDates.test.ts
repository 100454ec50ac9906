import { describe, expect, it } from "vitest";
import { comparePartialDates, earliestDay, formatPartialDate } from "./partialDates";

describe("partial dates", () => {
  it("compares only at the precision both have (001:5 'ngày tháng 01 năm 2024' against 21/01/2024, 001:11)", () => {
    expect(comparePartialDates({ year: 2024, month: 1 }, { year: 2024, month: 1, day: 21 })).toBe(0);
    expect(
      comparePartialDates({ year: 2024, month: 1, day: 26 }, { year: 2024, month: 2, day: 5 }),
    ).toBeLessThan(0);
    expect(comparePartialDates({ year: 2024, month: 2 }, { year: 2024, month: 1, day: 31 })).toBeGreaterThan(
      0,
    );
    expect(comparePartialDates({ year: 2025 }, { year: 2025, month: 8 })).toBe(0);
    expect(comparePartialDates({ year: 2023, month: 12 }, { year: 2024 })).toBeLessThan(0);
  });

  it("formats with only the parts given, and finds the earliest day", () => {
    expect(
      [{ year: 2025 }, { year: 2025, month: 8 }, { year: 2024, month: 2, day: 5 }].map(formatPartialDate),
    ).toEqual(["2025", "2025-08", "2024-02-05"]);
    expect(
      [{ year: 2025 }, { year: 2025, month: 8 }, { year: 2024, month: 2, day: 5 }].map(earliestDay),
    ).toEqual(["2025-01-01", "2025-08-01", "2024-02-05"]);
  });
});
