import { describe, expect, it } from "vitest";
import { loadCorpus } from "./loadCorpus";
import { readPdfExtraction } from "./readPdfExtraction";

const e01 = loadCorpus().documents.find((d) => d.id === "e01-xa-pipe-header");

describe("readPdfExtraction", { timeout: 60_000 }, () => {
  it("reads a corpus text back from a real PDF through the ingest reader (e01:5-6, the title)", async () => {
    const extraction = await readPdfExtraction(e01?.text ?? "", "e01-xa-pipe-header.pdf");
    expect(extraction.plan?.title).toBe("Tuyên truyền cải cách hành chính trên địa bàn xã Tân Long năm 2024");
    expect(extraction.plan?.references?.map((r) => r.symbol)).toContain("1847/QĐ-TTg");
  });

  it("throws with the reader's codes when it keeps no plan (a PDF with no text: io.empty)", async () => {
    await expect(readPdfExtraction("", "x.pdf")).rejects.toThrow("no extraction from the PDF reader");
  });
});
