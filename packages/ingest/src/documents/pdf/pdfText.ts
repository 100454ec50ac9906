import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";
import { findFurniture } from "./_lib/findFurniture";
import { joinPages } from "./_lib/joinPages";
import { loadPdfjs } from "./_lib/loadPdfjs";
import type { PdfItem, PdfLine } from "./_lib/PdfLine";
import { type PageBlock, pageBlocks } from "./_lib/pageBlocks";
import { pageLines } from "./_lib/pageLines";
import { pageRulings } from "./_lib/pageRulings";
import { removeStamp } from "./_lib/removeStamp";
import { type RuledTable, ruledTables } from "./_lib/ruledTables";

/**
 * The text of a PDF's text layer, laid out as `extractPlan` reads it, with
 * the page and line each line came from. Lines are rebuilt from the words'
 * positions (reading order by position, not stream order); columns (the
 * two-column header, the signature block) are kept one line a row with a
 * tab between them; tables are rebuilt into rows of tab-separated cells, a
 * cell's wrapped lines joined: a table drawn with borders by its ruling
 * lines (the page's drawn lines and rectangles, from its operator list),
 * whatever its number of columns, a borderless one of three or more
 * columns by its words' positions; a table running onto the next page joined
 * (its repeated header row dropped); a paragraph's wrapped lines are joined;
 * running headers, footers and page numbers (top or bottom band, repeated
 * or a page number) and a digital signature's stamp are left out.
 *
 * Failures: `ingest.pdf-needs-ocr` (no page has a text layer: the
 * dispatcher then runs OCR), `ingest.pdf-encrypted`, `ingest.pdf-damaged`
 * (with pdf.js's reason), `io.empty`, `ingest.pdf-stopped` (the signal
 * aborted). Pages that are images among pages with text are listed in a
 * note `ingest.pdf-pages-without-text`. Progress is reported per page as
 * `{ stage: "pdf", done, total }`.
 *
 * @param bytes - the PDF file's content (not modified)
 * @param options - progress, cancellation, and in a browser pdf.js's worker URL
 * @returns the text, `method: "pdf-text"`, pages, origins (`origins[i]` of line i + 1; blank lines have none), notes; or a failure
 * @example
 * const read = await pdfText(await writePdf(seedText("001_ec564b67ad28c11a.txt")));
 * if (!isDocumentFailure(read)) read.origins?.[read.text.split("\n").indexOf("KẾ HOẠCH")] // { page: 1, line: 3 }
 */
export async function pdfText(
  bytes: Uint8Array,
  options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  if (bytes.length === 0) return { failure: "io.empty" };
  const pdfjs = await loadPdfjs(options.pdfWorkerSrc);
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException") return { failure: "ingest.pdf-encrypted" };
    return {
      failure: "ingest.pdf-damaged",
      params: { reason: error instanceof Error ? error.message : String(error) },
    };
  }
  try {
    const total = doc.numPages;
    const pages: { page: number; lines: PdfLine[]; tables: RuledTable[]; height: number }[] = [];
    const imagePages: number[] = [];
    const imageOps = new Set<number>([
      pdfjs.OPS.paintImageXObject,
      pdfjs.OPS.paintInlineImageXObject,
      pdfjs.OPS.paintImageMaskXObject,
      pdfjs.OPS.paintImageXObjectRepeat,
      pdfjs.OPS.paintInlineImageXObjectGroup,
    ]);
    for (let p = 1; p <= total; p++) {
      if (options.signal?.aborted)
        return { failure: "ingest.pdf-stopped", params: { page: p, pages: total } };
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [, , c = 0, d = 0, e = 0, f = 0] = item.transform as number[];
        items.push({ str: item.str, x: e, y: f, width: item.width, size: Math.hypot(c, d) || item.height });
      }
      if (items.length === 0) {
        const ops = await page.getOperatorList();
        if (ops.fnArray.some((fn) => imageOps.has(fn))) imagePages.push(p);
      } else {
        const [, y0 = 0, , y1 = 842] = page.view;
        const kept = removeStamp(items);
        const lines = pageLines(kept);
        // the drawn lines only where a table may be (a line of two segments or more): the operator list costs as much as the text
        let tables: RuledTable[] = [];
        if (lines.some((l) => l.segments.length >= 2)) {
          const ops = await page.getOperatorList();
          tables = ruledTables(pageRulings(ops.fnArray, ops.argsArray, pdfjs.OPS), kept, lines);
        }
        pages.push({ page: p, lines, tables, height: y1 - y0 });
      }
      page.cleanup();
      options.onProgress?.({ stage: "pdf", done: p, total });
    }
    if (pages.length === 0) return { failure: "ingest.pdf-needs-ocr", params: { pages: total } };
    const furniture = findFurniture(pages);
    const blocks: { page: number; blocks: PageBlock[] }[] = pages.map((page, i) => ({
      page: page.page,
      blocks: pageBlocks(
        page.lines.filter((l) => !furniture[i]?.has(l.line)),
        page.tables,
      ),
    }));
    const { text, origins } = joinPages(blocks);
    return {
      text,
      method: "pdf-text",
      pages: total,
      origins,
      ...(imagePages.length > 0
        ? { notes: [{ code: "ingest.pdf-pages-without-text", params: { pages: imagePages.join(", ") } }] }
        : {}),
    };
  } catch (error) {
    // A page damaged past what pdf.js recovers ("Invalid number: D"): found by the property suite, it rejected.
    return {
      failure: "ingest.pdf-damaged",
      params: { reason: error instanceof Error ? error.message : String(error) },
    };
  } finally {
    await doc.destroy();
  }
}
