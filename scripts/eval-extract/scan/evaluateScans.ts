import type { Plan } from "@parcomms/core";
import { readPlanFilesAsync } from "@parcomms/ingest";
import { renderScan } from "@parcomms/ingest/testing";
import { seedText } from "@parcomms/sample-data";
import type { PlanEvaluation, VariantEvaluation } from "../evaluateExtraction";
import { emptyPlan } from "../score/_lib/emptyPlan";
import { MEASURES, type MeasureId } from "../score/MEASURES";
import { scorePlan } from "../score/scorePlan";
import { addTally, emptyTally, type Tally } from "../score/Tally";
import { mapScanLines } from "./_lib/mapScanLines";

import type { ScanVariantName } from "./ScanVariantName";

export type { ScanVariantName } from "./ScanVariantName";

/**
 * Scores the real reader on scans of the plans' texts: each text rendered
 * by `renderScan` (A4, DejaVu Serif, skew ±1.5° by the seed, speckle noise
 * 0.3, JPEG quality 75, a red seal over the signature) as a multi-page TIFF,
 * read by `readPlanFilesAsync` (OCR with tesseract.js, then `extractPlan`),
 * and scored against the answer key like the text variants, the
 * recognised lines mapped back to the source's by `mapScanLines`; two
 * plans at a time.
 *
 * @param plans - the answer keys (their seed texts are scanned)
 * @param variant - "scan-300" or "scan-200"
 * @param seed - seed of each scan's skew and noise (plan i uses seed + i)
 * @returns the variant's evaluation, as `evaluateExtraction` gives the others
 * @example
 * const scans = await evaluateScans(realPlans, "scan-300", 1);
 */
export async function evaluateScans(
  plans: readonly Plan[],
  variant: ScanVariantName,
  seed: number,
): Promise<VariantEvaluation> {
  const dpi = variant === "scan-300" ? 300 : 200;
  const evaluations: PlanEvaluation[] = new Array(plans.length);
  const scoreOne = async (expected: Plan, index: number): Promise<PlanEvaluation> => {
    const source = seedText(expected.provenance.document);
    const scan = await renderScan(source, {
      dpi,
      rotate: index % 2 === 0 ? 1.5 : -1.5,
      noise: 0.3,
      jpegQuality: 75,
      stamp: true,
      format: "tiff",
      seed: seed + index,
    });
    const name = `${expected.provenance.document.replace(/\.txt$/u, "")}.tif`;
    // The TIFF is uncompressed RGB (about 26 MB a page at 300 dpi), past the 50 MB a real scanner's file is
    // held to; and this run measures accuracy, not time (`pnpm bench ocr` does), on a machine that may be busy.
    const read = await readPlanFilesAsync([{ name, bytes: scan.bytes }], {
      limits: { image: { maxBytes: 1024 * 1024 * 1024 }, ocr: { seconds: 3600 } },
    });
    const got = read.plans[0];
    if (!got) {
      const empty = scorePlan(expected, emptyPlan(expected.id));
      const codes = read.issues.map((issue) => issue.code).join(", ");
      return {
        plan: expected.id,
        ...empty,
        issueCount: read.issues.length,
        error: `no plan read (${codes})`,
      };
    }
    const scored = scorePlan(expected, got.plan, mapScanLines(got.text ?? "", source));
    return { plan: expected.id, ...scored, issueCount: read.issues.length };
  };
  // Two plans at a time: one tesseract worker each, on the two cores.
  let next = 0;
  const lane = async () => {
    while (next < plans.length) {
      const index = next++;
      const expected = plans[index];
      if (expected) evaluations[index] = await scoreOne(expected, index);
    }
  };
  await Promise.all([lane(), lane()]);
  const totals = Object.fromEntries(MEASURES.map((m) => [m.id, emptyTally()])) as Record<MeasureId, Tally>;
  for (const p of evaluations) for (const m of MEASURES) addTally(totals[m.id], p.tallies[m.id]);
  return { variant, plans: evaluations, totals };
}
