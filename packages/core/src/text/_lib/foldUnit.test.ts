import { describe, expect, it } from "vitest";
import { foldText } from "../../_lib/fold";
import { foldUnit } from "./foldUnit";

describe("foldUnit", () => {
  it("folds a letter, drops a combining mark, and tells white space apart", () => {
    expect(foldUnit("Ầ".charCodeAt(0))).toBe("a");
    expect(foldUnit("đ".charCodeAt(0))).toBe("d");
    expect(foldUnit("Ð".charCodeAt(0))).toBe("d");
    expect(foldUnit(0x0301)).toBe("");
    expect(foldUnit(0x00a0)).toBeNull();
    expect(foldUnit(0x0a)).toBeNull();
    expect(foldUnit("-".charCodeAt(0))).toBe("-");
  });

  it("agrees with foldText on every UTF-16 unit, between two letters", () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const unit = foldUnit(code);
      const expected = foldText(`a${String.fromCharCode(code)}b`);
      if ((unit === null ? "a b" : `a${unit}b`) !== expected) disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });
});
