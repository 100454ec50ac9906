import type { CorpusEvaluation } from "../corpus/evaluateCorpus";
import type { CorpusMiss } from "../corpus/scoreDocument";

const keyOf = (id: string, m: CorpusMiss) =>
  `${id}\u0000${m.field}\u0000${m.outcome}\u0000${m.expected}\u0000${m.got}`;
const line = (m: CorpusMiss) =>
  `  - [${m.outcome}${m.confident ? ", confident" : ""}] ${m.field}: expected ${m.expected} | got ${m.got}`;

/**
 * Every corpus miss, for the extractor developer: on the clean text every
 * miss of every document (its id, the field, what the key expects and what
 * the extraction gave, `confident` when it was wrong with confidence ≥ 0.8),
 * and the extractor's errors; then for the .docx and each damaged variant
 * only the misses the clean text does not have.
 *
 * @param evaluation - from `evaluateCorpus`
 * @returns plain text, one miss per line
 * @example
 * formatCorpusMisses(evaluation)
 * // "## corpus: clean\n### e01-xa-pipe-header (2)\n  - [wrong, confident] title: expected … | got …"
 */
export function formatCorpusMisses(evaluation: CorpusEvaluation): string {
  const clean = evaluation.variants.find((v) => v.variant === "clean");
  const seen = new Set(clean?.documents.flatMap((d) => d.score.misses.map((m) => keyOf(d.id, m))) ?? []);
  const out: string[] = [];
  for (const variant of evaluation.variants) {
    const isClean = variant.variant === "clean";
    out.push(
      isClean ? "## corpus: clean" : `## corpus: ${variant.variant} (only misses not on the clean text)`,
    );
    for (const doc of variant.documents) {
      const misses = isClean ? doc.score.misses : doc.score.misses.filter((m) => !seen.has(keyOf(doc.id, m)));
      if (misses.length === 0 && doc.error === undefined) continue;
      out.push(`### ${doc.id} (${misses.length})`);
      if (doc.error !== undefined) out.push(`  - [error] ${doc.error}`);
      for (const item of misses.map(line)) out.push(item);
    }
  }
  return out.join("\n");
}
