import { describe, expect, it } from "vitest";
import { nameKey } from "./nameKey";

describe("nameKey", () => {
  it("ignores case, spacing, normal form and tone placement: Thanh Hóa as 004:1 and DOMAIN.md write it", () => {
    expect(nameKey("Thanh Hoá")).toBe(nameKey("thanh  hóa"));
    expect(nameKey("Thanh Hóa".normalize("NFD"))).toBe(nameKey("Thanh Hóa"));
    expect(nameKey("Hoà Bình")).toBe(nameKey("Hòa Bình"));
  });

  it("keeps apart official units whose names differ only in marks", () => {
    // Units of the three-tier list: phường Sa Pa 03001 and phường Sa Pả 03002; xã Minh Quán 04516 and Minh Quân 04567.
    expect(nameKey("Sa Pa")).not.toBe(nameKey("Sa Pả"));
    expect(nameKey("Minh Quán")).not.toBe(nameKey("Minh Quân"));
  });

  it("is the plain folded name when the name has no marks", () => {
    expect(nameKey("Sa Pa")).toBe("sa pa");
  });
});
