import { describe, expect, it } from "vitest";
import { documentLimit } from "./documentLimit";
import { documentLimits } from "./documentLimits";

describe("documentLimit", () => {
  it("gives the default limits: 50 MB for text and word-processor files, 200 MB and 2 min for PDF, 10 min of OCR", () => {
    expect(documentLimit("text")).toEqual({
      maxBytes: 50 * 1024 * 1024,
      maxInflatedBytes: 50 * 1024 * 1024,
      seconds: 60,
    });
    expect(documentLimit("doc")).toEqual({
      maxBytes: 50 * 1024 * 1024,
      maxInflatedBytes: 50 * 1024 * 1024,
      seconds: 60,
    });
    expect(documentLimit("docx").maxInflatedBytes).toBe(100 * 1024 * 1024);
    expect(documentLimit("odt").maxInflatedBytes).toBe(100 * 1024 * 1024);
    expect(documentLimit("pdf")).toEqual({
      maxBytes: 200 * 1024 * 1024,
      maxInflatedBytes: 200 * 1024 * 1024,
      seconds: 120,
    });
    expect(documentLimit("ocr").seconds).toBe(600);
    expect(Object.keys(documentLimits).sort()).toEqual([
      "arrow",
      "csv",
      "doc",
      "docx",
      "image",
      "json",
      "jsonl",
      "ocr",
      "odt",
      "parquet",
      "pdf",
      "rtf",
      "text",
    ]);
  });

  it("takes the caller's value for what it overrides, the default for the rest", () => {
    expect(documentLimit("pdf", { pdf: { seconds: 30 }, doc: { maxBytes: 1 } })).toEqual({
      maxBytes: 200 * 1024 * 1024,
      maxInflatedBytes: 200 * 1024 * 1024,
      seconds: 30,
    });
    expect(documentLimit("doc", { doc: { maxBytes: 1000 } })).toEqual({
      maxBytes: 1000,
      maxInflatedBytes: 50 * 1024 * 1024,
      seconds: 60,
    });
  });
});
