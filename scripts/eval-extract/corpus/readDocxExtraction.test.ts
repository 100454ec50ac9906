import { describe, expect, it } from "vitest";
import { loadCorpus } from "./loadCorpus";
import { readDocxExtraction } from "./readDocxExtraction";

const e01 = loadCorpus().documents.find((d) => d.id === "e01-xa-pipe-header");

describe("readDocxExtraction", () => {
  it("reads a corpus text back from a real .docx through the ingest reader (e01:5-6, the title)", async () => {
    const extraction = await readDocxExtraction(e01?.text ?? "", "e01-xa-pipe-header.docx");
    expect(extraction.plan?.title).toBe("Tuyên truyền cải cách hành chính trên địa bàn xã Tân Long năm 2024");
    expect(extraction.plan?.references?.map((r) => r.symbol)).toContain("1847/QĐ-TTg");
  });

  it("throws with the reader's codes when it keeps no plan (an empty document: io.empty)", async () => {
    await expect(readDocxExtraction("", "x.docx")).rejects.toThrow(
      "no extraction from the .docx reader (io.empty)",
    );
  });
});
