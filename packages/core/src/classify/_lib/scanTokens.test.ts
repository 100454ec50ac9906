import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSeedLines } from "../../_testing/readSeedLines";
import { quotedSeedLines } from "../../_testing/seedLines";
import { scanTokens } from "./scanTokens";
import { scanTokensByFold } from "./scanTokensByFold";

const SEEDS = [
  "000_34833a3694ee8a96.txt",
  "001_ec564b67ad28c11a.txt",
  "002_9c9d59d1a9d0f229.txt",
  "003_c2f82bd70c212939.txt",
  "004_f3b844502d811123.txt",
];

describe("scanTokens", () => {
  it("000:23 'đài truyền thanh xã' in NFC and NFD: the same tokens, spans over the combining marks", () => {
    const line = readSeedLines(SEEDS[0] as string, 23);
    const at = line.indexOf("đài truyền thanh xã");
    const nfc = scanTokens(line.slice(at, at + 19));
    expect(nfc).toEqual({
      folded: "daitruyenthanhxa",
      bounds: [0, 3, 9, 14, 16],
      hashes: nfc.hashes,
      starts: [0, 4, 11, 17],
      ends: [3, 10, 16, 19],
    });
    const nfd = scanTokens(line.slice(at, at + 19).normalize("NFD"));
    expect(nfd.folded).toBe(nfc.folded);
    expect(nfd.ends).toEqual([4, 13, 19, 23]); // "đ a ̀ i", "t r u y e ̂ ̀ n", "thanh", "x a ̃"
  });

  it("scans every quoted seed line, as written, in NFD, in capitals and tab-joined, as fold then tokenize do", () => {
    {
      const lines = quotedSeedLines();
      const texts = [...lines, lines.join("\t")];
      for (const text of texts) {
        for (const variant of [text, text.normalize("NFD"), text.toUpperCase()]) {
          expect(scanTokens(variant)).toEqual(scanTokensByFold(variant));
        }
      }
    }
  });

  it("scans any text as fold then tokenize do, surrogates and odd capitals included", () => {
    const anyText = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.string({ unit: fc.constantFrom(..."aàẦđĐ \u00a0\t\n\u0301\u0323-–/&,.İ\ud83d\ude00ǅ²") }),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        expect(scanTokens(text)).toEqual(scanTokensByFold(text));
      }),
      { seed: 62, numRuns: 1000 },
    );
  });

  it("returns the same scan for a text met again", () => {
    const text = readSeedLines(SEEDS[3] as string, 118, 119);
    expect(scanTokens(text)).toBe(scanTokens(text));
  });
});
