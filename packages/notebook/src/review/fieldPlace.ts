/** Where a line of a document's text came from: its page and its line on the page (ingest's `LineOrigin`). */
export interface PageLine {
  readonly page: number;
  readonly line: number;
}

/** Where a field was read on the document's pages: the page, and the lines on it. */
export interface FieldPlace {
  /** 1-based page. */
  readonly page: number;
  /** 1-based lines on that page, in order, without repeats. */
  readonly lines: readonly number[];
}

/**
 * The page a field was read from and its lines there (vị trí trên trang),
 * from the text lines the extraction gives (`elements[].lines`, 1-based in
 * the text) and the reader's `origins` (`origins[i]` is line i + 1). A field
 * whose lines run over two pages is placed on the page of its first line,
 * with the lines it has there.
 *
 * @param origins - the document's origins (`source.origins`); undefined for texts without pages
 * @param lines - the field's lines in the text, `{ start, end }`
 * @returns the page and its lines, or undefined when no line has an origin
 * @example
 * fieldPlace([{ page: 1, line: 1 }, { page: 1, line: 2 }, { page: 2, line: 1 }], { start: 2, end: 3 })
 * // { page: 1, lines: [2] }
 */
export function fieldPlace(
  origins: readonly (PageLine | undefined)[] | undefined,
  lines: { readonly start: number; readonly end: number },
): FieldPlace | undefined {
  if (!origins) return undefined;
  let page: number | undefined;
  const found: number[] = [];
  for (let n = Math.max(1, lines.start); n <= lines.end; n++) {
    const origin = origins[n - 1];
    if (!origin) continue;
    page ??= origin.page;
    if (origin.page === page && !found.includes(origin.line)) found.push(origin.line);
  }
  return page === undefined ? undefined : { page, lines: found };
}
