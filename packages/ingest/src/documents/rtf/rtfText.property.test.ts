import { describe, it } from "vitest";
import { assertDocumentReader, PROPERTY_RUNS, PROPERTY_TIMEOUT_MS } from "../../_testing/hostileInput";

// RTF is recognised and refused (ingest.rtf-unsupported) without parsing, so the full 10,000 runs each.
const RTF = new TextEncoder().encode(
  "{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0 K\\u7870?HO\\u7840?CH\\par}",
);

describe("readDocumentText on hostile .rtf files (property)", () => {
  it(
    "never rejects on an RTF file with bytes damaged, cut, or on arbitrary bytes; fails with a catalogue code",
    async () => {
      await assertDocumentReader("rtf", RTF, {
        seed: 1_555,
        runs: PROPERTY_RUNS,
        arbitraryRuns: PROPERTY_RUNS,
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
