import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { writeDoc } from "../testing/writeDoc";
import { writeOdt } from "../testing/writeOdt";
import { readDocumentText } from "./readDocumentText";

// The development corpus of issue 9 (88 texts of our own, several with tab-separated tables); not a package, so found by its place in the repository.
const CORPUS = join(import.meta.dirname, "..", "..", "..", "..", "tests", "corpus", "documents");
const texts = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(CORPUS, name), "utf8") }));

describe("readDocumentText on the corpus written as .doc and .odt", () => {
  it("has the 88 corpus texts, several with tab-separated tables", () => {
    expect(texts).toHaveLength(88);
    expect(texts.filter(({ text }) => text.includes("\t")).length).toBeGreaterThan(5);
  });

  it.each(texts)(
    "reads $name back exactly from a .doc and from an .odt (tab lines as tables)",
    async ({ text }) => {
      expect(await readDocumentText("doc", writeDoc(text, { tables: true }))).toEqual({
        text,
        method: "doc",
      });
      expect(await readDocumentText("odt", writeOdt(text, { tables: true }))).toEqual({
        text,
        method: "odt",
      });
    },
  );
});
