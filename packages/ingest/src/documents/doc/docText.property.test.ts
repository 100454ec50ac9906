import { describe, it } from "vitest";
import { assertDocumentReader, PROPERTY_TIMEOUT_MS, seedOpening } from "../../_testing/hostileInput";
import { writeDoc } from "../../testing/writeDoc";

/**
 * Runs: each damaged .doc is read as a compound file (word-extractor), so 5,000 damaged copies of a real
 * file (seed 003's first 24 lines, a table included) and 5,000 arbitrary or truncated ones (about 5 s on an idle machine).
 */
describe("readDocumentText on hostile .doc files (property)", () => {
  it(
    "never rejects on a real .doc with bytes damaged, cut, or on arbitrary bytes; fails with a catalogue code or gives text with one origin a line",
    async () => {
      const file = writeDoc(`${seedOpening()}\nTT\tNội dung\tThời gian\n1\tHọp báo\tQuý I`, { tables: true });
      await assertDocumentReader("doc", file, { seed: 1_553, runs: 5_000, arbitraryRuns: 5_000 });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
