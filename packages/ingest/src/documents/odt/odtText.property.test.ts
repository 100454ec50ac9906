import { describe, it } from "vitest";
import { assertDocumentReader, PROPERTY_TIMEOUT_MS, seedOpening } from "../../_testing/hostileInput";
import { writeOdt } from "../../testing/writeOdt";

/**
 * Runs: each damaged .odt is unzipped and its XML parsed, so 5,000 damaged copies of a real
 * file (seed 003's first 24 lines, a table included) and 5,000 arbitrary or truncated ones (most fail at the zip; about 4 s on
 * an idle machine).
 */
describe("readDocumentText on hostile .odt files (property)", () => {
  it(
    "never rejects on a real .odt with bytes damaged, cut, or on arbitrary bytes; fails with a catalogue code or gives text with one origin a line",
    async () => {
      const file = writeOdt(`${seedOpening()}\nTT\tNội dung\tThời gian\n1\tHọp báo\tQuý I`, { tables: true });
      await assertDocumentReader("odt", file, { seed: 1_551, runs: 5_000, arbitraryRuns: 5_000 });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
