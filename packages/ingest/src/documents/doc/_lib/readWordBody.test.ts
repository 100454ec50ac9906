/// <reference path="../../../testing/_lib/word-extractor.d.ts" />
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { seedText } from "@parcomms/sample-data";
import { describe, expect, it } from "vitest";
import WordExtractor from "word-extractor";
import { type WriteDocOptions, writeDoc } from "../../../testing/writeDoc";
import { readWordBody } from "./readWordBody";
import { CELL_PARAGRAPH } from "./wordProperties";

// word-extractor 1.0.4 (Node only, a devDependency now) is the oracle: our reader must give its body on every generated .doc
const CORPUS = join(import.meta.dirname, "..", "..", "..", "..", "..", "..", "tests", "corpus", "documents");
const corpus = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ name, text: readFileSync(join(CORPUS, name), "utf8") }));
const SEEDS = [
  "000_34833a3694ee8a96.txt",
  "001_ec564b67ad28c11a.txt",
  "002_9c9d59d1a9d0f229.txt",
  "003_c2f82bd70c212939.txt",
  "004_f3b844502d811123.txt",
].map((name) => ({ name, text: seedText(name) }));

const SHAPES: ReadonlyArray<readonly [string, WriteDocOptions]> = [
  ["plain", {}],
  ["tables", { tables: true }],
  [
    "tables, compressed pieces, header and footer",
    { tables: true, compressed: true, header: "Trang 1", footer: "UBND" },
  ],
];

/** word-extractor's body, with the paragraph marks our reader keeps as CELL_PARAGRAPH read as it reads them. */
async function oracle(bytes: Uint8Array): Promise<string> {
  const document = await new WordExtractor().extract(Buffer.from(bytes));
  return document.getBody({ filterUnicode: false });
}

describe("readWordBody gives word-extractor's body", () => {
  it("has the five seeds and the 88 corpus texts to compare on", () => {
    expect(SEEDS.map(({ text }) => text.length > 1000)).toEqual([true, true, true, true, true]);
    expect(corpus).toHaveLength(88);
  });

  it.each(SHAPES)("on every seed written as a .doc (%s)", async (_, options) => {
    for (const { text } of SEEDS) {
      const bytes = writeDoc(text, options);
      expect(readWordBody(bytes).replaceAll(CELL_PARAGRAPH, "\n")).toBe(await oracle(bytes));
    }
  });

  it.each(SHAPES)("on every corpus text written as a .doc (%s)", async (_, options) => {
    for (const { text } of corpus) {
      const bytes = writeDoc(text, options);
      expect(readWordBody(bytes).replaceAll(CELL_PARAGRAPH, "\n")).toBe(await oracle(bytes));
    }
  });

  it("with fields, deleted tracked changes and cells of several paragraphs", async () => {
    const text =
      'KẾ HOẠCH\nXem \u0013 HYPERLINK "http://x" \u0014trang tin\u0015 của xã \u0013 PAGE \u0014\u0015\n' +
      "Năm \ue0002023 \ue001 2024\nTT\tNội dung\u2029- đăng tin\tPhòng Nội vụ";
    const bytes = writeDoc(text, { tables: true, deletions: true, compressed: true });
    const body = readWordBody(bytes);
    expect(body).toBe(
      `KẾ HOẠCH\nXem trang tin của xã \nNăm  2024\nTT\tNội dung${CELL_PARAGRAPH}- đăng tin\tPhòng Nội vụ\t\n`,
    );
    expect(body.replaceAll(CELL_PARAGRAPH, "\n")).toBe(await oracle(bytes));
  });
});
