import type { DocumentReadOptions, DocumentTextResult } from "../DocumentText";
import { binaryPage } from "./_lib/binaryPage";
import { cleanPage } from "./_lib/cleanPage";
import { fixAbbreviations } from "./_lib/fixAbbreviations";
import { restoreHiddenStops } from "./_lib/hiddenStops";
import { joinOcrPages } from "./_lib/joinOcrPages";
import { pageImages } from "./_lib/pageImages";
import { type PageLine, pageLines, recognisedLines } from "./_lib/pageLines";
import { pageTables } from "./_lib/pageTables";
import { rasterSurface } from "./_lib/raster";
import { createRecogniser, type Recogniser } from "./_lib/recogniser";
import { addWrittenPairs, rereadLines, type WrittenPairs } from "./_lib/rereadLines";

/**
 * The text of a scan — a PNG, a JPEG, a TIFF of one or many pages, or a PDF
 * whose pages are images — recognised by tesseract.js 7 with the Vietnamese
 * model (`@tesseract.js-data/vie`, `4.0.0_best_int`), page by page with one
 * worker. Each page is decoded (a PDF's rendered by pdf.js at 300 dpi), its
 * red ink (seal, red signature) turned white before binarisation, turned
 * grey and despeckled, deskewed by tesseract (`rotateAuto`), recognised;
 * a full stop or comma kerned under a word's last letter ("VP.", read "VE") is put back and the word
 * read again without it; a line outside a table with a word recognised below 80% confidence is read
 * again on its own (as a single line, as printed and twice as large) and the surer reading kept, unless
 * it differs only in marks and the document so far writes the page's word beside the same neighbour;
 * its lines come top to bottom, lines side by side (a two-column header)
 * joined with a tab, a blank line for a paragraph gap; a bordered table is
 * rebuilt from its ruling lines into one line a row with tab-separated cells
 * (as `pdfText` and a `.txt` plan give it), a table running onto the next
 * page joined and its repeated header row dropped; misread abbreviations put right by the
 * document's own usage ("CCHOC" where it writes "CCHC" throughout) and the recipients' "Lưu: VI"
 * read "Lưu: VT" (Nghị định 30/2020/NĐ-CP), with a note. `origins[i]` gives
 * line i + 1's page, line on the page and confidence (0..1); a blank line
 * has none. Notes: `ingest.ocr` (pages, mean confidence),
 * `ingest.ocr-empty-page` for a page without text, `ingest.ocr-abbreviations-fixed` (what was put
 * right, how often). Failures, never thrown:
 * `ingest.image-damaged`, `ingest.ocr-failed`, `ingest.ocr-no-text`, an
 * `ingest.ocr-data-*` problem of the language data (checked before tesseract.js is started),
 * `ingest.cancelled` (when `options.signal` aborts; the dispatcher reports its own time limit as `ingest.timeout`).
 *
 * @param bytes - the file's content
 * @param options - `onProgress` ({stage: "ocr", done, total} a page), `signal`, `ocr` (browser URLs)
 * @returns the recognised text with its origins and notes, or why there is none
 * @example
 * const read = await ocrText(readFileSync("003.pdf"));
 * if (!isDocumentFailure(read)) read.origins?.[0]; // { page: 1, line: 1, confidence: 0.93 }
 */
export async function ocrText(
  bytes: Uint8Array,
  options: DocumentReadOptions = {},
): Promise<DocumentTextResult> {
  const { signal, onProgress } = options;
  if (signal?.aborted) return { failure: "ingest.cancelled" };
  let pages: Awaited<ReturnType<typeof pageImages>>;
  try {
    pages = await pageImages(bytes);
  } catch (error) {
    return { failure: "ingest.image-damaged", params: { reason: reasonOf(error) } };
  }
  let recogniser: Recogniser | undefined;
  const stop = () => void recogniser?.terminate().catch(() => {});
  signal?.addEventListener("abort", stop, { once: true });
  try {
    const created = await createRecogniser(options);
    if ("failure" in created) return created;
    recogniser = created;
    const pageTexts: PageLine[][] = [];
    const notes: { code: string; params: Record<string, number | string> }[] = [];
    const written: WrittenPairs = new Set();
    onProgress?.({ stage: "ocr", done: 0, total: pages.count });
    for (let index = 0; index < pages.count; index++) {
      if (signal?.aborted) return { failure: "ingest.cancelled" };
      let raster: Awaited<ReturnType<typeof pages.page>>;
      try {
        raster = await pages.page(index);
      } catch (error) {
        return {
          failure: "ingest.image-damaged",
          params: { reason: `page ${index + 1}: ${reasonOf(error)}` },
        };
      }
      cleanPage(raster);
      const image = await (await rasterSurface(raster)).png();
      const dpi = raster.width / 8.27;
      let data: Awaited<ReturnType<Recogniser["recognise"]>>;
      let tables: ReturnType<typeof pageTables>["tables"];
      let used: ReturnType<typeof pageTables>["used"];
      try {
        data = await recogniser.recognise(image, dpi);
        const mask = binaryPage(raster, data.rotateRadians ?? 0);
        // a full stop or comma under a letter's overhang ("VP.", "LĐVP,") put back, the letter read again without it
        ({ data } = await restoreHiddenStops(data, mask, raster, recogniser.recogniseLine, dpi));
        ({ tables, used } = pageTables(data, mask));
        // the least sure lines outside tables read again on their own, the document so far deciding between marks
        addWrittenPairs(written, data);
        ({ data } = await rereadLines(
          data,
          raster,
          recogniser.recogniseLine,
          dpi,
          (word) => used.has(word),
          written,
        ));
      } catch (error) {
        if (signal?.aborted) return { failure: "ingest.cancelled" };
        return { failure: "ingest.ocr-failed", params: { reason: reasonOf(error) } };
      }
      const found = pageLines(
        recognisedLines(data, (word) => used.has(word)),
        tables,
      );
      if (found.length === 0) notes.push({ code: "ingest.ocr-empty-page", params: { page: index + 1 } });
      pageTexts.push(found);
      onProgress?.({ stage: "ocr", done: index + 1, total: pages.count });
    }
    const { lines: read, origins } = joinOcrPages(pageTexts);
    const { lines, fixes } = fixAbbreviations(read);
    if (fixes.length > 0)
      notes.push({
        code: "ingest.ocr-abbreviations-fixed",
        params: {
          count: fixes.reduce((sum, fix) => sum + fix.count, 0),
          fixes: fixes.map((fix) => `${fix.from} → ${fix.to} (${fix.count})`).join(", "),
        },
      });
    const recognised = origins.filter((origin) => origin !== undefined);
    if (recognised.length === 0) return { failure: "ingest.ocr-no-text", params: { pages: pages.count } };
    const mean = recognised.reduce((sum, origin) => sum + (origin.confidence ?? 0), 0) / recognised.length;
    return {
      text: lines.join("\n"),
      method: "ocr",
      pages: pages.count,
      origins,
      notes: [
        { code: "ingest.ocr", params: { pages: pages.count, confidence: Math.round(mean * 100) } },
        ...notes,
      ],
    };
  } finally {
    signal?.removeEventListener("abort", stop);
    await recogniser?.terminate().catch(() => {});
    await pages.close().catch(() => {});
  }
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
