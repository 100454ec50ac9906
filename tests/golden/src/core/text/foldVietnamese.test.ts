import { foldVietnamese } from "@parcomms/core";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

// Core holds foldVietnamese to its private foldText on the seed lines its tests
// quote; here the whole seeds are folded, as written, in NFD and in capitals.
describe("foldVietnamese on the five whole seeds", () => {
  it("folds each seed alike as written, in NFD and in capitals, to lower-case text without marks", () => {
    for (const file of SEED_FILES) {
      const text = seedText(file);
      const folded = foldVietnamese(text);
      expect(foldVietnamese(text.normalize("NFD")), file).toBe(folded);
      expect(foldVietnamese(text.toUpperCase()), file).toBe(folded);
      expect(folded, file).toBe(folded.toLowerCase());
      expect(folded.normalize("NFD"), file).not.toMatch(/[\u0300-\u036f]|đ/);
      expect(folded, file).not.toMatch(/\s{2}/);
    }
  });
});
