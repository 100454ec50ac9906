import { readPlanFilesAsync } from "@parcomms/ingest";
import { characterAccuracy, renderScan } from "@parcomms/ingest/testing";
import { SEED_FILES, seedText } from "@parcomms/sample-data";
import type { Benchmark, Measurement, Ratio } from "./_lib/Benchmark";

/** Seconds a scanned page on two cores: issue 13's goal. */
const SECONDS_PER_PAGE_GOAL = 6;
/** Character accuracy at 300 dpi: issue 13's goal. */
const ACCURACY_GOAL = 0.97;
/** Lines of each seed scanned: one or two A4 pages at 12.5 pt. */
const PAGE_LINES = 30;

/** The first 30 lines of each of the five seed texts. */
function pageTexts(): string[] {
  return SEED_FILES.map((file) => seedText(file).split("\n").slice(0, PAGE_LINES).join("\n"));
}

/**
 * OCR of scanned pages: the first 30 lines of each seed printed by
 * `renderScan` at 300 and at 200 dpi (skew ±1.5°, noise 0.3, JPEG 75, a red
 * seal) as a TIFF of one or two pages, read by the real reader (`readPlanFilesAsync`, OCR then `extractPlan`: red ink
 * removed, despeckled, deskewed, tesseract.js with `vie` best_int), two pages
 * at a time (one tesseract worker each, on the two cores), once (a run
 * takes a minute). Reports seconds
 * per page against the goal of ≤ 6 s, and the character accuracy against
 * the printed text: 1 − Levenshtein ÷ length over whitespace-normalised
 * text (`characterAccuracy`), goal ≥ 97% at 300 dpi.
 */
export const ocrBench: Benchmark = {
  id: "ocr",
  title: "OCR of scanned pages (the first 30 lines of each seed at 300 and 200 dpi, two documents at a time)",
  async run({ measure, phase, log }) {
    const texts = pageTexts();
    const measurements: Measurement[] = [];
    const ratios: Ratio[] = [];
    const notes: string[] = [];
    for (const dpi of [300, 200] as const) {
      log(`  rendering ${texts.length} pages at ${dpi} dpi`);
      const scans = await Promise.all(
        texts.map((text, i) =>
          renderScan(text, {
            dpi,
            rotate: i % 2 === 0 ? 1.5 : -1.5,
            noise: 0.3,
            jpegQuality: 75,
            stamp: true,
            format: "tiff",
            seed: i + 1,
          }),
        ),
      );
      const run = await measure(`OCR of ${texts.length} scans at ${dpi} dpi`, 1, async () => {
        const results: string[] = new Array(scans.length).fill("");
        let next = 0;
        const lane = async () => {
          while (next < scans.length) {
            const i = next++;
            const read = await readPlanFilesAsync([
              { name: `scan-${i}.tif`, bytes: scans[i]?.bytes ?? new Uint8Array() },
            ]);
            results[i] = read.plans[0]?.text ?? read.documents[0]?.text ?? "";
          }
        };
        await Promise.all([lane(), lane()]);
        return results;
      });
      phase(`ocr ${dpi}`);
      const accuracies = run.result.map((text, i) => characterAccuracy(text, texts[i] ?? ""));
      const accuracy = accuracies.reduce((a, b) => a + b, 0) / accuracies.length;
      const pages = scans.reduce((sum, scan) => sum + scan.pages.length, 0);
      const perPage = run.timing.medianMs / 1000 / pages;
      measurements.push({
        name: `OCR at ${dpi} dpi, 2 workers`,
        timing: run.timing,
        items: { count: pages, unit: "pages" },
      });
      ratios.push({
        name: `seconds a page at ${dpi} dpi / ${SECONDS_PER_PAGE_GOAL}`,
        value: perPage / SECONDS_PER_PAGE_GOAL,
        goal: "≤ 1",
        met: perPage <= SECONDS_PER_PAGE_GOAL,
      });
      if (dpi === 300) {
        ratios.push({
          name: `character accuracy at 300 dpi / ${ACCURACY_GOAL}`,
          value: accuracy / ACCURACY_GOAL,
          goal: "≥ 1",
          met: accuracy >= ACCURACY_GOAL,
        });
      }
      notes.push(
        `${dpi} dpi: ${perPage.toFixed(1)} s a page; character accuracy ${(accuracy * 100).toFixed(1)}% (${pages} pages; by seed: ${accuracies.map((a) => (a * 100).toFixed(1)).join(", ")})`,
      );
    }
    return { id: this.id, title: this.title, measurements, ratios, notes };
  },
};
