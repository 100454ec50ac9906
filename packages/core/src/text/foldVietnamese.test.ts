import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../_lib/fold";
import { quotedSeedLines } from "../_testing/seedLines";
import { foldVietnamese } from "./foldVietnamese";

describe("foldVietnamese", () => {
  it("000:5 'Sơn Mầu' and the statistics office's 'Sơn Màu' fold alike", () => {
    expect(foldVietnamese("Sơn Mầu")).toBe("son mau");
    expect(foldVietnamese("Sơn Màu")).toBe("son mau");
  });
  it("folds NFD input and either tone-mark placement alike", () => {
    expect(foldVietnamese("Hoà".normalize("NFD"))).toBe(foldVietnamese("Hòa"));
    expect(foldVietnamese("Thanh Hóa")).toBe("thanh hoa");
  });
  it("maps đ to d and collapses white space and line breaks", () => {
    expect(foldVietnamese("  Đài truyền\n thanh  xã ")).toBe("dai truyen thanh xa");
  });
  it("gives exactly what foldText gives on the quoted seed lines, as written, in NFD and in capitals", () => {
    for (const text of [...quotedSeedLines(), quotedSeedLines().join("\n")]) {
      for (const variant of [text, text.normalize("NFD"), text.toUpperCase()]) {
        expect(foldVietnamese(variant)).toBe(foldText(variant));
      }
    }
  });
  it("gives exactly what foldText gives on any text", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.constantFrom(..."aàẦđĐ \u00a0\t\n\u0301\u0323-–/İ\ud83d\ude00ǅ") }),
    );
    fc.assert(
      fc.property(anyText, (text) => foldVietnamese(text) === foldText(text)),
      { seed: 61, numRuns: 1000 },
    );
  });
});
