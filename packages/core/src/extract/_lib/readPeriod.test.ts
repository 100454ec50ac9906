import { describe, expect, it } from "vitest";
import { periodIn } from "./readPeriod";

describe("periodIn", () => {
  it("reads one year, a range with any dash, and a horizon", () => {
    expect(periodIn("Tuyên truyền cải cách hành chính năm 2024 trên địa bàn xã")).toEqual({
      start: "2024",
      end: "2024",
    });
    expect(periodIn("giai đoạn 2021 – 2025, định hướng đến năm 2030")).toEqual({
      start: "2021",
      end: "2025",
      horizon: 2030,
    });
    expect(periodIn("năm 2019 - 2020")).toEqual({ start: "2019", end: "2020" });
  });

  it("reads nothing from a reversed range or a text without a year", () => {
    expect(periodIn("giai đoạn 2025 - 2021")).toBeUndefined();
    expect(periodIn("Tuyên truyền cải cách hành chính")).toBeUndefined();
    expect(periodIn(undefined)).toBeUndefined();
  });
});
