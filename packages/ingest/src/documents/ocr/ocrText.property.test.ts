import { describe, it } from "vitest";
import { assertDocumentReader, PROPERTY_TIMEOUT_MS } from "../../_testing/hostileInput";
import { renderScan } from "../../testing/renderScan";

/**
 * Runs: a damaged PNG is refused by its structure (signature, chunk CRCs) before any decoder sees it, in
 * about 15 ms on a busy machine, so 600 damaged copies of a small real scan (seed 003's title lines at 200 dpi) and 1,400
 * arbitrary or truncated files (about 30 s). Before that check, the second damaged copy (its signature's line-end
 * bytes zeroed) crashed the process in @napi-rs/canvas with a segmentation fault.
 */
describe("readDocumentText on hostile scans (property)", () => {
  it(
    "never rejects on a real PNG scan with bytes damaged, cut, or on arbitrary bytes; fails with a catalogue code or gives text with one origin a line",
    async () => {
      const { bytes } = await renderScan("KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024", { dpi: 200 });
      await assertDocumentReader("image", bytes, { seed: 1_559, runs: 600, arbitraryRuns: 1_400 });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
