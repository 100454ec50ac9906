import { describe, expect, it } from "vitest";
import { documentAssets } from "./documentAssets";

describe("documentAssets", () => {
  it("gives the readers' files under the notebook's base, where the build copies them", () => {
    expect(documentAssets("https://example.org/notebook/index.html")).toEqual({
      pdfWorkerSrc: "https://example.org/notebook/documents/pdf/pdf.worker.min.mjs",
      ocr: {
        workerPath: "https://example.org/notebook/documents/ocr/worker.min.js",
        corePath: "https://example.org/notebook/documents/ocr/tesseract-core-simd-lstm.wasm.js",
        langPath: "https://example.org/notebook/documents/ocr/lang",
      },
    });
  });
});
