/** One line of the input, as given and cleaned of markup. */
export interface SourceLine {
  /** 1-based line number in the input. */
  readonly n: number;
  /** The line as given (after CRLF → LF and NFC). */
  readonly raw: string;
  /** The line without Markdown/HTML markup and with runs of spaces collapsed; tabs kept. */
  readonly text: string;
  /**
   * The first 120 characters of `text` folded once for matching (`foldText`: no diacritics, lower case,
   * tabs and spaces collapsed): what line-start tests (markers, headings, "Nơi nhận:") read.
   */
  readonly foldedHead: string;
  /** True when the line holds nothing but white space (or markup). */
  readonly blank: boolean;
  /** Page furniture (page numbers, running headers, rules): ignored by the readers. */
  furniture: boolean;
  /** A footnote line ("<sup>1</sup> Quyết định …"): read for references, kept out of items. */
  readonly footnote: boolean;
}
