/** The part of word-extractor 1.0.4 (CommonJS, no types of its own) that `docText` uses. */
declare module "word-extractor" {
  namespace WordExtractor {
    interface WordPartOptions {
      /** true (default): curly quotes, en and em dashes replaced by ASCII ones. */
      readonly filterUnicode?: boolean;
    }
    interface WordDocument {
      getBody(options?: WordPartOptions): string;
      getHeaders(options?: WordPartOptions & { readonly includeFooters?: boolean }): string;
      getFooters(options?: WordPartOptions): string;
      getFootnotes(options?: WordPartOptions): string;
      getEndnotes(options?: WordPartOptions): string;
      getAnnotations(options?: WordPartOptions): string;
      getTextboxes(options?: WordPartOptions): string;
    }
  }
  class WordExtractor {
    /** A file name (Node) or the bytes of a .doc or .docx, as a Node Buffer. */
    extract(source: string | Uint8Array): Promise<WordExtractor.WordDocument>;
  }
  export = WordExtractor;
}
