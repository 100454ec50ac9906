import { describe, it } from "vitest";
import { assertDocumentReader, PROPERTY_TIMEOUT_MS, seedOpening } from "../_testing/hostileInput";
import { writeDocx } from "../testing/writeDocx";

/**
 * The .docx reader (mammoth): each damaged file is unzipped and
 * converted (under 3 ms), so 4,000 damaged copies of a real .docx (seed 003's first 24 lines) and 6,000
 * arbitrary or truncated files.
 */
describe("readDocumentText on hostile .docx files (property)", () => {
  it(
    "never rejects on a real .docx with bytes damaged, cut, or on arbitrary bytes; fails with a catalogue code or gives text",
    async () => {
      await assertDocumentReader("docx", writeDocx(seedOpening()), {
        seed: 1_561,
        runs: 4_000,
        arbitraryRuns: 6_000,
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
