import { describe, expect, it } from "vitest";
import { keyAsExtraction } from "./_lib/keyAsExtraction";
import { CORPUS_VARIANTS, type CorpusExtractor, evaluateCorpus } from "./evaluateCorpus";
import { loadCorpus } from "./loadCorpus";

const documents = loadCorpus().documents.filter((d) => d.id.startsWith("e0"));
const byText = new Map(documents.map((d) => [d.text, d.key]));

// A perfect extractor on the clean text (it knows the key of each text); it reads nothing from damaged text.
const perfectOnClean: CorpusExtractor = (text) => {
  const key = byText.get(text);
  return key ? keyAsExtraction(key) : {};
};

describe("evaluateCorpus", () => {
  it("runs every variant, the .docx and the PDF through the readers it is given, and totals per kind", async () => {
    const names: string[] = [];
    const reader = async (text: string, name: string) => {
      names.push(name);
      return perfectOnClean(text, { sourceName: name });
    };
    const evaluation = await evaluateCorpus(perfectOnClean, documents, { readDocx: reader, readPdf: reader });
    expect(evaluation.variants.map((v) => v.variant)).toEqual([...CORPUS_VARIANTS]);
    expect(names).toContain("e01-xa-pipe-header.docx");
    expect(names).toContain("e01-xa-pipe-header.pdf");
    const clean = evaluation.variants[0];
    expect(clean?.totals.all.documents).toBe(documents.length);
    expect(clean?.totals.plan.fields.title).toMatchObject({ right: 1, wrong: 0, missed: 0 });
    expect(clean?.totals["about-plan"].mentions).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(clean?.totals.all.confidentWrong).toBe(0);
    expect(evaluation.variants.find((v) => v.variant === "docx")?.totals.all.fields.number.right).toBe(
      clean?.totals.all.fields.number.right,
    );
    // NFD changes every accented line, so a text-keyed extractor finds nothing: e01's 9 stated fields missed.
    const nfd = evaluation.variants.find((v) => v.variant === "nfd");
    expect(nfd?.documents.find((d) => d.id === "e01-xa-pipe-header")?.score.fields.title).toBe("missed");
  });

  it("leaves the docx variant out without a reader, and keeps an extractor's error with the document", async () => {
    const throwing: CorpusExtractor = () => {
      throw new Error("boom");
    };
    const evaluation = await evaluateCorpus(throwing, documents.slice(0, 1), { variants: ["clean", "docx"] });
    expect(evaluation.variants.map((v) => v.variant)).toEqual(["clean"]);
    const doc = evaluation.variants[0]?.documents[0];
    expect(doc?.error).toBe("boom");
    expect(doc?.score.fields.number).toBe("missed");
    expect(evaluation.variants[0]?.totals.all.errors).toBe(1);
  });
});
