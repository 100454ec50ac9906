import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../_lib/fold";
import { readSeedLines } from "../_testing/readSeedLines";
import { foldVietnamese } from "./foldVietnamese";

const SEEDS = [
  "000_34833a3694ee8a96.txt",
  "001_ec564b67ad28c11a.txt",
  "002_9c9d59d1a9d0f229.txt",
  "003_c2f82bd70c212939.txt",
  "004_f3b844502d811123.txt",
];

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
  it("gives exactly what foldText gives on every seed, as written, in NFD and in capitals", () => {
    for (const file of SEEDS) {
      const text = readSeedLines(file, 1, 100_000);
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
