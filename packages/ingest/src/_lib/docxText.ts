import { docxHtmlToText } from "./docxHtmlToText";

/** The raw text of a Word document, or why it could not be read. */
export type DocxText = { readonly text: string } | { readonly reason: string };

/**
 * The text of a .docx: mammoth's HTML of it (empty paragraphs kept) laid out
 * by {@link docxHtmlToText}, one line a paragraph and one line a table row,
 * cells separated by tabs, as the extractor reads tables best. (mammoth's
 * `extractRawText` puts a blank line after every paragraph and every table
 * cell, which loses the rows.) mammoth is imported here, on first use, so a
 * page that never opens a .docx never loads it; in a browser bundle its
 * `browser` build is used. Never throws: a corrupt file gives its reason.
 */
export async function docxText(bytes: Uint8Array): Promise<DocxText> {
  try {
    const module = await import("mammoth");
    // A CommonJS module: its exports are `default` in Node's ESM and in bundles.
    const mammoth = module.default ?? module;
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    // mammoth's Node build reads `buffer`, its browser build `arrayBuffer`; both hand it to JSZip.
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    const options = { ignoreEmptyParagraphs: false } as Parameters<typeof mammoth.convertToHtml>[1];
    const result = await mammoth.convertToHtml(input, options);
    return { text: docxHtmlToText(result.value) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const short = reason.replace(/\s*(?:If it is, )?see https?:\/\/\S+/i, "").replace(/\s+/g, " ");
    return { reason: short.slice(0, 200) };
  }
}
