import { describe, expect, it } from "vitest";
import { diacriticSignature } from "./diacriticSignature";

describe("diacriticSignature", () => {
  it("is the same for either tone-mark placement and for NFC and NFD", () => {
    const hoa = diacriticSignature("hòa");
    expect(diacriticSignature("hoà")).toBe(hoa);
    expect(diacriticSignature("hòa".normalize("NFD"))).toBe(hoa);
    expect(diacriticSignature("HOÀ")).toBe(hoa);
  });

  it("tells apart syllables that fold alike", () => {
    expect(diacriticSignature("báo")).not.toBe(diacriticSignature("bảo"));
    expect(diacriticSignature("đài")).not.toBe(diacriticSignature("đại"));
    expect(diacriticSignature("đài")).not.toBe(diacriticSignature("dài"));
    expect(diacriticSignature("trường")).not.toBe(diacriticSignature("trưởng"));
  });

  it("reads the look-alike Ð (U+00D0) as Đ, as fold does", () => {
    expect(diacriticSignature("\u00d0ài")).toBe(diacriticSignature("Đài"));
  });

  it("is empty for text without diacritics", () => {
    expect(diacriticSignature("pano")).toBe("");
    expect(diacriticSignature("")).toBe("");
  });

  it("lists đ and the combining marks in code-point order", () => {
    expect(diacriticSignature("Đường")).toBe("đ\u0300\u031b\u031b");
  });
});
