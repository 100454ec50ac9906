import { describe, expect, it } from "vitest";
import { originalEnd } from "./originalEnd";

describe("originalEnd", () => {
  it("steps past a character and the combining marks after it", () => {
    expect(originalEnd("bá\u0301o", 1)).toBe(3);
    expect(originalEnd("báo", 1)).toBe(2);
    expect(originalEnd("xã", 1)).toBe(2);
    expect(originalEnd("xa\u0303", 1)).toBe(3);
  });
});
