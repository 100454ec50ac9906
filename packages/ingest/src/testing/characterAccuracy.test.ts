import { describe, expect, it } from "vitest";
import { characterAccuracy } from "./characterAccuracy";

describe("characterAccuracy", () => {
  it("is 1 − edits ÷ source length over whitespace-normalised text", () => {
    expect(characterAccuracy("Kế hoach  số 13", "Kế hoạch số 13")).toBeCloseTo(1 - 1 / 14, 6);
    expect(characterAccuracy("ỦY BAN\tCỘNG HÒA\nSố: 5", "ỦY BAN CỘNG HÒA Số: 5")).toBe(1);
    expect(characterAccuracy("", "abc")).toBe(0);
    expect(characterAccuracy("abcdefgh", "ab")).toBe(0);
  });
});
