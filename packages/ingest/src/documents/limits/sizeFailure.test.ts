import { describe, expect, it } from "vitest";
import { sizeFailure } from "./sizeFailure";

describe("sizeFailure", () => {
  it("refuses a file over its type's limit, naming its size, the limit and the type", () => {
    expect(sizeFailure(66_322_432, "docx")).toEqual({
      failure: "ingest.too-large",
      params: { size: "63.3 MB", limit: "50 MB", format: ".docx" },
    });
    expect(sizeFailure(250 * 1024 * 1024, "pdf")).toEqual({
      failure: "ingest.too-large",
      params: { size: "250 MB", limit: "200 MB", format: ".pdf" },
    });
    expect(sizeFailure(1001, "image", { image: { maxBytes: 1000 } })).toEqual({
      failure: "ingest.too-large",
      params: { size: "1001 B", limit: "1000 B", format: "PNG/JPEG/TIFF" },
    });
    expect(sizeFailure(4608, "text", { text: { maxBytes: 4096 } })?.params).toEqual({
      size: "4.5 KB",
      limit: "4 KB",
      format: ".txt",
    });
  });

  it("lets a file at or under the limit through", () => {
    expect(sizeFailure(50 * 1024 * 1024, "csv")).toBeUndefined();
    expect(sizeFailure(0, "doc", { doc: { maxBytes: 0 } })).toBeUndefined();
  });
});
