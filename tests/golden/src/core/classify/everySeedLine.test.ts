import { audiences, channels, matchCodelist, officeKinds, themes } from "@parcomms/core";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";

// Core holds matchCodelist to a plain matcher on the seed lines its tests quote;
// here every line of the five seeds is matched, as written and in NFD.
const lists = [themes, channels, audiences, officeKinds];
const found = (text: string, list: (typeof lists)[number]) =>
  matchCodelist(text, list).map((m) => [m.code, m.phrasing]);

describe("matchCodelist on every line of the five seeds", () => {
  it("finds the same codes and phrasings in NFC and in NFD, for every codelist", () => {
    let matches = 0;
    for (const file of SEED_FILES) {
      for (const line of seedText(file).split(/\r?\n/)) {
        for (const list of lists) {
          const nfc = found(line, list);
          matches += nfc.length;
          expect(found(line.normalize("NFD"), list)).toEqual(nfc);
        }
      }
    }
    expect(matches).toBeGreaterThan(500);
  });
});
