import { describe, it } from "vitest";
import { assertDocumentReader, PROPERTY_TIMEOUT_MS, seedOpening } from "../../_testing/hostileInput";
import { writePdf } from "../../testing/writePdf";
import { pdfText } from "./pdfText";

/**
 * The PDF reader proper (pdf.js), as `readDocumentText("pdf", …)` calls it first: a damaged file that
 * loses its text layer would go on to OCR (seconds a page), which ocrText's own suite covers, so this one
 * stops at `ingest.pdf-needs-ocr`. Runs: pdf.js parses each file in about 7 ms on an idle machine (tens on
 * a busy one), so 4,000 damaged copies of a real one-page PDF (seed 003's first 12 lines, DejaVu embedded)
 * and 6,000 arbitrary or truncated files take about 35 s on an idle machine.
 */
describe("pdfText on hostile PDF files (property)", () => {
  it(
    "never rejects on a real PDF with bytes damaged, cut, or on arbitrary bytes; fails with a catalogue code or gives text with one origin a line",
    async () => {
      const file = await writePdf(seedOpening(12), { pageNumbers: "none" });
      await assertDocumentReader("pdf", file, {
        seed: 1_557,
        runs: 4_000,
        arbitraryRuns: 6_000,
        read: (bytes) => pdfText(bytes),
      });
    },
    PROPERTY_TIMEOUT_MS,
  );
});
