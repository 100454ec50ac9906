import { seedText } from "@parcomms/sample-data";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codeProblem, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../../_testing/hostileInput";
import { encodeLegacy } from "../../testing/encodeLegacy";
import { fixLegacyText } from "./fixLegacyText";

// The real text: seed 003's first 30 lines (003:1-30), in Unicode and in each old encoding.
const UNICODE = seedText("003_c2f82bd70c212939.txt").split("\n").slice(0, 30);
const ENCODINGS = ["TCVN3", "VNI", "VIQR"] as const;

/** Why a conversion is not well formed, or undefined: a string, and notes with catalogue codes. */
function problemOf(text: string): string | undefined {
  const fixed = fixLegacyText(text);
  if (typeof fixed.text !== "string") return "no text";
  for (const note of fixed.notes) {
    const problem = codeProblem(note.code);
    if (problem) return problem;
  }
  return undefined;
}
const check = (text: string) => {
  const problem = problemOf(text);
  if (problem !== undefined) expect({ text, problem }).toBeUndefined();
};

/** Lines of the seed, some in an old encoding, with lines moved and cut: mixed and damaged documents. */
const mixedDocument = fc
  .array(
    fc.tuple(
      fc.nat({ max: UNICODE.length - 1 }),
      fc.constantFrom(undefined, ...ENCODINGS),
      fc.nat({ max: 80 }),
    ),
    { minLength: 1, maxLength: 6 },
  )
  .map((lines) =>
    lines
      .map(([at, encoding, cut]) => {
        const line = (UNICODE[at] as string).slice(0, cut);
        return encoding ? encodeLegacy(line, encoding).text : line;
      })
      .join("\n"),
  );

describe("fixLegacyText on hostile input (property)", () => {
  it(
    "never throws on seed lines mixed across Unicode, TCVN3, VNI and VIQR, moved and cut; notes are catalogue codes",
    () => {
      fc.assert(fc.property(mixedDocument, check), { seed: 1_563, numRuns: PROPERTY_RUNS });
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    "never throws on arbitrary text, Latin-1 bytes read as windows-1252 included; leaves Unicode seed lines as they are",
    () => {
      const latin1 = fc
        .uint8Array({ maxLength: 60 })
        .map((bytes) => Array.from(bytes, (b) => String.fromCharCode(b < 0x20 ? 0x20 : b)).join(""));
      fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 60 }), latin1), check), {
        seed: 1_564,
        numRuns: PROPERTY_RUNS,
      });
      for (const line of UNICODE) expect(fixLegacyText(line)).toEqual({ text: line, notes: [] });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
