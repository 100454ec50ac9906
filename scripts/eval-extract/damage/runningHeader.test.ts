import { plan004 } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import { runningHeader } from "./runningHeader";

describe("runningHeader", () => {
  it("puts KẾ HOẠCH before the first six words of 004's title (004:8)", () => {
    expect(plan004.title).toBe("Tuyên truyền cải cách hành chính năm 2025");
    expect(runningHeader(plan004)).toBe("KẾ HOẠCH Tuyên truyền cải cách hành chính");
  });

  it("repeats the type line alone for a plan without a title, and the title alone for a text that is not a plan", () => {
    expect(runningHeader({})).toBe("KẾ HOẠCH");
    expect(runningHeader(plan004, "")).toBe("Tuyên truyền cải cách hành chính");
  });
});
